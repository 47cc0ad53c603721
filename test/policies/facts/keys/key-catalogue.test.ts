// eu-key-location checks every key reference of the generated catalogue (data/generated/key-refs.ts),
// not only the hand-written rows: nested, in arrays, across clouds, failing closed when a reference
// carries no provable location; and co-location the clouds enforce (data/key-colocation.ts) proves a
// key's location from the resource's own.
import { strict as assert } from "assert";
import { azureKeys, classifyRef, collectRefs, gcpKeys, keyColocation, keyRefPaths } from "eu-sovereignty-policies/lib";
import { awsProvider, azureProvider, checkResource, gcpProvider, UNKNOWN, type TestResource } from "../../../helpers/harness";
import { awsKey, checkAll, desId, gcpKey, location, stackViolations, vaultUri, violations } from "./fixtures";

const eu = awsProvider("eu-west-1");
const gcp = gcpProvider({ project: "acme-prod", region: "europe-west3" });
const domain = (kmsKeyId: unknown): TestResource => ({ type: "aws:sagemaker/domain:Domain", name: "ml", provider: eu, props: { domainName: "ml", authMode: "IAM", vpcId: "vpc-1", subnetIds: ["subnet-1"], defaultUserSettings: { executionRole: "arn:aws:iam::111122223333:role/ml" }, kmsKeyId } });

describe("eu-key-location: every catalogued key reference", () => {
    it("these references are catalogued and not in the old rows' reach (the test would pass vacuously otherwise)", () => {
        assert.ok(keyRefPaths["aws:sagemaker/domain:Domain"]?.includes("kmsKeyId"));
        assert.ok(keyRefPaths["gcp:spanner/database:Database"]?.includes("encryptionConfig.kmsKeyNames[]"));
    });

    describe("read from the reference itself", () => {
        it("a SageMaker domain in eu-west-1 with a us-east-1 KMS key ARN is a violation naming the path, the key and the fix", () => {
            const [m, ...rest] = violations(location, domain(awsKey.usArn));
            assert.equal(rest.length, 0);
            assert.ok(m.startsWith('aws:sagemaker/domain:Domain "ml"'), m);
            assert.match(m, /at `kmsKeyId`/);
            assert.match(m, /"us-east-1"/);
            assert.ok(m.includes(awsKey.usArn));
            assert.match(m, /Rule eu-key-location/);
            assert.match(m, /Fix: name a KMS key created in an allowed region/);
        });
        it("the same domain with an eu-central-1 key ARN passes, per resource and in the stack", () => {
            assert.deepEqual(checkAll(location, [domain(awsKey.euArn)]).violations, []);
        });
        it("a Spanner database with one of its kmsKeyNames in us-central1 is a violation at that entry only", () => {
            const db: TestResource = { type: "gcp:spanner/database:Database", name: "db", provider: gcp, props: { instance: "main", name: "db", encryptionConfig: { kmsKeyNames: [gcpKey("europe-west1"), gcpKey("us-central1")] } } };
            const v = checkAll(location, [db]).violations;
            assert.equal(v.length, 1, v.join("\n"));
            assert.match(v[0], /at `encryptionConfig\.kmsKeyNames\[1\]`/);
            assert.match(v[0], /"us-central1"/);
        });
        it("a nested reference (Firehose's S3 destination) and one in a list (GKE node pools) are checked", () => {
            const stream: TestResource = { type: "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream", name: "logs", provider: eu, props: { name: "logs", destination: "extended_s3", extendedS3Configuration: { bucketArn: "arn:aws:s3:::logs", roleArn: "arn:aws:iam::111122223333:role/f", kmsKeyArn: awsKey.usAliasArn } } };
            assert.match(violations(location, stream)[0] ?? "", /at `extendedS3Configuration\.kmsKeyArn`.*"us-west-2"/);
            const cluster: TestResource = { type: "gcp:container/cluster:Cluster", name: "gke", provider: gcp, props: { location: "europe-west3", nodePools: [{ nodeConfig: { bootDiskKmsKey: gcpKey("europe-west3") } }, { nodeConfig: { bootDiskKmsKey: gcpKey("global") } }] } };
            const [m, ...rest] = violations(location, cluster);
            assert.equal(rest.length, 0);
            assert.match(m, /at `nodePools\[1\]\.nodeConfig\.bootDiskKmsKey`.*"global"/);
        });
        it("an AWS KMS ARN in a GCP resource (GKE on AWS) is read as an AWS key", () => {
            const c: TestResource = { type: "gcp:container/awsCluster:AwsCluster", name: "multi", provider: gcp, props: { location: "europe-west3", controlPlane: { databaseEncryption: { kmsKeyArn: awsKey.usArn } } } };
            assert.match(violations(location, c)[0] ?? "", /at `controlPlane\.databaseEncryption\.kmsKeyArn`.*"us-east-1"/);
        });
        it("a DNSSEC signing key (deny-listed: Route 53 requires us-east-1) is not reported", () => {
            const ksk: TestResource = { type: "aws:route53/keySigningKey:KeySigningKey", name: "ksk", provider: eu, props: { hostedZoneId: "Z1", keyManagementServiceArn: awsKey.usArn } };
            assert.deepEqual(checkAll(location, [ksk]).violations, []);
        });
    });

    describe("reading values", () => {
        const kvId = (name: string) => `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-data/providers/Microsoft.KeyVault/vaults/${name}`;
        it("fans out over lists and maps, with concrete paths, skipping null entries", () => {
            const found = collectRefs({ a: [{ k: "x" }, null, { k: "y" }], m: { one: { k: "z" } } }, "a[].k");
            assert.deepEqual(found, [{ path: "a[0].k", value: "x" }, { path: "a[2].k", value: "y" }]);
            assert.deepEqual(collectRefs({ m: { one: { k: "z" } } }, "m[key].k"), [{ path: 'm["one"].k', value: "z" }]);
            assert.deepEqual(collectRefs({ a: "not a list" }, "a[].k"), []);
        });
        it("reads a Key Vault resource id as the vault, and another cloud's key form by its form", () => {
            assert.deepEqual(classifyRef(azureKeys, kvId("acme-keys")).key?.lookup, "acme-keys");
            assert.equal(classifyRef(gcpKeys, awsKey.usArn).key?.service, "aws-kms");
            assert.equal(classifyRef(gcpKeys, "nonsense").tier, "unknown-reference");
        });
        it("a Data Lake Store account naming a vault by resource id is resolved to that vault in the stack", () => {
            const v: TestResource = { type: "azure-native:keyvault:Vault", name: "us-keys", urn: "urn:vault:us-keys", provider: azureProvider, props: { vaultName: "us-keys", location: "eastus", resourceGroupName: "rg-data", properties: { tenantId: "t", sku: { family: "A", name: "premium" } } } };
            const adls: TestResource = { type: "azure-native:datalakestore:Account", name: "adls", provider: azureProvider, props: { location: "westeurope", resourceGroupName: "rg-data", encryptionConfig: { type: "UserManaged", keyVaultMetaInfo: { keyVaultResourceId: kvId("us-keys"), encryptionKeyName: "data", encryptionKeyVersion: "1" } } } };
            const [m, ...rest] = stackViolations(location, [v, adls]);
            assert.equal(rest.length, 0);
            assert.match(m, /at `encryptionConfig\.keyVaultMetaInfo\.keyVaultResourceId`.*"eastus"/);
        });
    });

    describe("failing closed", () => {
        it("a value in no key form is unproven, with the forms that prove it, and is not echoed", () => {
            const secretish = "s3cr3t-not-a-key-value";
            const [m, ...rest] = stackViolations(location, [domain(secretish)]);
            assert.equal(rest.length, 0);
            assert.match(m, /at `kmsKeyId` cannot be proven/);
            assert.match(m, /Fix: name the key at `kmsKeyId` as a KMS key ARN/);
            assert.ok(!m.includes(secretish), m);
        });
        it("a key id without region resolves to the resource's own region (judged by eu-data-residency)", () => {
            assert.deepEqual(checkAll(location, [domain(awsKey.id)]).violations, []);
        });
        it("a reference unknown at preview is left to the SDK's preview handling", () => {
            assert.ok(checkResource(location, domain(UNKNOWN)).unknown !== undefined);
        });
    });
});

describe("eu-key-location: co-location the clouds enforce", () => {
    const rg = "rg-data";
    const disk = (loc: string, set: unknown): TestResource => ({ type: "azure-native:compute:Disk", name: "data", provider: azureProvider, props: { location: loc, resourceGroupName: rg, creationData: { createOption: "Empty" }, encryption: { type: "EncryptionAtRestWithCustomerKey", diskEncryptionSetId: set } } });

    it("lists its sources, and keeps Storage, SQL TDE and Cosmos DB out", () => {
        for (const rows of Object.values(keyColocation)) for (const r of rows) assert.match(r.source, /^https:\/\/(?:learn\.microsoft\.com|cloud\.google\.com|docs\.aws\.amazon\.com)\//);
        for (const t of ["azure-native:storage:StorageAccount", "azure-native:sql:Server", "azure-native:cosmosdb:DatabaseAccount"]) assert.equal(keyColocation[t], undefined, t);
    });
    it("an azure-native disk in westeurope whose disk encryption set is declared in another stack passes", () => {
        assert.deepEqual(checkAll(location, [disk("westeurope", desId("des-shared"))]).violations, []);
    });
    it("the same disk in a location outside the allowed ones is not proven by co-location", () => {
        const v = checkAll(location, [disk("eastus", desId("des-shared"))]).violations;
        assert.equal(v.length, 1, v.join("\n"));
        assert.match(v[0], /cannot be proven/);
    });
    it("a disk whose disk encryption set id is unknown at preview is decided by its location", () => {
        const o = checkAll(location, [disk("westeurope", UNKNOWN)]);
        assert.deepEqual(o.violations, []);
        assert.equal(o.unknown, undefined);
    });
    it("a VM data disk's encryption set from another stack passes in an EU region", () => {
        const vm: TestResource = { type: "azure-native:compute:VirtualMachine", name: "vm", provider: azureProvider, props: { location: "germanywestcentral", resourceGroupName: rg, storageProfile: { osDisk: { createOption: "FromImage", managedDisk: { diskEncryptionSet: { id: desId("des-os") } } }, dataDisks: [{ lun: 0, createOption: "Empty", managedDisk: { diskEncryptionSet: { id: desId("des-data") } } }] } } };
        assert.deepEqual(checkAll(location, [vm]).violations, []);
    });
    it("an Azure storage account with a Key Vault URI that cannot be resolved still fails closed", () => {
        const account: TestResource = { type: "azure-native:storage:StorageAccount", name: "lake", provider: azureProvider, props: { location: "westeurope", resourceGroupName: rg, encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyVaultUri: vaultUri("far-keys"), keyName: "data" } } } };
        const v = checkAll(location, [account]).violations;
        assert.equal(v.length, 1, v.join("\n"));
        assert.match(v[0], /cannot be proven: "far-keys" is not declared in this stack/);
    });
    it("a BigQuery EU dataset whose key is unknown at preview is decided (the key ring must match the dataset's location)", () => {
        const ds: TestResource = { type: "gcp:bigquery/dataset:Dataset", name: "dw", provider: gcp, props: { datasetId: "dw", location: "EU", defaultEncryptionConfiguration: { kmsKeyName: UNKNOWN } } };
        const o = checkAll(location, [ds]);
        assert.deepEqual(o.violations, []);
        assert.equal(o.unknown, undefined);
    });
    it("an EKS cluster in eu-west-1 whose secrets key is unknown at preview is decided (EKS requires the key in the cluster's region)", () => {
        const eks: TestResource = { type: "aws:eks/cluster:Cluster", name: "k8s", provider: eu, props: { roleArn: "arn:aws:iam::111122223333:role/eks", vpcConfig: { subnetIds: ["subnet-1"] }, encryptionConfig: { resources: ["secrets"], provider: { keyArn: UNKNOWN } } } };
        const o = checkAll(location, [eks]);
        assert.deepEqual(o.violations, []);
        assert.equal(o.unknown, undefined);
    });
    it("a Vertex AI dataset in europe-west4 whose key is unknown at preview is decided (Vertex requires the key in the resource's region)", () => {
        const ds: TestResource = { type: "gcp:vertex/aiDataset:AiDataset", name: "images", provider: gcp, props: { displayName: "images", region: "europe-west4", metadataSchemaUri: "gs://google-cloud-aiplatform/schema/dataset/metadata/image_1.0.0.yaml", encryptionSpec: { kmsKeyName: UNKNOWN } } };
        const o = checkAll(location, [ds]);
        assert.deepEqual(o.violations, []);
        assert.equal(o.unknown, undefined);
    });
    it("the same dataset in us-central1 is not proven by co-location, and a named us key is a violation", () => {
        const ds = (region: string, kmsKeyName: unknown): TestResource => ({ type: "gcp:vertex/aiDataset:AiDataset", name: "images", provider: gcp, props: { displayName: "images", region, metadataSchemaUri: "gs://x/y.yaml", encryptionSpec: { kmsKeyName } } });
        assert.ok(checkResource(location, ds("us-central1", UNKNOWN)).unknown !== undefined);
        const v = checkAll(location, [ds("europe-west4", gcpKey("us-central1"))]).violations;
        assert.equal(v.length, 1, v.join("\n"));
        assert.match(v[0], /"us-central1"/);
    });
    it("a Managed Kafka cluster in europe-west1 whose key is unknown at preview is decided", () => {
        const kafka: TestResource = { type: "gcp:managedkafka/cluster:Cluster", name: "events", provider: gcp, props: { clusterId: "events", location: "europe-west1", capacityConfig: { vcpuCount: "3", memoryBytes: "3221225472" }, gcpConfig: { accessConfig: { networkConfigs: [{ subnet: "projects/p/regions/europe-west1/subnetworks/default" }] }, kmsKey: UNKNOWN } } };
        const o = checkAll(location, [kafka]);
        assert.deepEqual(o.violations, []);
        assert.equal(o.unknown, undefined);
    });
    it("a Cloud SQL instance in europe-west3 whose key is unknown at preview is decided (Cloud SQL requires the key in the instance's location)", () => {
        const sql: TestResource = { type: "gcp:sql/databaseInstance:DatabaseInstance", name: "db", provider: gcp, props: { region: "europe-west3", databaseVersion: "POSTGRES_16", encryptionKeyName: UNKNOWN } };
        const o = checkAll(location, [sql]);
        assert.deepEqual(o.violations, []);
        assert.equal(o.unknown, undefined);
    });
    const bucket = (loc: string, defaultKmsKeyName: unknown): TestResource => ({ type: "gcp:storage/bucket:Bucket", name: "lake", provider: gcp, props: { location: loc, encryption: { defaultKmsKeyName } } });
    it("a Cloud Storage EU bucket whose key is unknown at preview is decided (the key ring must be in the bucket's location)", () => {
        const o = checkAll(location, [bucket("EU", UNKNOWN)]);
        assert.deepEqual(o.violations, []);
        assert.equal(o.unknown, undefined);
    });
    it("a US bucket's unknown key is not proven by co-location, and an EU bucket naming a us key is still a violation", () => {
        assert.ok(checkResource(location, bucket("US", UNKNOWN)).unknown !== undefined);
        const v = checkAll(location, [bucket("EU", gcpKey("us"))]).violations;
        assert.equal(v.length, 1, v.join("\n"));
        assert.match(v[0], /"us"/);
    });
    it("a GKE cluster's secrets key (co-location not verified) that is unknown at preview still waits for the SDK's preview handling", () => {
        assert.equal(keyColocation["gcp:container/cluster:Cluster"]?.[0]?.verified, false);
        const gke: TestResource = { type: "gcp:container/cluster:Cluster", name: "k8s", provider: gcp, props: { location: "europe-west3", initialNodeCount: 1, databaseEncryption: { state: "ENCRYPTED", keyName: UNKNOWN } } };
        assert.ok(checkResource(location, gke).unknown !== undefined);
    });
    const postgres = (loc: string, geoBackupKeyURI: string): TestResource => ({
        type: "azure-native:dbforpostgresql:Server", name: "pg", provider: azureProvider,
        props: { location: loc, resourceGroupName: rg, backup: { geoRedundantBackup: "Enabled" }, dataEncryption: { type: "AzureKeyVault", primaryKeyURI: vaultUri("pg-keys"), geoBackupKeyURI } },
    });
    it("a PostgreSQL flexible server in westeurope proves both keys from vaults in other stacks (primary in its region, geo-backup in the paired region)", () => {
        assert.deepEqual(checkAll(location, [postgres("westeurope", vaultUri("pg-geo-keys"))]).violations, []);
    });
    it("a PostgreSQL server in a region with no listed pair proves its primary key but not its geo-backup key", () => {
        const v = checkAll(location, [postgres("polandcentral", vaultUri("pg-geo-keys"))]).violations;
        assert.equal(v.length, 1, v.join("\n"));
        assert.match(v[0], /dataEncryption\.geoBackupKeyURI/);
        assert.match(v[0], /cannot be proven: "pg-geo-keys" is not declared in this stack/);
    });
    it("a classic PostgreSQL flexible server's geo-backup key from another stack is proven by the paired region", () => {
        const pg: TestResource = { type: "azure:postgresql/flexibleServer:FlexibleServer", name: "pg", provider: azureProvider, props: { location: "West Europe", resourceGroupName: rg, skuName: "GP_Standard_D2s_v3", geoRedundantBackupEnabled: true, customerManagedKey: { keyVaultKeyId: vaultUri("pg-keys"), geoBackupKeyVaultKeyId: vaultUri("pg-geo-keys"), primaryUserAssignedIdentityId: "id" } } };
        assert.deepEqual(checkAll(location, [pg]).violations, []);
    });
    const bigtable = (zones: string[], kmsKeyName: unknown): TestResource => ({ type: "gcp:bigtable/instance:Instance", name: "bt", provider: gcp, props: { name: "bt", clusters: zones.map((zone, i) => ({ clusterId: `c${i}`, zone, numNodes: 1, kmsKeyName })) } });
    it("a Bigtable instance whose clusters are all in EU zones proves each cluster's unknown key", () => {
        const o = checkAll(location, [bigtable(["europe-west1-b", "europe-west4-a"], UNKNOWN)]);
        assert.deepEqual(o.violations, []);
        assert.equal(o.unknown, undefined);
    });
    it("a Bigtable instance with one cluster outside the allowed locations proves no key by co-location", () => {
        assert.ok(checkResource(location, bigtable(["europe-west1-b", "us-central1-a"], UNKNOWN)).unknown !== undefined);
    });
    it("a Firestore database in eur3 whose key is unknown at preview is decided (Firestore takes only keys in its own location)", () => {
        const db: TestResource = { type: "gcp:firestore/database:Database", name: "docs", provider: gcp, props: { name: "docs", locationId: "eur3", type: "FIRESTORE_NATIVE", cmekConfig: { kmsKeyName: UNKNOWN } } };
        const o = checkAll(location, [db]);
        assert.deepEqual(o.violations, []);
        assert.equal(o.unknown, undefined);
    });
});
