// Azure components under the mock runtime: what they create, their outputs, and every refusal
// (a clear error, and nothing registered).
import * as assert from "assert";
import { SovereignKeyVault, SovereignPostgres, SovereignStorageAccount } from "../../../components/azure";
import { defaultAllowed } from "../allowed";
import { refusal, registered, registrationsOf, resetRegistrations, settle, useMocks, valueOf, itRefuses, type Refusal } from "../mocks";

const allowed = defaultAllowed("azure");
const rg = "rg-sovereign";
const vaultId = (n: string): string => `/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/${rg}/providers/Microsoft.KeyVault/vaults/${n}`;
const pick = (o: unknown, ...keys: string[]): Record<string, unknown> =>
    Object.fromEntries(keys.map((k) => [k, (o as Record<string, unknown>)[k]]));
const role = "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Authorization/roleDefinitions/e147488a-f6f5-4113-8e2d-b22465e65bf6";

describe("components: Azure", () => {
    before(() => useMocks({ "azure-native:location": "germanywestcentral" }));
    beforeEach(async () => {
        await settle();
        resetRegistrations();
    });

    describe("SovereignKeyVault", () => {
        it("creates a premium vault with purge protection and a rotating RSA-HSM key in the stack's location", async () => {
            const kv = new SovereignKeyVault("keys", { resourceGroupName: rg });
            assert.strictEqual(kv.location, "germanywestcentral");
            assert.strictEqual(kv.isManagedHsm, false);
            assert.strictEqual(await valueOf(kv.vaultName), "keyskv1");
            assert.strictEqual(await valueOf(kv.vaultId), vaultId("keyskv1"));
            assert.strictEqual(await valueOf(kv.vaultUri), "https://keyskv1.vault.azure.net/");
            assert.strictEqual(await valueOf(kv.keyName), "keyskey1");
            assert.strictEqual(await valueOf(kv.keyUri), "https://keyskv1.vault.azure.net/keys/keyskey1");
            assert.strictEqual(await valueOf(kv.keyUriWithVersion), "https://keyskv1.vault.azure.net/keys/keyskey1/0123456789abcdef");

            const [v] = await registrationsOf("azure-native:keyvault:Vault");
            assert.strictEqual(v.inputs.location, "germanywestcentral");
            assert.deepStrictEqual(pick(v.inputs.properties, "tenantId", "sku", "enableRbacAuthorization", "enablePurgeProtection", "enableSoftDelete", "softDeleteRetentionInDays", "publicNetworkAccess", "networkAcls"), {
                tenantId: "tenant-0001",
                sku: { family: "A", name: "premium" },
                enableRbacAuthorization: true,
                enablePurgeProtection: true,
                enableSoftDelete: true,
                softDeleteRetentionInDays: 90,
                publicNetworkAccess: "Enabled",
                networkAcls: { bypass: "AzureServices", defaultAction: "Allow" },
            });
            const [k] = await registrationsOf("azure-native:keyvault:Key");
            assert.deepStrictEqual(k.inputs.properties, {
                kty: "RSA-HSM",
                keySize: 3072,
                keyOps: ["wrapKey", "unwrapKey"],
                rotationPolicy: {
                    attributes: { expiryTime: "P2Y" },
                    lifetimeActions: [
                        { trigger: { timeAfterCreate: "P1Y" }, action: { type: "rotate" } },
                        { trigger: { timeBeforeExpiry: "P30D" }, action: { type: "notify" } },
                    ],
                },
            });
        });

        it("creates a Managed HSM with purge protection and no key (its keys live in its data plane)", async () => {
            const kv = new SovereignKeyVault("hsm", { resourceGroupName: rg, location: "West Europe", tenantId: "t-1", managedHsm: { initialAdminObjectIds: ["admin-1"] } });
            assert.strictEqual(kv.location, "westeurope");
            assert.strictEqual(kv.isManagedHsm, true);
            assert.strictEqual(kv.keyUri, undefined);
            assert.strictEqual(await valueOf(kv.vaultUri), "https://hsmhsm1.managedhsm.azure.net/");
            const [h] = await registrationsOf("azure-native:keyvault:ManagedHsm");
            assert.deepStrictEqual(h.inputs.sku, { family: "B", name: "Standard_B1" });
            assert.deepStrictEqual(h.inputs.properties, {
                tenantId: "t-1", initialAdminObjectIds: ["admin-1"], enablePurgeProtection: true, enableSoftDelete: true,
                softDeleteRetentionInDays: 90, publicNetworkAccess: "Enabled",
            });
            assert.strictEqual((await registrationsOf("azure-native:keyvault:Vault")).length, 0);
            assert.strictEqual((await registrationsOf("azure-native:keyvault:Key")).length, 0);
        });

        const refusals: Refusal[] = [
            ["a location outside the allow-list", () => new SovereignKeyVault("kv", { resourceGroupName: rg, location: "eastus" }),
                `SovereignKeyVault "kv": location "eastus" is not an allowed location; ${allowed}`],
            ["Switzerland (Europe, not EU)", () => new SovereignKeyVault("kv", { resourceGroupName: rg, location: "Switzerland North" }),
                `SovereignKeyVault "kv": location "Switzerland North" is not an allowed location; ${allowed}`],
            ["a key in a Managed HSM", () => new SovereignKeyVault("kv", { resourceGroupName: rg, managedHsm: { initialAdminObjectIds: [] }, key: {} }),
                'SovereignKeyVault "kv": key cannot be created in a managedHsm: Managed HSM keys are made in its data plane after activation; pass key: false'],
            ["a weak key size", () => new SovereignKeyVault("kv", { resourceGroupName: rg, key: { size: 1024 as 2048 } }),
                'SovereignKeyVault "kv": key.size "1024" is not allowed; allowed: 2048, 3072, 4096'],
            ["a rotation period that is not a duration", () => new SovereignKeyVault("kv", { resourceGroupName: rg, key: { rotateAfter: "1 year" } }),
                'SovereignKeyVault "kv": key.rotateAfter "1 year" is not an ISO 8601 duration such as "P1Y" or "P90D"'],
            ["a soft-delete retention under 7 days", () => new SovereignKeyVault("kv", { resourceGroupName: rg, softDeleteRetentionInDays: 3 }),
                'SovereignKeyVault "kv": softDeleteRetentionInDays 3 is out of range; allowed: an integer from 7 to 90'],
            ["an invalid vault name", () => new SovereignKeyVault("kv", { resourceGroupName: rg, vaultName: "x" }),
                'SovereignKeyVault "kv": vaultName "x" is not a valid vault name; allowed: 3-24 letters, digits and hyphens, starting with a letter'],
        ];
        itRefuses(refusals);
    });

    describe("SovereignStorageAccount", () => {
        it("creates a ZRS account under a customer key reached through a user-assigned identity granted on the vault", async () => {
            const sa = new SovereignStorageAccount("data", { resourceGroupName: rg });
            assert.strictEqual(sa.location, "germanywestcentral");
            assert.strictEqual(sa.skuName, "Standard_ZRS");
            assert.ok(sa.keyVault instanceof SovereignKeyVault);
            assert.strictEqual(await valueOf(sa.accountName), "datasa1");
            assert.match(await valueOf(sa.accountId), /\/storageAccounts\/datasa1$/);
            assert.strictEqual(await valueOf(sa.primaryBlobEndpoint), "https://datasa1.blob.core.windows.net/");
            assert.strictEqual(await valueOf(sa.keyVaultUri), "https://data-keyskv1.vault.azure.net/");
            assert.strictEqual(await valueOf(sa.keyName), "data-keyskey1");
            const identityId = await valueOf(sa.identityId);
            assert.match(identityId, /\/userAssignedIdentities\/data-key-access$/);
            assert.strictEqual(await valueOf(sa.identityPrincipalId), "principal-data-key-access");

            const [grant] = await registrationsOf("azure-native:authorization:RoleAssignment");
            assert.deepStrictEqual(grant.inputs, {
                principalId: "principal-data-key-access", principalType: "ServicePrincipal",
                scope: vaultId("data-keyskv1"), roleDefinitionId: role,
            });
            const [a] = await registrationsOf("azure-native:storage:StorageAccount");
            const expected: Record<string, unknown> = {
                location: "germanywestcentral", kind: "StorageV2", sku: { name: "Standard_ZRS" },
                identity: { type: "UserAssigned", userAssignedIdentities: [identityId] },
                encryption: {
                    keySource: "Microsoft.Keyvault",
                    keyVaultProperties: { keyVaultUri: "https://data-keyskv1.vault.azure.net/", keyName: "data-keyskey1" },
                    encryptionIdentity: { encryptionUserAssignedIdentity: identityId },
                    requireInfrastructureEncryption: true,
                    services: Object.fromEntries(["blob", "file", "queue", "table"].map((s) => [s, { enabled: true, keyType: "Account" }])),
                },
                minimumTlsVersion: "TLS1_2", enableHttpsTrafficOnly: true, allowBlobPublicAccess: false, allowSharedKeyAccess: false,
            };
            for (const [k, v] of Object.entries(expected)) assert.deepStrictEqual(a.inputs[k], v, k);
            for (const t of ["azure-native:managedidentity:UserAssignedIdentity", "azure-native:keyvault:Vault"]) {
                for (const r of await registrationsOf(t)) assert.strictEqual(r.inputs.location, "germanywestcentral", t);
            }
        });

        it("accepts geo-redundancy when the location's pair is allowed too", async () => {
            const sa = new SovereignStorageAccount("geo", { resourceGroupName: rg, location: "westeurope", redundancy: "RAGZRS" });
            assert.strictEqual(sa.skuName, "Standard_RAGZRS");
        });

        it("uses a referenced key without a grant when no vault id is given (e.g. a Managed HSM)", async () => {
            const sa = new SovereignStorageAccount("ref", {
                resourceGroupName: rg,
                key: { vaultUri: "https://my-hsm.managedhsm.azure.net/", keyName: "cmk", location: "francecentral" },
            });
            assert.strictEqual(sa.keyVault, undefined);
            assert.strictEqual((await registrationsOf("azure-native:authorization:RoleAssignment")).length, 0);
            assert.strictEqual((await registrationsOf("azure-native:keyvault:Vault")).length, 0);
            const [a] = await registrationsOf("azure-native:storage:StorageAccount");
            assert.deepStrictEqual((a.inputs.encryption as Record<string, unknown>).keyVaultProperties, { keyVaultUri: "https://my-hsm.managedhsm.azure.net/", keyName: "cmk" });
        });

        const refusals: Refusal[] = [
            ["a location outside the allow-list", () => new SovereignStorageAccount("sa", { resourceGroupName: rg, location: "uksouth" }),
                `SovereignStorageAccount "sa": location "uksouth" is not an allowed location; ${allowed}`],
            ["geo-redundancy in a location without a pair", () => new SovereignStorageAccount("sa", { resourceGroupName: rg, location: "italynorth", redundancy: "GRS" }),
                'SovereignStorageAccount "sa": redundancy "GRS" copies data to the paired region of "italynorth", which has none; use LRS or ZRS'],
            ["geo-redundancy to a pair outside the allow-list", () => new SovereignStorageAccount("sa", {
                resourceGroupName: rg, location: "switzerlandnorth", redundancy: "GZRS", additionalLocations: ["switzerlandnorth"],
            }), 'SovereignStorageAccount "sa": redundancy "GZRS" copies data to "switzerlandwest", the pair of "switzerlandnorth", which is not an allowed location; allowed: LRS or ZRS, or a geo-redundant option in a location whose pair is allowed'],
            ["an unknown redundancy", () => new SovereignStorageAccount("sa", { resourceGroupName: rg, redundancy: "Premium_LRS" as "LRS" }),
                'SovereignStorageAccount "sa": redundancy "Premium_LRS" is not allowed; allowed: LRS, ZRS, GRS, RAGRS, GZRS, RAGZRS'],
            ["a key vault outside the allow-list", () => new SovereignStorageAccount("sa", { resourceGroupName: rg, key: { vaultUri: "https://v.vault.azure.net/", keyName: "k", location: "eastus" } }),
                `SovereignStorageAccount "sa": key.location "eastus" is not an allowed location; ${allowed}`],
            ["a key URI that is not a vault's", () => new SovereignStorageAccount("sa", { resourceGroupName: rg, key: { vaultUri: "https://keys.example.com/", keyName: "k", location: "westeurope" } }),
                'SovereignStorageAccount "sa": key.vaultUri "https://keys.example.com/" is not a Key Vault or Managed HSM URI such as "https://my-vault.vault.azure.net/"'],
            ["a vault id that is not a Key Vault resource id", () => new SovereignStorageAccount("sa", {
                resourceGroupName: rg, key: { vaultUri: "https://v.vault.azure.net/", keyName: "k", location: "westeurope", vaultId: "v" },
            }), 'SovereignStorageAccount "sa": key.vaultId "v" is not a Key Vault resource id such as "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<name>"'],
            ["an invalid account name", () => new SovereignStorageAccount("sa", { resourceGroupName: rg, accountName: "My_Account" }),
                'SovereignStorageAccount "sa": accountName "My_Account" is not a valid storage account name; allowed: 3-24 lower-case letters and digits'],
        ];
        itRefuses(refusals);

        it("refuses a vault its own allow-list accepted but this one does not, registering nothing", async () => {
            const swiss = new SovereignKeyVault("swiss", { resourceGroupName: rg, tenantId: "t", location: "switzerlandnorth", additionalLocations: ["switzerlandnorth"] });
            const r = await refusal(() => new SovereignStorageAccount("sa", { resourceGroupName: rg, key: swiss }));
            assert.strictEqual(r.message, `SovereignStorageAccount "sa": key (vault location) "switzerlandnorth" is not an allowed location; ${allowed}`);
            assert.strictEqual(r.registrations, 0);
        });

        it("refuses a SovereignKeyVault without a key, registering nothing", async () => {
            const hsm = new SovereignKeyVault("hsm2", { resourceGroupName: rg, tenantId: "t", managedHsm: { initialAdminObjectIds: [] } });
            const r = await refusal(() => new SovereignStorageAccount("sa", { resourceGroupName: rg, key: hsm }));
            assert.strictEqual(r.message, 'SovereignStorageAccount "sa": key is a SovereignKeyVault without a key (a Managed HSM or key: false); pass a reference to its key instead');
            assert.strictEqual(r.registrations, 0);
        });
    });

    describe("SovereignPostgres", () => {
        it("creates a Flexible Server under a customer key, without public access or geo-redundant backups", async () => {
            const kv = new SovereignKeyVault("pgkeys", { resourceGroupName: rg, location: "germanywestcentral" });
            const pg = new SovereignPostgres("orders", {
                resourceGroupName: rg, administratorLogin: "pgadmin", administratorLoginPassword: "s3cret!", key: kv,
                delegatedSubnetResourceId: "/subnets/pg", privateDnsZoneArmResourceId: "/zones/pg",
            });
            assert.strictEqual(pg.location, "germanywestcentral");
            assert.strictEqual(pg.keyVault, undefined);
            assert.strictEqual(await valueOf(pg.serverName), "orders-pg1");
            assert.strictEqual(await valueOf(pg.fqdn), "orders-pg1.postgres.database.azure.com");
            assert.match(await valueOf(pg.serverId), /\/flexibleServers\/orders-pg1$/);
            assert.strictEqual(await valueOf(pg.keyUri), "https://pgkeyskv1.vault.azure.net/keys/pgkeyskey1");
            const identityId = await valueOf(pg.identityId);

            const [s] = await registrationsOf("azure-native:dbforpostgresql:Server");
            const expected: Record<string, unknown> = {
                location: "germanywestcentral", version: "16",
                identity: { type: "UserAssigned", userAssignedIdentities: { [identityId]: {} } },
                dataEncryption: { type: "AzureKeyVault", primaryKeyURI: "https://pgkeyskv1.vault.azure.net/keys/pgkeyskey1", primaryUserAssignedIdentityId: identityId },
                backup: { backupRetentionDays: 7, geoRedundantBackup: "Disabled" },
                network: { delegatedSubnetResourceId: "/subnets/pg", privateDnsZoneArmResourceId: "/zones/pg", publicNetworkAccess: "Disabled" },
            };
            for (const [k, v] of Object.entries(expected)) assert.deepStrictEqual(s.inputs[k], v, k);
            const [grant] = await registrationsOf("azure-native:authorization:RoleAssignment");
            assert.strictEqual(grant.inputs.scope, vaultId("pgkeyskv1"));
        });

        it("creates its own vault and key when none is passed", async () => {
            const pg = new SovereignPostgres("solo", { resourceGroupName: rg, location: "swedencentral", administratorLogin: "a", administratorLoginPassword: "p" });
            assert.ok(pg.keyVault instanceof SovereignKeyVault);
            assert.strictEqual(pg.keyVault.location, "swedencentral");
            await settle();
            assert.deepStrictEqual(registered.filter((r) => r.custom && "location" in r.inputs).map((r) => r.inputs.location).filter((l) => l !== "swedencentral"), []);
        });

        const base = { resourceGroupName: rg, administratorLogin: "a", administratorLoginPassword: "p" };
        const refusals: Refusal[] = [
            ["a location outside the allow-list", () => new SovereignPostgres("pg", { ...base, location: "brazilsouth" }),
                `SovereignPostgres "pg": location "brazilsouth" is not an allowed location; ${allowed}`],
            ["an unsupported version", () => new SovereignPostgres("pg", { ...base, version: "12" as "16" }),
                'SovereignPostgres "pg": version "12" is not allowed; allowed: 13, 14, 15, 16, 17'],
            ["a backup retention under 7 days", () => new SovereignPostgres("pg", { ...base, backupRetentionDays: 3 }),
                'SovereignPostgres "pg": backupRetentionDays 3 is out of range; allowed: an integer from 7 to 35'],
            ["half a VNet integration", () => new SovereignPostgres("pg", { ...base, delegatedSubnetResourceId: "/subnets/pg" }),
                'SovereignPostgres "pg": VNet integration needs both delegatedSubnetResourceId and privateDnsZoneArmResourceId'],
        ];
        itRefuses(refusals);
    });
});

describe("components: Azure without a location", () => {
    before(() => useMocks({}));
    it("refuses when neither the argument nor azure-native:location gives one, registering nothing", async () => {
        const r = await refusal(() => new SovereignStorageAccount("sa", { resourceGroupName: rg }));
        assert.strictEqual(r.message, `SovereignStorageAccount "sa": no location: pass \`location\` or set \`azure-native:location\` in the stack config (environment variables and profiles are invisible to the policy pack); ${allowed}`);
        assert.strictEqual(r.registrations, 0);
    });
});
