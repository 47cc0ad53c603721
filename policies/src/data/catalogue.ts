// The region catalogue: one table per cloud, looked up by canonical name. The default allow-list is
// derived from it (every region whose country is in the EU or the EEA), never typed twice.
import type { CloudId } from "./clouds";
import { jurisdictionOf, type Jurisdiction } from "./countries";
import { awsRegions } from "./regions/aws";
import { azureLocations } from "./regions/azure";
import type { RegionEntry, RegionTable } from "./regions/entry";
import { hcloudLocations, ovhRegions, scalewayRegions } from "./regions/eu-native";
import { gcpLocations } from "./regions/gcp";

export const regionTables: Readonly<Record<CloudId, RegionTable>> = {
    aws: awsRegions,
    azure: azureLocations,
    gcp: gcpLocations,
    ovh: ovhRegions,
    scaleway: scalewayRegions,
    hcloud: hcloudLocations,
};

const byCloud = new Map<string, Map<string, RegionEntry>>(
    Object.entries(regionTables).map(([cloud, table]) => [cloud, new Map(table.entries.map((e) => [e.name, e]))]),
);

export function lookupRegion(cloud: string, canonical: string): RegionEntry | undefined {
    return byCloud.get(cloud)?.get(canonical);
}

export function jurisdictionOfEntry(entry: RegionEntry): Jurisdiction {
    return jurisdictionOf(entry.country);
}

/** Every catalogued location in the EU or the EEA, all clouds: the default `allowedLocations`. */
export const defaultAllowedLocations: readonly string[] = Object.values(regionTables)
    .flatMap((t) => t.entries)
    .filter((e) => jurisdictionOfEntry(e) !== "non-eu")
    .map((e) => e.name)
    .sort();

/** Allowed names that make good suggestions in messages, per cloud. */
export function exampleAllowed(cloud: string, allowed: ReadonlySet<string>): string[] {
    const table = byCloud.get(cloud);
    if (!table) return [];
    return [...table.keys()].filter((n) => allowed.has(n)).slice(0, 3);
}

/** The catalogued name closest to an unrecognised value (edit distance at most 2), for "did you mean". */
export function closestRegion(cloud: string, value: string): string | undefined {
    const table = byCloud.get(cloud);
    if (!table || value.length > 40) return undefined;
    let best: string | undefined;
    let bestDistance = 3;
    for (const name of table.keys()) {
        const d = editDistance(value, name, bestDistance);
        if (d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    return best;
}

/** Levenshtein distance, giving up (returning `limit`) once every path exceeds it. */
function editDistance(a: string, b: string, limit: number): number {
    if (Math.abs(a.length - b.length) >= limit) return limit;
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            cur.push(v);
            rowMin = Math.min(rowMin, v);
        }
        if (rowMin >= limit) return limit;
        prev = cur;
    }
    return Math.min(prev[b.length], limit);
}
