import { strict as assert } from "assert";
import { awsProvider } from "../unit/harness";
import { awsKey, cmk, violations, assertExposed } from "./fixtures";

// The AWS rows of policies/src/facts/keys/rows/aws.ts: each is exposed without a key and passes with
// a customer-managed EU key; removing a row makes its exposed case pass silently, failing the test.
const eu = awsProvider("eu-central-1");
type Props = Record<string, unknown>;

interface Service { service: string; type: string; exposed: Props; says: RegExp; withKey(k: string): Props }

const services: Service[] = [
    { service: "ECR repository encryption", type: "aws:ecr/repository:Repository", exposed: { name: "api" }, says: /AES256/, withKey: (k) => ({ name: "api", encryptionConfigurations: [{ encryptionType: "KMS", kmsKey: k }] }) },
    { service: "Redshift cluster encryption", type: "aws:redshift/cluster:Cluster", exposed: { clusterIdentifier: "dw", encrypted: "true" }, says: /alias\/aws\/redshift/, withKey: (k) => ({ clusterIdentifier: "dw", encrypted: "true", kmsKeyId: k }) },
    { service: "Redshift Serverless namespace encryption", type: "aws:redshiftserverless/namespace:Namespace", exposed: { namespaceName: "dw" }, says: /AWS owned key/, withKey: (k) => ({ namespaceName: "dw", kmsKeyId: k }) },
    { service: "OpenSearch domain encryption at rest", type: "aws:opensearch/domain:Domain", exposed: { domainName: "logs", encryptAtRest: { enabled: true } }, says: /alias\/aws\/es/, withKey: (k) => ({ domainName: "logs", encryptAtRest: { enabled: true, kmsKeyId: k } }) },
    { service: "ElastiCache replication group encryption", type: "aws:elasticache/replicationGroup:ReplicationGroup", exposed: { description: "cache", atRestEncryptionEnabled: true }, says: /service-managed/, withKey: (k) => ({ description: "cache", atRestEncryptionEnabled: true, kmsKeyId: k }) },
    { service: "MemoryDB cluster encryption", type: "aws:memorydb/cluster:Cluster", exposed: { nodeType: "db.t4g.small", aclName: "open-access" }, says: /service-managed/, withKey: (k) => ({ nodeType: "db.t4g.small", kmsKeyArn: k }) },
    { service: "MSK cluster encryption at rest", type: "aws:msk/cluster:Cluster", exposed: { clusterName: "events", kafkaVersion: "3.6.0" }, says: /alias\/aws\/kafka/, withKey: (k) => ({ clusterName: "events", encryptionInfo: { encryptionAtRestKmsKeyArn: k } }) },
    { service: "Neptune cluster storage encryption", type: "aws:neptune/cluster:Cluster", exposed: { engine: "neptune" }, says: /`storageEncrypted` is not true/, withKey: (k) => ({ engine: "neptune", storageEncrypted: true, kmsKeyArn: k }) },
    { service: "DocumentDB cluster storage encryption", type: "aws:docdb/cluster:Cluster", exposed: { engine: "docdb", storageEncrypted: true }, says: /alias\/aws\/rds/, withKey: (k) => ({ engine: "docdb", storageEncrypted: true, kmsKeyId: k }) },
    { service: "Timestream database encryption", type: "aws:timestreamwrite/database:Database", exposed: { databaseName: "metrics" }, says: /alias\/aws\/timestream/, withKey: (k) => ({ databaseName: "metrics", kmsKeyId: k }) },
    { service: "EKS secrets envelope encryption", type: "aws:eks/cluster:Cluster", exposed: { name: "prod", roleArn: "arn:aws:iam::111122223333:role/eks" }, says: /AWS owned key/, withKey: (k) => ({ name: "prod", encryptionConfig: { resources: ["secrets"], provider: { keyArn: k } } }) },
    { service: "SageMaker notebook volume encryption", type: "aws:sagemaker/notebookInstance:NotebookInstance", exposed: { instanceType: "ml.t3.medium" }, says: /AWS managed key/, withKey: (k) => ({ instanceType: "ml.t3.medium", kmsKeyId: k }) },
    { service: "Lambda environment variable encryption", type: "aws:lambda/function:Function", exposed: { runtime: "nodejs22.x", environment: { variables: { STAGE: "prod" } } }, says: /alias\/aws\/lambda/, withKey: (k) => ({ runtime: "nodejs22.x", environment: { variables: { STAGE: "prod" } }, kmsKeyArn: k }) },
    { service: "CodeArtifact domain encryption", type: "aws:codeartifact/domain:Domain", exposed: { domain: "acme" }, says: /alias\/aws\/codeartifact/, withKey: (k) => ({ domain: "acme", encryptionKey: k }) },
    { service: "FSx for Lustre encryption", type: "aws:fsx/lustreFileSystem:LustreFileSystem", exposed: { deploymentType: "PERSISTENT_2", storageCapacity: 1200 }, says: /alias\/aws\/fsx/, withKey: (k) => ({ deploymentType: "PERSISTENT_2", kmsKeyId: k }) },
];

describe("customer-managed-keys on the AWS data service rows", () => {
    for (const s of services) {
        describe(s.service, () => {
            it("is exposed without a customer key", () => {
                assertExposed(s, /tier 1, exposed/);
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
    it("Redshift: `encrypted` is a string, and \"false\" is reported", () => {
        assert.match(violations(cmk, { type: "aws:redshift/cluster:Cluster", provider: eu, props: { encrypted: "false" } })[0], /`encrypted` is not "true"/);
    });
});
