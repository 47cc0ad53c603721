// Google Cloud components: import this module alone to type-check only the GCP SDK modules it uses.
export { SovereignBucket, type SovereignBucketArgs } from "./bucket";
export { SovereignCryptoKey, type GcpKeyRingReference, type ProtectionLevel, type SovereignCryptoKeyArgs } from "./crypto-key";
export { SovereignGkeCluster, type SovereignGkeClusterArgs } from "./gke-cluster";
export type { GcpKeyInput, GcpKeyReference } from "./key-ref";
export { SovereignKeyRing, type SovereignKeyRingArgs } from "./key-ring";
export { LocationGuardrail, cmekServices, resourceLocationValues, type LocationGuardrailArgs } from "./location-guardrail";
export { SovereignLogBucket, type SovereignLogBucketArgs } from "./log-bucket";
export { SovereignPubSubTopic, type SovereignPubSubTopicArgs } from "./pubsub-topic";
export { SovereignSqlInstance, type SovereignSqlInstanceArgs } from "./sql-instance";
