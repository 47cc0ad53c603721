import { strict as assert } from "assert";
import { summarize } from "eu-sovereignty-policies/summary";
import { UNKNOWN } from "../../helpers/harness";
import { awsKey, gcpKey, hsmUri } from "./keys/fixtures";

const eu = { type: "pulumi:providers:aws", props: { region: "eu-central-1" } };
const at = (type: string, props: Record<string, unknown>, provider?: typeof eu) => ({ type, name: "r", urn: `urn:${type}`, props, ...(provider ? { provider } : {}) });

describe("report summary: the key line", () => {
    it("describes a customer-managed key with its KMS, location and reference", () => {
        const s = summarize(at("aws:sqs/queue:Queue", { kmsMasterKeyId: awsKey.euArn }, eu));
        assert.equal(s.key, `customer-managed (aws KMS, eu-central-1): ${awsKey.euArn}`);
        assert.deepEqual(s.lives, ["eu-central-1"], "the location part is unchanged");
        assert.equal(summarize(at("gcp:pubsub/topic:Topic", { kmsKeyName: gcpKey("europe-west3") })).key, `customer-managed (gcp Cloud KMS, europe-west3): ${gcpKey("europe-west3")}`);
        assert.equal(summarize(at("azure-native:cosmosdb:DatabaseAccount", { location: "westeurope", keyVaultKeyUri: hsmUri("acme-hsm") })).key, `customer-managed (azure Managed HSM): ${hsmUri("acme-hsm")}`);
        assert.equal(summarize(at("aws:sqs/queue:Queue", { kmsMasterKeyId: "alias/acme-data" }, eu)).key, "customer-managed (aws KMS): alias/acme-data");
    });
    it("says provider-managed or none, and describes the weakest protection", () => {
        assert.equal(summarize(at("aws:sqs/queue:Queue", {}, eu)).key, "provider-managed");
        assert.equal(summarize(at("aws:sns/topic:Topic", {}, eu)).key, "none");
        const instance = { rootBlockDevice: { encrypted: true, kmsKeyId: awsKey.euArn }, ebsBlockDevices: [{ deviceName: "/dev/sdb", encrypted: false }] };
        assert.equal(summarize(at("aws:ec2/instance:Instance", instance, eu)).key, "none");
    });
    it("has no key line for resources the key policies do not judge, and says when the key is unknown", () => {
        assert.equal(summarize(at("aws:iam/role:Role", { name: "x" })).key, undefined);
        assert.equal("key" in summarize(at("random:index/randomPet:RandomPet", {})), false);
        assert.equal(summarize(at("aws:sqs/queue:Queue", { kmsMasterKeyId: UNKNOWN }, eu)).key, "(unknown at preview)");
    });
});
