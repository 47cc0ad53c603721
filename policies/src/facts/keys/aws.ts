// AWS: which KMS key protects each service's data at rest. Tokens and property paths checked against
// @pulumi/aws 7.48 (`<Class>Args` and types/input.d.ts; see docs/facts-verification.md). A key is
// named by id, ARN, alias or alias ARN; only ARNs carry a region (ids and aliases resolve in the
// consumer's own region). Tier 3 (an external key store) is only visible on the key resource.
import type { PolicyResource } from "@pulumi/policy";
import { regionOfArn } from "../locate";
import { placeOf } from "../place";
import { dependenciesOf, holderOf, isSet, knownString, locationOf, memo, notAString } from "./known";
import { awsServiceRows } from "./rows/aws";
import { awsNativeRows } from "./rows/aws-native";
import type { Classified, CompanionRow, KeyCloud, KeyIndex, ProtectionRow, ResolvedKey } from "./table";
import { awsKeyForms, awsManaged, flag, isTrue, kms, rds } from "./rows/wording";


// https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html (SSE-S3 for every bucket by default; aws:kms without a key uses alias/aws/s3)
const s3Default: Omit<ProtectionRow, "at" | "id"> = {
    service: "S3 bucket encryption",
    key: "kmsMasterKeyId",
    gates: [{ path: "sseAlgorithm", kind: "string", on: (v) => v !== "AES256", off: { tier: "provider", reason: "`sseAlgorithm` is AES256: S3-managed keys (SSE-S3)" } }],
    noKey: { tier: "provider", reason: "`sseAlgorithm` is aws:kms without `kmsMasterKeyId`, so the AWS managed key alias/aws/s3 is used" },
    fix: `set \`sseAlgorithm\` to "aws:kms" and \`kmsMasterKeyId\` to a customer-managed KMS key (${awsKeyForms})`,
};
const s3Config = (id: string): ProtectionRow => ({
    ...s3Default, id,
    at: "rules[].applyServerSideEncryptionByDefault",
    absent: { tier: "provider", reason: "no `rules[].applyServerSideEncryptionByDefault`: S3-managed keys (SSE-S3, S3's default)" },
});
// Deprecated inline block on the bucket; without it the bucket needs a configuration resource (see companions).
const s3Inline = (id: string): ProtectionRow => ({ ...s3Default, id, at: "serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault" });


const rows: Readonly<Record<string, readonly ProtectionRow[]>> = {
    ...awsServiceRows,
    ...awsNativeRows,
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration": [s3Config("EUK-AWS-001")],
    "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2": [s3Config("EUK-AWS-002")],
    "aws:s3/bucket:Bucket": [s3Inline("EUK-AWS-003")],
    // aws:s3/bucketV2 has no inline encryption block in @pulumi/aws 7 (EUK-AWS-004 is retired): the companion row judges it.
    "aws:ebs/volume:Volume": [{
        // https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html (encrypted without a key: the AWS managed key aws/ebs)
        id: "EUK-AWS-005", service: "EBS volume encryption", at: "", key: "kmsKeyId",
        gates: [flag("encrypted", "the volume", " (unless the account's default EBS encryption is on, which a policy cannot see)")],
        noKey: awsManaged("alias/aws/ebs"), fix: `set \`encrypted\` to true and ${kms("kmsKeyId")}`,
    }],
    "aws:ec2/instance:Instance": [{
        id: "EUK-AWS-006", service: "EC2 root volume encryption", at: "rootBlockDevice", key: "kmsKeyId",
        absent: { tier: "none", reason: "no `rootBlockDevice`: the root volume's encryption follows the AMI and the account default, which a policy cannot see" },
        gates: [flag("encrypted", "the root volume")], noKey: awsManaged("alias/aws/ebs"),
        fix: `set \`rootBlockDevice.encrypted\` to true and ${kms("rootBlockDevice.kmsKeyId")}`,
    }, {
        id: "EUK-AWS-016", service: "EC2 EBS block device encryption", at: "ebsBlockDevices[]", key: "kmsKeyId",
        gates: [flag("encrypted", "the block device")], noKey: awsManaged("alias/aws/ebs"),
        fix: `set \`encrypted\` to true and ${kms("kmsKeyId")} on each \`ebsBlockDevices[]\` entry`,
    }],
    "aws:rds/instance:Instance": [rds("EUK-AWS-007", "RDS instance storage encryption", "replicateSourceDb")],
    "aws:rds/cluster:Cluster": [rds("EUK-AWS-008", "RDS cluster storage encryption", "replicationSourceIdentifier")],
    "aws:dynamodb/table:Table": [{
        // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html (AWS owned key by default)
        id: "EUK-AWS-009", service: "DynamoDB table encryption", at: "serverSideEncryption", key: "kmsKeyArn",
        absent: { tier: "provider", reason: "no `serverSideEncryption`: an AWS owned key (held by DynamoDB outside your account)" },
        gates: [{ path: "enabled", kind: "boolean", on: isTrue, off: { tier: "provider", reason: "`serverSideEncryption.enabled` is not true: an AWS owned key (held by DynamoDB outside your account)" } }],
        noKey: awsManaged("alias/aws/dynamodb"),
        fix: "set `serverSideEncryption` to { enabled: true, kmsKeyArn: <customer-managed KMS key ARN> }",
    }, {
        id: "EUK-AWS-017", service: "DynamoDB replica encryption", at: "replicas[]", key: "kmsKeyArn",
        noKey: { tier: "provider", reason: "the replica names no `kmsKeyArn`, so it uses an AWS owned or AWS managed key" },
        fix: "set `kmsKeyArn` on each `replicas[]` entry to a customer-managed KMS key ARN in the replica's region",
    }],
    "aws:sqs/queue:Queue": [{
        // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html (SSE-SQS by default)
        id: "EUK-AWS-010", service: "SQS queue encryption", at: "", key: "kmsMasterKeyId",
        gates: [{ path: "sqsManagedSseEnabled", kind: "boolean", on: (v) => v !== false, onlyWithoutKey: true, off: { tier: "none", reason: "`sqsManagedSseEnabled` is false and no `kmsMasterKeyId` is named: messages are not encrypted at rest" } }],
        noKey: { tier: "provider", reason: "no `kmsMasterKeyId`: SQS-managed encryption (SSE-SQS, keys held by SQS)" },
        fix: kms("kmsMasterKeyId"),
    }],
    "aws:sns/topic:Topic": [{
        // https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html (off unless a KMS key is named)
        id: "EUK-AWS-011", service: "SNS topic encryption", at: "", key: "kmsMasterKeyId",
        noKey: { tier: "none", reason: "no `kmsMasterKeyId`: server-side encryption is off" },
        fix: kms("kmsMasterKeyId"),
    }],
    "aws:efs/fileSystem:FileSystem": [{
        // https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html (encrypted without a key: aws/elasticfilesystem)
        id: "EUK-AWS-012", service: "EFS file system encryption", at: "", key: "kmsKeyId",
        gates: [flag("encrypted", "the file system")], noKey: awsManaged("alias/aws/elasticfilesystem"),
        fix: `set \`encrypted\` to true and ${kms("kmsKeyId")}`,
    }],
    "aws:secretsmanager/secret:Secret": [{
        // https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html (aws/secretsmanager by default)
        id: "EUK-AWS-013", service: "Secrets Manager secret encryption", at: "", key: "kmsKeyId",
        noKey: awsManaged("alias/aws/secretsmanager"), fix: kms("kmsKeyId"),
    }, {
        id: "EUK-AWS-018", service: "Secrets Manager replica encryption", at: "replicas[]", key: "kmsKeyId",
        noKey: awsManaged("alias/aws/secretsmanager (in the replica's region)"),
        fix: "set `kmsKeyId` on each `replicas[]` entry to a customer-managed KMS key in the replica's region",
    }],
    "aws:cloudwatch/logGroup:LogGroup": [{
        // https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html (service-managed encryption by default)
        id: "EUK-AWS-014", service: "CloudWatch Logs log group encryption", at: "", key: "kmsKeyId",
        noKey: { tier: "provider", reason: "no `kmsKeyId`: CloudWatch Logs' own service-managed encryption" },
        fix: `${kms("kmsKeyId")} (an ARN: CloudWatch Logs accepts only key ARNs)`,
    }],
    "aws:kinesis/stream:Stream": [{
        // https://docs.aws.amazon.com/streams/latest/dev/what-is-sse.html (KMS without a key: aws/kinesis)
        id: "EUK-AWS-015", service: "Kinesis stream encryption", at: "", key: "kmsKeyId",
        gates: [{ path: "encryptionType", kind: "string", on: (v) => v === "KMS", off: { tier: "none", reason: "`encryptionType` is not KMS: records are not encrypted at rest" } }],
        noKey: awsManaged("alias/aws/kinesis"), fix: `set \`encryptionType\` to "KMS" and ${kms("kmsKeyId")}`,
    }],
    "aws:backup/vault:Vault": [{
        // https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html (aws/backup by default)
        id: "EUK-AWS-019", service: "AWS Backup vault encryption", at: "", key: "kmsKeyArn",
        noKey: awsManaged("alias/aws/backup"), fix: "set `kmsKeyArn` to a customer-managed KMS key ARN",
    }],
};

const bucketTypes = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
const companions: readonly CompanionRow[] = [{
    id: "EUK-AWS-020",
    service: "S3 bucket encryption",
    targets: bucketTypes,
    targetNames: ["bucket"],
    inline: "serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault",
    companions: [
        "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
        "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
    ],
    link: "bucket",
    absent: { tier: "provider", reason: "no BucketServerSideEncryptionConfiguration for the bucket in this stack: S3-managed keys (SSE-S3, S3's default)" },
    fix: "declare an `aws.s3.BucketServerSideEncryptionConfiguration` for this bucket with `rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: \"aws:kms\", kmsMasterKeyId: <customer-managed KMS key> } }]`",
}];

// Key reference forms (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id).
const partition = "arn:aws[a-z-]*:kms";
const managedAlias = new RegExp(`^(?:${partition}:[a-z0-9-]*:\\d{0,12}:)?alias/aws/[\\w/+=,.@-]*$`);
const keyArn = new RegExp(`^${partition}:([a-z0-9-]+):\\d{1,12}:key/([\\w-]{1,128})$`);
const aliasArn = new RegExp(`^${partition}:([a-z0-9-]+):\\d{1,12}:(alias/[\\w/+=,.@-]{1,250})$`);
const aliasName = /^alias\/[\w/+=,.@-]{1,250}$/;
const keyId = /^(?:mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

function classify(value: unknown): Classified {
    if (typeof value !== "string") return { tier: "unknown-reference", reason: `the key reference is ${notAString(value)}, not a KMS key id, ARN or alias` };
    const v = value.trim();
    if (managedAlias.test(v)) return { tier: "provider", reason: "an AWS managed key (alias/aws/...): created, held and used by AWS", key: { service: "aws-kms", shown: v } };
    const arn = keyArn.exec(v) ?? aliasArn.exec(v);
    if (arn) {
        const region = regionOfArn(v);
        const key = { service: "aws-kms" as const, shown: v, lookup: v, resolvable: true as const, ...(region ? { place: placeOf("aws", region) } : {}) };
        return { tier: "customer", reason: arn[2].startsWith("alias/") ? "a customer alias in AWS KMS" : "a customer-managed key in AWS KMS", key };
    }
    if (aliasName.test(v)) return { tier: "customer", reason: "a customer alias in AWS KMS, in the resource's own region", key: { service: "aws-kms", shown: v, lookup: v, resolvable: true } };
    if (keyId.test(v)) return { tier: "customer", reason: "a customer-managed key in AWS KMS, in the resource's own region", key: { service: "aws-kms", shown: v, lookup: v, resolvable: true } };
    return { tier: "unknown-reference", reason: `the value (${v.length} characters, not echoed) is not a KMS key id, key ARN, alias name or alias ARN` };
}

// Cloud Control keys (@pulumi/aws-native) have no custom key store input: their material is held by AWS KMS.
const keyTypes: ReadonlySet<string> = new Set([
    "aws:kms/key:Key", "aws:kms/externalKey:ExternalKey", "aws:kms/replicaKey:ReplicaKey", "aws:kms/replicaExternalKey:ReplicaExternalKey",
    "aws-native:kms:Key", "aws-native:kms:ReplicaKey",
]);
const aliasTypes: ReadonlySet<string> = new Set(["aws:kms/alias:Alias", "aws-native:kms:Alias"]);
const storeTypes: ReadonlySet<string> = new Set(["aws:kms/customKeyStore:CustomKeyStore"]);
const linkTypes: ReadonlySet<string> = new Set([...keyTypes, ...aliasTypes]);

/** The custody a key resource gives: XKS keys are external; imported or CloudHSM keys stay with AWS. */
function custodyOf(key: PolicyResource): Pick<ResolvedKey, "custody" | "custodyReason"> {
    if (key.type !== "aws:kms/key:Key") return { custody: "customer", custodyReason: `it is a ${key.type.split(":").pop()} (key material held by AWS KMS)` };
    if (knownString(key.props, "xksKeyId") !== undefined) return { custody: "external", custodyReason: "its `xksKeyId` names a key in an external key manager (AWS KMS external key store)" };
    if (!isSet(key.props, "customKeyStoreId")) return { custody: "customer", custodyReason: "its key material is held by AWS KMS (no `customKeyStoreId`)" };
    const [store] = dependenciesOf(key, "customKeyStoreId", storeTypes);
    if (!store) return { custody: "unproven", custodyReason: "its `customKeyStoreId` names a key store not declared in this stack" };
    return knownString(store.props, "customKeyStoreType") === "EXTERNAL_KEY_STORE"
        ? { custody: "external", custodyReason: `its \`customKeyStoreId\` is CustomKeyStore "${store.name}" of type EXTERNAL_KEY_STORE` }
        : { custody: "customer", custodyReason: `its \`customKeyStoreId\` is CustomKeyStore "${store.name}", a CloudHSM key store (HSMs operated by AWS)` };
}

function newIndex(): KeyIndex {
    const keys = new Map<string, PolicyResource>();
    const aliases = new Map<string, PolicyResource>();
    const resolveKey = memo((key) => [{ holder: holderOf(key), location: locationOf(key), ...custodyOf(key) }]);
    const resolveAlias = memo((alias): ResolvedKey[] => {
        const target = knownString(alias.props, "targetKeyId") ?? knownString(alias.props, "targetKeyArn");
        const byValue = target !== undefined ? keys.get(target) : undefined;
        const found = byValue ? [byValue] : dependenciesOf(alias, "targetKeyId", keyTypes);
        return found.flatMap(resolveKey);
    });
    const resolve = (r: PolicyResource) => (aliasTypes.has(r.type) ? resolveAlias(r) : resolveKey(r));
    return {
        add(r) {
            if (keyTypes.has(r.type)) {
                for (const p of ["arn", "keyId", "id"]) {
                    const v = knownString(r.props, p);
                    if (v !== undefined) keys.set(v, r);
                }
            } else if (aliasTypes.has(r.type)) {
                for (const p of ["name", "aliasName", "arn"]) {
                    const v = knownString(r.props, p);
                    if (v !== undefined) aliases.set(v, r);
                }
            }
        },
        byRef(key) {
            const v = key.lookup;
            if (v === undefined) return [];
            const hit = keys.get(v) ?? keys.get(keyArn.exec(v)?.[2] ?? "") ?? aliases.get(v) ?? aliases.get(aliasArn.exec(v)?.[2] ?? "");
            return hit ? resolve(hit) : [];
        },
        byDependencies(deps) {
            return deps.filter((d) => linkTypes.has(d.type)).flatMap(resolve);
        },
    };
}

export const awsKeys: KeyCloud = {
    cloud: "aws",
    packages: ["aws", "aws-native"],
    rows,
    companions,
    classify,
    externalFix: (path) => `name a key in an AWS KMS external key store in \`${path}\`: an \`aws.kms.Key\` whose \`customKeyStoreId\` is an \`aws.kms.CustomKeyStore\` with \`customKeyStoreType: "EXTERNAL_KEY_STORE"\` (and \`xksKeyId\` naming the key in your external key manager)`,
    newIndex,
};
