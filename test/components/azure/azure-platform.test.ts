// Azure platform building blocks under the mock runtime: AKS, Service Bus, Log Analytics. What they
// create, their outputs, and every refusal (a clear error, and nothing registered).
import * as assert from "assert";
import { SovereignAksCluster, SovereignKeyVault, SovereignLogWorkspace, SovereignServiceBus } from "../../../components/azure";
import { defaultAllowed } from "../allowed";
import { registrationsOf, resetRegistrations, settle, useMocks, valueOf, itRefuses, type Refusal } from "../mocks";

const allowed = defaultAllowed("azure");
const rg = "rg-sovereign";
const sub = "/subscriptions/00000000-0000-0000-0000-000000000001";
const arm = (provider: string, kind: string, n: string): string => `${sub}/resourceGroups/${rg}/providers/${provider}/${kind}/${n}`;
const roleOf = (guid: string): string => `${sub}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;

describe("components: Azure platform", () => {
    before(() => useMocks({ "azure-native:location": "germanywestcentral" }));
    beforeEach(async () => {
        await settle();
        resetRegistrations();
    });

    describe("SovereignAksCluster", () => {
        it("creates a private cluster with KMS etcd encryption and disks under the customer key, reached by its own identity", async () => {
            const c = new SovereignAksCluster("prod", { resourceGroupName: rg, nodeCount: 2 });
            assert.strictEqual(c.location, "germanywestcentral");
            assert.ok(c.keyVault instanceof SovereignKeyVault);
            const versioned = "https://prod-keyskv1.vault.azure.net/keys/prod-keyskey1/0123456789abcdef";
            assert.strictEqual(await valueOf(c.kmsKeyId), versioned);
            assert.strictEqual(await valueOf(c.privateFqdn), "prod-aks1-abc123.privatelink.germanywestcentral.azmk8s.io");
            const identity = arm("Microsoft.ManagedIdentity", "userAssignedIdentities", "prod-key-access");
            const [cluster] = await registrationsOf("azure-native:containerservice:ManagedCluster");
            assert.strictEqual(cluster.inputs.location, "germanywestcentral");
            assert.deepStrictEqual(cluster.inputs.apiServerAccessProfile, { enablePrivateCluster: true });
            assert.deepStrictEqual(cluster.inputs.securityProfile, { azureKeyVaultKms: { enabled: true, keyId: versioned, keyVaultNetworkAccess: "Public" } });
            assert.strictEqual(cluster.inputs.diskEncryptionSetID, arm("Microsoft.Compute", "diskEncryptionSets", "prod-disks"));
            assert.strictEqual(cluster.inputs.disableLocalAccounts, true);
            assert.deepStrictEqual(cluster.inputs.identity, { type: "UserAssigned", userAssignedIdentities: [identity] });
            assert.strictEqual((cluster.inputs.agentPoolProfiles as { count: number }[])[0].count, 2);
            const [des] = await registrationsOf("azure-native:compute:DiskEncryptionSet");
            assert.strictEqual(des.inputs.encryptionType, "EncryptionAtRestWithCustomerKey");
            assert.deepStrictEqual(des.inputs.activeKey, { keyUrl: versioned, sourceVault: { id: arm("Microsoft.KeyVault", "vaults", "prod-keyskv1") } });
            // The KMS plugin encrypts and decrypts: "Key Vault Crypto User", not only wrap/unwrap.
            const [grant] = await registrationsOf("azure-native:authorization:RoleAssignment");
            assert.strictEqual(grant.inputs.roleDefinitionId, roleOf("12338af0-0e69-4776-bea7-57ae8d297424"));
        });

        it("takes a referenced key only with its version", async () => {
            const key = { vaultUri: "https://ext.vault.azure.net/", keyName: "k", keyVersion: "v1", location: "westeurope" };
            const c = new SovereignAksCluster("ref", { resourceGroupName: rg, key });
            assert.strictEqual(c.keyVault, undefined);
            assert.strictEqual(await valueOf(c.kmsKeyId), "https://ext.vault.azure.net/keys/k/v1");
        });

        itRefuses([
            ["a location outside the allow-list", () => new SovereignAksCluster("c", { resourceGroupName: rg, location: "eastus" }),
                `SovereignAksCluster "c": location "eastus" is not an allowed location; ${allowed}`],
            ["a referenced key without a version", () => new SovereignAksCluster("c", { resourceGroupName: rg, key: { vaultUri: "https://ext.vault.azure.net/", keyName: "k", location: "westeurope" } }),
                'SovereignAksCluster "c": key.keyVersion is required: the AKS KMS plugin takes a versioned key id (rotate by updating it)'],
            ["a key vault outside the allow-list", () => new SovereignAksCluster("c", { resourceGroupName: rg, key: { vaultUri: "https://ext.vault.azure.net/", keyName: "k", keyVersion: "v", location: "uksouth" } }),
                `SovereignAksCluster "c": key.location "uksouth" is not an allowed location; ${allowed}`],
            ["a node count of 0", () => new SovereignAksCluster("c", { resourceGroupName: rg, nodeCount: 0 }),
                'SovereignAksCluster "c": nodeCount 0 is out of range; allowed: an integer from 1 to 100'],
            ["a resource name that is no DNS prefix, without dnsPrefix", () => new SovereignAksCluster("c_1", { resourceGroupName: rg }),
                'SovereignAksCluster "c_1": dnsPrefix "c_1" is not a valid DNS prefix; allowed: 1-54 letters, digits and hyphens (pass dnsPrefix when the resource name is not one)'],
        ] satisfies Refusal[]);
    });

    describe("SovereignServiceBus", () => {
        it("creates a Premium namespace under the customer key, local auth off, with its queues and topics", async () => {
            const bus = new SovereignServiceBus("bus", { resourceGroupName: rg, queues: ["jobs"], topics: ["events"] });
            assert.strictEqual(await valueOf(bus.serviceBusEndpoint), "https://bus-sb1.servicebus.windows.net:443/");
            const [ns] = await registrationsOf("azure-native:servicebus:Namespace");
            assert.deepStrictEqual(ns.inputs.sku, { name: "Premium", tier: "Premium", capacity: 1 });
            const identity = arm("Microsoft.ManagedIdentity", "userAssignedIdentities", "bus-key-access");
            assert.deepStrictEqual(ns.inputs.encryption, {
                keySource: "Microsoft.KeyVault",
                keyVaultProperties: [{ keyName: "bus-keyskey1", keyVaultUri: "https://bus-keyskv1.vault.azure.net/", identity: { userAssignedIdentity: identity } }],
                requireInfrastructureEncryption: true,
            });
            assert.strictEqual(ns.inputs.disableLocalAuth, true);
            assert.strictEqual(ns.inputs.minimumTlsVersion, "1.2");
            assert.strictEqual(ns.inputs.geoDataReplication, undefined);
            const [queue] = await registrationsOf("azure-native:servicebus:Queue");
            assert.deepStrictEqual([queue.inputs.queueName, queue.inputs.namespaceName], ["jobs", "bus-sb1"]);
            assert.deepStrictEqual(Object.keys(bus.topics), ["events"]);
        });

        itRefuses([
            ["a location outside the allow-list", () => new SovereignServiceBus("b", { resourceGroupName: rg, location: "switzerlandnorth" }),
                `SovereignServiceBus "b": location "switzerlandnorth" is not an allowed location; ${allowed}`],
            ["a capacity Premium does not offer", () => new SovereignServiceBus("b", { resourceGroupName: rg, capacity: 3 }),
                'SovereignServiceBus "b": capacity 3 is not a Premium messaging unit count; allowed: 1, 2, 4, 8, 16'],
            ["the same queue twice", () => new SovereignServiceBus("b", { resourceGroupName: rg, queues: ["a", "a"] }),
                'SovereignServiceBus "b": queues names an entity twice'],
        ] satisfies Refusal[]);
    });

    describe("SovereignLogWorkspace", () => {
        it("creates a CMK dedicated cluster and links the workspace to it", async () => {
            const w = new SovereignLogWorkspace("logs", { resourceGroupName: rg, dedicatedCluster: { capacityGbPerDay: 100 } });
            const clusterId = arm("Microsoft.OperationalInsights", "clusters", "logs-cluster");
            assert.strictEqual(await valueOf(w.clusterId), clusterId);
            const [cluster] = await registrationsOf("azure-native:operationalinsights:Cluster");
            assert.deepStrictEqual(cluster.inputs.keyVaultProperties, { keyVaultUri: "https://logs-keyskv1.vault.azure.net/", keyName: "logs-keyskey1", keyVersion: "" });
            assert.deepStrictEqual(cluster.inputs.sku, { name: "CapacityReservation", capacity: 100 });
            const [ws] = await registrationsOf("azure-native:operationalinsights:Workspace");
            assert.strictEqual(ws.inputs.retentionInDays, 90);
            assert.strictEqual(ws.inputs.forceCmkForQuery, true);
            assert.deepStrictEqual(ws.inputs.features, { disableLocalAuth: true, enableDataExport: false });
            const [link] = await registrationsOf("azure-native:operationalinsights:LinkedService");
            assert.strictEqual(link.inputs.writeAccessResourceId, clusterId);
        });

        it("links to an existing cluster without creating a key", async () => {
            const existing = arm("Microsoft.OperationalInsights", "clusters", "shared");
            new SovereignLogWorkspace("logs2", { resourceGroupName: rg, clusterId: existing });
            assert.strictEqual((await registrationsOf("azure-native:keyvault:Vault")).length, 0);
            const [link] = await registrationsOf("azure-native:operationalinsights:LinkedService");
            assert.strictEqual(link.inputs.writeAccessResourceId, existing);
        });

        itRefuses([
            ["no cluster at all (Azure Monitor takes a customer key only on a dedicated cluster)", () => new SovereignLogWorkspace("w", { resourceGroupName: rg }),
                'SovereignLogWorkspace "w": pass either clusterId (an existing dedicated cluster with a customer-managed key) or dedicatedCluster (a new one): Azure Monitor encrypts a workspace with a customer key only through a linked dedicated cluster'],
            ["a commitment tier that does not exist", () => new SovereignLogWorkspace("w", { resourceGroupName: rg, dedicatedCluster: { capacityGbPerDay: 50 } }),
                'SovereignLogWorkspace "w": dedicatedCluster.capacityGbPerDay 50 is not a commitment tier; allowed: 100, 200, 300, 400, 500, 1000, 2000, 5000, 10000, 25000, 50000'],
            ["a retention over two years", () => new SovereignLogWorkspace("w", { resourceGroupName: rg, clusterId: "c", retentionInDays: 1000 }),
                'SovereignLogWorkspace "w": retentionInDays 1000 is out of range; allowed: an integer from 30 to 730'],
            ["a location outside the allow-list", () => new SovereignLogWorkspace("w", { resourceGroupName: rg, clusterId: "c", location: "uksouth" }),
                `SovereignLogWorkspace "w": location "uksouth" is not an allowed location; ${allowed}`],
        ] satisfies Refusal[]);
    });
});
