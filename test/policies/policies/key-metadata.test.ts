import { strict as assert } from "assert";
import { cloudAct, docUrl, policies } from "eu-sovereignty-policies/policies";
import { cmk, external, location } from "../facts/keys/fixtures";

describe("key policies: metadata and registration", () => {
    it("are registered in the pack under their public names", () => {
        const names = policies.map((p) => p.name);
        for (const n of ["customer-managed-keys", "eu-key-location", "external-key-custody"]) assert.ok(names.includes(n), n);
    });
    it("declare their default levels, severity, framework, tags, url and remediation", () => {
        assert.equal(cmk.enforcementLevel, "mandatory");
        assert.equal(location.enforcementLevel, "mandatory");
        assert.equal(external.enforcementLevel, "advisory");
        for (const p of [cmk, location, external]) {
            assert.deepEqual(p.framework, cloudAct, p.name);
            assert.equal(p.url, docUrl(p.name));
            assert.ok(p.severity !== undefined);
            assert.ok((p.tags ?? []).includes("keys"));
            assert.ok((p.remediationSteps ?? "").length > 100);
        }
    });
    it("eu-key-location takes the allow-list and key locations; external-key-custody the Managed HSM switch", () => {
        assert.deepEqual(Object.keys(location.configSchema?.properties ?? {}).sort(), ["additionalLocations", "allowedLocations", "keyLocations"]);
        assert.deepEqual(Object.keys(external.configSchema?.properties ?? {}), ["acceptManagedHsm"]);
    });
});
