// AWS components under the mock runtime: what they create, their outputs, and every refusal
// (a clear error, and nothing registered).
import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { SovereignBucket, SovereignDatabase, SovereignKey } from "../../../components/aws";
import { refusal, registrationsOf, resetRegistrations, settle, useMocks, valueOf, itRefuses, type Refusal } from "../mocks";

const euAllowed = "allowed: eu-central-1, eu-west-1, eu-west-3, eu-north-1, eu-south-1, eu-south-2, eusc-de-east-1";

describe("components: AWS", () => {
    before(() => useMocks({ "aws:region": "eu-central-1" }));
    beforeEach(async () => {
        await settle();
        resetRegistrations();
    });

    describe("SovereignKey", () => {
        it("creates a rotating single-Region key in the stack's region", async () => {
            const key = new SovereignKey("k-default");
            assert.strictEqual(key.region, "eu-central-1");
            assert.strictEqual(await valueOf(key.arn), "arn:aws:kms:eu-central-1:111122223333:key/mrk-k-default");
            assert.strictEqual(await valueOf(key.keyId), "mrk-k-default");
            assert.strictEqual(key.external, false);
            const [k] = await registrationsOf("aws:kms/key:Key");
            assert.strictEqual(k.inputs.region, "eu-central-1");
            assert.strictEqual(k.inputs.enableKeyRotation, true);
            assert.strictEqual(k.inputs.rotationPeriodInDays, 365);
            assert.strictEqual(k.inputs.multiRegion, false);
            assert.strictEqual(k.inputs.deletionWindowInDays, 30);
            const [component] = await registrationsOf(SovereignKey.type);
            assert.strictEqual(component.name, "k-default");
            assert.match(await valueOf(key.key.urn), /eu-sovereignty:aws:SovereignKey\$aws:kms\/key:Key::k-default$/);
        });

        it("replicates only to the regions given, each an allowed one, and exposes each copy's ARN", async () => {
            const key = new SovereignKey("k-multi", { region: "eu-west-1", replicaRegions: ["eu-central-1", "eu-north-1"], alias: "payments" });
            const [k] = await registrationsOf("aws:kms/key:Key");
            assert.strictEqual(k.inputs.multiRegion, true);
            const replicas = await registrationsOf("aws:kms/replicaKey:ReplicaKey");
            assert.deepStrictEqual(replicas.map((r) => r.inputs.region).sort(), ["eu-central-1", "eu-north-1"]);
            assert.deepStrictEqual(key.replicaRegions, ["eu-central-1", "eu-north-1"]);
            assert.strictEqual(await valueOf(key.arnIn("eu-north-1")), "arn:aws:kms:eu-north-1:111122223333:key/mrk-k-multi");
            assert.strictEqual(key.arnIn("eu-west-3"), undefined);
            const [alias] = await registrationsOf("aws:kms/alias:Alias");
            assert.deepStrictEqual([alias.inputs.name, alias.inputs.region, alias.inputs.targetKeyId], ["alias/payments", "eu-west-1", "mrk-k-multi"]);
            assert.strictEqual(key.aliasName, "alias/payments");
        });

        it("creates an External Key Store key (no AWS rotation, which AWS refuses for custom key stores)", async () => {
            const key = new SovereignKey("k-xks", { customKeyStoreId: "cks-1234567890abcdef0", xksKeyId: "ext-key-1" });
            assert.strictEqual(key.external, true);
            const [k] = await registrationsOf("aws:kms/key:Key");
            assert.strictEqual(k.inputs.customKeyStoreId, "cks-1234567890abcdef0");
            assert.strictEqual(k.inputs.xksKeyId, "ext-key-1");
            assert.strictEqual(k.inputs.enableKeyRotation, false);
            assert.strictEqual(k.inputs.rotationPeriodInDays, undefined);
        });

        const refusals: Refusal[] = [
            ["a region outside the allow-list", () => new SovereignKey("k", { region: "us-east-1" }),
                `SovereignKey "k": region "us-east-1" is not an allowed location; ${euAllowed}`],
            ["a replica region outside the allow-list", () => new SovereignKey("k", { replicaRegions: ["eu-west-1", "us-west-2"] }),
                `SovereignKey "k": replicaRegions[1] "us-west-2" is not an allowed location; ${euAllowed}`],
            ["a replica in the key's own region", () => new SovereignKey("k", { replicaRegions: ["eu-central-1"] }),
                'SovereignKey "k": replicaRegions[0] "eu-central-1" is the key\'s own region'],
            ["the same replica region twice", () => new SovereignKey("k", { replicaRegions: ["eu-west-1", "eu-west-1"] }),
                'SovereignKey "k": replicaRegions[1] "eu-west-1" is listed twice'],
            ["replicas of a custom key store key", () => new SovereignKey("k", { customKeyStoreId: "cks-1", replicaRegions: ["eu-west-1"] }),
                'SovereignKey "k": replicaRegions cannot be used with customKeyStoreId: AWS cannot make a multi-Region key in a custom key store'],
            ["an external key id without its key store", () => new SovereignKey("k", { xksKeyId: "ext-1" }),
                'SovereignKey "k": xksKeyId needs customKeyStoreId (the External Key Store holding the key)'],
            ["a rotation period under 90 days", () => new SovereignKey("k", { rotationPeriodInDays: 30 }),
                'SovereignKey "k": rotationPeriodInDays 30 is out of range; allowed: an integer from 90 to 2560'],
            ["a deletion window under 7 days", () => new SovereignKey("k", { deletionWindowInDays: 3 }),
                'SovereignKey "k": deletionWindowInDays 3 is out of range; allowed: an integer from 7 to 30'],
            ["an alias in the AWS-reserved namespace", () => new SovereignKey("k", { alias: "aws/s3" }),
                'SovereignKey "k": alias "aws/s3" is not a valid customer alias; allowed: letters, digits, "/", "_", "-", not starting with "aws/"'],
        ];
        itRefuses(refusals);
    });

    describe("SovereignBucket", () => {
        it("creates an encrypted, private, versioned, TLS-only bucket and its key, all pinned to the region", async () => {
            const b = new SovereignBucket("logs", { region: "eu-west-3" });
            assert.strictEqual(b.region, "eu-west-3");
            assert.strictEqual(await valueOf(b.bucketName), "logs-a1b2c3d");
            assert.strictEqual(await valueOf(b.arn), "arn:aws:s3:::logs-a1b2c3d");
            assert.strictEqual(await valueOf(b.regionalDomainName), "logs-a1b2c3d.s3.eu-west-3.amazonaws.com");
            assert.strictEqual(await valueOf(b.keyArn), "arn:aws:kms:eu-west-3:111122223333:key/mrk-logs-key");
            assert.ok(b.key instanceof SovereignKey);

            await settle();
            const { registered } = await import("../mocks");
            const custom = registered.filter((r) => r.custom);
            assert.deepStrictEqual(custom.map((r) => r.type).sort(), [
                "aws:kms/key:Key",
                "aws:s3/bucket:Bucket",
                "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
                "aws:s3/bucketPolicy:BucketPolicy",
                "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
                "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
                "aws:s3/bucketVersioning:BucketVersioning",
            ]);
            for (const r of custom) assert.strictEqual(r.inputs.region, "eu-west-3", `${r.type} is pinned to the region`);

            const [sse] = await registrationsOf("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration");
            assert.deepStrictEqual(sse.inputs.rules, [{
                applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "arn:aws:kms:eu-west-3:111122223333:key/mrk-logs-key" },
                bucketKeyEnabled: true,
            }]);
            const [pab] = await registrationsOf("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock");
            assert.deepStrictEqual([pab.inputs.blockPublicAcls, pab.inputs.blockPublicPolicy, pab.inputs.ignorePublicAcls, pab.inputs.restrictPublicBuckets], [true, true, true, true]);
            const [own] = await registrationsOf("aws:s3/bucketOwnershipControls:BucketOwnershipControls");
            assert.deepStrictEqual(own.inputs.rule, { objectOwnership: "BucketOwnerEnforced" });
            const [ver] = await registrationsOf("aws:s3/bucketVersioning:BucketVersioning");
            assert.deepStrictEqual(ver.inputs.versioningConfiguration, { status: "Enabled" });
            const [pol] = await registrationsOf("aws:s3/bucketPolicy:BucketPolicy");
            assert.deepStrictEqual(JSON.parse(String(pol.inputs.policy)).Statement, [{
                Sid: "DenyInsecureTransport", Effect: "Deny", Principal: "*", Action: "s3:*",
                Resource: ["arn:aws:s3:::logs-a1b2c3d", "arn:aws:s3:::logs-a1b2c3d/*"],
                Condition: { Bool: { "aws:SecureTransport": "false" } },
            }]);
            assert.match(await valueOf(b.bucket.urn), /eu-sovereignty:aws:SovereignBucket\$aws:s3\/bucket:Bucket::logs$/);
        });

        it("uses a key passed in (a SovereignKey, or an ARN) instead of creating one", async () => {
            const key = new SovereignKey("shared", { region: "eu-central-1", customKeyStoreId: "cks-1", xksKeyId: "ext-1" });
            const withKey = new SovereignBucket("data", { key });
            assert.strictEqual(withKey.key, undefined);
            assert.strictEqual(await valueOf(withKey.keyArn), "arn:aws:kms:eu-central-1:111122223333:key/mrk-shared");
            const arn = "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
            const withArn = new SovereignBucket("data2", { key: arn });
            assert.strictEqual(await valueOf(withArn.keyArn), arn);
            const withRef = new SovereignBucket("data3", { key: { arn: pulumi.output(arn), region: "eu-central-1" } });
            assert.strictEqual(await valueOf(withRef.keyArn), arn);
            assert.strictEqual((await registrationsOf("aws:kms/key:Key")).length, 1, "only the shared key");
        });

        it("uses a multi-Region key's replica in the bucket's region", async () => {
            const key = new SovereignKey("mrk", { region: "eu-west-1", replicaRegions: ["eu-central-1"] });
            const b = new SovereignBucket("replicated", { key });
            assert.strictEqual(await valueOf(b.keyArn), "arn:aws:kms:eu-central-1:111122223333:key/mrk-mrk");
        });

        it("accepts a region the pack config adds, and refuses one it drops", async () => {
            const london = new SovereignBucket("uk", { region: "eu-west-2", additionalLocations: ["eu-west-2"] });
            assert.strictEqual(london.region, "eu-west-2");
            const r = await refusal(() => new SovereignBucket("ie", { region: "eu-west-1", allowedLocations: ["eu-central-1"] }));
            assert.strictEqual(r.message, 'SovereignBucket "ie": region "eu-west-1" is not an allowed location; allowed: eu-central-1');
            assert.strictEqual(r.registrations, 0);
        });

        const arnUs = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        const refusals: Refusal[] = [
            ["us-east-1", () => new SovereignBucket("logs", { region: "us-east-1" }),
                `SovereignBucket "logs": region "us-east-1" is not an allowed location; ${euAllowed}`],
            ["London (Europe, not EU)", () => new SovereignBucket("logs", { region: "eu-west-2" }),
                `SovereignBucket "logs": region "eu-west-2" is not an allowed location; ${euAllowed}`],
            ["a zone instead of a region", () => new SovereignBucket("logs", { region: "eu-west-1a" }),
                'SovereignBucket "logs": region "eu-west-1a" is a zone, not a region; use its region "eu-west-1"'],
            ["a region AWS does not have", () => new SovereignBucket("logs", { region: "eu-west-9" }),
                `SovereignBucket "logs": region "eu-west-9" is not a AWS location the catalogue knows; ${euAllowed}`],
            ["a region only known at deployment", () => new SovereignBucket("logs", { region: pulumi.output("eu-west-1") as unknown as string }),
                'SovereignBucket "logs": region must be a plain string known when the program starts (got an Output), so it can be checked before anything is created'],
            ["a key ARN in another region", () => new SovereignBucket("logs", { key: arnUs }),
                `SovereignBucket "logs": key (region) "us-east-1" is not an allowed location; ${euAllowed}`],
            ["a key ARN in another allowed region", () => new SovereignBucket("logs", { key: arnUs.replace("us-east-1", "eu-west-1") }),
                'SovereignBucket "logs": key is in "eu-west-1" but this resource is in "eu-central-1"; the key must be in the same region'],
            ["an AWS managed key", () => new SovereignBucket("logs", { key: "arn:aws:kms:eu-central-1:111122223333:alias/aws/s3" }),
                'SovereignBucket "logs": key names an AWS managed key (alias/aws/s3); AWS holds that key: pass a customer managed key'],
            ["a bare key id", () => new SovereignBucket("logs", { key: "1234abcd-12ab-34cd-56ef-1234567890ab" }),
                'SovereignBucket "logs": key "1234abcd-12ab-34cd-56ef-1234567890ab" is not a KMS key ARN; pass the key\'s full ARN (a bare key id or alias name hides its region)'],
            ["a key reference stating another region", () => new SovereignBucket("logs", { key: { arn: pulumi.output("x"), region: "eu-west-1" } }),
                'SovereignBucket "logs": key.region "eu-west-1" differs from this resource\'s region "eu-central-1"; the key must be in the same region'],
            ["an invalid bucket name", () => new SovereignBucket("logs", { bucketName: "Logs_Bucket" }),
                'SovereignBucket "logs": bucketName "Logs_Bucket" is not a valid S3 bucket name; allowed: 3-63 lower-case letters, digits, "." and "-"'],
        ];
        itRefuses(refusals);

        it("refuses a SovereignKey from another region, registering nothing", async () => {
            const key = new SovereignKey("ie-key", { region: "eu-west-1" });
            const r = await refusal(() => new SovereignBucket("logs", { key }));
            assert.strictEqual(r.message, 'SovereignBucket "logs": key is a SovereignKey in "eu-west-1" with no replica in "eu-central-1"; this resource needs its key in its own region');
            assert.strictEqual(r.registrations, 0);
        });
    });

    describe("SovereignDatabase", () => {
        it("creates an encrypted, private PostgreSQL instance with in-region backups and deletion protection", async () => {
            const db = new SovereignDatabase("orders", { subnetIds: ["subnet-a", "subnet-b"], vpcSecurityGroupIds: ["sg-1"] });
            assert.strictEqual(db.region, "eu-central-1");
            assert.strictEqual(await valueOf(db.identifier), "orders-db1");
            assert.strictEqual(await valueOf(db.arn), "arn:aws:rds:eu-central-1:111122223333:db:orders-db1");
            assert.strictEqual(await valueOf(db.endpoint), "orders-db1.abc.eu-central-1.rds.amazonaws.com:5432");
            assert.strictEqual(await valueOf(db.address), "orders-db1.abc.eu-central-1.rds.amazonaws.com");
            assert.strictEqual(await valueOf(db.port), 5432);
            assert.strictEqual(await valueOf(db.masterUserSecretArn), "arn:aws:secretsmanager:eu-central-1:111122223333:secret:rds!db-orders-db1");
            const keyArn = "arn:aws:kms:eu-central-1:111122223333:key/mrk-orders-key";
            assert.strictEqual(await valueOf(db.keyArn), keyArn);

            const [i] = await registrationsOf("aws:rds/instance:Instance");
            const expected: Record<string, unknown> = {
                region: "eu-central-1", engine: "postgres", engineVersion: "16", storageEncrypted: true, kmsKeyId: keyArn,
                manageMasterUserPassword: true, masterUserSecretKmsKeyId: keyArn, publiclyAccessible: false,
                backupTarget: "region", backupRetentionPeriod: 7, deletionProtection: true, skipFinalSnapshot: false,
                finalSnapshotIdentifier: "orders-final", dbSubnetGroupName: "orders-sng",
            };
            for (const [k, v] of Object.entries(expected)) assert.deepStrictEqual(i.inputs[k], v, k);
            const [sng] = await registrationsOf("aws:rds/subnetGroup:SubnetGroup");
            assert.deepStrictEqual([sng.inputs.region, sng.inputs.subnetIds], ["eu-central-1", ["subnet-a", "subnet-b"]]);
            assert.strictEqual((await registrationsOf("aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication")).length, 0);
        });

        const refusals: Refusal[] = [
            ["a region outside the allow-list", () => new SovereignDatabase("db", { region: "ap-southeast-1" }),
                `SovereignDatabase "db": region "ap-southeast-1" is not an allowed location; ${euAllowed}`],
            ["turning backups off", () => new SovereignDatabase("db", { backupRetentionDays: 0 }),
                'SovereignDatabase "db": backupRetentionDays 0 is out of range; allowed: an integer from 1 to 35'],
            ["a zone of another region", () => new SovereignDatabase("db", { availabilityZone: "eu-west-1a" }),
                'SovereignDatabase "db": availabilityZone "eu-west-1a" is not in the instance\'s region "eu-central-1"'],
            ["both subnets and a subnet group", () => new SovereignDatabase("db", { subnetIds: ["s"], dbSubnetGroupName: "g" }),
                'SovereignDatabase "db": pass either subnetIds or dbSubnetGroupName, not both'],
            ["an engine version that is not a version", () => new SovereignDatabase("db", { engineVersion: "latest" }),
                'SovereignDatabase "db": engineVersion "latest" is not a PostgreSQL version; allowed: a major version such as "16" or a major.minor such as "16.4"'],
            ["a key in another region", () => new SovereignDatabase("db", { key: "arn:aws:kms:eu-north-1:111122223333:key/k" }),
                'SovereignDatabase "db": key is in "eu-north-1" but this resource is in "eu-central-1"; the key must be in the same region'],
        ];
        itRefuses(refusals);
    });
});

describe("components: AWS without a region", () => {
    before(() => useMocks({}));
    it("refuses when neither the argument nor aws:region gives one, registering nothing", async () => {
        const r = await refusal(() => new SovereignBucket("logs"));
        assert.strictEqual(r.message, `SovereignBucket "logs": no region: pass \`region\` or set \`aws:region\` in the stack config (environment variables and profiles are invisible to the policy pack); ${euAllowed}`);
        assert.strictEqual(r.registrations, 0);
    });
    it("refuses a disallowed aws:region, naming where it came from", async () => {
        await useMocks({ "aws:region": "us-east-2" });
        const r = await refusal(() => new SovereignKey("k"));
        assert.strictEqual(r.message, `SovereignKey "k": region (from aws:region) "us-east-2" is not an allowed location; ${euAllowed}`);
        assert.strictEqual(r.registrations, 0);
    });
});
