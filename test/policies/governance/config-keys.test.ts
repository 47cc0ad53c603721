// Config typos under the Pulumi CLI (issue 14): the SDK's config schema cannot refuse unknown
// top-level keys, so the pack names them on the policy's violations and once per stack.
import { strict as assert } from "assert";
import { closestKey, noteUnknownKeys, unknownConfigKeys } from "eu-sovereignty-policies/governance";
import { policies } from "eu-sovereignty-policies/policies";
import { awsProvider } from "../../helpers/harness";
import { analyze, analyzeStack } from "./chain";

const bucket = { type: "aws:s3/bucket:Bucket", name: "logs", props: { bucket: "logs" }, provider: awsProvider("eu-central-1") };
/** provider-jurisdiction reports on the provider resource by default. */
const provider = { type: "pulumi:providers:aws", name: "default_7_48_0", props: { region: "eu-central-1" } };

describe("unknown keys in a policy's config under the Pulumi CLI", () => {
    afterEach(() => {
        for (const p of policies) noteUnknownKeys(p.name, [], []);
    });

    it("finds the keys the schema does not define and the likely meant one", () => {
        assert.deepEqual(unknownConfigKeys({ allowPackages: [], allowPackage: [] }, new Set(["allowPackages", "exemptions"])), ["allowPackage"]);
        assert.equal(closestKey("enforcementLevle", ["enforcementLevel", "allowPackages"]), "enforcementLevel");
        assert.equal(closestKey("colour", ["enforcementLevel", "allowPackages"]), undefined);
    });

    it("says so on the policy's violations", () => {
        const config = { "provider-jurisdiction": { allowPackage: ["aws"] } };
        const found = analyze(policies, provider, config).filter((f) => f.policy === "provider-jurisdiction");
        assert.equal(found.length, 1);
        assert.match(found[0].message, /\(This policy's config has unknown keys, ignored: `allowPackage`; did you mean `allowPackages`\?\.\)$/);
    });

    it("reports them once per stack, naming the policy, the key and the valid keys", () => {
        const config = { "provider-jurisdiction": { enforcementLevle: "mandatory" } };
        analyze(policies, bucket, config);
        const stack = analyzeStack(policies, [bucket], config).filter((f) => /unknown key/.test(f.message));
        assert.equal(stack.length, 1);
        assert.equal(stack[0].policy, "exempted-violations");
        assert.match(stack[0].message, /^provider-jurisdiction: its config has an unknown key `enforcementLevle` \(did you mean `enforcementLevel`\?\), which the policy ignores/);
        assert.match(stack[0].message, /Fix: correct or remove it in the policy pack config; the policy's keys are `enforcementLevel`, `allowPackages`, `report`, `exemptions`\.$/);
    });

    it("says nothing when the config is right", () => {
        const config = { "provider-jurisdiction": { allowPackages: ["aws"] } };
        assert.deepEqual(analyze(policies, bucket, config).filter((f) => /unknown key/.test(f.message)), []);
        assert.deepEqual(analyzeStack(policies, [bucket], config).filter((f) => /unknown key/.test(f.message)), []);
    });
});
