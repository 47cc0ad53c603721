import { strict as assert } from "assert";
import { docUrl, policies } from "eu-sovereignty-policies/policies";

/** The public contract: policy names and the levels they declare (README "Policies"). */
const defaultLevels: Readonly<Record<string, string>> = {
    "eu-data-residency": "mandatory",
    "eu-cross-border-replication": "mandatory",
    "customer-managed-keys": "mandatory",
    "eu-key-location": "mandatory",
    "external-key-custody": "advisory",
    "global-edge-services": "advisory",
    "open-data-formats": "advisory",
    "encryption-in-transit": "advisory",
    "provider-jurisdiction": "advisory",
    "exempted-violations": "advisory",
};

const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

describe("policy metadata", () => {
    it("names are kebab-case and unique", () => {
        const names = policies.map((p) => p.name);
        for (const n of names) assert.match(n, kebab);
        assert.equal(new Set(names).size, names.length);
    });
    it("default enforcement levels match the contract, and the pack has exactly the contracted policies", () => {
        assert.deepEqual(Object.fromEntries(policies.map((p) => [p.name, p.enforcementLevel])), defaultLevels);
    });
    it("exempted-violations runs last (it reports what the others parked)", () => {
        assert.equal(policies[policies.length - 1].name, "exempted-violations");
    });
    for (const p of policies) {
        describe(p.name, () => {
            it("has a description that is a full sentence", () => {
                assert.match(p.description, /^[A-Z][^\n]*[^\s.]\.$/, p.description);
                assert.ok(p.description.split(" ").length >= 6, "more than a title");
            });
            it("has a severity", () => {
                assert.ok(["low", "medium", "high", "critical"].includes(p.severity ?? ""), String(p.severity));
            });
            it("has a compliance framework with name, version, reference and specification", () => {
                const f = p.framework;
                assert.ok(f, "framework");
                for (const k of ["name", "version", "reference", "specification"] as const) assert.ok(f[k] && f[k].trim().length > 0, k);
            });
            it("has remediation steps", () => {
                assert.ok((p.remediationSteps ?? "").length >= 40, p.remediationSteps);
                assert.match(p.remediationSteps ?? "", /\.$/);
            });
            it("links to its README section", () => {
                assert.equal(p.url, docUrl(p.name));
                assert.match(p.url ?? "", /^https:\/\/.+#[a-z0-9-]+$/);
            });
            it("has kebab-case tags", () => {
                assert.ok(Array.isArray(p.tags) && p.tags.length > 0);
                for (const t of p.tags ?? []) assert.match(t, kebab);
            });
            if (p.name !== "exempted-violations") {
                it("accepts exemptions in its config", () => {
                    assert.ok(p.configSchema?.properties.exemptions, "exemptions property");
                });
            }
        });
    }
});
