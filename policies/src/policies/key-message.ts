// Messages of the key policies: the resource, the protected service and the property naming the key,
// the key reference (key ids, ARNs, names and URIs are not secrets; nothing else is echoed), the tier
// found, the rule, and the exact property to set.
import type { KeyService, KeyTier, Protection, ResolvedKey } from "../facts/keys";
import { showPlace } from "../facts/place";
import type { LocationRef } from "../facts/types";
import { subject, type Subject } from "./message";

export const tierLabels: Readonly<Record<KeyTier, string>> = {
    none: "no encryption at rest (tier 1, exposed)",
    provider: "provider-managed keys (tier 1, exposed)",
    customer: "a customer-managed key (tier 2)",
    external: "a key held outside the provider (tier 3)",
    "unknown-reference": "an unrecognised key reference (tier unproven)",
};

function keyShown(p: Protection): string {
    return p.key?.shown ? ` (key \`${p.key.shown}\`)` : "";
}

function found(p: Protection): string {
    return p.topNative ? "a Managed HSM key (tier 2, Azure's strongest native tier)" : tierLabels[p.tier];
}

/** A protection below the tier a rule requires. */
export function tierViolation(rule: string, r: Subject, p: Protection, required: string, fix: string): string {
    return `${subject(r)}: ${p.service} at \`${p.path}\` has ${found(p)}${keyShown(p)}: ${p.reason}. Rule ${rule} requires ${required}. Fix: ${fix}.`;
}

/** A protection whose key, found in the stack, is below the tier a rule requires. */
export function resolvedTierViolation(rule: string, r: Subject, p: Protection, k: ResolvedKey, required: string, fix: string): string {
    return `${subject(r)}: ${p.service} at \`${p.path}\`${keyShown(p)} uses ${subject(k.holder)}, which gives ${k.custody === "unproven" ? "a custody that cannot be proven" : k.custody === "top-native" ? "Azure's strongest native custody (tier 2)" : tierLabels.customer}: ${k.custodyReason}. Rule ${rule} requires ${required}. Fix: ${fix}.`;
}

const locationFixes: Readonly<Record<KeyService, string>> = {
    "aws-kms": "name a KMS key created in an allowed region (an `aws.kms.Key` there, or an `aws.kms.ReplicaKey` of a multi-Region key)",
    "azure-key-vault": "name a key in a Key Vault or Managed HSM whose `location` is allowed",
    "azure-managed-hsm": "name a key in a Key Vault or Managed HSM whose `location` is allowed",
    "azure-disk-encryption-set": "name a disk encryption set whose `activeKey.keyUrl` is in a Key Vault or Managed HSM whose `location` is allowed",
    "azure-sql-server-key": "name a server key made from a Key Vault or Managed HSM key whose `location` is allowed",
    "gcp-kms": "name a Cloud KMS key whose key ring `location` is allowed (a region such as europe-west3, or the EU-only `europe` multi-region; not `global`)",
    "gcp-customer-supplied": "keep customer-supplied key material in an allowed location",
};

export function locationFix(p: Protection, service: KeyService | undefined): string {
    return `${service ? locationFixes[service] : "name a key in an allowed location"} in \`${p.path}\``;
}

/** A key whose location, read from its reference or from its resource, is not allowed. */
export function keyLocationViolation(rule: string, r: Subject, p: Protection, at: LocationRef, holder: ResolvedKey["holder"] | undefined, hint: string, fix: string): string {
    const configured = at.path.startsWith("keyLocations.");
    const where = holder ? `${subject(holder)} (\`${at.path}\`${at.source === "provider" ? ", from its provider" : ""})` : configured ? `this policy's \`${at.path}\` config` : "the reference itself";
    return `${subject(r)}: the key of its ${p.service} at \`${p.path}\`${keyShown(p)}, ${tierLabels[p.tier]}, lives in ${showPlace(at.place)} according to ${where}, outside the allowed locations. Rule ${rule}; ${hint}. Fix: ${fix}.`;
}

/** A key whose location cannot be proven. */
export function unprovenKeyLocation(rule: string, r: Subject, p: Protection | { service: string; path: string }, why: string, fix: string): string {
    const shown = "tier" in p ? keyShown(p) : "";
    return `${subject(r)}: the location of the key of its ${p.service} at \`${p.path}\`${shown} cannot be proven: ${why}. Rule ${rule}. Fix: ${fix}.`;
}

/** A resource whose protection needs a companion resource that the stack does not declare. */
export function companionViolation(rule: string, r: Subject, service: string, tier: KeyTier, reason: string, required: string, fix: string): string {
    return `${subject(r)}: ${service} has ${tierLabels[tier]}: ${reason}. Rule ${rule} requires ${required}. Fix: ${fix}.`;
}
