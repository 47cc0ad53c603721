import { strict as assert } from "assert";
import { awsProvider } from "../../../helpers/harness";
import { awsKey, cmk, stackViolations, violations, assertExposed } from "./fixtures";

// The AWS rows of policies/src/facts/keys/rows/aws.ts: each is exposed without a key and passes with
// a customer-managed EU key; removing a row makes its exposed case pass silently, failing the test.
const eu = awsProvider("eu-central-1");
type Props = Record<string, unknown>;

interface Service { id: string; service: string; type: string; exposed: Props; says: RegExp; withKey(k: string): Props }

const services: Service[] = [
    { id: "EUK-AWS-101", service: "ECR repository encryption", type: "aws:ecr/repository:Repository", exposed: { name: "api" }, says: /AES256/, withKey: (k) => ({ name: "api", encryptionConfigurations: [{ encryptionType: "KMS", kmsKey: k }] }) },
    { id: "EUK-AWS-102", service: "Redshift cluster encryption", type: "aws:redshift/cluster:Cluster", exposed: { clusterIdentifier: "dw", encrypted: "true" }, says: /alias\/aws\/redshift/, withKey: (k) => ({ clusterIdentifier: "dw", encrypted: "true", kmsKeyId: k }) },
    { id: "EUK-AWS-103", service: "Redshift Serverless namespace encryption", type: "aws:redshiftserverless/namespace:Namespace", exposed: { namespaceName: "dw" }, says: /AWS owned key/, withKey: (k) => ({ namespaceName: "dw", kmsKeyId: k }) },
    { id: "EUK-AWS-104", service: "OpenSearch domain encryption at rest", type: "aws:opensearch/domain:Domain", exposed: { domainName: "logs", encryptAtRest: { enabled: true } }, says: /alias\/aws\/es/, withKey: (k) => ({ domainName: "logs", encryptAtRest: { enabled: true, kmsKeyId: k } }) },
    { id: "EUK-AWS-105", service: "ElastiCache replication group encryption", type: "aws:elasticache/replicationGroup:ReplicationGroup", exposed: { description: "cache", atRestEncryptionEnabled: true }, says: /service-managed/, withKey: (k) => ({ description: "cache", atRestEncryptionEnabled: true, kmsKeyId: k }) },
    { id: "EUK-AWS-106", service: "MemoryDB cluster encryption", type: "aws:memorydb/cluster:Cluster", exposed: { nodeType: "db.t4g.small", aclName: "open-access" }, says: /service-managed/, withKey: (k) => ({ nodeType: "db.t4g.small", kmsKeyArn: k }) },
    { id: "EUK-AWS-107", service: "MSK cluster encryption at rest", type: "aws:msk/cluster:Cluster", exposed: { clusterName: "events", kafkaVersion: "3.6.0" }, says: /alias\/aws\/kafka/, withKey: (k) => ({ clusterName: "events", encryptionInfo: { encryptionAtRestKmsKeyArn: k } }) },
    { id: "EUK-AWS-108", service: "Neptune cluster storage encryption", type: "aws:neptune/cluster:Cluster", exposed: { engine: "neptune" }, says: /`storageEncrypted` is not true/, withKey: (k) => ({ engine: "neptune", storageEncrypted: true, kmsKeyArn: k }) },
    { id: "EUK-AWS-109", service: "DocumentDB cluster storage encryption", type: "aws:docdb/cluster:Cluster", exposed: { engine: "docdb", storageEncrypted: true }, says: /alias\/aws\/rds/, withKey: (k) => ({ engine: "docdb", storageEncrypted: true, kmsKeyId: k }) },
    { id: "EUK-AWS-110", service: "Timestream database encryption", type: "aws:timestreamwrite/database:Database", exposed: { databaseName: "metrics" }, says: /alias\/aws\/timestream/, withKey: (k) => ({ databaseName: "metrics", kmsKeyId: k }) },
    { id: "EUK-AWS-111", service: "EKS secrets envelope encryption", type: "aws:eks/cluster:Cluster", exposed: { name: "prod", roleArn: "arn:aws:iam::111122223333:role/eks" }, says: /AWS owned key/, withKey: (k) => ({ name: "prod", encryptionConfig: { resources: ["secrets"], provider: { keyArn: k } } }) },
    { id: "EUK-AWS-112", service: "SageMaker notebook volume encryption", type: "aws:sagemaker/notebookInstance:NotebookInstance", exposed: { instanceType: "ml.t3.medium" }, says: /AWS managed key/, withKey: (k) => ({ instanceType: "ml.t3.medium", kmsKeyId: k }) },
    { id: "EUK-AWS-113", service: "Lambda environment variable encryption", type: "aws:lambda/function:Function", exposed: { runtime: "nodejs22.x", environment: { variables: { STAGE: "prod" } } }, says: /alias\/aws\/lambda/, withKey: (k) => ({ runtime: "nodejs22.x", environment: { variables: { STAGE: "prod" } }, kmsKeyArn: k }) },
    { id: "EUK-AWS-114", service: "CodeArtifact domain encryption", type: "aws:codeartifact/domain:Domain", exposed: { domain: "acme" }, says: /alias\/aws\/codeartifact/, withKey: (k) => ({ domain: "acme", encryptionKey: k }) },
    { id: "EUK-AWS-115", service: "FSx for Lustre encryption", type: "aws:fsx/lustreFileSystem:LustreFileSystem", exposed: { deploymentType: "PERSISTENT_2", storageCapacity: 1200 }, says: /alias\/aws\/fsx/, withKey: (k) => ({ deploymentType: "PERSISTENT_2", kmsKeyId: k }) },
    { id: "EUK-AWS-116", service: "Glue Data Catalog encryption", type: "aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings", exposed: { dataCatalogEncryptionSettings: { encryptionAtRest: { catalogEncryptionMode: "SSE-KMS" }, connectionPasswordEncryption: { returnConnectionPasswordEncrypted: false } } }, says: /alias\/aws\/glue/, withKey: (k) => ({ dataCatalogEncryptionSettings: { encryptionAtRest: { catalogEncryptionMode: "SSE-KMS", sseAwsKmsKeyId: k }, connectionPasswordEncryption: { returnConnectionPasswordEncrypted: false } } }) },
    { id: "EUK-AWS-117", service: "Glue security configuration S3 encryption", type: "aws:glue/securityConfiguration:SecurityConfiguration", exposed: { encryptionConfiguration: { s3Encryption: { s3EncryptionMode: "SSE-S3" } } }, says: /SSE-S3/, withKey: (k) => ({ encryptionConfiguration: { s3Encryption: { s3EncryptionMode: "SSE-KMS", kmsKeyArn: k } } }) },
    { id: "EUK-AWS-118", service: "Athena workgroup query result encryption", type: "aws:athena/workgroup:Workgroup", exposed: { name: "bi", configuration: { resultConfiguration: { encryptionConfiguration: { encryptionOption: "SSE_S3" } } } }, says: /SSE_S3/, withKey: (k) => ({ name: "bi", configuration: { resultConfiguration: { encryptionConfiguration: { encryptionOption: "SSE_KMS", kmsKeyArn: k } } } }) },
    { id: "EUK-AWS-119", service: "Firehose delivery stream encryption", type: "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream", exposed: { destination: "extended_s3", serverSideEncryption: { enabled: true } }, says: /AWS_OWNED_CMK/, withKey: (k) => ({ destination: "extended_s3", serverSideEncryption: { enabled: true, keyType: "CUSTOMER_MANAGED_CMK", keyArn: k } }) },
    { id: "EUK-AWS-120", service: "FSx for Windows File Server encryption", type: "aws:fsx/windowsFileSystem:WindowsFileSystem", exposed: { storageCapacity: 32 }, says: /alias\/aws\/fsx/, withKey: (k) => ({ storageCapacity: 32, kmsKeyId: k }) },
    { id: "EUK-AWS-121", service: "FSx for NetApp ONTAP encryption", type: "aws:fsx/ontapFileSystem:OntapFileSystem", exposed: { deploymentType: "MULTI_AZ_1" }, says: /alias\/aws\/fsx/, withKey: (k) => ({ deploymentType: "MULTI_AZ_1", kmsKeyId: k }) },
    { id: "EUK-AWS-122", service: "FSx for OpenZFS encryption", type: "aws:fsx/openZfsFileSystem:OpenZfsFileSystem", exposed: { deploymentType: "SINGLE_AZ_2" }, says: /alias\/aws\/fsx/, withKey: (k) => ({ deploymentType: "SINGLE_AZ_2", kmsKeyId: k }) },
    { id: "EUK-AWS-123", service: "SageMaker domain EFS volume encryption", type: "aws:sagemaker/domain:Domain", exposed: { domainName: "ml", authMode: "IAM" }, says: /EFS volume uses an AWS managed key/, withKey: (k) => ({ domainName: "ml", authMode: "IAM", kmsKeyId: k }) },
    { id: "EUK-AWS-124", service: "Bedrock custom model encryption", type: "aws:bedrock/customModel:CustomModel", exposed: { customModelName: "support" }, says: /a key owned or managed by AWS/, withKey: (k) => ({ customModelName: "support", customModelKmsKeyId: k }) },
    { id: "EUK-AWS-125", service: "Bedrock agent encryption", type: "aws:bedrock/agentAgent:AgentAgent", exposed: { agentName: "helpdesk" }, says: /AWS owned key/, withKey: (k) => ({ agentName: "helpdesk", customerEncryptionKeyArn: k }) },
    { id: "EUK-AWS-126", service: "Keyspaces table encryption", type: "aws:keyspaces/table:Table", exposed: { keyspaceName: "shop", tableName: "orders" }, says: /no `encryptionSpecification`: an AWS owned key/, withKey: (k) => ({ keyspaceName: "shop", tableName: "orders", encryptionSpecification: { type: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyIdentifier: k } }) },
    { id: "EUK-AWS-127", service: "Amazon MQ broker encryption", type: "aws:mq/broker:Broker", exposed: { engineType: "ActiveMQ", brokerName: "jobs" }, says: /useAwsOwnedKey/, withKey: (k) => ({ engineType: "ActiveMQ", brokerName: "jobs", encryptionOptions: { useAwsOwnedKey: false, kmsKeyId: k } }) },
    { id: "EUK-AWS-128", service: "ElastiCache serverless cache encryption", type: "aws:elasticache/serverlessCache:ServerlessCache", exposed: { engine: "valkey", name: "sessions" }, says: /service-managed/, withKey: (k) => ({ engine: "valkey", name: "sessions", kmsKeyId: k }) },
    { id: "EUK-AWS-129", service: "DocumentDB elastic cluster encryption", type: "aws:docdb/elasticCluster:ElasticCluster", exposed: { name: "docs", shardCount: 2 }, says: /AWS owned or AWS managed key/, withKey: (k) => ({ name: "docs", shardCount: 2, kmsKeyId: k }) },
    { id: "EUK-AWS-130", service: "SSM SecureString parameter encryption", type: "aws:ssm/parameter:Parameter", exposed: { name: "/app/token", type: "SecureString" }, says: /alias\/aws\/ssm/, withKey: (k) => ({ name: "/app/token", type: "SecureString", keyId: k }) },
    { id: "EUK-AWS-131", service: "Step Functions state machine encryption", type: "aws:sfn/stateMachine:StateMachine", exposed: { roleArn: "arn:aws:iam::111122223333:role/sfn" }, says: /no `encryptionConfiguration`: an AWS owned key/, withKey: (k) => ({ roleArn: "arn:aws:iam::111122223333:role/sfn", encryptionConfiguration: { type: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyId: k } }) },
    { id: "EUK-AWS-132", service: "DMS replication instance encryption", type: "aws:dms/replicationInstance:ReplicationInstance", exposed: { replicationInstanceClass: "dms.t3.micro" }, says: /alias\/aws\/dms/, withKey: (k) => ({ replicationInstanceClass: "dms.t3.micro", kmsKeyArn: k }) },
    { id: "EUK-AWS-133", service: "MWAA environment encryption", type: "aws:mwaa/environment:Environment", exposed: { name: "airflow" }, says: /aws\/airflow/, withKey: (k) => ({ name: "airflow", kmsKey: k }) },
    { id: "EUK-AWS-134", service: "EventBridge event bus encryption", type: "aws:cloudwatch/eventBus:EventBus", exposed: { name: "orders" }, says: /AWS owned key/, withKey: (k) => ({ name: "orders", kmsKeyIdentifier: k }) },
    { id: "EUK-AWS-135", service: "Kinesis Video stream encryption", type: "aws:kinesis/videoStream:VideoStream", exposed: { name: "cameras" }, says: /alias\/aws\/kinesisvideo/, withKey: (k) => ({ name: "cameras", kmsKeyId: k }) },
    { id: "EUK-AWS-136", service: "S3 table bucket encryption", type: "aws:s3tables/tableBucket:TableBucket", exposed: { name: "lake" }, says: /SSE-S3/, withKey: (k) => ({ name: "lake", encryptionConfiguration: { sseAlgorithm: "aws:kms", kmsKeyArn: k } }) },
    { id: "EUK-AWS-137", service: "X-Ray trace encryption", type: "aws:xray/encryptionConfig:EncryptionConfig", exposed: { type: "NONE" }, says: /X-Ray's default encryption/, withKey: (k) => ({ type: "KMS", keyId: k }) },
    { id: "EUK-AWS-138", service: "Kendra index encryption", type: "aws:kendra/index:Index", exposed: { name: "search", edition: "DEVELOPER_EDITION" }, says: /AWS owned key/, withKey: (k) => ({ name: "search", edition: "DEVELOPER_EDITION", serverSideEncryptionConfiguration: { kmsKeyId: k } }) },
    { id: "EUK-AWS-139", service: "CodeBuild build artifact encryption", type: "aws:codebuild/project:Project", exposed: { artifacts: { type: "S3", location: "acme-builds" } }, says: /alias\/aws\/s3/, withKey: (k) => ({ artifacts: { type: "S3", location: "acme-builds" }, encryptionKey: k }) },
    { id: "EUK-AWS-140", service: "CodePipeline artifact store encryption", type: "aws:codepipeline/pipeline:Pipeline", exposed: { artifactStores: [{ type: "S3", location: "acme-artifacts" }] }, says: /alias\/aws\/s3/, withKey: (k) => ({ artifactStores: [{ type: "S3", location: "acme-artifacts", encryptionKey: { type: "KMS", id: k } }] }) },
];

describe("customer-managed-keys on the AWS data service rows", () => {
    for (const s of services) {
        describe(s.service, () => {
            it("is exposed without a customer key, citing its row", () => {
                assert.ok(assertExposed(s, /tier 1, exposed/).endsWith(`[${s.id}]`));
            });
            it("passes with a customer-managed EU key", () => {
                for (const k of [awsKey.euArn, awsKey.euAliasArn]) assert.deepEqual(violations(cmk, { type: s.type, name: "data", provider: eu, props: s.withKey(k) }), [], k);
            });
        });
    }
    it("does not judge what has no customer key to give: a Lambda without environment, a scratch FSx file system", () => {
        assert.deepEqual(violations(cmk, { type: "aws:lambda/function:Function", provider: eu, props: { runtime: "nodejs22.x" } }), []);
        assert.deepEqual(violations(cmk, { type: "aws:fsx/lustreFileSystem:LustreFileSystem", provider: eu, props: { deploymentType: "SCRATCH_2" } }), []);
    });
    it("does not judge what another setting decides: a Firehose fed by a Kinesis stream, RabbitMQ, plain String parameters, S3 output left to the bucket", () => {
        const none = (type: string, props: Props) => assert.deepEqual(violations(cmk, { type, provider: eu, props }), [], type);
        none("aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream", { destination: "extended_s3", kinesisSourceConfiguration: { kinesisStreamArn: "arn:aws:kinesis:eu-central-1:111122223333:stream/clicks", roleArn: "arn:aws:iam::111122223333:role/fh" } });
        none("aws:mq/broker:Broker", { engineType: "RabbitMQ" });
        none("aws:ssm/parameter:Parameter", { name: "/app/region", type: "String" });
        none("aws:glue/securityConfiguration:SecurityConfiguration", { encryptionConfiguration: { s3Encryption: { s3EncryptionMode: "DISABLED" } } });
        none("aws:athena/workgroup:Workgroup", { name: "bi", configuration: {} });
        none("aws:rds/cluster:Cluster", { replicationSourceIdentifier: "arn:aws:rds:eu-west-1:111122223333:cluster:orders" });
        none("aws:codebuild/project:Project", { artifacts: { type: "NO_ARTIFACTS" } });
    });
    it("reports what is off: a Data Catalog with encryption DISABLED, a Firehose without server-side encryption, an MQ broker on the AWS owned key", () => {
        const one = (type: string, props: Props, says: RegExp) => {
            const v = violations(cmk, { type, provider: eu, props });
            assert.equal(v.length, 1, type);
            assert.match(v[0], says);
        };
        one("aws:glue/dataCatalogEncryptionSettings:DataCatalogEncryptionSettings", { dataCatalogEncryptionSettings: { encryptionAtRest: { catalogEncryptionMode: "DISABLED" }, connectionPasswordEncryption: { returnConnectionPasswordEncrypted: false } } }, /no encryption at rest.*not encrypted/);
        one("aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream", { destination: "extended_s3" }, /`serverSideEncryption.enabled` is not true/);
        one("aws:mq/broker:Broker", { engineType: "ACTIVEMQ", encryptionOptions: { useAwsOwnedKey: true } }, /AWS owned key/);
    });
    it("a stack finding cites its companion row: an S3 bucket without an encryption configuration [EUK-AWS-020]", () => {
        const [m, ...rest] = stackViolations(cmk, [{ type: "aws:s3/bucket:Bucket", name: "logs", provider: eu, props: { bucket: "acme-logs" } }]);
        assert.equal(rest.length, 0);
        assert.match(m, /S3 bucket encryption .*Fix: declare an `aws\.s3\.BucketServerSideEncryptionConfiguration`.* \[EUK-AWS-020\]$/);
    });
    it("Redshift: `encrypted` is a string, and \"false\" is reported", () => {
        assert.match(violations(cmk, { type: "aws:redshift/cluster:Cluster", provider: eu, props: { encrypted: "false" } })[0], /`encrypted` is not "true"/);
    });
});
