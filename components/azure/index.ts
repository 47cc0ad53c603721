// Azure (azure-native) components: import this module alone to type-check only the Azure SDK modules it uses.
export { SovereignAksCluster, type SovereignAksClusterArgs } from "./aks-cluster";
export type { AzureKeyInput, AzureKeyReference } from "./key-ref";
export { SovereignKeyVault, type SovereignKeyVaultArgs, type SovereignKeyVaultKeyArgs } from "./key-vault";
export { LocationGuardrail, azureLocationPolicies, type LocationGuardrailArgs } from "./location-guardrail";
export { SovereignLogWorkspace, type SovereignLogWorkspaceArgs } from "./log-workspace";
export { SovereignPostgres, type SovereignPostgresArgs } from "./postgres";
export { SovereignServiceBus, type SovereignServiceBusArgs } from "./service-bus";
export { SovereignStorageAccount, type SovereignStorageAccountArgs, type StorageRedundancy } from "./storage-account";
