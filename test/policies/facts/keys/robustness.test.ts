import { strict as assert } from "assert";
import { awsProvider, checkResource, checkStack, gcpProvider, UNKNOWN, UNKNOWN_ARRAY, type TestResource } from "../../../helpers/harness";
import { cmk, external, location } from "./fixtures";

// Garbage where key settings are expected: nulls, numbers, arrays, objects, prototype keys, huge
// and secret-looking strings. The policies must never throw, must fail closed where a key is
// expected, and must never echo a value that is not a recognised key reference.

const SECRET = "SECRET-do-not-print-4f2c";
const garbage: unknown[] = [null, 0, 42, -1.5, true, [], ["alias/acme"], {}, { arn: "x" }, "", "   ", SECRET, "x".repeat(5000), "alias/", "arn:aws:kms:::", "https://", UNKNOWN, UNKNOWN_ARRAY];

const eu = awsProvider("eu-central-1");
const gcp = gcpProvider({ region: "europe-west3" });

/** One resource per key setting, with `v` put where the key (or its block) goes. */
const shapes: ((v: unknown) => TestResource)[] = [
    (v) => ({ type: "aws:sqs/queue:Queue", provider: eu, props: { kmsMasterKeyId: v } }),
    (v) => ({ type: "aws:ebs/volume:Volume", provider: eu, props: { encrypted: v, kmsKeyId: v } }),
    (v) => ({ type: "aws:ec2/instance:Instance", provider: eu, props: { rootBlockDevice: v, ebsBlockDevices: v } }),
    (v) => ({ type: "aws:ec2/instance:Instance", provider: eu, props: { rootBlockDevice: { encrypted: true, kmsKeyId: v }, ebsBlockDevices: [v, null, { kmsKeyId: v }] } }),
    (v) => ({ type: "aws:dynamodb/table:Table", provider: eu, props: { serverSideEncryption: v, replicas: v } }),
    (v) => ({ type: "aws:dynamodb/table:Table", provider: eu, props: { serverSideEncryption: { enabled: v, kmsKeyArn: v } } }),
    (v) => ({ type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", provider: eu, props: { bucket: v, rules: v } }),
    (v) => ({ type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", provider: eu, props: { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: v, kmsMasterKeyId: v } }] } }),
    (v) => ({ type: "aws:s3/bucket:Bucket", provider: eu, props: { bucket: v, serverSideEncryptionConfiguration: v } }),
    (v) => ({ type: "azure-native:storage:StorageAccount", props: { location: "westeurope", encryption: v } }),
    (v) => ({ type: "azure-native:storage:StorageAccount", props: { location: "westeurope", encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyVaultUri: v } } } }),
    (v) => ({ type: "azure-native:sql:EncryptionProtector", props: { serverKeyType: "AzureKeyVault", serverKeyName: v, serverName: v } }),
    (v) => ({ type: "azure-native:sql:Server", props: { serverName: v, keyId: v } }),
    (v) => ({ type: "azure-native:compute:Disk", props: { encryption: { type: v, diskEncryptionSetId: v } } }),
    (v) => ({ type: "azure-native:compute:VirtualMachine", props: { storageProfile: { osDisk: v, dataDisks: v } } }),
    (v) => ({ type: "azure-native:cosmosdb:DatabaseAccount", props: { keyVaultKeyUri: v } }),
    (v) => ({ type: "gcp:storage/bucket:Bucket", provider: gcp, props: { location: "EU", encryption: v } }),
    (v) => ({ type: "gcp:compute/disk:Disk", provider: gcp, props: { diskEncryptionKey: { kmsKeySelfLink: v, rawKey: v } } }),
    (v) => ({ type: "gcp:compute/instance:Instance", provider: gcp, props: { bootDisk: v } }),
    (v) => ({ type: "gcp:container/cluster:Cluster", provider: gcp, props: { databaseEncryption: { state: v, keyName: v } } }),
    (v) => ({ type: "gcp:secretmanager/secret:Secret", provider: gcp, props: { replication: { auto: v, userManaged: { replicas: v } } } }),
    (v) => ({ type: "gcp:kms/cryptoKey:CryptoKey", provider: gcp, props: { keyRing: v, name: v, versionTemplate: v, id: v } }),
    (v) => ({ type: "aws:kms/key:Key", provider: eu, props: { arn: v, keyId: v, customKeyStoreId: v, xksKeyId: v } }),
    (v) => ({ type: "aws:kms/alias:Alias", provider: eu, props: { name: v, targetKeyId: v } }),
    (v) => ({ type: "azure-native:keyvault:Vault", props: { vaultName: v, location: v } }),
    (v) => ({ type: "azure-native:compute:DiskEncryptionSet", props: { diskEncryptionSetName: v, activeKey: v } }),
];

const policies = [cmk, location, external];

describe("key policies never throw on garbage", () => {
    it("per resource: every garbage value in every key setting yields violations or an unknown, never an exception or a leak", () => {
        let decided = 0;
        for (const shape of shapes) {
            for (const v of garbage) {
                for (const p of policies) {
                    const out = checkResource(p, shape(v));
                    for (const m of out.violations) {
                        assert.ok(!m.includes(SECRET), m);
                        assert.ok(!m.includes("x".repeat(100)), "long values are not echoed");
                        assert.ok(!m.includes("could not evaluate"), `a bug, not a verdict: ${m}`);
                    }
                    decided += out.violations.length;
                }
            }
        }
        assert.ok(decided > 100, "garbage fails closed");
    });
    it("on the stack: all garbage shapes at once, with garbage dependencies", () => {
        for (const v of garbage) {
            const rs = shapes.map((shape, i) => ({ ...shape(v), name: `r${i}`, urn: `urn:r${i}`, propertyDependencies: { kmsKeyId: [`urn:r${(i + 1) % shapes.length}`], activeKey: ["urn:r0"], targetKeyId: ["urn:nowhere"] } }));
            for (const p of policies) {
                const out = checkStack(p, rs);
                for (const m of out.violations) {
                    assert.ok(!m.includes(SECRET), m);
                    assert.ok(!m.includes("could not evaluate"), `a bug, not a verdict: ${m}`);
                }
            }
        }
    });
    it("a number where a key is expected is an unrecognised reference, described by its type only", () => {
        const [m] = checkResource(cmk, { type: "aws:sqs/queue:Queue", provider: eu, props: { kmsMasterKeyId: 1234567 } }).violations;
        assert.match(m, /unrecognised key reference/);
        assert.match(m, /a number/);
        assert.ok(!m.includes("1234567"));
    });
    it("a secret-looking string is neither a key nor echoed", () => {
        for (const type of ["aws:sqs/queue:Queue", "azure-native:cosmosdb:DatabaseAccount", "gcp:pubsub/topic:Topic"]) {
            const props = type.startsWith("aws") ? { kmsMasterKeyId: SECRET } : type.startsWith("azure") ? { keyVaultKeyUri: SECRET } : { kmsKeyName: SECRET };
            const [m, ...rest] = checkResource(cmk, { type, provider: type.startsWith("aws") ? eu : type.startsWith("gcp") ? gcp : undefined, props }).violations;
            assert.equal(rest.length, 0, type);
            assert.match(m, /not echoed/);
            assert.ok(!m.includes(SECRET));
        }
    });
    it("prototype keys in props are not read as settings", () => {
        const props = JSON.parse('{"__proto__": {"kmsMasterKeyId": "alias/acme"}, "constructor": {"kmsMasterKeyId": "alias/acme"}}') as Record<string, unknown>;
        const [m] = checkResource(cmk, { type: "aws:sns/topic:Topic", provider: eu, props }).violations;
        assert.match(m, /server-side encryption is off/);
    });
});
