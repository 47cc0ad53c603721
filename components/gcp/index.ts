// Google Cloud components: import this module alone to type-check only the GCP SDK modules it uses.
export { SovereignBucket, type SovereignBucketArgs } from "./bucket";
export { SovereignCryptoKey, type GcpKeyRingReference, type ProtectionLevel, type SovereignCryptoKeyArgs } from "./crypto-key";
export type { GcpKeyInput, GcpKeyReference } from "./key-ref";
export { SovereignKeyRing, type SovereignKeyRingArgs } from "./key-ring";
export { SovereignSqlInstance, type SovereignSqlInstanceArgs } from "./sql-instance";
