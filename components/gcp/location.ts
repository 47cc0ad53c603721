// Google Cloud locations per service: what each component's location argument takes, and the
// default from `gcp:region`. KMS and GCS name their multi-regions differently (`europe` vs `EU`).
import { locationFromArgOrConfig, type LocationPolicyArgs, type LocationRule, type Subject } from "../validate";

/**
 * Cloud KMS key rings: regions, dual-regions and multi-regions, but not the GCS-only `eu`. KMS's own
 * `europe` is EU-only and judged as the pack judges key references (`kmsPlaceOf`); `us`, `asia` and
 * `global` stay outside the EU.
 */
export const kmsLocation = (arg: string): LocationRule => ({
    cloud: "gcp", arg, kinds: ["region", "dual-region", "multi-region"], exclude: ["eu"], kms: true,
});

/** Cloud Storage buckets: regions, predefined dual-regions and the `EU` multi-region (not KMS's `europe`). */
export const gcsLocation = (arg: string): LocationRule => ({
    cloud: "gcp", arg, kinds: ["region", "dual-region", "multi-region"], exclude: ["europe", "global"],
});

/** Regional services (Cloud SQL): regions only. */
export const regionOnly = (arg: string): LocationRule => ({ cloud: "gcp", arg });

export function gcpLocation(subject: Subject, rule: LocationRule, value: unknown, policy: LocationPolicyArgs | undefined): string {
    return locationFromArgOrConfig(subject, rule, value, "gcp:region", policy);
}

/** The location of a KMS resource name, `projects/p/locations/<here>/keyRings/...`. */
export function locationOfKmsName(name: string): string | undefined {
    return /^projects\/[^/]+\/locations\/([^/]+)\/(keyRings|ekmConnections)\//.exec(name)?.[1];
}
