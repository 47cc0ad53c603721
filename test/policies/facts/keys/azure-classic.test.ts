import { strict as assert } from "assert";
import type { TestResource } from "../../../helpers/harness";
import { checkAll, cmk, desId, external, hsmUri, location, stackViolations, vaultUri, assertExposed } from "./fixtures";

// The key policies on classic @pulumi/azure resources (rows/azure-classic.ts): the same verdicts as
// azure-native, with classic vaults, HSMs and disk encryption sets (keyed by `keyVaultKeyId` or
// `managedHsmKeyId`) resolved from the stack, and classic display-name locations ("West Europe").
type Props = Record<string, unknown>;
type Kind = "vault" | "hsm";
const rg = "rg-data";
const tenantId = "00000000-0000-0000-0000-000000000000";

const vault = (name: string, loc: string): TestResource => ({
    type: "azure:keyvault/keyVault:KeyVault", name, urn: `urn:vault:${name}`,
    props: { name, location: loc, resourceGroupName: rg, tenantId, skuName: "premium" },
});
const hsm = (name: string, loc: string): TestResource => ({
    type: "azure:keyvault/managedHardwareSecurityModule:ManagedHardwareSecurityModule", name, urn: `urn:hsm:${name}`,
    props: { name, location: loc, resourceGroupName: rg, tenantId, skuName: "Standard_B1", adminObjectIds: [tenantId] },
});
const keyUrlOf = (holder: string, kind: Kind) => (kind === "vault" ? vaultUri(holder) : hsmUri(holder));
/** A classic disk encryption set names its key by `keyVaultKeyId` or, for a Managed HSM key, `managedHsmKeyId`. */
const diskSet = (name: string, holder: string, kind: Kind, loc = "West Europe"): TestResource => ({
    type: "azure:compute/diskEncryptionSet:DiskEncryptionSet", name, urn: `urn:des:${name}`,
    props: { name, location: loc, resourceGroupName: rg, identity: { type: "SystemAssigned" }, [kind === "vault" ? "keyVaultKeyId" : "managedHsmKeyId"]: keyUrlOf(holder, kind) },
});
/** The key property of services that take either a Key Vault key or a Managed HSM key. */
const eitherKey = (holder: string, kind: Kind): Props => (kind === "vault" ? { keyVaultKeyId: vaultUri(holder) } : { managedHsmKeyId: hsmUri(holder) });
const identity = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id";
const where = { location: "West Europe", resourceGroupName: rg };

interface Service {
    service: string;
    type: string;
    exposed: Props;
    says: RegExp;
    withKey(holder: string, kind: Kind): Props;
    extra?(holder: string, kind: Kind): TestResource[];
    /** The key path named in messages for a Key Vault key. */
    path: string;
    colocated?: true;
}

const osDisk = { caching: "ReadWrite", storageAccountType: "Premium_LRS" };
const services: Service[] = [
    {
        service: "Storage account encryption", type: "azure:storage/account:Account",
        exposed: { ...where, accountTier: "Standard", accountReplicationType: "ZRS" }, says: /no `customerManagedKey` block: Microsoft-managed keys/,
        withKey: (h, k) => ({ ...where, accountTier: "Standard", accountReplicationType: "ZRS", customerManagedKey: { ...eitherKey(h, k), userAssignedIdentityId: identity } }),
        path: "customerManagedKey.keyVaultKeyId",
    },
    {
        service: "Managed disk encryption", type: "azure:compute/managedDisk:ManagedDisk",
        exposed: { ...where, storageAccountType: "Premium_LRS", createOption: "Empty", diskSizeGb: 64 }, says: /no `diskEncryptionSetId`: platform-managed keys/,
        withKey: () => ({ ...where, storageAccountType: "Premium_LRS", createOption: "Empty", diskSizeGb: 64, diskEncryptionSetId: desId("des-data") }),
        extra: (h, k) => [diskSet("des-data", h, k)],
        path: "diskEncryptionSetId",
        colocated: true,
    },
    ...(["linux", "windows"] as const).map((os): Service => ({
        service: "VM OS disk encryption", type: `azure:compute/${os}VirtualMachine:${os === "linux" ? "Linux" : "Windows"}VirtualMachine`,
        exposed: { ...where, size: "Standard_D2s_v5", osDisk }, says: /no `osDisk.diskEncryptionSetId`: platform-managed keys/,
        withKey: () => ({ ...where, size: "Standard_D2s_v5", osDisk: { ...osDisk, diskEncryptionSetId: desId("des-vm") } }),
        extra: (h, k) => [diskSet("des-vm", h, k)],
        path: "osDisk.diskEncryptionSetId",
        colocated: true,
    })),
    {
        service: "SQL TDE protector", type: "azure:mssql/serverTransparentDataEncryption:ServerTransparentDataEncryption",
        exposed: { serverId: "/subscriptions/s/resourceGroups/rg-data/providers/Microsoft.Sql/servers/sql-orders" }, says: /no `keyVaultKeyId` or `managedHsmKeyId`: service-managed TDE keys/,
        withKey: (h, k) => ({ serverId: "/subscriptions/s/resourceGroups/rg-data/providers/Microsoft.Sql/servers/sql-orders", ...eitherKey(h, k) }),
        path: "keyVaultKeyId",
    },
    {
        service: "Cosmos DB account encryption", type: "azure:cosmosdb/account:Account",
        exposed: { ...where, offerType: "Standard", consistencyPolicy: { consistencyLevel: "Session" }, geoLocations: [{ location: "West Europe", failoverPriority: 0 }] },
        says: /no `keyVaultKeyId` or `managedHsmKeyId`: service-managed keys/,
        withKey: (h, k) => ({ ...where, offerType: "Standard", consistencyPolicy: { consistencyLevel: "Session" }, geoLocations: [{ location: "West Europe", failoverPriority: 0 }], ...eitherKey(h, k) }),
        path: "keyVaultKeyId",
    },
    ...(["postgresql", "mysql"] as const).map((module): Service => ({
        service: `${module === "mysql" ? "MySQL" : "PostgreSQL"} flexible server encryption`, type: `azure:${module}/flexibleServer:FlexibleServer`,
        exposed: { ...where, skuName: "GP_Standard_D2s_v3" }, says: /no `customerManagedKey` block: system-managed keys/,
        withKey: (h, k) => ({ ...where, skuName: "GP_Standard_D2s_v3", customerManagedKey: { keyVaultKeyId: keyUrlOf(h, k), primaryUserAssignedIdentityId: identity } }),
        path: "customerManagedKey.keyVaultKeyId",
        ...(module === "postgresql" ? { colocated: true as const } : {}),
    })),
];

const res = (s: Service, props: Props): TestResource => ({ type: s.type, name: "data", props });

describe("key policies on Azure classic (@pulumi/azure)", () => {
    for (const s of services) {
        describe(`${s.service} (${s.type.split(":").pop()})`, () => {
            it("exposed: customer-managed-keys flags provider-managed keys with the property to set", () => {
                assertExposed(s);
            });
            it("customer-managed in an EU Key Vault (\"Germany West Central\"): passes customer-managed-keys and eu-key-location", () => {
                const stack = [vault("acme-keys", "Germany West Central"), ...(s.extra?.("acme-keys", "vault") ?? []), res(s, s.withKey("acme-keys", "vault"))];
                assert.deepEqual(checkAll(cmk, stack).violations, []);
                assert.deepEqual(checkAll(location, stack).violations, []);
            });
            it("customer-managed in a Key Vault in \"East US\": eu-key-location names the classic vault and its region", () => {
                const stack = [vault("acme-us-keys", "East US"), ...(s.extra?.("acme-us-keys", "vault") ?? []), res(s, s.withKey("acme-us-keys", "vault"))];
                const { violations: [m, ...rest], unknown } = checkAll(location, stack);
                assert.equal(unknown, undefined);
                assert.equal(rest.length, 0);
                assert.ok(m.startsWith(`${s.type} "data": the key of its ${s.service} at \`${s.path}\``), m);
                assert.match(m, /"eastus"/);
                assert.match(m, /azure:keyvault\/keyVault:KeyVault "acme-us-keys"/);
                assert.match(m, /Rule eu-key-location/);
            });
            it(s.colocated
                ? "a vault not in the stack is proven by co-location with the resource's EU region, unless a configured location says otherwise"
                : "a vault not in the stack fails closed with the fix, unless its location is configured", () => {
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
                assert.deepEqual(checkAll(location, stack, { keyLocations: { "shared-keys": "swedencentral" } }).violations, []);
                assert.equal(checkAll(location, stack, { keyLocations: { "shared-keys": "uksouth" } }).violations.length, 1);
            });
            it("a Managed HSM key passes external-key-custody as Azure's strongest native tier; a Key Vault key does not", () => {
                const withHsm = [hsm("acme-hsm", "West Europe"), ...(s.extra?.("acme-hsm", "hsm") ?? []), res(s, s.withKey("acme-hsm", "hsm"))];
                assert.deepEqual(checkAll(cmk, withHsm).violations, []);
                assert.deepEqual(checkAll(external, withHsm).violations, []);
                assert.deepEqual(checkAll(location, withHsm).violations, []);
                assert.match(checkAll(external, withHsm, { acceptManagedHsm: false }).violations.join("\n"), /Managed HSM/);
                const withVault = [vault("acme-keys", "West Europe"), ...(s.extra?.("acme-keys", "vault") ?? []), res(s, s.withKey("acme-keys", "vault"))];
                const [m, ...rest] = checkAll(external, withVault).violations;
                assert.equal(rest.length, 0);
                assert.match(m, /tier 2/);
                assert.match(m, /managedhsm\.azure\.net/);
            });
            it("a Managed HSM outside the EU (\"East US 2\") fails eu-key-location", () => {
                const stack = [hsm("acme-us-hsm", "East US 2"), ...(s.extra?.("acme-us-hsm", "hsm") ?? []), res(s, s.withKey("acme-us-hsm", "hsm"))];
                const [m, ...rest] = checkAll(location, stack).violations;
                assert.equal(rest.length, 0);
                assert.match(m, /"eastus2"/);
                assert.match(m, /ManagedHardwareSecurityModule "acme-us-hsm"/);
            });
        });
    }

    describe("stack details", () => {
        const server: TestResource = { type: "azure:mssql/server:Server", name: "orders", urn: "urn:sql", props: { name: "sql-orders", ...where, version: "12.0" } };
        it("a SQL server without a ServerTransparentDataEncryption or inline key has service-managed TDE (EUK-AZC-013)", () => {
            const [m, ...rest] = stackViolations(cmk, [server]);
            assert.equal(rest.length, 0);
            assert.match(m, /azure:mssql\/server:Server "orders": SQL TDE protector has provider-managed keys/);
            assert.match(m, /ServerTransparentDataEncryption/);
            const tde: TestResource = { type: "azure:mssql/serverTransparentDataEncryption:ServerTransparentDataEncryption", name: "tde", props: { serverId: "x", keyVaultKeyId: vaultUri("acme-keys") }, propertyDependencies: { serverId: ["urn:sql"] } };
            assert.deepEqual(stackViolations(cmk, [server, tde]), []);
            const byId: TestResource = { ...tde, props: { ...tde.props, serverId: "/subscriptions/s/resourceGroups/rg-data/providers/Microsoft.Sql/servers/sql-orders" }, propertyDependencies: {} };
            assert.deepEqual(stackViolations(cmk, [server, byId]), [], "a serverId written out names the server by its last segment");
            assert.equal(stackViolations(cmk, [server, { ...byId, props: { ...byId.props, serverId: "/subscriptions/s/resourceGroups/rg-data/providers/Microsoft.Sql/servers/other" } }]).length, 1);
            assert.deepEqual(stackViolations(cmk, [{ ...server, props: { ...server.props, transparentDataEncryptionKeyVaultKeyId: vaultUri("acme-keys") } }]), [], "a key given inline");
        });
        it("a classic disk encryption set in the stack whose vault is outside the EU fails eu-key-location through it", () => {
            const disk: TestResource = { type: "azure:compute/managedDisk:ManagedDisk", name: "data", props: { ...where, storageAccountType: "Premium_LRS", createOption: "Empty", diskEncryptionSetId: desId("des-far") } };
            const [m, ...rest] = stackViolations(location, [vault("far-keys", "Australia East"), diskSet("des-far", "far-keys", "vault"), disk]);
            assert.equal(rest.length, 0);
            assert.match(m, /"australiaeast"/);
        });
    });
});
