// Key facts: for each place where a resource keeps data at rest, which key protects it and who
// holds that key. Produced by the key adapters (one per cloud, table rows); read by the key policies.
import type { CloudId, Place } from "../types";

/**
 * Who holds the key, weakest first. "none" and "provider" are tier 1 (exposed to the provider),
 * "customer" is tier 2 (customer-managed in the provider's KMS), "external" is tier 3 (held outside
 * the provider). "unknown-reference": a key is named but not in a form this pack recognises.
 */
export type KeyTier = "none" | "provider" | "customer" | "external" | "unknown-reference";

/** The KMS a reference points into; it decides how the key is found among the stack's resources. */
export type KeyService =
    | "aws-kms"
    | "azure-key-vault"
    | "azure-managed-hsm"
    | "azure-disk-encryption-set"
    | "azure-sql-server-key"
    | "gcp-kms"
    | "gcp-customer-supplied";

export interface KeyRef {
    service: KeyService;
    /** The reference as written, when it is a recognised key id, ARN, name or URI (never other values). */
    shown?: string;
    /** Where the key lives, when the reference itself says so (KMS ARN region, GCP key name location). */
    place?: Place;
    /** What to look the key up by among the stack's resources (key id, ARN, alias, vault or key name). */
    lookup?: string;
    /** The tier may change once the key resource is known (AWS XKS, GCP Cloud EKM, Azure key sets). */
    resolvable?: true;
}

export interface Protection {
    /** What is protected, for messages: "S3 bucket encryption". */
    service: string;
    /** The property that names the key (or would), concrete: "rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId". */
    path: string;
    /** Top-level property whose propertyDependencies name the key's resource in the stack. */
    dependsOn: string;
    tier: KeyTier;
    /** Why this tier, for messages: "`sseAlgorithm` is AES256 (S3-managed keys, SSE-S3)". */
    reason: string;
    key?: KeyRef;
    /** The exact property to set to reach the next tier; undefined at the top tier. */
    next?: string;
    /** Azure Managed HSM: the provider's strongest native custody, though still not held outside it. */
    topNative?: true;
}

/** A protection whose setting is unknown at preview: decided later, or through the stack's dependencies. */
export interface PendingProtection {
    service: string;
    path: string;
    dependsOn: string;
    /** The SDK's UnknownValueError, re-thrown when nothing else can decide (the SDK's preview handling). */
    error: unknown;
}

export interface KeyFacts {
    cloud: CloudId | undefined;
    protections: Protection[];
    pending: PendingProtection[];
}
