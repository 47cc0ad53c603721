// The region catalogue: one table per cloud, looked up by canonical name. The default allow-list is
// derived from it (every region whose country is in the EU or the EEA), never typed twice.
import type { CloudId } from "./clouds";
import { jurisdictionOf, type Jurisdiction } from "./countries";
import { alicloudRegions } from "./regions/alicloud";
import { awsRegions } from "./regions/aws";
import { azureLocations } from "./regions/azure";
import { cloudflareJurisdictions } from "./regions/cloudflare";
import { datadogSites } from "./regions/datadog";
import { digitaloceanRegions } from "./regions/digitalocean";
import type { RegionEntry, RegionTable } from "./regions/entry";
import { hcloudLocations, ovhRegions, scalewayRegions } from "./regions/eu-native";
import { exoscaleZones, ionosLocations, stackitRegions, upcloudZones } from "./regions/eu-native-schema";
import { gcpLocations } from "./regions/gcp";
import { linodeRegions } from "./regions/linode";
import { ociRegions } from "./regions/oci";

export const regionTables: Readonly<Record<CloudId, RegionTable>> = {
    aws: awsRegions,
    azure: azureLocations,
    gcp: gcpLocations,
    ovh: ovhRegions,
    scaleway: scalewayRegions,
    hcloud: hcloudLocations,
    oci: ociRegions,
    digitalocean: digitaloceanRegions,
    linode: linodeRegions,
    alicloud: alicloudRegions,
    datadog: datadogSites,
    cloudflare: cloudflareJurisdictions,
    ionoscloud: ionosLocations,
    stackit: stackitRegions,
    exoscale: exoscaleZones,
    upcloud: upcloudZones,
};

/**
 * The allow-list is one set of names over all clouds, and two clouds may spell different places alike
 * (Alibaba eu-west-1 is London, AWS eu-west-1 Ireland). The first table to use a name keeps it; a later
 * entry of that name in another country is keyed "<cloud>:<name>", so allowing one never admits the other.
 */
function keyedTables(): Map<string, Map<string, { key: string; entry: RegionEntry }>> {
    const firstCountry = new Map<string, string>();
    const tables = new Map<string, Map<string, { key: string; entry: RegionEntry }>>();
    for (const [cloud, table] of Object.entries(regionTables)) {
        const rows = new Map<string, { key: string; entry: RegionEntry }>();
        for (const entry of table.entries) {
            const first = firstCountry.get(entry.name);
            if (first === undefined) firstCountry.set(entry.name, entry.country);
            rows.set(entry.name, { key: first === undefined || first === entry.country ? entry.name : `${cloud}:${entry.name}`, entry });
        }
        tables.set(cloud, rows);
    }
    return tables;
}

const byCloud = keyedTables();

function row(cloud: string, name: string): { key: string; entry: RegionEntry } | undefined {
    const rows = byCloud.get(cloud);
    const direct = rows?.get(name);
    if (direct !== undefined || !name.startsWith(`${cloud}:`)) return direct;
    // "<cloud>:<name>" only where that is the row's key.
    const keyed = rows?.get(name.slice(cloud.length + 1));
    return keyed?.key === name ? keyed : undefined;
}

/** A catalogued place by its name in the cloud's table, or by its allow-list key. */
export function lookupRegion(cloud: string, canonical: string): RegionEntry | undefined {
    return row(cloud, canonical)?.entry;
}

/** The allow-list key of a catalogued name: the name itself, or "<cloud>:<name>" where another cloud uses it elsewhere. */
export function regionKey(cloud: string, name: string): string | undefined {
    return row(cloud, name)?.key;
}

export function jurisdictionOfEntry(entry: RegionEntry): Jurisdiction {
    return jurisdictionOf(entry.country);
}

/** Every catalogued location in the EU or the EEA, all clouds: the default `allowedLocations`. */
export const defaultAllowedLocations: readonly string[] = [...new Set([...byCloud.values()]
    .flatMap((rows) => [...rows.values()])
    .filter((r) => jurisdictionOfEntry(r.entry) !== "non-eu")
    .map((r) => r.key))]
    .sort();

/** Allowed names that make good suggestions in messages, per cloud. */
export function exampleAllowed(cloud: string, allowed: ReadonlySet<string>): string[] {
    const table = byCloud.get(cloud);
    if (!table) return [];
    // Names as a resource writes them (the allow-list key may be "<cloud>:<name>").
    return [...table.entries()].filter(([, r]) => allowed.has(r.key)).map(([name]) => name).slice(0, 3);
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
