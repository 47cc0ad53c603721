import { strict as assert } from "assert";
import { assertExposed, cmk, desId, hsmUri, vaultUri, violations } from "./fixtures";

// The Azure rows of policies/src/facts/keys/rows/azure.ts: each is exposed without a customer key and
// passes with a Key Vault or Managed HSM key (or a disk encryption set); removing a row makes its
// exposed case pass silently, failing the test.
type Props = Record<string, unknown>;
const base = { location: "westeurope", resourceGroupName: "rg-data" };
const vaultBase = "https://kv-data-eu.vault.azure.net";

interface Service { id: string; service: string; type: string; exposed: Props; says: RegExp; keyed: Props }

const services: Service[] = [
    { id: "EUK-AZ-101", service: "Synapse workspace encryption", type: "azure-native:synapse:Workspace", exposed: { ...base }, says: /no `encryption\.cmk\.key`: Microsoft-managed keys/, keyed: { ...base, encryption: { cmk: { key: { name: "default", keyVaultUrl: vaultUri("kv-data-eu") } } } } },
    { id: "EUK-AZ-102", service: "Log Analytics dedicated cluster encryption", type: "azure-native:operationalinsights:Cluster", exposed: { ...base, sku: { name: "CapacityReservation", capacity: 100 } }, says: /no `keyVaultProperties`: Microsoft-managed keys/, keyed: { ...base, keyVaultProperties: { keyVaultUri: vaultBase, keyName: "logs", keyVersion: "" } } },
    { id: "EUK-AZ-103", service: "Service Bus namespace encryption", type: "azure-native:servicebus:Namespace", exposed: { ...base, sku: { name: "Premium" } }, says: /no `encryption\.keyVaultProperties`: Microsoft-managed keys/, keyed: { ...base, sku: { name: "Premium" }, encryption: { keySource: "Microsoft.KeyVault", keyVaultProperties: [{ keyVaultUri: vaultBase, keyName: "bus" }] } } },
    { id: "EUK-AZ-104", service: "Event Hubs namespace encryption", type: "azure-native:eventhub:Namespace", exposed: { ...base, sku: { name: "Premium" } }, says: /no `encryption\.keyVaultProperties`: Microsoft-managed keys/, keyed: { ...base, sku: { name: "Premium" }, encryption: { keySource: "Microsoft.KeyVault", keyVaultProperties: [{ keyVaultUri: hsmUri("hsm-eu").replace(/\/keys\/.*$/, ""), keyName: "hub" }] } } },
    { id: "EUK-AZ-105", service: "Data Factory encryption", type: "azure-native:datafactory:Factory", exposed: { ...base }, says: /no `encryption`: Microsoft-managed keys/, keyed: { ...base, encryption: { vaultBaseUrl: vaultBase, keyName: "adf" } } },
    { id: "EUK-AZ-106", service: "AKS node disk encryption", type: "azure-native:containerservice:ManagedCluster", exposed: { ...base, dnsPrefix: "prod", securityProfile: { azureKeyVaultKms: { enabled: true, keyId: vaultUri("kv-data-eu") } } }, says: /no `diskEncryptionSetID`: node OS and data disks use platform-managed keys/, keyed: { ...base, dnsPrefix: "prod", diskEncryptionSetID: desId("des-aks"), securityProfile: { azureKeyVaultKms: { enabled: true, keyId: vaultUri("kv-data-eu") } } } },
    { id: "EUK-AZ-107", service: "AKS Kubernetes secrets encryption (KMS)", type: "azure-native:containerservice:ManagedCluster", exposed: { ...base, dnsPrefix: "prod", diskEncryptionSetID: desId("des-aks") }, says: /Kubernetes Secrets in etcd are encrypted with Microsoft-managed keys/, keyed: { ...base, dnsPrefix: "prod", diskEncryptionSetID: desId("des-aks"), securityProfile: { azureKeyVaultKms: { enabled: true, keyId: vaultUri("kv-data-eu") } } } },
    { id: "EUK-AZ-108", service: "Container Registry encryption", type: "azure-native:containerregistry:Registry", exposed: { ...base, sku: { name: "Premium" } }, says: /no `encryption`: Microsoft-managed keys/, keyed: { ...base, sku: { name: "Premium" }, encryption: { status: "enabled", keyVaultProperties: { keyIdentifier: vaultUri("kv-data-eu"), identity: "00000000-0000-0000-0000-000000000001" } } } },
    { id: "EUK-AZ-109", service: "Machine Learning workspace encryption", type: "azure-native:machinelearningservices:Workspace", exposed: { ...base }, says: /no `encryption`: Microsoft-managed keys/, keyed: { ...base, encryption: { status: "Enabled", keyVaultProperties: { keyIdentifier: vaultUri("kv-data-eu"), keyVaultArmId: "/subscriptions/0/resourceGroups/rg-data/providers/Microsoft.KeyVault/vaults/kv-data-eu" } } } },
    { id: "EUK-AZ-110", service: "Redis Enterprise / Managed Redis encryption", type: "azure-native:redisenterprise:RedisEnterprise", exposed: { ...base, sku: { name: "Balanced_B3" }, encryption: { customerManagedKeyEncryption: {} } }, says: /no `encryption\.customerManagedKeyEncryption\.keyEncryptionKeyUrl`: Microsoft-managed keys/, keyed: { ...base, sku: { name: "Balanced_B3" }, encryption: { customerManagedKeyEncryption: { keyEncryptionKeyUrl: vaultUri("kv-data-eu") } } } },
    { id: "EUK-AZ-111", service: "Azure AI services account encryption", type: "azure-native:cognitiveservices:Account", exposed: { ...base, kind: "OpenAI", properties: { encryption: { keySource: "Microsoft.CognitiveServices" } } }, says: /`keySource` is not Microsoft\.KeyVault/, keyed: { ...base, kind: "OpenAI", properties: { encryption: { keySource: "Microsoft.KeyVault", keyVaultProperties: { keyVaultUri: vaultBase, keyName: "ai" } } } } },
    { id: "EUK-AZ-112", service: "Batch account encryption", type: "azure-native:batch:BatchAccount", exposed: { ...base }, says: /no `encryption`: Microsoft-managed keys/, keyed: { ...base, encryption: { keySource: "Microsoft.KeyVault", keyVaultProperties: { keyIdentifier: vaultUri("kv-data-eu") } } } },
    { id: "EUK-AZ-113", service: "Databricks managed services encryption", type: "azure-native:databricks:Workspace", exposed: { ...base, managedResourceGroupId: "/subscriptions/0/resourceGroups/dbx-managed" }, says: /no `encryption\.entities\.managedServices`: Microsoft-managed keys/, keyed: { ...base, encryption: { entities: { managedServices: { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyVaultUri: vaultBase, keyName: "dbx", keyVersion: "1" } } } } } },
    { id: "EUK-AZ-114", service: "App Configuration store encryption", type: "azure-native:appconfiguration:ConfigurationStore", exposed: { ...base, sku: { name: "Standard" } }, says: /no `encryption`: Microsoft-managed keys/, keyed: { ...base, sku: { name: "Standard" }, encryption: { keyVaultProperties: { keyIdentifier: vaultUri("kv-data-eu") } } } },
    { id: "EUK-AZ-115", service: "VM scale set OS disk encryption", type: "azure-native:compute:VirtualMachineScaleSet", exposed: { ...base, virtualMachineProfile: { storageProfile: { osDisk: { createOption: "FromImage", managedDisk: { storageAccountType: "Premium_LRS" } } } } }, says: /no `osDisk\.managedDisk\.diskEncryptionSet\.id`: platform-managed keys/, keyed: { ...base, virtualMachineProfile: { storageProfile: { osDisk: { createOption: "FromImage", managedDisk: { diskEncryptionSet: { id: desId("des-vmss") } } } } } } },
    { id: "EUK-AZ-116", service: "VM scale set data disk encryption", type: "azure-native:compute:VirtualMachineScaleSet", exposed: { ...base, virtualMachineProfile: { storageProfile: { osDisk: { createOption: "FromImage", managedDisk: { diskEncryptionSet: { id: desId("des-vmss") } } }, dataDisks: [{ lun: 0, createOption: "Empty", diskSizeGB: 64 }] } } }, says: /on the data disk: platform-managed keys/, keyed: { ...base, virtualMachineProfile: { storageProfile: { osDisk: { createOption: "FromImage", managedDisk: { diskEncryptionSet: { id: desId("des-vmss") } } }, dataDisks: [{ lun: 0, createOption: "Empty", managedDisk: { diskEncryptionSet: { id: desId("des-vmss") } } }] } } } },
    { id: "EUK-AZ-117", service: "Data Explorer cluster encryption", type: "azure-native:kusto:Cluster", exposed: { ...base, sku: { name: "Standard_E8ads_v5", tier: "Standard" } }, says: /no `keyVaultProperties`: Microsoft-managed keys/, keyed: { ...base, sku: { name: "Standard_E8ads_v5", tier: "Standard" }, keyVaultProperties: { keyVaultUri: vaultBase, keyName: "adx", keyVersion: "1" } } },
    { id: "EUK-AZ-118", service: "Container Instances group encryption", type: "azure-native:containerinstance:ContainerGroup", exposed: { ...base, osType: "Linux", containers: [] }, says: /no `encryptionProperties`: Microsoft-managed keys/, keyed: { ...base, osType: "Linux", containers: [], encryptionProperties: { vaultBaseUrl: vaultBase, keyName: "aci", keyVersion: "1" } } },
    { id: "EUK-AZ-119", service: "Recovery Services vault encryption", type: "azure-native:recoveryservices:Vault", exposed: { ...base, sku: { name: "Standard" }, properties: {} }, says: /no `properties\.encryption`: platform-managed keys/, keyed: { ...base, sku: { name: "Standard" }, properties: { encryption: { keyVaultProperties: { keyUri: vaultUri("kv-data-eu") }, kekIdentity: { useSystemAssignedIdentity: true } } } } },
    { id: "EUK-AZ-120", service: "SQL Managed Instance TDE key", type: "azure-native:sql:ManagedInstance", exposed: { ...base }, says: /no `keyId`: service-managed TDE keys/, keyed: { ...base, keyId: hsmUri("hsm-eu") } },
    { id: "EUK-AZ-121", service: "Backup vault encryption", type: "azure-native:dataprotection:BackupVault", exposed: { ...base, properties: { storageSettings: [] } }, says: /no `properties\.securitySettings\.encryptionSettings`: platform-managed keys/, keyed: { ...base, properties: { storageSettings: [], securitySettings: { encryptionSettings: { state: "Enabled", keyVaultProperties: { keyUri: vaultUri("kv-data-eu") } } } } } },
    { id: "EUK-AZ-122", service: "Automation account encryption", type: "azure-native:automation:AutomationAccount", exposed: { ...base, encryption: { keySource: "Microsoft.Automation" } }, says: /`keySource` is not Microsoft\.KeyVault \(Microsoft\.Automation\)/, keyed: { ...base, encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyvaultUri: vaultBase, keyName: "auto", keyVersion: "1" } } } },
];

describe("customer-managed-keys on the Azure data service rows", () => {
    for (const s of services) {
        describe(`${s.service} (${s.id})`, () => {
            it("is exposed without a customer key, naming the service and the fix, citing its row", () => {
                assert.ok(assertExposed(s).endsWith(`[${s.id}]`));
            });
            it("passes with a customer-managed key", () => {
                assert.deepEqual(violations(cmk, { type: s.type, name: "data", props: s.keyed }), []);
            });
        });
    }
    it("reports a switch left off: a registry with encryption disabled, a backup vault with encryption settings not Enabled", () => {
        const [acr] = violations(cmk, { type: "azure-native:containerregistry:Registry", props: { ...base, encryption: { status: "disabled" } } });
        assert.match(acr, /`encryption\.status` is not enabled/);
        const [bv] = violations(cmk, { type: "azure-native:dataprotection:BackupVault", props: { ...base, properties: { securitySettings: { encryptionSettings: { state: "Disabled" } } } } });
        assert.match(bv, /`encryptionSettings\.state` is not Enabled/);
    });
    it("tells the tier a customer key needs where the service has one", () => {
        const [bus] = violations(cmk, { type: "azure-native:servicebus:Namespace", props: { ...base, sku: { name: "Standard" } } });
        assert.match(bus, /Fix: set `encryption` .* \(on the Premium tier/);
    });
    it("does not judge a scale set data disk attached from an existing disk (that Disk is judged)", () => {
        const props = { ...base, virtualMachineProfile: { storageProfile: { osDisk: { createOption: "FromImage", managedDisk: { diskEncryptionSet: { id: desId("des-vmss") } } }, dataDisks: [{ lun: 0, createOption: "Attach" }] } } };
        assert.deepEqual(violations(cmk, { type: "azure-native:compute:VirtualMachineScaleSet", props }), []);
    });
});
