// AWS data services beyond the core table (issue 10). Tokens and property paths from @pulumi/aws 7.48
// (`<Class>Args`, types/input.d.ts); test/keys/rows-typings.test.ts checks them. Each noKey/absent
// verdict is the service's default custody when no key is named, with the provider's page beside it.
import type { Gate, ProtectionRow, Verdict } from "../table";

const keyForms = "its ARN, key id, or a customer alias such as alias/acme-data";
const kms = (prop: string) => `set \`${prop}\` to a customer-managed KMS key (${keyForms})`;
const awsManaged = (alias: string): Verdict => ({ tier: "provider", reason: `no key is named, so the AWS managed key ${alias} is used (created, held and used by AWS)` });
const awsOwned = (what: string): Verdict => ({ tier: "provider", reason: `${what}: an AWS owned key (held by the service outside your account)` });
const isTrue = (v: unknown) => v === true;
const flag = (path: string, what: string): Gate => ({
    path, on: isTrue, onlyWithoutKey: true,
    off: { tier: "none", reason: `\`${path}\` is not true: ${what} is not encrypted at rest` },
});

export const awsServiceRows: Readonly<Record<string, readonly ProtectionRow[]>> = {
    "aws:ecr/repository:Repository": [{
        id: "EUK-AWS-101", service: "ECR repository encryption", at: "encryptionConfigurations[]", key: "kmsKey",
        // https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html (AES256 by default)
        absent: { tier: "provider", reason: "no `encryptionConfigurations`: AES256 with Amazon S3-managed keys (ECR's default)" },
        gates: [{ path: "encryptionType", on: (v) => v === "KMS" || v === "KMS_DSSE", off: { tier: "provider", reason: "`encryptionType` is not KMS: AES256 with Amazon S3-managed keys" } }],
        noKey: awsManaged("alias/aws/ecr"), // same page: KMS without a key uses the AWS managed key
        fix: `set \`encryptionConfigurations\` to [{ encryptionType: "KMS", kmsKey: <customer-managed KMS key ARN> }]`,
    }],
    "aws:redshift/cluster:Cluster": [{
        id: "EUK-AWS-102", service: "Redshift cluster encryption", at: "", key: "kmsKeyId",
        // `encrypted` is a string in @pulumi/aws ("true"/"false").
        gates: [{ path: "encrypted", on: (v) => v === "true" || v === true, onlyWithoutKey: true, off: awsOwned("`encrypted` is not \"true\"") }],
        // https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html (AWS owned key by default)
        noKey: awsManaged("alias/aws/redshift"),
        fix: `set \`encrypted\` to "true" and ${kms("kmsKeyId")}`,
    }],
    "aws:redshiftserverless/namespace:Namespace": [{
        id: "EUK-AWS-103", service: "Redshift Serverless namespace encryption", at: "", key: "kmsKeyId",
        // https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-security-encryption.html
        noKey: awsOwned("no `kmsKeyId`"), fix: kms("kmsKeyId"),
    }],
    "aws:opensearch/domain:Domain": [{
        id: "EUK-AWS-104", service: "OpenSearch domain encryption at rest", at: "encryptAtRest", key: "kmsKeyId",
        // https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html
        absent: { tier: "none", reason: "no `encryptAtRest`: encryption at rest is off unless the domain defaults it on, which a policy cannot see" },
        gates: [{ path: "enabled", on: isTrue, off: { tier: "none", reason: "`encryptAtRest.enabled` is not true: the domain is not encrypted at rest" } }],
        noKey: awsManaged("alias/aws/es"),
        fix: `set \`encryptAtRest\` to { enabled: true, kmsKeyId: <customer-managed KMS key> }`,
    }],
    "aws:elasticache/replicationGroup:ReplicationGroup": [{
        id: "EUK-AWS-105", service: "ElastiCache replication group encryption", at: "", key: "kmsKeyId",
        // https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html
        gates: [flag("atRestEncryptionEnabled", "the cache")],
        noKey: { tier: "provider", reason: "no `kmsKeyId`: ElastiCache's default (service-managed) encryption key" },
        fix: `set \`atRestEncryptionEnabled\` to true and ${kms("kmsKeyId")}`,
    }],
    "aws:memorydb/cluster:Cluster": [{
        id: "EUK-AWS-106", service: "MemoryDB cluster encryption", at: "", key: "kmsKeyArn",
        // https://docs.aws.amazon.com/memorydb/latest/devguide/at-rest-encryption.html
        noKey: { tier: "provider", reason: "no `kmsKeyArn`: MemoryDB's default (service-managed) encryption key" },
        fix: "set `kmsKeyArn` to a customer-managed KMS key ARN",
    }],
    "aws:msk/cluster:Cluster": [{
        id: "EUK-AWS-107", service: "MSK cluster encryption at rest", at: "encryptionInfo", key: "encryptionAtRestKmsKeyArn",
        // https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html (AWS managed key by default)
        absent: awsManaged("alias/aws/kafka"), noKey: awsManaged("alias/aws/kafka"),
        fix: "set `encryptionInfo.encryptionAtRestKmsKeyArn` to a customer-managed KMS key ARN",
    }],
    "aws:neptune/cluster:Cluster": [{
        id: "EUK-AWS-108", service: "Neptune cluster storage encryption", at: "", key: "kmsKeyArn",
        // https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html
        gates: [flag("storageEncrypted", "storage")], noKey: awsManaged("alias/aws/rds"),
        fix: "set `storageEncrypted` to true and `kmsKeyArn` to a customer-managed KMS key ARN",
    }],
    "aws:docdb/cluster:Cluster": [{
        id: "EUK-AWS-109", service: "DocumentDB cluster storage encryption", at: "", key: "kmsKeyId",
        // https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html
        gates: [flag("storageEncrypted", "storage")], noKey: awsManaged("alias/aws/rds"),
        fix: `set \`storageEncrypted\` to true and ${kms("kmsKeyId")}`,
    }],
    "aws:timestreamwrite/database:Database": [{
        id: "EUK-AWS-110", service: "Timestream database encryption", at: "", key: "kmsKeyId",
        // https://docs.aws.amazon.com/timestream/latest/developerguide/EncryptionAtRest.html
        noKey: awsManaged("alias/aws/timestream"), fix: kms("kmsKeyId"),
    }],
    "aws:eks/cluster:Cluster": [{
        id: "EUK-AWS-111", service: "EKS secrets envelope encryption", at: "encryptionConfig", key: "provider.keyArn",
        // https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html (default: AWS owned key)
        absent: awsOwned("no `encryptionConfig`: Kubernetes Secrets are envelope-encrypted by EKS's default"),
        noKey: awsOwned("no `encryptionConfig.provider.keyArn`"),
        fix: `set \`encryptionConfig\` to { resources: ["secrets"], provider: { keyArn: <customer-managed KMS key ARN> } }`,
    }],
    "aws:sagemaker/notebookInstance:NotebookInstance": [{
        id: "EUK-AWS-112", service: "SageMaker notebook volume encryption", at: "", key: "kmsKeyId",
        // https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html
        noKey: { tier: "provider", reason: "no `kmsKeyId`: the ML storage volume uses an AWS managed key" },
        fix: kms("kmsKeyId"),
    }],
    "aws:lambda/function:Function": [{
        id: "EUK-AWS-113", service: "Lambda environment variable encryption", at: "", key: "kmsKeyArn",
        // Only functions with environment variables have data to protect here.
        gates: [{ path: "environment", on: (v) => v !== undefined && v !== null, onlyWithoutKey: true }],
        // https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html
        noKey: awsManaged("alias/aws/lambda"),
        fix: "set `kmsKeyArn` to a customer-managed KMS key ARN",
    }],
    "aws:codeartifact/domain:Domain": [{
        id: "EUK-AWS-114", service: "CodeArtifact domain encryption", at: "", key: "encryptionKey",
        // https://docs.aws.amazon.com/codeartifact/latest/ug/domain-create.html
        noKey: awsManaged("alias/aws/codeartifact"), fix: "set `encryptionKey` to a customer-managed KMS key ARN",
    }],
    "aws:fsx/lustreFileSystem:LustreFileSystem": [{
        id: "EUK-AWS-115", service: "FSx for Lustre encryption", at: "", key: "kmsKeyId",
        // Scratch file systems accept no customer key: only PERSISTENT deployments are judged.
        gates: [{ path: "deploymentType", on: (v) => typeof v === "string" && v.startsWith("PERSISTENT") }],
        // https://docs.aws.amazon.com/fsx/latest/LustreGuide/encryption-at-rest.html
        noKey: awsManaged("alias/aws/fsx"), fix: kms("kmsKeyId"),
    }],
};
