// The region-first clouds and the data platforms on odd input: garbage never crashes a policy, a value
// that is not a string is never a proven location, and nothing from the props is echoed.
import { strict as assert } from "assert";
import { euCrossBorderReplication, euDataResidency, providerJurisdiction } from "eu-sovereignty-policies/policies";
import { checkResource } from "../../helpers/harness";

const garbage: unknown[] = [null, 42, "", "  ", [], {}, [null], { id: 5 }, [{ regionName: null }], true, "s3cr3t-value-xyz"];
const types: [string, string][] = [
    ["oci:ObjectStorage/bucket:Bucket", "oci"], ["alicloud:oss/bucket:Bucket", "alicloud"], ["digitalocean:index/spacesBucket:SpacesBucket", "digitalocean"],
    ["linode:index/objectStorageBucket:ObjectStorageBucket", "linode"], ["mongodbatlas:index/advancedCluster:AdvancedCluster", "mongodbatlas"],
    ["mongodbatlas:index/cluster:Cluster", "mongodbatlas"], ["mongodbatlas:index/encryptionAtRest:EncryptionAtRest", "mongodbatlas"],
    ["mongodbatlas:index/cloudBackupSchedule:CloudBackupSchedule", "mongodbatlas"], ["confluentcloud:index/kafkaCluster:KafkaCluster", "confluentcloud"],
    ["confluentcloud:index/byokKey:ByokKey", "confluentcloud"], ["aiven:index/pg:Pg", "aiven"], ["ec:index/deployment:Deployment", "ec"],
    ["snowflake:index/account:Account", "snowflake"], ["snowflake:index/database:Database", "snowflake"],
    ["oci:ObjectStorage/replicationPolicy:ReplicationPolicy", "oci"], ["alicloud:oss/bucketReplication:BucketReplication", "alicloud"],
    ["linode:index/image:Image", "linode"], ["oci:Identity/domain:Domain", "oci"], ["datadog:index/monitor:Monitor", "datadog"], ["cloudflare:index/r2Bucket:R2Bucket", "cloudflare"],
];
// Types that hold no data of their own without the settings (a key or copy policy): nothing to locate then.
const notLocated = new Set(["mongodbatlas:index/encryptionAtRest:EncryptionAtRest", "mongodbatlas:index/cloudBackupSchedule:CloudBackupSchedule", "confluentcloud:index/byokKey:ByokKey",
    // Not required to name a region: an image (uploaded or captured), account objects, a global identity domain.
    "linode:index/image:Image", "snowflake:index/database:Database", "oci:Identity/domain:Domain"]);
const keys = ["region", "zoneId", "availabilityZone", "cluster", "spec", "regions", "providerName", "providerRegionName", "backingProviderName",
    "replicationSpecs", "providerSettings", "awsKmsConfig", "googleCloudKmsConfig", "copySettings", "cloud", "aws", "gcp", "cloudName", "plan",
    "regionId", "jurisdiction", "location", "destinationRegionName", "destination", "replicaRegions", "homeRegion"];

describe("region-first clouds and data platforms on odd input", () => {
    it("never crash, never pass a non-string location, never echo a value", () => {
        for (const g of garbage) {
            for (const [type, pkg] of types) {
                const r = { type, props: Object.fromEntries(keys.map((k) => [k, g])), provider: { type: `pulumi:providers:${pkg}`, props: { region: g, apiUrl: g, host: g } } };
                for (const p of [euDataResidency, euCrossBorderReplication, providerJurisdiction]) {
                    for (const m of checkResource(p, r).violations) {
                        assert.ok(!/could not evaluate/.test(m), `${p.name} ${type} ${JSON.stringify(g)}: ${m}`);
                        assert.ok(!m.includes("s3cr3t"), `${p.name} ${type} echoed a value: ${m}`);
                    }
                }
                // A data-holding resource whose location inputs are all garbage is a finding, never a pass.
                if (!notLocated.has(type) && (typeof g !== "string" || g.trim() === "" || type.startsWith("cloudflare"))) {
                    assert.ok(checkResource(euDataResidency, r).violations.length > 0, `${type} ${JSON.stringify(g)} passed`);
                }
            }
        }
    });
});
