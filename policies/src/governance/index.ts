// Governance: exemptions with reason and expiry, added to every policy of the pack.
export { withGovernance, type GovernedPolicy } from "./with-governance";
export { exemptionsSchema, parseExemptions, type Exemption, type Exemptions } from "./exemptions";
export { setToday, todayVariable } from "./clock";
export { decide, targetOfUrn } from "./exemptions";
export { globMatch } from "./glob";
export { noteUnknownKeys, parkedUrnCount } from "./stash";
export { isoDatePattern, parseIsoInstant } from "./dates";
export * from "./config-keys";
