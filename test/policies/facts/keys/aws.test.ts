import { strict as assert } from "assert";
import { awsProvider, type TestResource } from "../../../helpers/harness";
import { awsKey, cmk, external, location, stackViolations, violations, assertExposed } from "./fixtures";

const eu = awsProvider("eu-central-1");
type Props = Record<string, unknown>;

interface Service {
    service: string;
    type: string;
    /** Real-shaped props with no key or a provider-held one, and what the message must say about it. */
    exposed: Props;
    says: RegExp;
    withKey(ref: string): Props;
    /** The concrete property naming the key. */
    path: string;
    /** Protections of `withKey(k)` that name the key `k` (other keys in it are EU ARNs). */
    naming?: number;
}

const s3Rules = (rule: Props) => ({ bucket: "acme-data-7f3a", rules: [{ applyServerSideEncryptionByDefault: rule, bucketKeyEnabled: true }] });

const services: Service[] = [
    {
        service: "S3 bucket encryption", type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
        exposed: s3Rules({ sseAlgorithm: "AES256" }), says: /`sseAlgorithm` is AES256/,
        withKey: (k) => s3Rules({ sseAlgorithm: "aws:kms", kmsMasterKeyId: k }), path: "rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId",
    },
    {
        service: "S3 bucket encryption", type: "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
        exposed: s3Rules({ sseAlgorithm: "aws:kms" }), says: /alias\/aws\/s3/,
        withKey: (k) => s3Rules({ sseAlgorithm: "aws:kms", kmsMasterKeyId: k }), path: "rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId",
    },
    {
        service: "EBS volume encryption", type: "aws:ebs/volume:Volume",
        exposed: { availabilityZone: "eu-central-1a", size: 100, type: "gp3" }, says: /`encrypted` is not true: the volume is not encrypted at rest/,
        withKey: (k) => ({ availabilityZone: "eu-central-1a", size: 100, encrypted: true, kmsKeyId: k }), path: "kmsKeyId",
    },
    {
        service: "EC2 root volume encryption", type: "aws:ec2/instance:Instance",
        exposed: { ami: "ami-0abcdef1234567890", instanceType: "t3.micro", rootBlockDevice: { encrypted: true, volumeSize: 20 } }, says: /alias\/aws\/ebs/,
        withKey: (k) => ({ ami: "ami-0abcdef1234567890", instanceType: "t3.micro", rootBlockDevice: { encrypted: true, kmsKeyId: k } }), path: "rootBlockDevice.kmsKeyId",
    },
    {
        service: "EC2 EBS block device encryption", type: "aws:ec2/instance:Instance",
        exposed: { ami: "ami-0abcdef1234567890", rootBlockDevice: { encrypted: true, kmsKeyId: awsKey.euArn }, ebsBlockDevices: [{ deviceName: "/dev/sdb", volumeSize: 50 }] },
        says: /`encrypted` is not true: the block device/,
        withKey: (k) => ({ ami: "ami-0abcdef1234567890", rootBlockDevice: { encrypted: true, kmsKeyId: awsKey.euArn }, ebsBlockDevices: [{ deviceName: "/dev/sdb", encrypted: true, kmsKeyId: k }] }),
        path: "ebsBlockDevices[0].kmsKeyId", naming: 2,
    },
    {
        service: "RDS instance storage encryption", type: "aws:rds/instance:Instance",
        exposed: { engine: "postgres", instanceClass: "db.t4g.micro", allocatedStorage: 20 }, says: /`storageEncrypted` is not true/,
        withKey: (k) => ({ engine: "postgres", instanceClass: "db.t4g.micro", storageEncrypted: true, kmsKeyId: k }), path: "kmsKeyId",
    },
    {
        service: "RDS cluster storage encryption", type: "aws:rds/cluster:Cluster",
        exposed: { engine: "aurora-postgresql", storageEncrypted: true }, says: /alias\/aws\/rds/,
        withKey: (k) => ({ engine: "aurora-postgresql", storageEncrypted: true, kmsKeyId: k }), path: "kmsKeyId",
    },
    {
        service: "DynamoDB table encryption", type: "aws:dynamodb/table:Table",
        exposed: { hashKey: "id", attributes: [{ name: "id", type: "S" }], serverSideEncryption: { enabled: true } }, says: /alias\/aws\/dynamodb/,
        withKey: (k) => ({ hashKey: "id", serverSideEncryption: { enabled: true, kmsKeyArn: k } }), path: "serverSideEncryption.kmsKeyArn",
    },
    {
        service: "SQS queue encryption", type: "aws:sqs/queue:Queue",
        exposed: { name: "orders", messageRetentionSeconds: 86400 }, says: /SSE-SQS/,
        withKey: (k) => ({ name: "orders", kmsMasterKeyId: k }), path: "kmsMasterKeyId",
    },
    {
        service: "SNS topic encryption", type: "aws:sns/topic:Topic",
        exposed: { name: "alerts" }, says: /server-side encryption is off/,
        withKey: (k) => ({ name: "alerts", kmsMasterKeyId: k }), path: "kmsMasterKeyId",
    },
    {
        service: "EFS file system encryption", type: "aws:efs/fileSystem:FileSystem",
        exposed: { encrypted: true, performanceMode: "generalPurpose" }, says: /alias\/aws\/elasticfilesystem/,
        withKey: (k) => ({ encrypted: true, kmsKeyId: k }), path: "kmsKeyId",
    },
    {
        service: "Secrets Manager secret encryption", type: "aws:secretsmanager/secret:Secret",
        exposed: { name: "db-password", kmsKeyId: "alias/aws/secretsmanager" }, says: /an AWS managed key/,
        withKey: (k) => ({ name: "db-password", kmsKeyId: k }), path: "kmsKeyId",
    },
    {
        service: "CloudWatch Logs log group encryption", type: "aws:cloudwatch/logGroup:LogGroup",
        exposed: { name: "/app/api", retentionInDays: 30 }, says: /CloudWatch Logs' own service-managed encryption/,
        withKey: (k) => ({ name: "/app/api", kmsKeyId: k }), path: "kmsKeyId",
    },
    {
        service: "Kinesis stream encryption", type: "aws:kinesis/stream:Stream",
        exposed: { shardCount: 1, encryptionType: "NONE" }, says: /`encryptionType` is not KMS/,
        withKey: (k) => ({ shardCount: 1, encryptionType: "KMS", kmsKeyId: k }), path: "kmsKeyId",
    },
    {
        service: "AWS Backup vault encryption", type: "aws:backup/vault:Vault",
        exposed: { name: "daily" }, says: /alias\/aws\/backup/,
        withKey: (k) => ({ name: "daily", kmsKeyArn: k }), path: "kmsKeyArn",
    },
];

const res = (s: Service, props: Props, name = "data"): TestResource => ({ type: s.type, name, provider: eu, props });

describe("key policies on AWS", () => {
    for (const s of services) {
        describe(`${s.service} (${s.type.split(":").pop()})`, () => {
            it("exposed: customer-managed-keys names the service, the tier, the rule and the property to set", () => {
                // AWS services without a customer key may be unencrypted or provider-keyed: both tier 1.
                assertExposed(s, /tier 1, exposed/);
                assert.equal(violations(external, res(s, s.exposed)).length, 1, "an exposed key is not tier 3 either");
                assert.deepEqual(violations(location, res(s, s.exposed)), [], "no key, no key location");
            });
            it("customer-managed in the EU: passes customer-managed-keys and eu-key-location", () => {
                for (const k of [awsKey.euArn, awsKey.euAliasArn, awsKey.alias, awsKey.id, awsKey.eucArn]) {
                    assert.deepEqual(violations(cmk, res(s, s.withKey(k))), [], k);
                    assert.deepEqual(violations(location, res(s, s.withKey(k))), [], k);
                }
            });
            it("customer-managed outside the EU: eu-key-location flags the key's region, read from its ARN", () => {
                for (const k of [awsKey.usArn, awsKey.usAliasArn]) {
                    const [m, ...rest] = violations(location, res(s, s.withKey(k)));
                    assert.equal(rest.length, 0);
                    assert.ok(m.includes(`\`${s.path}\``), m);
                    assert.ok(m.includes(`key \`${k}\``), m);
                    assert.match(m, /"us-(east-1|west-2)"/);
                    assert.match(m, /Rule eu-key-location/);
                    assert.deepEqual(violations(cmk, res(s, s.withKey(k))), [], "still customer-managed");
                }
            });
            it("external: only a key in an external key store (XKS) satisfies external-key-custody", () => {
                const store: TestResource = { type: "aws:kms/customKeyStore:CustomKeyStore", name: "xks", urn: "urn:xks", provider: eu, props: { customKeyStoreName: "acme-xks", customKeyStoreType: "EXTERNAL_KEY_STORE" } };
                const xksKey: TestResource = { type: "aws:kms/key:Key", name: "xks-key", provider: eu, props: { arn: awsKey.euArn, keyId: awsKey.id, customKeyStoreId: "cks-1234567890abcdef0", xksKeyId: "ext-key-1" }, propertyDependencies: { customKeyStoreId: ["urn:xks"] } };
                const kmsKey: TestResource = { type: "aws:kms/key:Key", name: "kms-key", provider: eu, props: { arn: awsKey.euArn, keyId: awsKey.id } };
                const consumer = res(s, s.withKey(awsKey.euArn));
                assert.deepEqual(violations(external, consumer), [], "tier 3 is decided on the stack");
                assert.deepEqual(stackViolations(external, [store, xksKey, consumer]), []);
                const [m, ...rest] = stackViolations(external, [kmsKey, consumer]);
                assert.equal(rest.length, (s.naming ?? 1) - 1);
                assert.ok(m.includes(`key \`${awsKey.euArn}\``), m);
                assert.match(m, /aws:kms\/key:Key "kms-key"/);
                assert.match(m, /held by AWS KMS/);
                assert.match(m, /Rule external-key-custody requires a key held outside the provider \(tier 3\)/);
                assert.match(m, /EXTERNAL_KEY_STORE/);
            });
        });
    }

    describe("key references", () => {
        const queue = (kmsMasterKeyId: unknown): TestResource => ({ type: "aws:sqs/queue:Queue", name: "q", provider: eu, props: { kmsMasterKeyId } });
        it("treats alias/aws/* (by name or ARN) as provider-managed and a customer alias as customer-managed", () => {
            for (const k of ["alias/aws/sqs", "arn:aws:kms:eu-west-1:111122223333:alias/aws/sqs"]) {
                const [m] = violations(cmk, queue(k));
                assert.match(m, /provider-managed keys \(tier 1, exposed\)/);
                assert.ok(m.includes(`key \`${k}\``));
            }
            assert.deepEqual(violations(cmk, queue("alias/acme-data")), []);
            assert.deepEqual(violations(cmk, queue("alias/aws-like-but-customer")), []);
        });
        it("flags an unrecognised reference without echoing it", () => {
            const [m] = violations(cmk, queue("my-favourite-key"));
            assert.match(m, /unrecognised key reference/);
            assert.ok(!m.includes("my-favourite-key"));
            assert.match(m, /16 characters, not echoed/);
        });
        it("S3: aws:kms without a key is provider-managed, and a config with no default rule is S3's default", () => {
            const [m] = violations(cmk, { type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", provider: eu, props: { bucket: "b", rules: [{ bucketKeyEnabled: true }] } });
            assert.match(m, /SSE-S3, S3's default/);
            assert.match(m, /`rules\[\]\.applyServerSideEncryptionByDefault\.kmsMasterKeyId`/);
        });
        it("SQS: `sqsManagedSseEnabled: false` without a key is no encryption; a KMS key overrides it", () => {
            assert.match(violations(cmk, { type: "aws:sqs/queue:Queue", provider: eu, props: { sqsManagedSseEnabled: false } })[0], /no encryption at rest/);
            assert.deepEqual(violations(cmk, { type: "aws:sqs/queue:Queue", provider: eu, props: { sqsManagedSseEnabled: false, kmsMasterKeyId: awsKey.euArn } }), []);
        });
        it("DynamoDB: no `serverSideEncryption` is an AWS owned key; replicas need their own key in their region", () => {
            assert.match(violations(cmk, { type: "aws:dynamodb/table:Table", provider: eu, props: { hashKey: "id" } })[0], /AWS owned key/);
            const table = { hashKey: "id", serverSideEncryption: { enabled: true, kmsKeyArn: awsKey.euArn }, replicas: [{ regionName: "eu-west-1" }, { regionName: "eu-west-3", kmsKeyArn: "arn:aws:kms:eu-west-3:111122223333:key/abcd" }] };
            const [m, ...rest] = violations(cmk, { type: "aws:dynamodb/table:Table", provider: eu, props: table });
            assert.equal(rest.length, 0);
            assert.match(m, /DynamoDB replica encryption at `replicas\[0\]\.kmsKeyArn`/);
            const far = { ...table, replicas: [{ regionName: "us-east-1", kmsKeyArn: awsKey.usArn }] };
            assert.equal(violations(location, { type: "aws:dynamodb/table:Table", provider: eu, props: far }).length, 1);
        });
        it("RDS: a read replica without its own key inherits its source's encryption and is judged there", () => {
            assert.deepEqual(violations(cmk, { type: "aws:rds/instance:Instance", provider: eu, props: { replicateSourceDb: "orders-primary", instanceClass: "db.t4g.micro" } }), []);
        });
        it("EC2: no `rootBlockDevice` cannot be proven encrypted", () => {
            assert.match(violations(cmk, { type: "aws:ec2/instance:Instance", provider: eu, props: { ami: "ami-1" } })[0], /no `rootBlockDevice`/);
        });
        it("Secrets Manager: a replica without a key uses the AWS managed key in its region", () => {
            const props = { kmsKeyId: awsKey.euArn, replicas: [{ region: "eu-west-1" }] };
            assert.match(violations(cmk, { type: "aws:secretsmanager/secret:Secret", provider: eu, props })[0], /replicas\[0\]\.kmsKeyId/);
        });
        it("respects a configured allow-list for key regions", () => {
            const r = queue("arn:aws:kms:eu-central-2:111122223333:key/abcd");
            assert.equal(violations(location, r).length, 1, "Zurich is not in the EU");
            assert.deepEqual(violations(location, r, { additionalLocations: ["eu-central-2"] }), []);
        });
    });
});
