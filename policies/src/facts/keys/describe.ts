// Short descriptions of key facts for reports: the weakest protection of a resource, e.g.
// "customer-managed (aws KMS, eu-central-1): arn:aws:kms:…", "provider-managed" or "none".
import type { KeyFacts, KeyService, KeyTier, Protection } from "./types";

const rank: Readonly<Record<KeyTier, number>> = { none: 0, "unknown-reference": 1, provider: 2, customer: 3, external: 4 };

const kms: Readonly<Record<KeyService, string>> = {
    "aws-kms": "aws KMS",
    "azure-key-vault": "azure Key Vault",
    "azure-managed-hsm": "azure Managed HSM",
    "azure-disk-encryption-set": "azure disk encryption set",
    "azure-sql-server-key": "azure SQL server key",
    "gcp-kms": "gcp Cloud KMS",
    "gcp-customer-supplied": "gcp customer-supplied key",
};

function describe(p: Protection): string {
    switch (p.tier) {
        case "none": return "none";
        case "provider": return "provider-managed";
        case "unknown-reference": return "unrecognised key reference";
        default: {
            const where = [p.key ? kms[p.key.service] : undefined, p.key?.place && (p.key.place.known ? p.key.place.canonical : "(unrecognised location)")]
                .filter((s): s is string => s !== undefined && s !== "");
            const label = p.tier === "external" ? "external" : "customer-managed";
            return `${label}${where.length > 0 ? ` (${where.join(", ")})` : ""}${p.key?.shown ? `: ${p.key.shown}` : ""}`;
        }
    }
}

/** The weakest protection, described; undefined when the pack judges no key for this resource. */
export function describeKeys(facts: KeyFacts): string | undefined {
    const weakest = facts.protections.reduce<Protection | undefined>((w, p) => (w === undefined || rank[p.tier] < rank[w.tier] ? p : w), undefined);
    if (weakest === undefined) return facts.pending.length > 0 ? "(unknown at preview)" : undefined;
    return facts.pending.length > 0 ? `${describe(weakest)} (and settings unknown at preview)` : describe(weakest);
}
