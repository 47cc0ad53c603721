import { strict as assert } from "assert";
import { euCrossBorderReplication as policy } from "eu-sovereignty-policies/policies";
import { awsProvider, azureProvider, checkResource, checkStack, UNKNOWN, type TestResource } from "../../helpers/harness";

const urn = (type: string, name: string) => `urn:pulumi:dev::test::${type}::${name}`;
const resource = (type: string, name: string, props: Record<string, unknown>, extra: Partial<TestResource> = {}): TestResource =>
    ({ type, name, urn: urn(type, name), props, provider: azureProvider, ...extra });

describe("cross-border copies named by reference (issue 11)", () => {
    describe("RDS and Aurora read replicas", () => {
        const east = "arn:aws:rds:us-east-1:123456789012:db:orders";
        it("flags a cross-region replica whose source ARN is outside the EU, naming the source region", () => {
            const [m, ...rest] = checkResource(policy, { type: "aws:rds/instance:Instance", name: "replica", props: { replicateSourceDb: east }, provider: awsProvider("eu-west-1") }).violations;
            assert.equal(rest.length, 0);
            assert.match(m, /the region of its replication source `replicateSourceDb` \(the replicated data lives there too\) is "us-east-1"/);
            assert.match(m, /Fix: replicate from a source in an allowed region, or remove `replicateSourceDb`/);
            assert.ok(!m.includes("123456789012"));
            const cluster = checkResource(policy, { type: "aws:rds/cluster:Cluster", props: { replicationSourceIdentifier: "arn:aws:rds:us-west-2:1:cluster:c" }, provider: awsProvider("eu-west-1") }).violations;
            assert.match(cluster[0], /`replicationSourceIdentifier`.* is "us-west-2"/);
        });
        it("passes an EU source ARN, and a same-region source named by identifier", () => {
            assert.deepEqual(checkResource(policy, { type: "aws:rds/instance:Instance", props: { replicateSourceDb: "arn:aws:rds:eu-central-1:1:db:orders" }, provider: awsProvider("eu-west-1") }).violations, []);
            assert.deepEqual(checkResource(policy, { type: "aws:rds/instance:Instance", props: { replicateSourceDb: "orders" }, provider: awsProvider("eu-west-1") }).violations, []);
        });
        it("resolves a source ARN unknown at preview by property dependency", () => {
            const source: TestResource = { type: "aws:rds/instance:Instance", name: "orders", urn: urn("aws:rds/instance:Instance", "orders"), props: {}, provider: awsProvider("us-east-1") };
            const replica: TestResource = { type: "aws:rds/instance:Instance", name: "replica", props: { replicateSourceDb: UNKNOWN }, provider: awsProvider("eu-west-1"), propertyDependencies: { replicateSourceDb: [source.urn!] } };
            const [m, ...rest] = checkStack(policy, [source, replica]).violations;
            assert.equal(rest.length, 0);
            assert.match(m, /^aws:rds\/instance:Instance "replica": .*replication source `replicateSourceDb` \(database "orders", from its provider's `region`.*\) is "us-east-1"/);
            assert.deepEqual(checkStack(policy, [{ ...source, provider: awsProvider("eu-west-3") }, replica]).violations, []);
        });
    });

    describe("Azure SQL failover groups", () => {
        const server = (name: string, location: string) => resource("azure-native:sql:Server", name, { serverName: `${name}-srv`, resourceGroupName: "rg", location });
        const group = (id: unknown, deps: Record<string, string[]> = {}) =>
            resource("azure-native:sql:FailoverGroup", "fog", { serverName: "primary-srv", resourceGroupName: "rg", partnerServers: [{ id }] }, { propertyDependencies: deps });
        const id = (name: string) => `/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/${name}`;
        it("passes a partner server in the stack in an EU location, by id or by dependency", () => {
            assert.deepEqual(checkStack(policy, [server("secondary", "northeurope"), group(id("secondary-srv"))]).violations, []);
            const s = server("secondary", "northeurope");
            assert.deepEqual(checkStack(policy, [s, group(UNKNOWN, { partnerServers: [s.urn!] })]).violations, []);
        });
        it("flags a partner server outside the EU, naming it and its location", () => {
            const [m, ...rest] = checkStack(policy, [server("secondary", "eastus"), group(id("secondary-srv"))]).violations;
            assert.equal(rest.length, 0);
            assert.match(m, /^azure-native:sql:FailoverGroup "fog": the location of a copy of its data, the location of its partner server `partnerServers\[0\]\.id` \(azure-native:sql:Server "secondary", from `location`\) is "eastus"/);
        });
        it("follows a partner server that inherits its resource group's location", () => {
            const rg = resource("azure-native:resources:ResourceGroup", "rg", { resourceGroupName: "rg", location: "eastus" });
            const s = resource("azure-native:sql:Server", "secondary", { serverName: "secondary-srv", resourceGroupName: "rg" });
            assert.match(checkStack(policy, [rg, s, group(id("secondary-srv"))]).violations[0], /"eastus"/);
        });
        it("leaves a partner id unknown at preview, with no dependency, to the SDK's preview handling", () => {
            const o = checkStack(policy, [server("secondary", "northeurope"), group(UNKNOWN)]);
            assert.deepEqual(o.violations, []);
            assert.ok(o.unknown !== undefined);
        });
        it("fails closed on a partner server that is not in the stack", () => {
            const [m] = checkStack(policy, [group(id("elsewhere"))]).violations;
            assert.match(m, /the partner server `partnerServers\[0\]\.id` cannot be resolved to a resource in this stack/);
            assert.match(m, /Fix: declare the partner server in this stack/);
            assert.ok(!m.includes("0000"), "the id is not echoed");
        });
    });

    describe("Azure storage object replication", () => {
        const account = (name: string, location: string) => resource("azure-native:storage:StorageAccount", name, { accountName: name, resourceGroupName: "rg", location, sku: { name: "Standard_LRS" } });
        const orp = (destinationAccount: unknown, sourceAccount: unknown = "src") =>
            resource("azure-native:storage:ObjectReplicationPolicy", "orp", { accountName: "dst", resourceGroupName: "rg", destinationAccount, sourceAccount });
        it("passes when both accounts are in the stack in EU locations, by name or id", () => {
            assert.deepEqual(checkStack(policy, [account("src", "westeurope"), account("dst", "northeurope"), orp("dst")]).violations, []);
            assert.deepEqual(checkStack(policy, [account("src", "westeurope"), account("dst", "northeurope"), orp("/subscriptions/0/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/dst")]).violations, []);
        });
        it("flags a destination account outside the EU", () => {
            const [m, ...rest] = checkStack(policy, [account("src", "westeurope"), account("dst", "westus"), orp("dst")]).violations;
            assert.equal(rest.length, 0);
            assert.match(m, /destination account `destinationAccount` \(azure-native:storage:StorageAccount "dst", from `location`\) is "westus"/);
        });
        it("fails closed on an account that is not in the stack", () => {
            const [m, ...rest] = checkStack(policy, [account("src", "westeurope"), orp("unknown-account")]).violations;
            assert.equal(rest.length, 0);
            assert.match(m, /the destination account `destinationAccount` cannot be resolved/);
        });
    });

    it("reads Azure SQL managed-instance failover partner regions", () => {
        const props = { partnerRegions: [{ location: "eastus" }], managedInstancePairs: [] };
        assert.match(checkResource(policy, { type: "azure-native:sql:InstanceFailoverGroup", props, provider: azureProvider }).violations[0], /`partnerRegions\[0\]\.location` is "eastus"/);
    });

    it("reads snapshot copy destinations and DSQL peering witnesses (AWS)", () => {
        for (const type of ["aws:rds/snapshotCopy:SnapshotCopy", "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy", "aws:redshift/snapshotCopy:SnapshotCopy"]) {
            assert.match(checkResource(policy, { type, props: { destinationRegion: "us-west-2" }, provider: awsProvider("eu-west-1") }).violations[0], /`destinationRegion` is "us-west-2"/, type);
            assert.deepEqual(checkResource(policy, { type, props: { destinationRegion: "eu-north-1" }, provider: awsProvider("eu-west-1") }).violations, [], type);
        }
        assert.equal(checkResource(policy, { type: "aws:dsql/clusterPeering:ClusterPeering", props: { witnessRegion: "us-east-2" }, provider: awsProvider("eu-west-1") }).violations.length, 1);
        assert.match(checkResource(policy, { type: "aws:rds/cluster:Cluster", props: { sourceRegion: "us-east-1" }, provider: awsProvider("eu-west-1") }).violations[0], /`sourceRegion` is "us-east-1"/);
    });

    it("follows geo-redundant backup vaults to the paired region (Azure)", () => {
        const rsv = (standardTierStorageRedundancy: string, location = "switzerlandnorth") => checkResource(policy, {
            type: "azure-native:recoveryservices:Vault", props: { location, sku: { name: "RS0" }, properties: { redundancySettings: { standardTierStorageRedundancy } } }, provider: azureProvider,
        }, { additionalLocations: ["switzerlandnorth"] }).violations;
        assert.match(rsv("GeoRedundant")[0], /paired region of `location` "switzerlandnorth".*`properties\.redundancySettings\.standardTierStorageRedundancy` is "GeoRedundant".* is "switzerlandwest"/);
        assert.deepEqual(rsv("LocallyRedundant"), []);
        assert.deepEqual(rsv("GeoRedundant", "westeurope"), [], "pair northeurope is in the EU");
        const bv = checkResource(policy, {
            type: "azure-native:dataprotection:BackupVault", provider: azureProvider,
            props: { location: "polandcentral", properties: { storageSettings: [{ datastoreType: "VaultStore", type: "LocallyRedundant" }, { datastoreType: "ArchiveStore", type: "GeoRedundant" }] } },
        }).violations;
        assert.match(bv[0], /`properties\.storageSettings\[1\]\.type` is "GeoRedundant".*that location has no Azure pair/);
        for (const type of ["azure-native:sql:Database", "azure-native:sql:ManagedInstance"]) {
            const sql = (requestedBackupStorageRedundancy: string) => checkResource(policy, { type, props: { location: "uksouth", requestedBackupStorageRedundancy }, provider: azureProvider }, { additionalLocations: ["uksouth"] }).violations;
            assert.match(sql("Geo")[0], /paired region of `location` "uksouth".*`requestedBackupStorageRedundancy` is "Geo".* is "ukwest"/, type);
            assert.deepEqual(sql("Local"), [], type);
        }
    });
});
