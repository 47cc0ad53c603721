// The allowed-locations part of a policy's config: `allowedLocations` replaces the default list (every
// catalogued EU/EEA location), `additionalLocations` adds to it. Values are compared after the same
// normalisation as resource values (case, spaces), so "Switzerland North" works.
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import { defaultAllowedLocations } from "../data/catalogue";

export interface LocationConfig {
    allowedLocations?: unknown;
    additionalLocations?: unknown;
}

const locationList = (description: string): PolicyConfigJSONSchema => ({
    type: "array",
    items: { type: "string", minLength: 1, maxLength: 64 },
    uniqueItems: true,
    description,
});

export const locationConfigProperties: Record<string, PolicyConfigJSONSchema> = {
    allowedLocations: locationList(
        "Replaces the default allow-list (every catalogued EU/EEA region of AWS, Azure, GCP, OVHcloud, Scaleway, Hetzner, OCI, DigitalOcean, Linode, Alibaba Cloud; Datadog EU1; R2's EU jurisdiction). " +
        "Names as the clouds write them: eu-central-1, westeurope, europe-west3, EU, fsn1, eu-frankfurt-1, fra1; a name another cloud uses for another country is <cloud>:<name> (alicloud:eu-west-1, linode:eu-central).",
    ),
    additionalLocations: locationList("Adds locations to the allow-list, e.g. switzerlandnorth or eu-central-2."),
};

export function normaliseLocationName(value: string): string {
    return value.trim().toLowerCase().replace(/\s+/g, "");
}

const defaultSet: ReadonlySet<string> = new Set(defaultAllowedLocations);

function strings(value: unknown): string[] | undefined {
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : undefined;
}

// The SDK's getConfig() builds a new object per call, but the lists inside it are the same arrays
// until the pack is reconfigured: memoise on them, so the set is built once, not per resource.
const none = {};
const cache = new WeakMap<object, WeakMap<object, ReadonlySet<string>>>();

/** The allowed set for a policy's config; the default set itself when neither list is configured. */
export function allowedLocations(config: LocationConfig | undefined): ReadonlySet<string> {
    if (!config || typeof config !== "object") return defaultSet;
    const allowed = Array.isArray(config.allowedLocations) ? config.allowedLocations : undefined;
    const additional = Array.isArray(config.additionalLocations) ? config.additionalLocations : undefined;
    if (allowed === undefined && additional === undefined) return defaultSet;
    const inner = cache.get(allowed ?? none) ?? new WeakMap<object, ReadonlySet<string>>();
    cache.set(allowed ?? none, inner);
    const hit = inner.get(additional ?? none);
    if (hit) return hit;
    const base = strings(allowed)?.map(normaliseLocationName) ?? [...defaultSet];
    const extra = strings(additional)?.map(normaliseLocationName) ?? [];
    const set: ReadonlySet<string> = new Set([...base, ...extra]);
    inner.set(additional ?? none, set);
    return set;
}

/** Where a user changes the list, for messages. */
export function allowedHint(allowed: ReadonlySet<string>): string {
    return allowed === defaultSet
        ? "allowed: the EU/EEA default list (set `allowedLocations` or `additionalLocations` in the policy config to change it)"
        : "allowed: the policy config's `allowedLocations`/`additionalLocations`";
}
