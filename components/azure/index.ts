// Azure (azure-native) components: import this module alone to type-check only the Azure SDK modules it uses.
export type { AzureKeyInput, AzureKeyReference } from "./key-ref";
export { SovereignKeyVault, type SovereignKeyVaultArgs, type SovereignKeyVaultKeyArgs } from "./key-vault";
export { SovereignPostgres, type SovereignPostgresArgs } from "./postgres";
export { SovereignStorageAccount, type SovereignStorageAccountArgs, type StorageRedundancy } from "./storage-account";
