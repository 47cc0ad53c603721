// AWS data services beyond the core table (issue 10). Tokens and property paths from @pulumi/aws 7.48
// (`<Class>Args`, types/input.d.ts); test/policies/facts/keys/rows-typings.test.ts checks them. Each noKey/absent
// verdict is the service's default custody when no key is named, with the provider's page beside it.
import type { ProtectionRow } from "../table";
import { awsManaged, awsOwned, flag, isTrue, kms } from "./wording";


export const awsServiceRows: Readonly<Record<string, readonly ProtectionRow[]>> = {
    "aws:ecr/repository:Repository": [{
        id: "EUK-AWS-101", service: "ECR repository encryption", at: "encryptionConfigurations[]", key: "kmsKey",
        // https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html (AES256 by default)
        absent: { tier: "provider", reason: "no `encryptionConfigurations`: AES256 with Amazon S3-managed keys (ECR's default)" },
        gates: [{ path: "encryptionType", kind: "string", on: (v) => v === "KMS" || v === "KMS_DSSE", off: { tier: "provider", reason: "`encryptionType` is not KMS: AES256 with Amazon S3-managed keys" } }],
        noKey: awsManaged("alias/aws/ecr"), // same page: KMS without a key uses the AWS managed key
        fix: `set \`encryptionConfigurations\` to [{ encryptionType: "KMS", kmsKey: <customer-managed KMS key ARN> }]`,
    }],
    "aws:redshift/cluster:Cluster": [{
        id: "EUK-AWS-102", service: "Redshift cluster encryption", at: "", key: "kmsKeyId",
        // `encrypted` is a string in @pulumi/aws ("true"/"false").
        gates: [{ path: "encrypted", kind: "string", on: (v) => v === "true" || v === true, onlyWithoutKey: true, off: awsOwned("`encrypted` is not \"true\"") }],
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
        gates: [{ path: "enabled", kind: "boolean", on: isTrue, off: { tier: "none", reason: "`encryptAtRest.enabled` is not true: the domain is not encrypted at rest" } }],
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
        gates: [{ path: "environment", kind: "object", on: (v) => v !== undefined && v !== null, onlyWithoutKey: true }],
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
        gates: [{ path: "deploymentType", kind: "string", on: (v) => typeof v === "string" && v.startsWith("PERSISTENT") }],
        // https://docs.aws.amazon.com/fsx/latest/LustreGuide/encryption-at-rest.html
        noKey: awsManaged("alias/aws/fsx"), fix: kms("kmsKeyId"),
    }],
    "aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings": [{
        id: "EUK-AWS-116", service: "Glue Data Catalog encryption", at: "dataCatalogEncryptionSettings.encryptionAtRest", key: "sseAwsKmsKeyId",
        // https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html (AWS managed or customer managed key; DISABLED: new objects unencrypted)
        gates: [{ path: "catalogEncryptionMode", kind: "string", on: (v) => v === "SSE-KMS" || v === "SSE-KMS-WITH-SERVICE-ROLE", off: { tier: "none", reason: "`catalogEncryptionMode` is not SSE-KMS: new Data Catalog objects are not encrypted" } }],
        noKey: awsManaged("alias/aws/glue"),
        fix: "set `dataCatalogEncryptionSettings.encryptionAtRest` to { catalogEncryptionMode: \"SSE-KMS\", sseAwsKmsKeyId: <customer-managed KMS key ARN> }",
    }],
    "aws:glue/securityConfiguration:SecurityConfiguration": [{
        id: "EUK-AWS-117", service: "Glue security configuration S3 encryption", at: "encryptionConfiguration.s3Encryption", key: "kmsKeyArn",
        // https://docs.aws.amazon.com/glue/latest/dg/encryption-at-rest.html (SSE-S3 or SSE-KMS). DISABLED leaves the
        // target bucket's default encryption in charge, which is judged on the bucket.
        gates: [
            { path: "s3EncryptionMode", kind: "string", on: (v) => v !== "SSE-S3", off: { tier: "provider", reason: "`s3EncryptionMode` is SSE-S3: Amazon S3-managed keys" } },
            { path: "s3EncryptionMode", kind: "string", on: (v) => v === "SSE-KMS" },
        ],
        fix: "set `encryptionConfiguration.s3Encryption` to { s3EncryptionMode: \"SSE-KMS\", kmsKeyArn: <customer-managed KMS key ARN> }",
    }],
    "aws:athena/workgroup:Workgroup": [{
        id: "EUK-AWS-118", service: "Athena workgroup query result encryption", at: "configuration.resultConfiguration.encryptionConfiguration", key: "kmsKeyArn",
        // https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html (SSE_S3, SSE_KMS or CSE_KMS).
        // Without the block, results take the output bucket's default encryption, judged on the bucket.
        gates: [{ path: "encryptionOption", kind: "string", on: (v) => v !== "SSE_S3", off: { tier: "provider", reason: "`encryptionOption` is SSE_S3: Amazon S3-managed keys" } }],
        fix: "set `configuration.resultConfiguration.encryptionConfiguration` to { encryptionOption: \"SSE_KMS\", kmsKeyArn: <customer-managed KMS key ARN> }",
    }],
    "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream": [{
        id: "EUK-AWS-119", service: "Firehose delivery stream encryption", at: "", key: "serverSideEncryption.keyArn",
        gates: [
            // A stream fed by a Kinesis data stream keeps that stream's encryption (the Kinesis row judges it).
            { path: "kinesisSourceConfiguration", kind: "object", on: (v) => v === undefined || v === null },
            { path: "serverSideEncryption.enabled", kind: "boolean", on: isTrue, off: { tier: "none", reason: "`serverSideEncryption.enabled` is not true: server-side encryption of the buffered records is off" } },
            // https://docs.aws.amazon.com/firehose/latest/APIReference/API_DeliveryStreamEncryptionConfigurationInput.html (default AWS_OWNED_CMK)
            { path: "serverSideEncryption.keyType", kind: "string", on: (v) => v === "CUSTOMER_MANAGED_CMK", off: awsOwned("`serverSideEncryption.keyType` is AWS_OWNED_CMK (the default)") },
        ],
        noKey: awsOwned("no `serverSideEncryption.keyArn`"),
        fix: "set `serverSideEncryption` to { enabled: true, keyType: \"CUSTOMER_MANAGED_CMK\", keyArn: <customer-managed KMS key ARN> }",
    }],
    "aws:fsx/windowsFileSystem:WindowsFileSystem": [{
        id: "EUK-AWS-120", service: "FSx for Windows File Server encryption", at: "", key: "kmsKeyId",
        // https://docs.aws.amazon.com/fsx/latest/WindowsGuide/encryption-at-rest.html (always encrypted; AWS managed key by default)
        noKey: awsManaged("alias/aws/fsx"), fix: kms("kmsKeyId"),
    }],
    "aws:fsx/ontapFileSystem:OntapFileSystem": [{
        id: "EUK-AWS-121", service: "FSx for NetApp ONTAP encryption", at: "", key: "kmsKeyId",
        // https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/encryption-at-rest.html
        noKey: awsManaged("alias/aws/fsx"), fix: kms("kmsKeyId"),
    }],
    "aws:fsx/openZfsFileSystem:OpenZfsFileSystem": [{
        id: "EUK-AWS-122", service: "FSx for OpenZFS encryption", at: "", key: "kmsKeyId",
        // https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/encryption-at-rest.html
        noKey: awsManaged("alias/aws/fsx"), fix: kms("kmsKeyId"),
    }],
    "aws:sagemaker/domain:Domain": [{
        id: "EUK-AWS-123", service: "SageMaker domain EFS volume encryption", at: "", key: "kmsKeyId",
        // https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateDomain.html (the EFS volume: an AWS managed key by default)
        noKey: { tier: "provider", reason: "no `kmsKeyId`: the domain's Amazon EFS volume uses an AWS managed key" },
        fix: kms("kmsKeyId"),
    }],
    "aws:bedrock/customModel:CustomModel": [{
        id: "EUK-AWS-124", service: "Bedrock custom model encryption", at: "", key: "customModelKmsKeyId",
        // https://docs.aws.amazon.com/bedrock/latest/userguide/encryption-custom-job.html (custom models are encrypted by default with a key AWS holds)
        noKey: { tier: "provider", reason: "no `customModelKmsKeyId`: a key owned or managed by AWS" }, fix: "set `customModelKmsKeyId` to a customer-managed KMS key ARN",
    }],
    "aws:bedrock/agentAgent:AgentAgent": [{
        id: "EUK-AWS-125", service: "Bedrock agent encryption", at: "", key: "customerEncryptionKeyArn",
        // https://docs.aws.amazon.com/bedrock/latest/userguide/encryption-agents-new.html (AWS owned keys by default)
        noKey: awsOwned("no `customerEncryptionKeyArn`"), fix: "set `customerEncryptionKeyArn` to a customer-managed KMS key ARN",
    }],
    "aws:keyspaces/table:Table": [{
        id: "EUK-AWS-126", service: "Keyspaces table encryption", at: "encryptionSpecification", key: "kmsKeyIdentifier",
        // https://docs.aws.amazon.com/keyspaces/latest/APIReference/API_EncryptionSpecification.html (AWS_OWNED_KMS_KEY by default)
        absent: awsOwned("no `encryptionSpecification`"),
        gates: [{ path: "type", kind: "string", on: (v) => v === "CUSTOMER_MANAGED_KMS_KEY", off: awsOwned("`encryptionSpecification.type` is AWS_OWNED_KMS_KEY") }],
        noKey: awsOwned("no `encryptionSpecification.kmsKeyIdentifier`"),
        fix: "set `encryptionSpecification` to { type: \"CUSTOMER_MANAGED_KMS_KEY\", kmsKeyIdentifier: <customer-managed KMS key ARN> }",
    }],
    "aws:mq/broker:Broker": [{
        id: "EUK-AWS-127", service: "Amazon MQ broker encryption", at: "", key: "encryptionOptions.kmsKeyId",
        // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-amazonmq-broker-encryptionoptions.html
        // (useAwsOwnedKey defaults to true; the options do not apply to RabbitMQ brokers, which are not judged).
        gates: [
            { path: "engineType", kind: "string", on: (v) => typeof v === "string" && v.toLowerCase() === "activemq" },
            { path: "encryptionOptions.useAwsOwnedKey", kind: "boolean", on: (v) => v === false, off: awsOwned("`encryptionOptions.useAwsOwnedKey` is not false") },
        ],
        noKey: awsManaged("alias/aws/mq"),
        fix: "set `encryptionOptions` to { useAwsOwnedKey: false, kmsKeyId: <customer-managed KMS key ARN> }",
    }],
    "aws:elasticache/serverlessCache:ServerlessCache": [{
        id: "EUK-AWS-128", service: "ElastiCache serverless cache encryption", at: "", key: "kmsKeyId",
        // https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html (always encrypted; default service key)
        noKey: { tier: "provider", reason: "no `kmsKeyId`: ElastiCache's default (service-managed) encryption key" },
        fix: "set `kmsKeyId` to a customer-managed KMS key ARN",
    }],
    "aws:docdb/elasticCluster:ElasticCluster": [{
        id: "EUK-AWS-129", service: "DocumentDB elastic cluster encryption", at: "", key: "kmsKeyId",
        // https://docs.aws.amazon.com/documentdb/latest/developerguide/elastic-encryption.html
        noKey: { tier: "provider", reason: "no `kmsKeyId`: an AWS owned or AWS managed key" },
        fix: "set `kmsKeyId` to a customer-managed KMS key ARN",
    }],
    "aws:ssm/parameter:Parameter": [{
        id: "EUK-AWS-130", service: "SSM SecureString parameter encryption", at: "", key: "keyId",
        // Only SecureString parameters are encrypted with a KMS key; String and StringList are plain configuration.
        gates: [{ path: "type", kind: "string", on: (v) => v === "SecureString" }],
        // https://docs.aws.amazon.com/systems-manager/latest/userguide/secure-string-parameter-kms-encryption.html
        noKey: awsManaged("alias/aws/ssm"), fix: kms("keyId"),
    }],
    "aws:sfn/stateMachine:StateMachine": [{
        id: "EUK-AWS-131", service: "Step Functions state machine encryption", at: "encryptionConfiguration", key: "kmsKeyId",
        // https://docs.aws.amazon.com/step-functions/latest/apireference/API_EncryptionConfiguration.html (AWS owned keys by default)
        absent: awsOwned("no `encryptionConfiguration`"),
        gates: [{ path: "type", kind: "string", on: (v) => v === "CUSTOMER_MANAGED_KMS_KEY", off: awsOwned("`encryptionConfiguration.type` is AWS_OWNED_KEY") }],
        noKey: awsOwned("no `encryptionConfiguration.kmsKeyId`"),
        fix: `set \`encryptionConfiguration\` to { type: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyId: <customer-managed KMS key> }`,
    }],
    "aws:dms/replicationInstance:ReplicationInstance": [{
        id: "EUK-AWS-132", service: "DMS replication instance encryption", at: "", key: "kmsKeyArn",
        // https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#CHAP_Security.EncryptionKey (default: AWS managed key)
        noKey: awsManaged("alias/aws/dms"), fix: "set `kmsKeyArn` to a customer-managed KMS key ARN",
    }],
    "aws:mwaa/environment:Environment": [{
        id: "EUK-AWS-133", service: "MWAA environment encryption", at: "", key: "kmsKey",
        // https://docs.aws.amazon.com/mwaa/latest/userguide/custom-keys-certs.html (AWS owned key by default)
        noKey: { tier: "provider", reason: "no `kmsKey`: a key owned or managed by AWS (aws/airflow)" },
        fix: "set `kmsKey` to a customer-managed KMS key ARN",
    }],
    "aws:cloudwatch/eventBus:EventBus": [{
        id: "EUK-AWS-134", service: "EventBridge event bus encryption", at: "", key: "kmsKeyIdentifier",
        // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-encryption-at-rest-key-options.html (AWS owned key by default)
        noKey: awsOwned("no `kmsKeyIdentifier`"), fix: kms("kmsKeyIdentifier"),
    }],
    "aws:kinesis/videoStream:VideoStream": [{
        id: "EUK-AWS-135", service: "Kinesis Video stream encryption", at: "", key: "kmsKeyId",
        // https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/how-kms.html (default: the aws/kinesisvideo managed key)
        noKey: awsManaged("alias/aws/kinesisvideo"), fix: kms("kmsKeyId"),
    }],
    "aws:s3tables/tableBucket:TableBucket": [{
        id: "EUK-AWS-136", service: "S3 table bucket encryption", at: "encryptionConfiguration", key: "kmsKeyArn",
        // https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-kms-encryption.html (SSE-S3 by default; SSE-KMS takes customer managed keys only)
        absent: { tier: "provider", reason: "no `encryptionConfiguration`: S3-managed keys (SSE-S3, the default for table buckets)" },
        gates: [{ path: "sseAlgorithm", kind: "string", on: (v) => v !== "AES256", off: { tier: "provider", reason: "`sseAlgorithm` is AES256: S3-managed keys (SSE-S3)" } }],
        fix: "set `encryptionConfiguration` to { sseAlgorithm: \"aws:kms\", kmsKeyArn: <customer-managed KMS key ARN> }",
    }],
    "aws:xray/encryptionConfig:EncryptionConfig": [{
        id: "EUK-AWS-137", service: "X-Ray trace encryption", at: "", key: "keyId",
        // https://docs.aws.amazon.com/xray/latest/devguide/xray-console-encryption.html (type NONE: X-Ray's default encryption)
        gates: [{ path: "type", kind: "string", on: (v) => v === "KMS", off: { tier: "provider", reason: "`type` is NONE: X-Ray's default encryption (keys held by AWS)" } }],
        noKey: awsManaged("alias/aws/xray"),
        fix: "set `type` to \"KMS\" and `keyId` to a customer-managed KMS key ARN",
    }],
    "aws:kendra/index:Index": [{
        id: "EUK-AWS-138", service: "Kendra index encryption", at: "serverSideEncryptionConfiguration", key: "kmsKeyId",
        // https://docs.aws.amazon.com/kendra/latest/dg/encryption-at-rest.html (AWS owned key by default)
        absent: awsOwned("no `serverSideEncryptionConfiguration`"), noKey: awsOwned("no `serverSideEncryptionConfiguration.kmsKeyId`"),
        fix: "set `serverSideEncryptionConfiguration.kmsKeyId` to a customer-managed KMS key",
    }],
    "aws:codebuild/project:Project": [{
        id: "EUK-AWS-139", service: "CodeBuild build artifact encryption", at: "", key: "encryptionKey",
        gates: [
            // A project without artifacts has no build output for the key to protect.
            { path: "artifacts.type", kind: "string", on: (v) => v !== "NO_ARTIFACTS" },
            { path: "artifacts.encryptionDisabled", kind: "boolean", on: (v) => v !== true, off: { tier: "none", reason: "`artifacts.encryptionDisabled` is true: build artifacts are not encrypted" } },
        ],
        // https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html (default: the AWS managed key for Amazon S3)
        noKey: awsManaged("alias/aws/s3"), fix: kms("encryptionKey"),
    }],
    "aws:codepipeline/pipeline:Pipeline": [{
        id: "EUK-AWS-140", service: "CodePipeline artifact store encryption", at: "artifactStores[]", key: "encryptionKey.id",
        // https://docs.aws.amazon.com/codepipeline/latest/userguide/S3-artifact-encryption.html (default: the AWS managed key for Amazon S3)
        noKey: awsManaged("alias/aws/s3"),
        fix: "set `encryptionKey` to { type: \"KMS\", id: <customer-managed KMS key ARN> } on each `artifactStores[]` entry",
    }],
};
