import { strict as assert } from "assert";
import { keyRefPaths } from "eu-sovereignty-policies/lib";
import type { TestResource } from "../../../helpers/harness";
import { awsKey, checkAll, cmk, location, vaultUri, violations } from "./fixtures";

// eu-key-location on the packages whose key references the catalogue reads beyond the three clouds:
// AWS Cloud Control (@pulumi/aws-native, KMS ARNs placed by their region, as for @pulumi/aws) and
// classic Azure (@pulumi/azure, Key Vault keys resolved through the stack's classic vaults).
const euProvider = { type: "pulumi:providers:aws-native", props: { region: "eu-west-1" } };
const sse = (kmsMasterKeyId: string) => ({ bucketEncryption: { serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId } }] } });
const bucket = (props: Record<string, unknown>): TestResource => ({ type: "aws-native:s3:Bucket", name: "data", props, provider: euProvider });

describe("eu-key-location beyond the three clouds' own packages", () => {
    it("catalogues aws-native and classic azure key references from their typings", () => {
        assert.deepEqual(keyRefPaths["aws-native:s3:Bucket"]?.includes("bucketEncryption.serverSideEncryptionConfiguration[].serverSideEncryptionByDefault.kmsMasterKeyId"), true);
        assert.deepEqual(keyRefPaths["aws-native:rds:DbInstance"]?.includes("kmsKeyId"), true);
        assert.deepEqual(keyRefPaths["azure:containerservice/registry:Registry"], ["encryption.keyVaultKeyId"]);
        assert.equal(keyRefPaths["aws-native:route53:KeySigningKey"], undefined, "a DNSSEC signing key is denied as for @pulumi/aws");
        assert.equal(keyRefPaths["aws-native:kms:Alias"], undefined, "the key resources themselves are denied");
    });

    it("aws-native: a bucket's KMS key ARN in us-east-1 fails, in eu-central-1 passes", () => {
        const [m, ...rest] = checkAll(location, [bucket(sse(awsKey.usArn))]).violations;
        assert.equal(rest.length, 0);
        assert.ok(m.startsWith("aws-native:s3:Bucket \"data\": the key of its S3 bucket encryption at `bucketEncryption.serverSideEncryptionConfiguration[0].serverSideEncryptionByDefault.kmsMasterKeyId`"), m);
        assert.match(m, /us-east-1/);
        assert.match(m, /Rule eu-key-location/);
        assert.deepEqual(checkAll(location, [bucket(sse(awsKey.euArn))]).violations, []);
        assert.deepEqual(checkAll(location, [bucket({})]).violations, [], "no key named: nothing to place");
    });

    it("aws-native: an RDS instance's KMS key in another region is named", () => {
        const db: TestResource = { type: "aws-native:rds:DbInstance", name: "orders", props: { engine: "postgres", kmsKeyId: awsKey.usAliasArn }, provider: euProvider };
        assert.match(checkAll(location, [db]).violations.join("\n"), /us-west-2/);
    });

    it("classic azure: a container registry's key in a classic vault in East US fails, in West Europe passes", () => {
        const vault = (loc: string): TestResource => ({ type: "azure:keyvault/keyVault:KeyVault", name: "keys", urn: "urn:vault", props: { name: "acme-keys", location: loc, resourceGroupName: "rg", tenantId: "t", skuName: "premium" } });
        const registry: TestResource = { type: "azure:containerservice/registry:Registry", name: "acr", props: { location: "West Europe", resourceGroupName: "rg", sku: "Premium", encryption: { keyVaultKeyId: vaultUri("acme-keys"), identityClientId: "c" } } };
        const [m, ...rest] = checkAll(location, [vault("East US"), registry]).violations;
        assert.equal(rest.length, 0);
        assert.match(m, /encryption\.keyVaultKeyId/);
        assert.match(m, /"eastus"/);
        assert.deepEqual(checkAll(location, [vault("West Europe"), registry]).violations, []);
    });
});

describe("aws-native KMS keys and aliases declared in the stack", () => {
    const usProvider = { type: "pulumi:providers:aws-native", props: { region: "us-east-1" } };
    const key = (provider: { type: string; props: Record<string, unknown> }): TestResource => ({ type: "aws-native:kms:Key", name: "data-key", urn: "urn:key", props: { description: "data" }, provider });
    const alias: TestResource = { type: "aws-native:kms:Alias", name: "data-alias", urn: "urn:alias", props: { aliasName: awsKey.alias, targetKeyId: "x" }, provider: euProvider, propertyDependencies: { targetKeyId: ["urn:key"] } };
    it("follows an alias to its aws-native key: a key whose provider is in us-east-1 fails, eu-west-1 passes", () => {
        const consumer = bucket(sse(awsKey.alias));
        const [m, ...rest] = checkAll(location, [key(usProvider), alias, consumer]).violations;
        assert.equal(rest.length, 0);
        assert.match(m, /us-east-1/);
        assert.match(m, /aws-native:kms:Key "data-key"/);
        assert.deepEqual(checkAll(location, [key(euProvider), alias, consumer]).violations, []);
    });
});

describe("customer-managed-keys on AWS Cloud Control (@pulumi/aws-native) rows", () => {
    const r = (type: string, props: Record<string, unknown>): TestResource => ({ type: `aws-native:${type}`, name: "data", props, provider: euProvider });
    it("a bucket without `bucketEncryption` has S3-managed keys; with a customer key ARN it passes", () => {
        const [m, ...rest] = violations(cmk, r("s3:Bucket", {}));
        assert.equal(rest.length, 0);
        assert.match(m, /aws-native:s3:Bucket "data": S3 bucket encryption .*provider-managed keys.*no `bucketEncryption`: S3-managed keys/);
        assert.match(m, /\[EUK-AWS-201\]$/);
        assert.deepEqual(violations(cmk, r("s3:Bucket", sse(awsKey.euArn))), []);
        const aes = { bucketEncryption: { serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] } };
        assert.match(violations(cmk, r("s3:Bucket", aes))[0], /`sseAlgorithm` is AES256/);
    });
    it("DynamoDB, RDS, SQS, SNS, EBS, EFS, Logs, Secrets Manager, ECR and Kinesis name their default custody and the row", () => {
        const cases: [string, Record<string, unknown>, RegExp][] = [
            ["dynamodb:Table", {}, /an AWS owned key.*\[EUK-AWS-202\]/],
            ["rds:DbInstance", { storageEncrypted: true }, /alias\/aws\/rds.*\[EUK-AWS-203\]/],
            ["rds:DbCluster", {}, /`storageEncrypted` is not true.*\[EUK-AWS-204\]/],
            ["sqs:Queue", {}, /SSE-SQS.*\[EUK-AWS-205\]/],
            ["sns:Topic", {}, /server-side encryption is off.*\[EUK-AWS-206\]/],
            ["ec2:Volume", { encrypted: true }, /alias\/aws\/ebs.*\[EUK-AWS-207\]/],
            ["efs:FileSystem", { encrypted: true }, /alias\/aws\/elasticfilesystem.*\[EUK-AWS-208\]/],
            ["logs:LogGroup", {}, /service-managed encryption.*\[EUK-AWS-209\]/],
            ["secretsmanager:Secret", {}, /alias\/aws\/secretsmanager.*\[EUK-AWS-210\]/],
            ["ecr:Repository", {}, /AES256 with Amazon S3-managed keys.*\[EUK-AWS-211\]/],
            ["kinesis:Stream", {}, /not encrypted at rest.*\[EUK-AWS-212\]/],
        ];
        for (const [type, props, says] of cases) {
            const v = violations(cmk, r(type, props));
            assert.equal(v.length, 1, `${type}: ${v.join("\n")}`);
            assert.match(v[0], says, type);
        }
    });
    it("each passes with a customer-managed key, and a read replica is judged on its source", () => {
        const key = awsKey.euArn;
        const passing: [string, Record<string, unknown>][] = [
            ["dynamodb:Table", { sseSpecification: { sseEnabled: true, sseType: "KMS", kmsMasterKeyId: key } }],
            ["rds:DbInstance", { storageEncrypted: true, kmsKeyId: key }],
            ["rds:DbInstance", { sourceDbInstanceIdentifier: "arn:aws:rds:eu-west-1:111122223333:db:orders" }],
            ["sqs:Queue", { kmsMasterKeyId: key }],
            ["ecr:Repository", { encryptionConfiguration: { encryptionType: "KMS", kmsKey: key } }],
            ["kinesis:Stream", { streamEncryption: { encryptionType: "KMS", keyId: key } }],
        ];
        for (const [type, props] of passing) assert.deepEqual(violations(cmk, r(type, props)), [], type);
        assert.match(violations(cmk, r("secretsmanager:Secret", { kmsKeyId: "alias/aws/secretsmanager" }))[0], /AWS managed/);
    });
    it("a key in another region is still eu-key-location's, once", () => {
        const v = checkAll(location, [r("sqs:Queue", { kmsMasterKeyId: awsKey.usArn })]).violations;
        assert.equal(v.length, 1, v.join("\n"));
        assert.match(v[0], /us-east-1/);
    });
});
