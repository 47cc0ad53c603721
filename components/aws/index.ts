// AWS components: import this module alone to type-check only the AWS SDK modules it uses.
export { SovereignBucket, type SovereignBucketArgs } from "./bucket";
export { SovereignDatabase, type SovereignDatabaseArgs } from "./database";
export { SovereignEksCluster, type EksLogType, type SovereignEksClusterArgs } from "./eks-cluster";
export { globalServiceActions } from "./global-services";
export { SovereignKey, type SovereignKeyArgs } from "./key";
export type { AwsKeyInput, AwsKeyReference } from "./key-ref";
export { SovereignLogGroup, logRetentionDays, type SovereignLogGroupArgs } from "./log-group";
export { SovereignQueue, type SovereignQueueArgs } from "./queue";
export { RegionGuardrail, regionDenyPolicy, scpMaxCharacters, type RegionGuardrailArgs } from "./region-guardrail";
export { SovereignTopic, type SovereignTopicArgs } from "./topic";
