// The pack as a library: `eu-sovereignty-policies/lib`. Loading it has no side effects (no PolicyPack,
// no gRPC server), unlike the package entry, which serves the pack. Components, the engine and tests
// import from here or from the named subpaths in package.json `exports`, never from `dist/` files,
// so moving a file inside the pack changes this list and nothing else.
export * from "./data/catalogue";
export * from "./data/clouds";
export * from "./data/countries";
export * from "./data/azure-pairs";
export * from "./data/jurisdictions";
export * from "./data/open-formats";
export * from "./data/row-ids";
export { transitRows, type TransitRow } from "./facts/transit/checks";
export { s3TlsRows, type S3TlsRow } from "./facts/stack/s3-tls-policy";
export { s3ReplicationRows, type S3ReplicationRow } from "./facts/stack/s3-replication";
export { rdsSourceRows, type RdsSourceRow } from "./facts/stack/rds-source";
export { azureReferenceRows, type AzureReferenceRow } from "./facts/stack/azure-references";
export * from "./data/label-levels";
export * from "./data/edge-pins";
export * from "./data/region-coordinates";
export * from "./data/regions/entry";
export * from "./data/regions/gcp-kms";
export * from "./config/locations";
export * from "./facts/place";
export * from "./facts/summary";
export type * from "./facts/types";
export * from "./data/gcp-location-inputs";
export * from "./data/generated/key-refs";
export * from "./data/generated/regional-located";
export * from "./data/regional-clouds";
export * from "./data/key-colocation";
export * from "./facts/keys";
export { azureKeys } from "./facts/keys/azure";
export { gcpKeys } from "./facts/keys/gcp";
export * from "./facts/keys/refs";
export type { CompanionRow, Gate, KeyCloud, ProtectionRow, Verdict } from "./facts/keys/table";
export { globMatch } from "./governance/glob";
export { EXEMPTION_MATCHERS } from "./governance/exemptions";
