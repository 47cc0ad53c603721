import { strict as assert } from "assert";
import { keyRefPaths } from "eu-sovereignty-policies/lib";
import type { TestResource } from "../unit/harness";
import { awsKey, checkAll, location, vaultUri } from "./fixtures";

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
        assert.ok(m.startsWith("aws-native:s3:Bucket \"data\": the key of its encryption at rest at `bucketEncryption.serverSideEncryptionConfiguration[0].serverSideEncryptionByDefault.kmsMasterKeyId`"), m);
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
