import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { docUrl, policies } from "eu-sovereignty-policies/policies";
import { ROOT } from "../../helpers/packs";

/** The rows of the README's policy table: the linked name, the page it links to, the level column. */
function readmePolicyRows(): { name: string; link: string; level: string }[] {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const section = readme.split(/^## /m).find((s) => s.startsWith("The policies\n"));
    assert.ok(section, "the README has a \"The policies\" section");
    return [...section.matchAll(/^\| \[`([a-z0-9-]+)`\]\(([^)]+)\) \| ([^|]+) \|/gm)].map((m) => ({ name: m[1], link: m[2], level: m[3].trim() }));
}

/** The public contract: policy names and the levels they declare (the README's "The policies" table). */
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
    it("the README's policy table lists exactly the pack's policies, each with its level and page", () => {
        const rows = readmePolicyRows();
        assert.deepEqual(rows.map((r) => r.name).sort(), policies.map((p) => p.name).sort());
        for (const r of rows) {
            assert.equal(r.link, `docs/policies/${r.name}.md`, r.name);
            assert.ok(fs.existsSync(path.join(ROOT, r.link)), r.link);
            assert.ok(r.level.startsWith(defaultLevels[r.name]), `${r.name}: "${r.level}" starts with ${defaultLevels[r.name]}`);
        }
    });
    it("the policies index (docs/policies/README.md) links every policy page", () => {
        const index = fs.readFileSync(path.join(ROOT, "docs", "policies", "README.md"), "utf8");
        for (const p of policies) assert.ok(index.includes(`](${p.name}.md)`), p.name);
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
            it("links to its page docs/policies/<name>.md, which exists and is titled with the name", () => {
                assert.equal(p.url, docUrl(p.name));
                assert.match(p.url ?? "", new RegExp(`^https://.+/docs/policies/${p.name}\\.md$`));
                const page = path.join(ROOT, "docs", "policies", `${p.name}.md`);
                assert.ok(fs.existsSync(page), `docs/policies/${p.name}.md`);
                assert.equal(fs.readFileSync(page, "utf8").split("\n")[0], `# ${p.name}`);
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
