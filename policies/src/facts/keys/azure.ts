// Azure (azure-native, and classic @pulumi/azure through rows/azure-classic.ts): which key protects each service's data at rest. Tokens and property paths
// checked against @pulumi/azure-native 3.28 (`<Class>Args`, types/input.d.ts, types/enums). Keys are
// named by Key Vault or Managed HSM URI (the host names the vault, whose location is found among the
// stack's resources), by disk encryption set id, or by SQL server key name (vault_key_version).
// Azure has no key store outside Microsoft's custody through azure-native: Managed HSM (single-tenant
// HSMs) is the strongest native tier, and is reported as such, never as "external".
import type { PolicyResource } from "@pulumi/policy";
import { dependenciesOf, holderOf, knownString, locationOf, memo, notAString } from "./known";
import { azureServiceRows } from "./rows/azure";
import { azureClassicCompanions, azureClassicRows } from "./rows/azure-classic";
import type { Classified, CompanionRow, KeyCloud, KeyIndex, ProtectionRow, ResolvedKey, Verdict } from "./table";
import type { KeyRef } from "./types";
import { notAttached, vaultKey } from "./rows/wording";

const platform = (reason: string): Verdict => ({ tier: "provider", reason });

/** PostgreSQL and MySQL flexible servers share the `dataEncryption` shape (type AzureKeyVault | SystemAssigned). */
// https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-data-encryption and https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-customer-managed-key (system-managed keys by default)
function flexibleServerKey(id: string, service: string): ProtectionRow {
    return {
        id, service, at: "dataEncryption", key: "primaryKeyURI",
        absent: platform("no `dataEncryption` block: system-managed keys"),
        gates: [{ path: "type", kind: "string", on: (v) => v === undefined || v === "AzureKeyVault", off: platform("`dataEncryption.type` is SystemAssigned: system-managed keys") }],
        noKey: platform("no `dataEncryption.primaryKeyURI`: system-managed keys"),
        fix: `set \`dataEncryption.type\` to "AzureKeyVault", \`dataEncryption.primaryKeyURI\` to ${vaultKey} and \`dataEncryption.primaryUserAssignedIdentityId\` to an identity allowed to use it`,
    };
}

const rows: Readonly<Record<string, readonly ProtectionRow[]>> = {
    ...azureServiceRows,
    ...azureClassicRows,
    "azure-native:storage:StorageAccount": [{
        // https://learn.microsoft.com/en-us/azure/storage/common/storage-service-encryption (Microsoft-managed keys by default)
        id: "EUK-AZ-001", service: "Storage account encryption", at: "encryption", key: "keyVaultProperties.keyVaultUri",
        absent: platform("no `encryption` block: Microsoft-managed keys"),
        gates: [{ path: "keySource", kind: "string", on: (v) => typeof v === "string" && v.toLowerCase() === "microsoft.keyvault", off: platform("`encryption.keySource` is not Microsoft.Keyvault: Microsoft-managed keys") }],
        noKey: platform("no `encryption.keyVaultProperties.keyVaultUri`: Microsoft-managed keys"),
        fix: `set \`encryption.keySource\` to "Microsoft.Keyvault" and \`encryption.keyVaultProperties\` ({ keyVaultUri, keyName }) to ${vaultKey}`,
    }],
    "azure-native:sql:EncryptionProtector": [{
        // https://learn.microsoft.com/en-us/azure/azure-sql/database/transparent-data-encryption-tde-overview (service-managed TDE protector by default)
        id: "EUK-AZ-002", service: "SQL TDE protector", at: "", key: "serverKeyName",
        gates: [{ path: "serverKeyType", kind: "string", on: (v) => v === "AzureKeyVault", off: platform("`serverKeyType` is ServiceManaged: service-managed TDE keys") }],
        noKey: platform("no `serverKeyName`: service-managed TDE keys"),
        fix: "set `serverKeyType` to \"AzureKeyVault\" and `serverKeyName` to a server key made from a Key Vault or Managed HSM key (<vault>_<key>_<version>)",
    }],
    // A server without `keyId` is judged through its EncryptionProtector (see companions).
    "azure-native:sql:Server": [{
        id: "EUK-AZ-003", service: "SQL server TDE key", at: "", key: "keyId",
        fix: `set \`keyId\` to ${vaultKey}`,
    }],
    "azure-native:compute:Disk": [{
        // https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption (platform-managed keys by default)
        id: "EUK-AZ-004", service: "Managed disk encryption", at: "encryption", key: "diskEncryptionSetId",
        absent: platform("no `encryption` block: platform-managed keys"),
        gates: [{ path: "type", kind: "string", on: (v) => v === undefined || (typeof v === "string" && /CustomerKey/i.test(v)), off: platform("`encryption.type` is EncryptionAtRestWithPlatformKey: platform-managed keys") }],
        noKey: platform("no `encryption.diskEncryptionSetId`: platform-managed keys"),
        fix: "set `encryption.type` to \"EncryptionAtRestWithCustomerKey\" and `encryption.diskEncryptionSetId` to a DiskEncryptionSet whose `activeKey.keyUrl` is a customer-managed key",
    }],
    "azure-native:compute:VirtualMachine": [{
        id: "EUK-AZ-005", service: "VM OS disk encryption", at: "storageProfile", key: "osDisk.managedDisk.diskEncryptionSet.id",
        gates: [{ ...notAttached, path: "osDisk.createOption" }],
        noKey: platform("no `storageProfile.osDisk.managedDisk.diskEncryptionSet.id`: platform-managed keys"),
        fix: "set `storageProfile.osDisk.managedDisk.diskEncryptionSet.id` to a DiskEncryptionSet with a customer-managed key",
    }, {
        id: "EUK-AZ-009", service: "VM data disk encryption", at: "storageProfile.dataDisks[]", key: "managedDisk.diskEncryptionSet.id",
        gates: [notAttached],
        noKey: platform("no `managedDisk.diskEncryptionSet.id` on the data disk: platform-managed keys"),
        fix: "set `managedDisk.diskEncryptionSet.id` on each `storageProfile.dataDisks[]` entry to a DiskEncryptionSet with a customer-managed key",
    }],
    "azure-native:dbforpostgresql:Server": [flexibleServerKey("EUK-AZ-006", "PostgreSQL flexible server encryption")],
    "azure-native:dbformysql:Server": [flexibleServerKey("EUK-AZ-007", "MySQL flexible server encryption")],
    "azure-native:cosmosdb:DatabaseAccount": [{
        // https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-setup-customer-managed-keys (service-managed keys by default)
        id: "EUK-AZ-008", service: "Cosmos DB account encryption", at: "", key: "keyVaultKeyUri",
        noKey: platform("no `keyVaultKeyUri`: service-managed keys"),
        fix: `set \`keyVaultKeyUri\` to ${vaultKey}`,
    }],
};

const companions: readonly CompanionRow[] = [...azureClassicCompanions, {
    id: "EUK-AZ-010",
    service: "SQL TDE protector",
    targets: ["azure-native:sql:Server"],
    targetNames: ["serverName", "name"],
    inline: "keyId",
    companions: ["azure-native:sql:EncryptionProtector"],
    link: "serverName",
    absent: platform("no EncryptionProtector for the server in this stack and no `keyId`: service-managed TDE keys (Azure's default)"),
    fix: "declare an `azure-native.sql.EncryptionProtector` for this server with `serverKeyType: \"AzureKeyVault\"`, or set the server's `keyId` to a Key Vault or Managed HSM key URI",
}, {
    // A workspace takes the customer key of the dedicated cluster it is linked to (a linked service named
    // "cluster" whose `writeAccessResourceId` is the cluster); otherwise Microsoft-managed keys. Workspace-based
    // Application Insights stores its data in the workspace, so it is judged there.
    // https://learn.microsoft.com/en-us/azure/azure-monitor/logs/customer-managed-keys
    id: "EUK-AZ-011",
    service: "Log Analytics workspace encryption",
    targets: ["azure-native:operationalinsights:Workspace"],
    targetNames: ["workspaceName", "name"],
    companions: ["azure-native:operationalinsights:LinkedService"],
    link: "workspaceName",
    when: "writeAccessResourceId",
    absent: platform("no linked service in this stack links the workspace to a dedicated cluster: Microsoft-managed keys (a workspace takes a customer key only through a Log Analytics dedicated cluster)"),
    fix: "link the workspace to a Log Analytics dedicated cluster with a customer-managed key: declare an `azure-native.operationalinsights.Cluster` with `keyVaultProperties` and an `azure-native.operationalinsights.LinkedService` named \"cluster\" with `workspaceName` and `writeAccessResourceId: cluster.id` (dedicated clusters start at a 100 GB/day commitment tier)",
}];

const keyUri = /^https:\/\/([a-z0-9-]{3,24})\.(vault|managedhsm)\.(?:azure\.net|azure\.cn|usgovcloudapi\.net|microsoftazure\.de)(?::443)?(?:\/[\w.\-/]{0,300})?$/i;
const diskEncryptionSetId = /^\/subscriptions\/[\w-]{1,64}\/resourceGroups\/[\w.()-]{1,90}\/providers\/Microsoft\.Compute\/diskEncryptionSets\/([\w-]{1,80})$/i;
const sqlServerKeyName = /^([a-z0-9-]{3,24})_[a-z0-9-]{1,127}_[0-9a-f]{32}$/i;

const hsmReason = "a key in an Azure Key Vault Managed HSM: Azure's strongest native custody (single-tenant HSMs you administer), still operated by Microsoft";

function classify(value: unknown): Classified {
    if (typeof value !== "string") return { tier: "unknown-reference", reason: `the key reference is ${notAString(value)}, not a Key Vault key URI` };
    const v = value.trim();
    const uri = keyUri.exec(v);
    if (uri) {
        const hsm = uri[2].toLowerCase() === "managedhsm";
        const key: KeyRef = { service: hsm ? "azure-managed-hsm" : "azure-key-vault", shown: v, lookup: uri[1].toLowerCase() };
        return hsm
            ? { tier: "customer", reason: hsmReason, key, topNative: true }
            : { tier: "customer", reason: "a customer-managed key in Azure Key Vault (held in Microsoft-operated HSMs or software)", key };
    }
    const set = diskEncryptionSetId.exec(v);
    if (set) return { tier: "customer", reason: "a disk encryption set (a customer-managed key in Key Vault or Managed HSM)", key: { service: "azure-disk-encryption-set", shown: v, lookup: set[1].toLowerCase(), resolvable: true } };
    const sql = sqlServerKeyName.exec(v);
    if (sql) return { tier: "customer", reason: "a server key made from a Key Vault or Managed HSM key", key: { service: "azure-sql-server-key", shown: v, lookup: sql[1].toLowerCase(), resolvable: true } };
    if (v === "ServiceManaged") return { tier: "provider", reason: "service-managed keys" };
    return { tier: "unknown-reference", reason: `the value (${v.length} characters, not echoed) is not a Key Vault or Managed HSM key URI, disk encryption set id or SQL server key name` };
}

// Key stores of both SDKs. A classic disk encryption set names its key by `keyVaultKeyId` or
// `managedHsmKeyId` (key ids in URI form), an azure-native one by `activeKey.keyUrl`.
const vaultTypes: ReadonlySet<string> = new Set(["azure-native:keyvault:Vault", "azure:keyvault/keyVault:KeyVault"]);
const hsmTypes: ReadonlySet<string> = new Set(["azure-native:keyvault:ManagedHsm", "azure:keyvault/managedHardwareSecurityModule:ManagedHardwareSecurityModule"]);
const setKeyPaths: Readonly<Record<string, readonly string[]>> = {
    "azure-native:compute:DiskEncryptionSet": ["activeKey.keyUrl"],
    "azure:compute/diskEncryptionSet:DiskEncryptionSet": ["keyVaultKeyId", "managedHsmKeyId"],
};
const storeTypes: ReadonlySet<string> = new Set([...vaultTypes, ...hsmTypes]);
const linkTypes: ReadonlySet<string> = new Set([...storeTypes, ...Object.keys(setKeyPaths)]);

function newIndex(): KeyIndex {
    const vaults = new Map<string, PolicyResource>();
    const hsms = new Map<string, PolicyResource>();
    const sets = new Map<string, PolicyResource>();
    const namesOf: Readonly<Record<string, [Map<string, PolicyResource>, readonly string[]]>> = {
        "azure-native:keyvault:Vault": [vaults, ["vaultName", "name"]],
        "azure:keyvault/keyVault:KeyVault": [vaults, ["name"]],
        "azure-native:keyvault:ManagedHsm": [hsms, ["name"]],
        "azure:keyvault/managedHardwareSecurityModule:ManagedHardwareSecurityModule": [hsms, ["name"]],
        "azure-native:compute:DiskEncryptionSet": [sets, ["diskEncryptionSetName", "name"]],
        "azure:compute/diskEncryptionSet:DiskEncryptionSet": [sets, ["name"]],
    };
    const resolveStore = memo((r): ResolvedKey[] => [{
        holder: holderOf(r),
        location: locationOf(r),
        ...(hsmTypes.has(r.type)
            ? { custody: "top-native" as const, custodyReason: hsmReason }
            : { custody: "customer" as const, custodyReason: "it is an Azure Key Vault (keys held by Microsoft)" }),
    }]);
    const storeOf = (ref: KeyRef | undefined): PolicyResource | undefined => {
        const name = ref?.lookup;
        if (name === undefined) return undefined;
        if (ref?.service === "azure-key-vault") return vaults.get(name);
        if (ref?.service === "azure-managed-hsm") return hsms.get(name);
        return ref?.service === "azure-sql-server-key" ? vaults.get(name) ?? hsms.get(name) : undefined;
    };
    // A disk encryption set holds no key itself: follow its key URI to the vault or HSM.
    const resolveSet = memo((set): ResolvedKey[] => {
        const paths = setKeyPaths[set.type] ?? [];
        const path = paths.find((p) => knownString(set.props, p) !== undefined);
        const url = path !== undefined ? knownString(set.props, path) : undefined;
        const ref = url !== undefined ? classify(url) : undefined;
        const store = storeOf(ref?.key);
        const stores = store ? [store] : paths.flatMap((p) => dependenciesOf(set, p.split(".")[0], storeTypes));
        if (stores.length > 0) return stores.flatMap(resolveStore);
        const named = ref?.key?.lookup !== undefined ? { name: ref.key.lookup } : {};
        return [{
            holder: holderOf(set), ...named,
            ...(ref?.topNative ? { custody: "top-native" as const, custodyReason: hsmReason } : { custody: "unproven" as const, custodyReason: `its \`${paths.join("` or `")}\` names a vault or HSM not declared in this stack` }),
        }];
    });
    const resolve = (r: PolicyResource) => (r.type in setKeyPaths ? resolveSet(r) : resolveStore(r));
    return {
        add(r) {
            const entry = namesOf[r.type];
            if (!entry) return;
            for (const p of entry[1]) {
                const v = knownString(r.props, p);
                if (v !== undefined) entry[0].set(v.toLowerCase(), r);
            }
        },
        byRef(key) {
            if (key.service === "azure-disk-encryption-set") {
                const set = key.lookup !== undefined ? sets.get(key.lookup) : undefined;
                return set ? resolveSet(set) : [];
            }
            const store = storeOf(key);
            return store ? resolveStore(store) : [];
        },
        byDependencies(deps) {
            return deps.filter((d) => linkTypes.has(d.type)).flatMap(resolve);
        },
    };
}

export const azureKeys: KeyCloud = {
    cloud: "azure",
    packages: ["azure-native", "azure"],
    rows,
    companions,
    classify,
    externalFix: (path) => `Azure offers no key store outside Microsoft's custody; the strongest native tier is a Managed HSM key (https://<hsm>.managedhsm.azure.net/keys/<key>) at \`${path}\``,
    newIndex,
};
