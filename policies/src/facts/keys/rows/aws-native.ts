// AWS Cloud Control (@pulumi/aws-native): the data services estates declare most, with the same defaults
// as their @pulumi/aws rows (facts/keys/aws.ts), since both create the same AWS resources (CloudFormation
// resource types). Tokens and paths from @pulumi/aws-native 1.79 (`<Class>Args`, types/input.d.ts);
// test/policies/facts/keys/rows-typings.test.ts checks them. Ids EUK-AWS-2xx are the Cloud Control rows.
import type { ProtectionRow } from "../table";
import { awsManaged, awsOwned, flag, isTrue, kms, rds } from "./wording";

// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-serversideencryptionbydefault.html
// (SSE-S3 for every bucket by default; aws:kms without a key uses alias/aws/s3)
const s3: ProtectionRow = {
    id: "EUK-AWS-201", service: "S3 bucket encryption", at: "bucketEncryption.serverSideEncryptionConfiguration[]", key: "serverSideEncryptionByDefault.kmsMasterKeyId",
    absent: { tier: "provider", reason: "no `bucketEncryption`: S3-managed keys (SSE-S3, S3's default)" },
    gates: [{ path: "serverSideEncryptionByDefault.sseAlgorithm", kind: "string", on: (v) => v !== "AES256", off: { tier: "provider", reason: "`sseAlgorithm` is AES256: S3-managed keys (SSE-S3)" } }],
    noKey: { tier: "provider", reason: "no `serverSideEncryptionByDefault.kmsMasterKeyId`: S3-managed keys (SSE-S3), or with aws:kms the AWS managed key alias/aws/s3" },
    fix: "set `bucketEncryption.serverSideEncryptionConfiguration` to [{ serverSideEncryptionByDefault: { sseAlgorithm: \"aws:kms\", kmsMasterKeyId: <customer-managed KMS key ARN> } }]",
};


export const awsNativeRows: Readonly<Record<string, readonly ProtectionRow[]>> = {
    "aws-native:s3:Bucket": [s3],
    "aws-native:dynamodb:Table": [{
        // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html (AWS owned key by default)
        id: "EUK-AWS-202", service: "DynamoDB table encryption", at: "sseSpecification", key: "kmsMasterKeyId",
        absent: awsOwned("no `sseSpecification`"),
        gates: [{ path: "sseEnabled", kind: "boolean", on: isTrue, off: awsOwned("`sseSpecification.sseEnabled` is not true") }],
        noKey: awsManaged("alias/aws/dynamodb"),
        fix: "set `sseSpecification` to { sseEnabled: true, sseType: \"KMS\", kmsMasterKeyId: <customer-managed KMS key ARN> }",
    }],
    "aws-native:rds:DbInstance": [rds("EUK-AWS-203", "RDS instance storage encryption", "sourceDbInstanceIdentifier")],
    "aws-native:rds:DbCluster": [rds("EUK-AWS-204", "RDS cluster storage encryption", "replicationSourceIdentifier")],
    "aws-native:sqs:Queue": [{
        // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html (SSE-SQS by default)
        id: "EUK-AWS-205", service: "SQS queue encryption", at: "", key: "kmsMasterKeyId",
        gates: [{ path: "sqsManagedSseEnabled", kind: "boolean", on: (v) => v !== false, onlyWithoutKey: true, off: { tier: "none", reason: "`sqsManagedSseEnabled` is false and no `kmsMasterKeyId` is named: messages are not encrypted at rest" } }],
        noKey: { tier: "provider", reason: "no `kmsMasterKeyId`: SQS-managed encryption (SSE-SQS, keys held by SQS)" },
        fix: kms("kmsMasterKeyId"),
    }],
    "aws-native:sns:Topic": [{
        // https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html (off unless a KMS key is named)
        id: "EUK-AWS-206", service: "SNS topic encryption", at: "", key: "kmsMasterKeyId",
        noKey: { tier: "none", reason: "no `kmsMasterKeyId`: server-side encryption is off" },
        fix: kms("kmsMasterKeyId"),
    }],
    "aws-native:ec2:Volume": [{
        // https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html (encrypted without a key: the AWS managed key aws/ebs)
        id: "EUK-AWS-207", service: "EBS volume encryption", at: "", key: "kmsKeyId",
        gates: [flag("encrypted", "the volume", " (unless the account's default EBS encryption is on, which a policy cannot see)")],
        noKey: awsManaged("alias/aws/ebs"), fix: `set \`encrypted\` to true and ${kms("kmsKeyId")}`,
    }],
    "aws-native:efs:FileSystem": [{
        // https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html (encrypted without a key: aws/elasticfilesystem)
        id: "EUK-AWS-208", service: "EFS file system encryption", at: "", key: "kmsKeyId",
        gates: [flag("encrypted", "the file system")], noKey: awsManaged("alias/aws/elasticfilesystem"),
        fix: `set \`encrypted\` to true and ${kms("kmsKeyId")}`,
    }],
    "aws-native:logs:LogGroup": [{
        // https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html (service-managed encryption by default)
        id: "EUK-AWS-209", service: "CloudWatch Logs log group encryption", at: "", key: "kmsKeyId",
        noKey: { tier: "provider", reason: "no `kmsKeyId`: CloudWatch Logs' own service-managed encryption" },
        fix: `${kms("kmsKeyId")} (an ARN: CloudWatch Logs accepts only key ARNs)`,
    }],
    "aws-native:secretsmanager:Secret": [{
        // https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html (aws/secretsmanager by default)
        id: "EUK-AWS-210", service: "Secrets Manager secret encryption", at: "", key: "kmsKeyId",
        noKey: awsManaged("alias/aws/secretsmanager"), fix: kms("kmsKeyId"),
    }],
    "aws-native:ecr:Repository": [{
        // https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html (AES256 with S3-managed keys by default; KMS without a key: aws/ecr)
        id: "EUK-AWS-211", service: "ECR repository encryption", at: "encryptionConfiguration", key: "kmsKey",
        absent: { tier: "provider", reason: "no `encryptionConfiguration`: AES256 with Amazon S3-managed keys (ECR's default)" },
        gates: [{ path: "encryptionType", kind: "string", on: (v) => v !== "AES256", off: { tier: "provider", reason: "`encryptionType` is AES256: Amazon S3-managed keys" } }],
        noKey: awsManaged("alias/aws/ecr"),
        fix: "set `encryptionConfiguration` to { encryptionType: \"KMS\", kmsKey: <customer-managed KMS key ARN> } (at creation)",
    }],
    "aws-native:kinesis:Stream": [{
        // https://docs.aws.amazon.com/streams/latest/dev/what-is-sse.html (no StreamEncryption: records are not encrypted at rest)
        id: "EUK-AWS-212", service: "Kinesis stream encryption", at: "streamEncryption", key: "keyId",
        absent: { tier: "none", reason: "no `streamEncryption`: records are not encrypted at rest" },
        gates: [{ path: "encryptionType", kind: "string", on: (v) => v === "KMS", off: { tier: "none", reason: "`streamEncryption.encryptionType` is not KMS: records are not encrypted at rest" } }],
        noKey: { tier: "provider", reason: "no `streamEncryption.keyId`" },
        fix: "set `streamEncryption` to { encryptionType: \"KMS\", keyId: <customer-managed KMS key ARN> } (alias/aws/kinesis is AWS-managed)",
    }],
};
