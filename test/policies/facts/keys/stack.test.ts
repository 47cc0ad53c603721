import { strict as assert } from "assert";
import { awsProvider, checkResource, checkStack, gcpProvider, UNKNOWN, UNKNOWN_ARRAY, type TestResource } from "../../../helpers/harness";
import { awsKey, checkAll, cmk, external, location, stackViolations, vaultUri } from "./fixtures";

const eu = awsProvider("eu-central-1");
const us = awsProvider("us-east-1");
const sseConfig = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
const sseConfigV2 = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";

const bucket = (name: string, extra: Record<string, unknown> = {}): TestResource => ({ type: "aws:s3/bucket:Bucket", name, urn: `urn:bucket:${name}`, provider: eu, props: { bucket: `${name}-7f3a`, ...extra } });
const kmsRule = { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: awsKey.euArn } };

describe("key policies across the stack", () => {
    describe("S3 buckets need a server-side encryption configuration", () => {
        it("flags a bucket with none, naming the bucket and the resource to declare", () => {
            const [m, ...rest] = stackViolations(cmk, [bucket("logs")]);
            assert.equal(rest.length, 0);
            assert.ok(m.startsWith('aws:s3/bucket:Bucket "logs": S3 bucket encryption has provider-managed keys (tier 1, exposed)'), m);
            assert.match(m, /BucketServerSideEncryptionConfiguration/);
            assert.match(m, /Rule customer-managed-keys/);
        });
        it("ties a configuration to its bucket by name, for both tokens", () => {
            for (const type of [sseConfig, sseConfigV2]) {
                const rs = [bucket("logs"), bucket("data"), { type, name: "logs-sse", provider: eu, props: { bucket: "logs-7f3a", rules: [kmsRule] } }];
                const [m, ...rest] = stackViolations(cmk, rs);
                assert.equal(rest.length, 0, type);
                assert.match(m, /"data"/);
            }
        });
        it("ties it by property dependencies while the bucket's name is unknown at preview", () => {
            const rs: TestResource[] = [
                { ...bucket("logs"), props: { bucket: UNKNOWN } },
                { type: sseConfig, name: "logs-sse", provider: eu, props: { bucket: UNKNOWN, rules: [kmsRule] }, propertyDependencies: { bucket: ["urn:bucket:logs"] } },
            ];
            assert.deepEqual(checkStack(cmk, rs), { violations: [] });
        });
        it("leaves the decision to `pulumi up` when a configuration's bucket is unknown and untied", () => {
            const rs: TestResource[] = [bucket("logs"), { type: sseConfig, name: "x", provider: eu, props: { bucket: UNKNOWN, rules: [kmsRule] } }];
            const out = checkStack(cmk, rs);
            assert.deepEqual(out.violations, []);
            assert.match(out.unknown ?? "", /bucket/);
        });
        it("accepts the deprecated inline block on the bucket (judged per resource)", () => {
            const inline = { serverSideEncryptionConfiguration: { rule: kmsRule } };
            assert.deepEqual(checkAll(cmk, [bucket("logs", inline)]).violations, []);
            const aes = { serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } } };
            const [m, ...rest] = checkAll(cmk, [bucket("logs", aes)]).violations;
            assert.equal(rest.length, 0);
            assert.match(m, /`serverSideEncryptionConfiguration\.rule\.applyServerSideEncryptionByDefault\.kmsMasterKeyId`/);
            assert.equal(checkAll(cmk, [bucket("logs", { serverSideEncryptionConfiguration: {} })]).violations.length, 1, "an empty block configures nothing");
        });
    });

    describe("keys unknown at preview", () => {
        const volume = (props: Record<string, unknown>, deps?: Record<string, string[]>): TestResource => ({ type: "aws:ebs/volume:Volume", name: "data", provider: eu, props: { availabilityZone: "eu-central-1a", ...props }, ...(deps ? { propertyDependencies: deps } : {}) });
        const newKey = (provider: TestResource["provider"], props: Record<string, unknown> = {}): TestResource => ({ type: "aws:kms/key:Key", name: "data-key", urn: "urn:key", provider, props: { arn: UNKNOWN, keyId: UNKNOWN, ...props } });

        it("per resource, the SDK's preview handling applies and known protections are still reported", () => {
            assert.deepEqual(checkResource(cmk, volume({ encrypted: true, kmsKeyId: UNKNOWN })).violations, []);
            assert.match(checkResource(cmk, volume({ encrypted: true, kmsKeyId: UNKNOWN })).unknown ?? "", /kmsKeyId/);
            const instance: TestResource = { type: "aws:ec2/instance:Instance", name: "web", provider: eu, props: { rootBlockDevice: { encrypted: true, kmsKeyId: UNKNOWN }, ebsBlockDevices: [{ deviceName: "/dev/sdb", encrypted: false }] } };
            const out = checkResource(cmk, instance);
            assert.equal(out.violations.length, 1);
            assert.match(out.violations[0], /ebsBlockDevices\[0\]/);
            assert.ok(out.unknown !== undefined);
        });
        it("eu-key-location checks a new key through the property's dependencies", () => {
            const far = checkStack(location, [newKey(us), volume({ encrypted: true, kmsKeyId: UNKNOWN }, { kmsKeyId: ["urn:key"] })]);
            assert.equal(far.unknown, undefined, "decided at preview");
            assert.equal(far.violations.length, 1);
            assert.match(far.violations[0], /aws:kms\/key:Key "data-key"/);
            assert.match(far.violations[0], /"us-east-1"/);
            assert.match(far.violations[0], /from its provider/);
            assert.deepEqual(checkStack(location, [newKey(eu), volume({ encrypted: true, kmsKeyId: UNKNOWN }, { kmsKeyId: ["urn:key"] })]), { violations: [] });
            assert.ok(checkStack(location, [newKey(us), volume({ encrypted: true, kmsKeyId: UNKNOWN })]).unknown !== undefined, "untied: left to `pulumi up`");
        });
        it("external-key-custody follows a new key to its external key store, even through an alias", () => {
            const store: TestResource = { type: "aws:kms/customKeyStore:CustomKeyStore", name: "xks", urn: "urn:xks", provider: eu, props: { customKeyStoreName: "acme-xks", customKeyStoreType: "EXTERNAL_KEY_STORE" } };
            const key = { ...newKey(eu, { customKeyStoreId: UNKNOWN, xksKeyId: "ext-1" }), propertyDependencies: { customKeyStoreId: ["urn:xks"] } };
            const alias: TestResource = { type: "aws:kms/alias:Alias", name: "alias", urn: "urn:alias", provider: eu, props: { name: "alias/acme-data", targetKeyId: UNKNOWN }, propertyDependencies: { targetKeyId: ["urn:key"] } };
            assert.deepEqual(checkStack(external, [store, key, volume({ encrypted: true, kmsKeyId: UNKNOWN }, { kmsKeyId: ["urn:key"] })]), { violations: [] });
            assert.deepEqual(checkStack(external, [store, key, alias, volume({ encrypted: true, kmsKeyId: "alias/acme-data" })]), { violations: [] });
            const plain = newKey(eu);
            const [m, ...rest] = checkStack(external, [plain, alias, volume({ encrypted: true, kmsKeyId: "alias/acme-data" })]).violations;
            assert.equal(rest.length, 0);
            assert.match(m, /key `alias\/acme-data`/);
            assert.match(m, /no `customKeyStoreId`/);
        });
        it("an external key store makes its key external even while `xksKeyId` is unknown", () => {
            const store: TestResource = { type: "aws:kms/customKeyStore:CustomKeyStore", name: "xks", urn: "urn:xks", provider: eu, props: { customKeyStoreName: "acme-xks", customKeyStoreType: "EXTERNAL_KEY_STORE" } };
            const key: TestResource = { type: "aws:kms/key:Key", name: "k", provider: eu, props: { arn: awsKey.euArn, customKeyStoreId: UNKNOWN, xksKeyId: UNKNOWN }, propertyDependencies: { customKeyStoreId: ["urn:xks"] } };
            const vol = volume({ encrypted: true, kmsKeyId: awsKey.euArn });
            assert.deepEqual(checkStack(external, [store, key, vol]), { violations: [] });
            const cloudHsm = { ...store, props: { customKeyStoreName: "acme-hsm", customKeyStoreType: "AWS_CLOUDHSM" } };
            assert.match(stackViolations(external, [cloudHsm, key, vol])[0], /CloudHSM key store/);
        });
        it("a CloudHSM key store, or one not in the stack, is not external", () => {
            const store: TestResource = { type: "aws:kms/customKeyStore:CustomKeyStore", name: "hsm", urn: "urn:hsm", provider: eu, props: { customKeyStoreName: "acme-hsm", cloudHsmClusterId: "cluster-1" } };
            const key: TestResource = { type: "aws:kms/key:Key", name: "k", provider: eu, props: { arn: awsKey.euArn, customKeyStoreId: "cks-1" }, propertyDependencies: { customKeyStoreId: ["urn:hsm"] } };
            const vol = volume({ encrypted: true, kmsKeyId: awsKey.euArn });
            assert.match(stackViolations(external, [store, key, vol])[0], /CloudHSM key store/);
            assert.match(stackViolations(external, [{ ...key, propertyDependencies: {} }, vol])[0], /not declared in this stack/);
        });
        it("GCP: a new key's location comes from its key ring, through dependencies", () => {
            const provider = gcpProvider({ region: "europe-west3" });
            const ring = (loc: string): TestResource => ({ type: "gcp:kms/keyRing:KeyRing", name: "ring", urn: "urn:ring", provider, props: { name: "acme", location: loc } });
            const key: TestResource = { type: "gcp:kms/cryptoKey:CryptoKey", name: "k", urn: "urn:ck", provider, props: { keyRing: UNKNOWN, name: "data", versionTemplate: { algorithm: "GOOGLE_SYMMETRIC_ENCRYPTION", protectionLevel: "EXTERNAL_VPC" } }, propertyDependencies: { keyRing: ["urn:ring"] } };
            const topic: TestResource = { type: "gcp:pubsub/topic:Topic", name: "orders", provider, props: { kmsKeyName: UNKNOWN }, propertyDependencies: { kmsKeyName: ["urn:ck"] } };
            const [m, ...rest] = checkStack(location, [ring("global"), key, topic]).violations;
            assert.equal(rest.length, 0);
            assert.match(m, /"global"/);
            assert.match(m, /KeyRing "ring"/);
            assert.deepEqual(checkStack(location, [ring("europe-west3"), key, topic]), { violations: [] });
            assert.deepEqual(checkStack(external, [ring("europe-west3"), key, topic]), { violations: [] });
        });
        it("known resources are still checked when another one's key is unknown and untied", () => {
            const rs: TestResource[] = [
                { type: "azure-native:keyvault:Vault", name: "kv", props: { vaultName: "us-keys", location: "eastus" } },
                { type: "azure-native:cosmosdb:DatabaseAccount", name: "db", props: { location: "westeurope", keyVaultKeyUri: vaultUri("us-keys") } },
                { type: "azure-native:cosmosdb:DatabaseAccount", name: "db2", props: { location: "westeurope", keyVaultKeyUri: UNKNOWN } },
            ];
            const out = checkStack(location, rs);
            assert.equal(out.violations.length, 1);
            assert.match(out.violations[0], /"db"/);
            assert.ok(out.unknown !== undefined);
        });
        it("a whole encryption block unknown at preview defers only that protection", () => {
            const out = checkResource(cmk, { type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", provider: eu, props: { bucket: "b", rules: UNKNOWN_ARRAY } });
            assert.deepEqual(out.violations, []);
            assert.ok(out.unknown !== undefined);
        });
    });

    describe("scale", function () {
        this.timeout(120000);
        // Every consumer's key is found through one index built per call: time grows linearly.
        const stack = (n: number): TestResource[] => {
            const rs: TestResource[] = [];
            for (let i = 0; i < n / 4; i++) {
                rs.push({ type: "aws:kms/key:Key", name: `k${i}`, urn: `urn:k${i}`, provider: eu, props: { arn: `arn:aws:kms:eu-central-1:111122223333:key/k-${i}`, keyId: `k-${i}` } });
                rs.push({ type: "aws:ebs/volume:Volume", name: `v${i}`, provider: eu, props: { encrypted: true, kmsKeyId: UNKNOWN }, propertyDependencies: { kmsKeyId: [`urn:k${i}`] } });
                rs.push(bucket(`b${i}`));
                rs.push({ type: sseConfig, name: `c${i}`, provider: eu, props: { bucket: `b${i}-7f3a`, rules: [kmsRule] } });
            }
            return rs;
        };
        const time = (rs: TestResource[]) => {
            const start = process.hrtime.bigint();
            for (const p of [cmk, location, external]) checkStack(p, rs);
            return Number(process.hrtime.bigint() - start) / 1e6;
        };
        it("checks 100,000 resources in linear time", () => {
            const small = stack(10_000);
            const large = stack(100_000);
            time(small);
            const t10k = time(small);
            const t100k = time(large);
            // Linear, measured as a ratio in the same run: an absolute budget is one a loaded machine misses.
            assert.ok(t100k < t10k * 30, `10x the resources took ${(t100k / t10k).toFixed(1)}x the time (quadratic would be ~100x)`);
            const out = checkStack(external, large).violations;
            assert.equal(out.filter((m) => /^aws:ebs\/volume:Volume "v\d+": .* uses aws:kms\/key:Key "k\d+"/.test(m)).length, 25_000, "every volume's key is found (and is not external)");
            assert.equal(out.filter((m) => /not declared in this stack/.test(m)).length, 25_000, "the bucket rules name a key outside the stack");
        });
    });
});
