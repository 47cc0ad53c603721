// Azure (azure-native) data services beyond the core table (issue 10). Tokens and property paths from
// @pulumi/azure-native 3.28 (`<Class>Args`, types/input.d.ts, types/enums); test/policies/facts/keys/rows-typings.test.ts
// checks them. Each absent/noKey verdict is the service's default custody when no key is named
// (Microsoft-managed or platform-managed keys), with Microsoft's page beside it. Where a customer key
// needs a higher tier (Premium), the fix says so: the finding stays true and fixable.
import type { Gate, ProtectionRow, Verdict } from "../table";
import { notAttached, vaultKey } from "./wording";

const msManaged = (what: string): Verdict => ({ tier: "provider", reason: `${what}: Microsoft-managed keys` });
const platformKeys = (what: string): Verdict => ({ tier: "provider", reason: `${what}: platform-managed keys` });
const vaultUri = "a Key Vault or Managed HSM (https://<vault>.vault.azure.net, or https://<hsm>.managedhsm.azure.net)";
const desFix = (path: string) => `set \`${path}\` to a DiskEncryptionSet whose \`activeKey.keyUrl\` is a customer-managed key`;
/** A gate on a key-source switch whose customer value is Key Vault (compared case-insensitively, as Azure does). */
const keySource = (what: string): Gate => ({
    path: "keySource", kind: "string", on: (v) => typeof v === "string" && v.toLowerCase() === "microsoft.keyvault",
    off: msManaged(`\`keySource\` is not Microsoft.KeyVault (${what})`),
});

export const azureServiceRows: Readonly<Record<string, readonly ProtectionRow[]>> = {
    "azure-native:synapse:Workspace": [{
        id: "EUK-AZ-101", service: "Synapse workspace encryption", at: "encryption.cmk.key", key: "keyVaultUrl",
        // https://learn.microsoft.com/en-us/azure/synapse-analytics/security/workspaces-encryption (platform-managed keys unless a workspace key is given)
        absent: msManaged("no `encryption.cmk.key`"), noKey: msManaged("no `encryption.cmk.key.keyVaultUrl`"),
        fix: `set \`encryption.cmk.key\` to { name, keyVaultUrl: ${vaultKey} } (a workspace key, set at creation)`,
    }],
    "azure-native:operationalinsights:Cluster": [{
        id: "EUK-AZ-102", service: "Log Analytics dedicated cluster encryption", at: "keyVaultProperties", key: "keyVaultUri",
        // https://learn.microsoft.com/en-us/azure/azure-monitor/logs/customer-managed-keys (Microsoft-managed keys by default);
        // workspaces and workspace-based Application Insights take the key of the cluster they are linked to.
        absent: msManaged("no `keyVaultProperties`"), noKey: msManaged("no `keyVaultProperties.keyVaultUri`"),
        fix: `set \`keyVaultProperties\` to { keyVaultUri: ${vaultUri}, keyName, keyVersion }`,
    }],
    "azure-native:servicebus:Namespace": [{
        id: "EUK-AZ-103", service: "Service Bus namespace encryption", at: "encryption.keyVaultProperties[]", key: "keyVaultUri",
        // https://learn.microsoft.com/en-us/azure/service-bus-messaging/configure-customer-managed-key (Microsoft-managed keys by default; CMK on Premium)
        absent: msManaged("no `encryption.keyVaultProperties`"), noKey: msManaged("no `keyVaultUri` in `encryption.keyVaultProperties`"),
        fix: `set \`encryption\` to { keySource: "Microsoft.KeyVault", keyVaultProperties: [{ keyVaultUri: ${vaultUri}, keyName, identity }] } (on the Premium tier, \`sku.name: "Premium"\`)`,
    }],
    "azure-native:eventhub:Namespace": [{
        id: "EUK-AZ-104", service: "Event Hubs namespace encryption", at: "encryption.keyVaultProperties[]", key: "keyVaultUri",
        // https://learn.microsoft.com/en-us/azure/event-hubs/configure-customer-managed-key (Microsoft-managed keys by default; CMK on Premium or Dedicated)
        absent: msManaged("no `encryption.keyVaultProperties`"), noKey: msManaged("no `keyVaultUri` in `encryption.keyVaultProperties`"),
        fix: `set \`encryption\` to { keySource: "Microsoft.KeyVault", keyVaultProperties: [{ keyVaultUri: ${vaultUri}, keyName, identity }] } (on the Premium or Dedicated tier)`,
    }],
    "azure-native:datafactory:Factory": [{
        id: "EUK-AZ-105", service: "Data Factory encryption", at: "encryption", key: "vaultBaseUrl",
        // https://learn.microsoft.com/en-us/azure/data-factory/enable-customer-managed-key (Microsoft-managed keys by default)
        absent: msManaged("no `encryption`"), noKey: msManaged("no `encryption.vaultBaseUrl`"),
        fix: `set \`encryption\` to { vaultBaseUrl: ${vaultUri}, keyName, identity } (only on an empty factory)`,
    }],
    "azure-native:containerservice:ManagedCluster": [{
        id: "EUK-AZ-106", service: "AKS node disk encryption", at: "", key: "diskEncryptionSetID",
        // https://learn.microsoft.com/en-us/azure/aks/azure-disk-customer-managed-keys (platform-managed keys by default)
        noKey: { tier: "provider", reason: "no `diskEncryptionSetID`: node OS and data disks use platform-managed keys" }, fix: desFix("diskEncryptionSetID"),
    }, {
        id: "EUK-AZ-107", service: "AKS Kubernetes secrets encryption (KMS)", at: "securityProfile.azureKeyVaultKms", key: "keyId",
        // https://learn.microsoft.com/en-us/azure/aks/use-kms-etcd-encryption (etcd is otherwise encrypted with Microsoft-managed keys)
        absent: { tier: "provider", reason: "no `securityProfile.azureKeyVaultKms`: Kubernetes Secrets in etcd are encrypted with Microsoft-managed keys" },
        gates: [{ path: "enabled", kind: "boolean", on: (v) => v === true, off: { tier: "provider", reason: "`securityProfile.azureKeyVaultKms.enabled` is not true: Kubernetes Secrets in etcd are encrypted with Microsoft-managed keys" } }],
        noKey: msManaged("no `securityProfile.azureKeyVaultKms.keyId`"),
        fix: `set \`securityProfile.azureKeyVaultKms\` to { enabled: true, keyId: ${vaultKey} (with its version) }`,
    }],
    "azure-native:containerregistry:Registry": [{
        id: "EUK-AZ-108", service: "Container Registry encryption", at: "encryption", key: "keyVaultProperties.keyIdentifier",
        // https://learn.microsoft.com/en-us/azure/container-registry/tutorial-enable-customer-managed-keys (service-managed keys by default; CMK on Premium)
        absent: msManaged("no `encryption`"),
        gates: [{ path: "status", kind: "string", on: (v) => typeof v === "string" && v.toLowerCase() === "enabled", off: msManaged("`encryption.status` is not enabled") }],
        noKey: msManaged("no `encryption.keyVaultProperties.keyIdentifier`"),
        fix: `set \`encryption\` to { status: "enabled", keyVaultProperties: { keyIdentifier: ${vaultKey}, identity } } (on the Premium tier)`,
    }],
    "azure-native:machinelearningservices:Workspace": [{
        id: "EUK-AZ-109", service: "Machine Learning workspace encryption", at: "encryption", key: "keyVaultProperties.keyIdentifier",
        // https://learn.microsoft.com/en-us/azure/machine-learning/concept-customer-managed-keys (Microsoft-managed keys by default)
        absent: msManaged("no `encryption`"),
        gates: [{ path: "status", kind: "string", on: (v) => typeof v === "string" && v.toLowerCase() === "enabled", off: msManaged("`encryption.status` is not Enabled") }],
        noKey: msManaged("no `encryption.keyVaultProperties.keyIdentifier`"),
        fix: `set \`encryption\` to { status: "Enabled", keyVaultProperties: { keyIdentifier: ${vaultKey}, keyVaultArmId } } (at creation)`,
    }],
    "azure-native:redisenterprise:RedisEnterprise": [{
        id: "EUK-AZ-110", service: "Redis Enterprise / Managed Redis encryption", at: "encryption.customerManagedKeyEncryption", key: "keyEncryptionKeyUrl",
        // https://learn.microsoft.com/en-us/azure/redis/how-to-encryption (Microsoft-managed keys by default)
        absent: msManaged("no `encryption.customerManagedKeyEncryption`"), noKey: msManaged("no `encryption.customerManagedKeyEncryption.keyEncryptionKeyUrl`"),
        fix: `set \`encryption.customerManagedKeyEncryption\` to { keyEncryptionKeyUrl: ${vaultKey} (versioned), keyEncryptionKeyIdentity }`,
    }],
    "azure-native:cognitiveservices:Account": [{
        id: "EUK-AZ-111", service: "Azure AI services account encryption", at: "properties.encryption", key: "keyVaultProperties.keyVaultUri",
        // https://learn.microsoft.com/en-us/azure/ai-services/encryption/cognitive-services-encryption-keys-portal (Microsoft-managed keys by default)
        absent: msManaged("no `properties.encryption`"), gates: [keySource("Microsoft.CognitiveServices")],
        noKey: msManaged("no `properties.encryption.keyVaultProperties.keyVaultUri`"),
        fix: `set \`properties.encryption\` to { keySource: "Microsoft.KeyVault", keyVaultProperties: { keyVaultUri: ${vaultUri}, keyName, keyVersion } }`,
    }],
    "azure-native:batch:BatchAccount": [{
        id: "EUK-AZ-112", service: "Batch account encryption", at: "encryption", key: "keyVaultProperties.keyIdentifier",
        // https://learn.microsoft.com/en-us/azure/batch/batch-customer-managed-key (Microsoft-managed keys by default)
        absent: msManaged("no `encryption`"), gates: [keySource("Microsoft.Batch")],
        noKey: msManaged("no `encryption.keyVaultProperties.keyIdentifier`"),
        fix: `set \`encryption\` to { keySource: "Microsoft.KeyVault", keyVaultProperties: { keyIdentifier: ${vaultKey} } }`,
    }],
    "azure-native:databricks:Workspace": [{
        id: "EUK-AZ-113", service: "Databricks managed services encryption", at: "encryption.entities.managedServices", key: "keyVaultProperties.keyVaultUri",
        // https://learn.microsoft.com/en-us/azure/databricks/security/keys/customer-managed-keys (Microsoft-managed keys by default; CMK on Premium)
        absent: msManaged("no `encryption.entities.managedServices`"), gates: [keySource("the default")],
        noKey: msManaged("no `encryption.entities.managedServices.keyVaultProperties.keyVaultUri`"),
        fix: `set \`encryption.entities.managedServices\` to { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyVaultUri: ${vaultUri}, keyName, keyVersion } } (on the Premium tier)`,
    }],
    "azure-native:appconfiguration:ConfigurationStore": [{
        id: "EUK-AZ-114", service: "App Configuration store encryption", at: "encryption", key: "keyVaultProperties.keyIdentifier",
        // https://learn.microsoft.com/en-us/azure/azure-app-configuration/concept-customer-managed-keys (Microsoft-managed keys by default; CMK on Standard or Premium)
        absent: msManaged("no `encryption`"), noKey: msManaged("no `encryption.keyVaultProperties.keyIdentifier`"),
        fix: `set \`encryption.keyVaultProperties\` to { keyIdentifier: ${vaultKey}, identityClientId } (on the Standard or Premium tier)`,
    }],
    "azure-native:compute:VirtualMachineScaleSet": [{
        id: "EUK-AZ-115", service: "VM scale set OS disk encryption", at: "virtualMachineProfile.storageProfile", key: "osDisk.managedDisk.diskEncryptionSet.id",
        // https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption (platform-managed keys by default)
        noKey: platformKeys("no `osDisk.managedDisk.diskEncryptionSet.id`"),
        fix: desFix("virtualMachineProfile.storageProfile.osDisk.managedDisk.diskEncryptionSet.id"),
    }, {
        id: "EUK-AZ-116", service: "VM scale set data disk encryption", at: "virtualMachineProfile.storageProfile.dataDisks[]", key: "managedDisk.diskEncryptionSet.id",
        gates: [notAttached],
        noKey: platformKeys("no `managedDisk.diskEncryptionSet.id` on the data disk"),
        fix: "set `managedDisk.diskEncryptionSet.id` on each `virtualMachineProfile.storageProfile.dataDisks[]` entry to a DiskEncryptionSet with a customer-managed key",
    }],
    "azure-native:kusto:Cluster": [{
        id: "EUK-AZ-117", service: "Data Explorer cluster encryption", at: "keyVaultProperties", key: "keyVaultUri",
        // https://learn.microsoft.com/en-us/azure/data-explorer/customer-managed-keys (Microsoft-managed keys by default)
        absent: msManaged("no `keyVaultProperties`"), noKey: msManaged("no `keyVaultProperties.keyVaultUri`"),
        fix: `set \`keyVaultProperties\` to { keyVaultUri: ${vaultUri}, keyName, keyVersion }`,
    }],
    "azure-native:containerinstance:ContainerGroup": [{
        id: "EUK-AZ-118", service: "Container Instances group encryption", at: "encryptionProperties", key: "vaultBaseUrl",
        // https://learn.microsoft.com/en-us/azure/container-instances/container-instances-encrypt-data (Microsoft-managed keys by default)
        absent: msManaged("no `encryptionProperties`"), noKey: msManaged("no `encryptionProperties.vaultBaseUrl`"),
        fix: `set \`encryptionProperties\` to { vaultBaseUrl: ${vaultUri}, keyName, keyVersion }`,
    }],
    "azure-native:recoveryservices:Vault": [{
        id: "EUK-AZ-119", service: "Recovery Services vault encryption", at: "properties.encryption", key: "keyVaultProperties.keyUri",
        // https://learn.microsoft.com/en-us/azure/backup/encryption-at-rest-with-cmk (platform-managed keys by default)
        absent: platformKeys("no `properties.encryption`"), noKey: platformKeys("no `properties.encryption.keyVaultProperties.keyUri`"),
        fix: `set \`properties.encryption\` to { keyVaultProperties: { keyUri: ${vaultKey} }, kekIdentity }`,
    }],
    "azure-native:sql:ManagedInstance": [{
        id: "EUK-AZ-120", service: "SQL Managed Instance TDE key", at: "", key: "keyId",
        // https://learn.microsoft.com/en-us/azure/azure-sql/database/transparent-data-encryption-tde-overview (service-managed TDE keys by default)
        noKey: { tier: "provider", reason: "no `keyId`: service-managed TDE keys" },
        fix: `set \`keyId\` to ${vaultKey}`,
    }],
    "azure-native:dataprotection:BackupVault": [{
        id: "EUK-AZ-121", service: "Backup vault encryption", at: "properties.securitySettings.encryptionSettings", key: "keyVaultProperties.keyUri",
        // https://learn.microsoft.com/en-us/azure/backup/encryption-at-rest-with-cmk-for-backup-vault (platform-managed keys by default)
        absent: platformKeys("no `properties.securitySettings.encryptionSettings`"),
        gates: [{ path: "state", kind: "string", on: (v) => v === "Enabled", off: platformKeys("`encryptionSettings.state` is not Enabled") }],
        noKey: platformKeys("no `encryptionSettings.keyVaultProperties.keyUri`"),
        fix: `set \`properties.securitySettings.encryptionSettings\` to { state: "Enabled", keyVaultProperties: { keyUri: ${vaultKey} }, kekIdentity }`,
    }],
    "azure-native:automation:AutomationAccount": [{
        id: "EUK-AZ-122", service: "Automation account encryption", at: "encryption", key: "keyVaultProperties.keyvaultUri",
        // https://learn.microsoft.com/en-us/azure/automation/automation-secure-asset-encryption (Microsoft-managed keys by default)
        absent: msManaged("no `encryption`"), gates: [keySource("Microsoft.Automation")],
        noKey: msManaged("no `encryption.keyVaultProperties.keyvaultUri`"),
        fix: `set \`encryption\` to { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyvaultUri: ${vaultUri}, keyName, keyVersion } }`,
    }],
    "azure-native:hdinsight:Cluster": [{
        id: "EUK-AZ-123", service: "HDInsight cluster disk encryption", at: "properties.diskEncryptionProperties", key: "vaultUri",
        // https://learn.microsoft.com/en-us/azure/hdinsight/disk-encryption (managed disks use platform-managed keys unless a customer key is set at creation);
        // the cluster's data lives in its storage accounts, judged there.
        absent: { tier: "provider", reason: "no `properties.diskEncryptionProperties`: the cluster's managed disks use platform-managed keys" },
        noKey: { tier: "provider", reason: "no `properties.diskEncryptionProperties.vaultUri`: the cluster's managed disks use platform-managed keys" },
        fix: `set \`properties.diskEncryptionProperties\` to { vaultUri: ${vaultUri}, keyName, keyVersion, msiResourceId } (at creation)`,
    }],
    "azure-native:netapp:Account": [{
        id: "EUK-AZ-124", service: "Azure NetApp Files account encryption", at: "encryption", key: "keyVaultProperties.keyVaultUri",
        // https://learn.microsoft.com/en-us/azure/azure-netapp-files/configure-customer-managed-keys (Microsoft-managed keys by default)
        absent: msManaged("no `encryption`"), gates: [keySource("Microsoft.NetApp")],
        noKey: msManaged("no `encryption.keyVaultProperties.keyVaultUri`"),
        fix: `set \`encryption\` to { keySource: "Microsoft.KeyVault", keyVaultProperties: { keyVaultUri: ${vaultUri}, keyName, keyVaultResourceId }, identity }`,
    }],
    "azure-native:elasticsan:VolumeGroup": [{
        id: "EUK-AZ-125", service: "Elastic SAN volume group encryption", at: "", key: "encryptionProperties.keyVaultProperties.keyVaultUri",
        // https://learn.microsoft.com/en-us/azure/storage/elastic-san/elastic-san-encryption-overview (platform-managed keys by default)
        gates: [{ path: "encryption", kind: "string", on: (v) => v === "EncryptionAtRestWithCustomerManagedKey", off: platformKeys("`encryption` is not EncryptionAtRestWithCustomerManagedKey") }],
        noKey: platformKeys("no `encryptionProperties.keyVaultProperties.keyVaultUri`"),
        fix: `set \`encryption\` to "EncryptionAtRestWithCustomerManagedKey" and \`encryptionProperties.keyVaultProperties\` to { keyVaultUri: ${vaultUri}, keyName }`,
    }],
    "azure-native:storagecache:AmlFilesystem": [{
        id: "EUK-AZ-126", service: "Azure Managed Lustre file system encryption", at: "encryptionSettings", key: "keyEncryptionKey.keyUrl",
        // https://learn.microsoft.com/en-us/azure/azure-managed-lustre/customer-managed-encryption-keys (Microsoft-managed keys by default)
        absent: msManaged("no `encryptionSettings`"), noKey: msManaged("no `encryptionSettings.keyEncryptionKey.keyUrl`"),
        fix: `set \`encryptionSettings.keyEncryptionKey\` to { keyUrl: ${vaultKey}, sourceVault: { id } } (at creation)`,
    }],
};
