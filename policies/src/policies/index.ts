// Every policy of the pack, in the order the SDK runs them. One policy per file.
import type { Policies } from "@pulumi/policy";
import { withGovernance } from "../governance";
import { customerManagedKeys } from "./customer-managed-keys";
import { encryptionInTransit } from "./encryption-in-transit";
import { euCrossBorderReplication } from "./eu-cross-border-replication";
import { euDataResidency } from "./eu-data-residency";
import { euKeyLocation } from "./eu-key-location";
import { exemptedViolations } from "./exempted-violations";
import { externalKeyCustody } from "./external-key-custody";
import { globalEdgeServices } from "./global-edge-services";
import { openDataFormats } from "./open-data-formats";
import { providerJurisdiction } from "./provider-jurisdiction";

/** The checks. Append new policies here: each gets exemptions from withGovernance below. */
const checks: Policies = [
    euDataResidency,
    euCrossBorderReplication,
    openDataFormats,
    encryptionInTransit,
    providerJurisdiction,
    customerManagedKeys,
    euKeyLocation,
    externalKeyCustody,
    globalEdgeServices,
];

/** What the pack serves: every check with exemptions, then exempted-violations, which must run last. */
export const policies: Policies = [...checks.map((p, i) => withGovernance(p, i)), exemptedViolations];

// Each policy by name, for tools and tests that run one alone (`eu-sovereignty-policies/policies`).
export {
    customerManagedKeys, encryptionInTransit, euCrossBorderReplication, euDataResidency, euKeyLocation,
    exemptedViolations, externalKeyCustody, globalEdgeServices, openDataFormats, providerJurisdiction,
};
export * from "./metadata";
