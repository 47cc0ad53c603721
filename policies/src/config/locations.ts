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
        "Replaces the default allow-list (every catalogued EU/EEA region of AWS, Azure, GCP, OVHcloud, Scaleway, Hetzner). " +
        "Names as the clouds write them: eu-central-1, westeurope, europe-west3, EU, fsn1.",
    ),
    additionalLocations: locationList("Adds locations to the allow-list, e.g. switzerlandnorth or eu-central-2."),
};

export function normaliseLocationName(value: string): string {
    return value.trim().toLowerCase().replace(/\s+/g, "");
}

const cache = new WeakMap<object, ReadonlySet<string>>();
const defaultSet: ReadonlySet<string> = new Set(defaultAllowedLocations);

function strings(value: unknown): string[] | undefined {
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : undefined;
}

/** The allowed set for a policy's config. Memoised per config object: the SDK hands the same one to every call. */
export function allowedLocations(config: LocationConfig | undefined): ReadonlySet<string> {
    if (!config || typeof config !== "object") return defaultSet;
    const hit = cache.get(config);
    if (hit) return hit;
    const base = strings(config.allowedLocations)?.map(normaliseLocationName) ?? [...defaultSet];
    const extra = strings(config.additionalLocations)?.map(normaliseLocationName) ?? [];
    const set: ReadonlySet<string> = new Set([...base, ...extra]);
    cache.set(config, set);
    return set;
}

/** Where a user changes the list, for messages. */
export function allowedHint(allowed: ReadonlySet<string>): string {
    return allowed === defaultSet
        ? "allowed: the EU/EEA default list (set `allowedLocations` or `additionalLocations` in the policy config to change it)"
        : "allowed: the policy config's `allowedLocations`/`additionalLocations`";
}
