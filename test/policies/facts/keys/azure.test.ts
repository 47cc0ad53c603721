import { strict as assert } from "assert";
import { UNKNOWN, type TestResource } from "../../../helpers/harness";
import { checkAll, cmk, desId, external, hsmUri, location, stackViolations, vaultUri, violations, assertExposed } from "./fixtures";

type Props = Record<string, unknown>;
const rg = "rg-data";

const vault = (name: string, loc: string): TestResource => ({
    type: "azure-native:keyvault:Vault", name, urn: `urn:vault:${name}`,
    props: { vaultName: name, location: loc, resourceGroupName: rg, properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "premium" } } },
});
const hsm = (name: string, loc: string): TestResource => ({
    type: "azure-native:keyvault:ManagedHsm", name, urn: `urn:hsm:${name}`,
    props: { name, location: loc, resourceGroupName: rg, sku: { family: "B", name: "Standard_B1" } },
});
const diskSet = (name: string, keyUrl: string, loc = "westeurope"): TestResource => ({
    type: "azure-native:compute:DiskEncryptionSet", name, urn: `urn:des:${name}`,
    props: { diskEncryptionSetName: name, location: loc, resourceGroupName: rg, encryptionType: "EncryptionAtRestWithCustomerKey", activeKey: { keyUrl } },
});

interface Service {
    service: string;
    type: string;
    exposed: Props;
    says: RegExp;
    /** Props naming a key held by the vault or HSM called `holder`, as the service names keys. */
    withKey(holder: string, kind: "vault" | "hsm"): Props;
    /** Extra resources the keyed form needs (a disk encryption set). */
    extra?(holder: string, kind: "vault" | "hsm"): TestResource[];
    path: string;
    /** Azure requires the key in the resource's own region (data/key-colocation.ts): its EU location proves the key's. */
    colocated?: true;
}

const keyUrlOf = (holder: string, kind: "vault" | "hsm") => (kind === "vault" ? vaultUri(holder) : hsmUri(holder));
const sqlKeyName = (holder: string) => `${holder}_data_0123456789abcdef0123456789abcdef`;

const services: Service[] = [
    {
        service: "Storage account encryption", type: "azure-native:storage:StorageAccount",
        exposed: { location: "westeurope", resourceGroupName: rg, kind: "StorageV2", sku: { name: "Standard_ZRS" } }, says: /no `encryption` block: Microsoft-managed keys/,
        withKey: (h, k) => ({ location: "westeurope", resourceGroupName: rg, kind: "StorageV2", sku: { name: "Standard_ZRS" }, encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyVaultUri: keyUrlOf(h, k).replace(/\/keys\/.*$/, "/"), keyName: "data" } } }),
        path: "encryption.keyVaultProperties.keyVaultUri",
    },
    {
        service: "SQL TDE protector", type: "azure-native:sql:EncryptionProtector",
        exposed: { serverName: "sql-orders", resourceGroupName: rg, encryptionProtectorName: "current", serverKeyType: "ServiceManaged" }, says: /`serverKeyType` is ServiceManaged/,
        withKey: (h) => ({ serverName: "sql-orders", resourceGroupName: rg, encryptionProtectorName: "current", serverKeyType: "AzureKeyVault", serverKeyName: sqlKeyName(h) }),
        path: "serverKeyName",
    },
    {
        service: "Managed disk encryption", type: "azure-native:compute:Disk",
        exposed: { location: "westeurope", resourceGroupName: rg, creationData: { createOption: "Empty" }, diskSizeGB: 64, encryption: { type: "EncryptionAtRestWithPlatformKey" } },
        says: /EncryptionAtRestWithPlatformKey: platform-managed keys/,
        withKey: () => ({ location: "westeurope", resourceGroupName: rg, creationData: { createOption: "Empty" }, encryption: { type: "EncryptionAtRestWithCustomerKey", diskEncryptionSetId: desId("des-data") } }),
        extra: (h, k) => [diskSet("des-data", keyUrlOf(h, k))],
        path: "encryption.diskEncryptionSetId",
        colocated: true,
    },
    {
        service: "VM OS disk encryption", type: "azure-native:compute:VirtualMachine",
        exposed: { location: "westeurope", resourceGroupName: rg, storageProfile: { imageReference: { publisher: "Canonical" }, osDisk: { createOption: "FromImage" } } },
        says: /platform-managed keys/,
        withKey: () => ({ location: "westeurope", resourceGroupName: rg, storageProfile: { osDisk: { createOption: "FromImage", managedDisk: { diskEncryptionSet: { id: desId("des-vm") } } } } }),
        extra: (h, k) => [diskSet("des-vm", keyUrlOf(h, k))],
        path: "storageProfile.osDisk.managedDisk.diskEncryptionSet.id",
        colocated: true,
    },
    {
        service: "Cosmos DB account encryption", type: "azure-native:cosmosdb:DatabaseAccount",
        exposed: { location: "westeurope", resourceGroupName: rg, databaseAccountOfferType: "Standard", locations: [{ locationName: "westeurope" }] }, says: /no `keyVaultKeyUri`: service-managed keys/,
        withKey: (h, k) => ({ location: "westeurope", resourceGroupName: rg, databaseAccountOfferType: "Standard", locations: [{ locationName: "westeurope" }], keyVaultKeyUri: keyUrlOf(h, k) }),
        path: "keyVaultKeyUri",
    },
    ...(["dbforpostgresql", "dbformysql"] as const).map((module): Service => ({
        service: `${module === "dbformysql" ? "MySQL" : "PostgreSQL"} flexible server encryption`, type: `azure-native:${module}:Server`,
        exposed: { location: "westeurope", resourceGroupName: rg, dataEncryption: { type: "SystemAssigned" } }, says: /SystemAssigned: system-managed keys/,
        withKey: (h, k) => ({ location: "westeurope", resourceGroupName: rg, dataEncryption: { type: "AzureKeyVault", primaryKeyURI: keyUrlOf(h, k), primaryUserAssignedIdentityId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id" } }),
        path: "dataEncryption.primaryKeyURI",
        // PostgreSQL requires the vault in the server's region; MySQL's page was not read for this.
        ...(module === "dbforpostgresql" ? { colocated: true as const } : {}),
    })),
];

const res = (s: Service, props: Props): TestResource => ({ type: s.type, name: "data", props });

describe("key policies on Azure", () => {
    for (const s of services) {
        describe(`${s.service} (${s.type.split(":").pop()})`, () => {
            it("exposed: customer-managed-keys flags provider-managed keys with the property to set", () => {
                assertExposed(s);
            });
            it("customer-managed in an EU Key Vault: passes customer-managed-keys and eu-key-location", () => {
                const stack = [vault("acme-keys", "germanywestcentral"), ...(s.extra?.("acme-keys", "vault") ?? []), res(s, s.withKey("acme-keys", "vault"))];
                assert.deepEqual(checkAll(cmk, stack).violations, []);
                assert.deepEqual(checkAll(location, stack).violations, []);
            });
            it("customer-managed in a Key Vault outside the EU: eu-key-location names the vault and its location", () => {
                const stack = [vault("acme-us-keys", "East US"), ...(s.extra?.("acme-us-keys", "vault") ?? []), res(s, s.withKey("acme-us-keys", "vault"))];
                const { violations: [m, ...rest], unknown } = checkAll(location, stack);
                assert.equal(unknown, undefined);
                assert.equal(rest.length, 0);
                assert.ok(m.startsWith(`${s.type} "data": the key of its ${s.service} at \`${s.path}\``), m);
                assert.match(m, /"eastus"/);
                assert.match(m, /azure-native:keyvault:Vault "acme-us-keys"/);
                assert.match(m, /Rule eu-key-location/);
            });
            it(s.colocated
                ? "a vault not declared in the stack is proven by co-location (the service requires the vault in the resource's region), unless a configured location says otherwise"
                : "a vault not declared in the stack cannot be proven, unless its location is configured", () => {
                const stack = [...(s.extra?.("shared-keys", "vault") ?? []), res(s, s.withKey("shared-keys", "vault"))];
                if (s.colocated) {
                    assert.deepEqual(checkAll(location, stack).violations, []);
                    assert.equal(checkAll(location, stack, { keyLocations: { "shared-keys": "uksouth" } }).violations.length, 1);
                    return;
                }
                const [m, ...rest] = checkAll(location, stack).violations;
                assert.equal(rest.length, 0);
                assert.match(m, /cannot be proven/);
                assert.match(m, /keyLocations/);
                assert.deepEqual(checkAll(location, stack, { keyLocations: { "Shared-Keys": "swedencentral" } }).violations, []);
                const uk = checkAll(location, stack, { keyLocations: { "shared-keys": "uksouth" } }).violations;
                assert.equal(uk.length, 1);
                assert.match(uk[0], /"uksouth" .* according to this policy's `keyLocations\.shared-keys` config/);
            });
            it("Managed HSM is accepted by external-key-custody as Azure's strongest native tier; a Key Vault key is not", () => {
                const withHsm = [hsm("acme-hsm", "westeurope"), ...(s.extra?.("acme-hsm", "hsm") ?? []), res(s, s.withKey("acme-hsm", "hsm"))];
                assert.deepEqual(checkAll(external, withHsm).violations, []);
                assert.deepEqual(checkAll(location, withHsm).violations, []);
                const strict = checkAll(external, withHsm, { acceptManagedHsm: false }).violations;
                assert.equal(strict.length, 1);
                assert.match(strict[0], /Managed HSM/);
                const withVault = [vault("acme-keys", "westeurope"), ...(s.extra?.("acme-keys", "vault") ?? []), res(s, s.withKey("acme-keys", "vault"))];
                const [m, ...rest] = checkAll(external, withVault).violations;
                assert.equal(rest.length, 0);
                assert.match(m, /tier 2/);
                assert.match(m, /Rule external-key-custody/);
                assert.match(m, /managedhsm\.azure\.net/);
            });
        });
    }

    describe("stack and reference details", () => {
        it("a SQL server without an EncryptionProtector in the stack has service-managed TDE", () => {
            const server: TestResource = { type: "azure-native:sql:Server", name: "orders", urn: "urn:sql", props: { serverName: "sql-orders", location: "westeurope", resourceGroupName: rg } };
            const [m, ...rest] = stackViolations(cmk, [server]);
            assert.equal(rest.length, 0);
            assert.match(m, /azure-native:sql:Server "orders": SQL TDE protector has provider-managed keys/);
            assert.match(m, /EncryptionProtector/);
            const protector: TestResource = { type: "azure-native:sql:EncryptionProtector", name: "tde", props: { serverName: "sql-orders", resourceGroupName: rg, serverKeyType: "AzureKeyVault", serverKeyName: sqlKeyName("acme-keys") } };
            assert.deepEqual(stackViolations(cmk, [server, protector]), []);
            assert.deepEqual(stackViolations(cmk, [{ ...server, props: { ...server.props, keyId: vaultUri("acme-keys") } }]), [], "a server key given inline");
        });
        it("a Log Analytics workspace takes a customer key only through a dedicated cluster it is linked to", () => {
            const workspace: TestResource = { type: "azure-native:operationalinsights:Workspace", name: "logs", urn: "urn:law", props: { workspaceName: "law-platform", location: "westeurope", resourceGroupName: rg, sku: { name: "PerGB2018" } } };
            const [m, ...rest] = stackViolations(cmk, [workspace]);
            assert.equal(rest.length, 0);
            assert.match(m, /azure-native:operationalinsights:Workspace "logs": Log Analytics workspace encryption has provider-managed keys/);
            assert.match(m, /dedicated cluster.*writeAccessResourceId: cluster\.id.*\[EUK-AZ-011\]/);
            const cluster = "/subscriptions/s/resourceGroups/rg-data/providers/Microsoft.OperationalInsights/clusters/law-cmk";
            const link = (props: Props): TestResource => ({ type: "azure-native:operationalinsights:LinkedService", name: "link", props: { resourceGroupName: rg, workspaceName: "law-platform", linkedServiceName: "cluster", ...props } });
            assert.deepEqual(stackViolations(cmk, [workspace, link({ writeAccessResourceId: cluster })]), [], "linked to a cluster");
            // An Automation account link (read access) is no cluster: the workspace keeps Microsoft-managed keys.
            assert.equal(stackViolations(cmk, [workspace, link({ linkedServiceName: "Automation", resourceId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Automation/automationAccounts/a" })]).length, 1);
            assert.equal(stackViolations(cmk, [workspace, link({ workspaceName: "law-other", writeAccessResourceId: cluster })]).length, 1, "another workspace's link");
        });
        it("a classic Log Analytics workspace is linked to its cluster through `writeAccessId`", () => {
            const workspace: TestResource = { type: "azure:operationalinsights/analyticsWorkspace:AnalyticsWorkspace", name: "logs", urn: "urn:law-classic", props: { name: "law-classic", location: "West Europe", resourceGroupName: rg, sku: "PerGB2018" } };
            const [m] = stackViolations(cmk, [workspace]);
            assert.match(m, /\[EUK-AZC-014\]/);
            const link: TestResource = { type: "azure:loganalytics/linkedService:LinkedService", name: "link", props: { resourceGroupName: rg, workspaceId: "/subscriptions/s/resourceGroups/rg-data/providers/Microsoft.OperationalInsights/workspaces/law-classic", writeAccessId: "/subscriptions/s/resourceGroups/rg-data/providers/Microsoft.OperationalInsights/clusters/c" } };
            assert.deepEqual(stackViolations(cmk, [workspace, link]), []);
        });
        it("`keySource: Microsoft.Storage` is provider-managed even with vault properties", () => {
            const props = { location: "westeurope", encryption: { keySource: "Microsoft.Storage", keyVaultProperties: { keyVaultUri: "https://acme-keys.vault.azure.net/" } } };
            assert.match(violations(cmk, { type: "azure-native:storage:StorageAccount", props })[0], /`encryption.keySource` is not Microsoft.Keyvault/);
        });
        it("a disk attached to a VM is judged on its own Disk resource", () => {
            const props = { location: "westeurope", storageProfile: { osDisk: { createOption: "Attach", managedDisk: { id: "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Compute/disks/os" } }, dataDisks: [{ lun: 0, createOption: "Empty", diskSizeGB: 10 }] } };
            const [m, ...rest] = violations(cmk, { type: "azure-native:compute:VirtualMachine", props });
            assert.equal(rest.length, 0);
            assert.match(m, /VM data disk encryption at `storageProfile\.dataDisks\[0\]\.managedDisk\.diskEncryptionSet\.id`/);
        });
        it("finds a disk encryption set's vault through its dependencies while its key URL is unknown", () => {
            const set: TestResource = { ...diskSet("des-data", "x"), props: { diskEncryptionSetName: "des-data", location: "westeurope", activeKey: { keyUrl: UNKNOWN } }, propertyDependencies: { activeKey: ["urn:vault:far-keys"] } };
            const disk: TestResource = { type: "azure-native:compute:Disk", name: "data", props: { location: "westeurope", encryption: { diskEncryptionSetId: desId("des-data") } } };
            const [m, ...rest] = stackViolations(location, [vault("far-keys", "australiaeast"), set, disk]);
            assert.equal(rest.length, 0);
            assert.match(m, /"australiaeast"/);
        });
    });
});
