// AWS components: import this module alone to type-check only the AWS SDK modules it uses.
export { SovereignBucket, type SovereignBucketArgs } from "./bucket";
export { SovereignDatabase, type SovereignDatabaseArgs } from "./database";
export { SovereignKey, type SovereignKeyArgs } from "./key";
export type { AwsKeyInput, AwsKeyReference } from "./key-ref";
