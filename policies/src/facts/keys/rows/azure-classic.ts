// Azure classic (@pulumi/azure) counterparts of the most-used azure-native key rows. Tokens and
// property paths from @pulumi/azure 6.40 (`<Class>Args`, types/input.d.ts); test/policies/facts/keys/rows-typings.test.ts
// checks them. Ids EUK-AZC-nnn are stable: never renumbered or reused. Each default custody is the
// same service's as in rows for azure-native (facts/keys/azure.ts), with Microsoft's page beside it.
// Where a Key Vault key and a Managed HSM key are alternatives, the Key Vault row steps aside when the
// HSM key is set (its gate has no `off`), and the HSM row judges it.
import type { CompanionRow, Gate, ProtectionRow, Verdict } from "../table";
import { vaultKey } from "./wording";

const platform = (reason: string): Verdict => ({ tier: "provider", reason });
const hsmKey = "a Managed HSM key (https://<hsm>.managedhsm.azure.net/keys/<key>)";
/** The Key Vault row is consulted only while no Managed HSM key is named in the same block. */
const noHsmKey: Gate = { path: "managedHsmKeyId", kind: "string", on: (v) => v === undefined, onlyWithoutKey: true };
const desFix = (path: string) => `set \`${path}\` to a disk encryption set whose \`activeKey.keyUrl\` is a customer-managed key`;

function flexibleServer(id: string, service: string): ProtectionRow {
    // https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-data-encryption and
    // https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-customer-managed-key (system-managed keys by default)
    return {
        id, service, at: "customerManagedKey", key: "keyVaultKeyId",
        absent: platform("no `customerManagedKey` block: system-managed keys"),
        noKey: platform("no `customerManagedKey.keyVaultKeyId`: system-managed keys"),
        fix: `set \`customerManagedKey\` to { keyVaultKeyId: ${vaultKey}, primaryUserAssignedIdentityId } (at creation)`,
    };
}

/** What a Key Vault key row and its Managed HSM alternative differ in; the rest is shared. */
interface VaultOrHsm {
    ids: [vault: string, hsm: string];
    service: string;
    /** The block holding `keyVaultKeyId` and `managedHsmKeyId` ("" for top-level inputs). */
    at: string;
    absent?: Verdict;
    /** Why a resource naming neither key has provider-held keys. */
    noKey: string;
    vaultFix: string;
}

/** The Key Vault row steps aside when a Managed HSM key is named (noHsmKey), and the HSM row judges it. */
function vaultOrHsm(o: VaultOrHsm): ProtectionRow[] {
    const hsmPath = o.at === "" ? "managedHsmKeyId" : `${o.at}.managedHsmKeyId`;
    return [{
        id: o.ids[0], service: o.service, at: o.at, key: "keyVaultKeyId",
        ...(o.absent ? { absent: o.absent } : {}),
        gates: [noHsmKey],
        noKey: platform(o.noKey),
        fix: o.vaultFix,
    }, {
        id: o.ids[1], service: `${o.service} (Managed HSM)`, at: o.at, key: "managedHsmKeyId",
        fix: `set \`${hsmPath}\` to ${hsmKey}`,
    }];
}

export const azureClassicRows: Readonly<Record<string, readonly ProtectionRow[]>> = {
    // https://learn.microsoft.com/en-us/azure/storage/common/storage-service-encryption (Microsoft-managed keys by default)
    "azure:storage/account:Account": vaultOrHsm({
        ids: ["EUK-AZC-001", "EUK-AZC-002"], service: "Storage account encryption", at: "customerManagedKey",
        absent: platform("no `customerManagedKey` block: Microsoft-managed keys"),
        noKey: "no `customerManagedKey.keyVaultKeyId`: Microsoft-managed keys",
        vaultFix: `set \`customerManagedKey\` to { keyVaultKeyId: ${vaultKey}, userAssignedIdentityId }`,
    }),
    "azure:compute/managedDisk:ManagedDisk": [{
        // https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption (platform-managed keys by default)
        id: "EUK-AZC-003", service: "Managed disk encryption", at: "", key: "diskEncryptionSetId",
        noKey: platform("no `diskEncryptionSetId`: platform-managed keys"),
        fix: desFix("diskEncryptionSetId"),
    }],
    "azure:compute/linuxVirtualMachine:LinuxVirtualMachine": [{
        id: "EUK-AZC-004", service: "VM OS disk encryption", at: "osDisk", key: "diskEncryptionSetId",
        noKey: platform("no `osDisk.diskEncryptionSetId`: platform-managed keys"),
        fix: desFix("osDisk.diskEncryptionSetId"),
    }],
    "azure:compute/windowsVirtualMachine:WindowsVirtualMachine": [{
        id: "EUK-AZC-005", service: "VM OS disk encryption", at: "osDisk", key: "diskEncryptionSetId",
        noKey: platform("no `osDisk.diskEncryptionSetId`: platform-managed keys"),
        fix: desFix("osDisk.diskEncryptionSetId"),
    }],
    // A server without a key is judged through its ServerTransparentDataEncryption (EUK-AZC-013).
    "azure:mssql/server:Server": [{
        id: "EUK-AZC-006", service: "SQL server TDE key", at: "", key: "transparentDataEncryptionKeyVaultKeyId",
        fix: `set \`transparentDataEncryptionKeyVaultKeyId\` to ${vaultKey}`,
    }],
    // https://learn.microsoft.com/en-us/azure/azure-sql/database/transparent-data-encryption-tde-overview (service-managed TDE protector by default)
    "azure:mssql/serverTransparentDataEncryption:ServerTransparentDataEncryption": vaultOrHsm({
        ids: ["EUK-AZC-007", "EUK-AZC-008"], service: "SQL TDE protector", at: "",
        noKey: "no `keyVaultKeyId` or `managedHsmKeyId`: service-managed TDE keys",
        vaultFix: `set \`keyVaultKeyId\` to ${vaultKey}`,
    }),
    // https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-setup-customer-managed-keys (service-managed keys by default)
    "azure:cosmosdb/account:Account": vaultOrHsm({
        ids: ["EUK-AZC-009", "EUK-AZC-010"], service: "Cosmos DB account encryption", at: "",
        noKey: "no `keyVaultKeyId` or `managedHsmKeyId`: service-managed keys",
        vaultFix: `set \`keyVaultKeyId\` to ${vaultKey}`,
    }),
    "azure:postgresql/flexibleServer:FlexibleServer": [flexibleServer("EUK-AZC-011", "PostgreSQL flexible server encryption")],
    "azure:mysql/flexibleServer:FlexibleServer": [flexibleServer("EUK-AZC-012", "MySQL flexible server encryption")],
};

/**
 * A classic SQL server without `transparentDataEncryptionKeyVaultKeyId` is keyed by its
 * ServerTransparentDataEncryption; with none in the stack it keeps Azure's service-managed TDE protector.
 * `serverId` is the server's ARM id: tied by its property dependency on the server, or by the id's last
 * segment (the server's name) when it is written out.
 */
export const azureClassicCompanions: readonly CompanionRow[] = [{
    id: "EUK-AZC-013",
    service: "SQL TDE protector",
    targets: ["azure:mssql/server:Server"],
    targetNames: ["name"],
    inline: "transparentDataEncryptionKeyVaultKeyId",
    companions: ["azure:mssql/serverTransparentDataEncryption:ServerTransparentDataEncryption"],
    link: "serverId",
    linkIsId: true,
    absent: platform("no ServerTransparentDataEncryption for the server in this stack and no `transparentDataEncryptionKeyVaultKeyId`: service-managed TDE keys (Azure's default)"),
    fix: "declare an `azure.mssql.ServerTransparentDataEncryption` for this server with `keyVaultKeyId` (or `managedHsmKeyId`), or set the server's `transparentDataEncryptionKeyVaultKeyId` to a Key Vault key id",
}, {
    // As EUK-AZ-011: a workspace takes the key of the dedicated cluster it is linked to through `writeAccessId`.
    // https://learn.microsoft.com/en-us/azure/azure-monitor/logs/customer-managed-keys
    id: "EUK-AZC-014",
    service: "Log Analytics workspace encryption",
    targets: ["azure:operationalinsights/analyticsWorkspace:AnalyticsWorkspace"],
    targetNames: ["name"],
    companions: ["azure:loganalytics/linkedService:LinkedService"],
    link: "workspaceId",
    linkIsId: true,
    when: "writeAccessId",
    absent: platform("no linked service in this stack links the workspace to a dedicated cluster: Microsoft-managed keys (a workspace takes a customer key only through a Log Analytics dedicated cluster)"),
    fix: "link the workspace to a Log Analytics dedicated cluster with a customer-managed key: an `azure.loganalytics.Cluster` with an `azure.loganalytics.ClusterCustomerManagedKey`, and an `azure.loganalytics.LinkedService` with `workspaceId` and `writeAccessId: cluster.id` (dedicated clusters start at a 100 GB/day commitment tier)",
}];
