// The places an estate's data is in, for the HTML report's maps: one site per cloud and location
// that some resource lives or replicates in, with the count of resources there and whether the
// location is allowed by the config in force. Fails closed: a location the catalogue does not know,
// or that was unknown at preview, is never allowed and is listed as not on the map.
import type { PackInfo, ResourceReport, RunReport } from "../../engine/types";
import { allowedLocations, cloudOfPackage, isAllowedPlace, placeOf, regionPoint } from "eu-sovereignty-policies/lib";
import type { CloudId, LocationConfig, RegionPoint } from "eu-sovereignty-policies/lib";

export interface Site {
    /** "aws", "gcp", … or the type's package when no adapter reads it. */
    cloud: string;
    /** Canonical location name, as the report's placements give it. */
    location: string;
    /** The catalogue's label ("Frankfurt, Germany"), when it knows the location. */
    label?: string;
    point?: RegionPoint;
    /** Why the site has no point (unplottable, or not in the catalogue). */
    offMap?: string;
    allowed: boolean;
    /** Resources whose data lives here, and those replicating here. */
    lives: number;
    replicas: number;
    /** The stacks (run titles) with a resource here. */
    stacks: string[];
}

/** Resources that hold data or run workloads: custom resources other than providers. */
function dataResources(run: RunReport): ResourceReport[] {
    return run.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"));
}

function configOf(pack: PackInfo, policy: string): LocationConfig | undefined {
    const props = pack.config[policy]?.properties;
    return props && typeof props === "object" ? (props as LocationConfig) : undefined;
}

export function sitesOf(runs: readonly RunReport[], pack: PackInfo, titleOf: (run: RunReport) => string): Site[] {
    // Where data lives is judged by eu-data-residency's list, where it is copied by eu-cross-border-replication's.
    const livesAllowed = allowedLocations(configOf(pack, "eu-data-residency"));
    const replicasAllowed = allowedLocations(configOf(pack, "eu-cross-border-replication"));
    const sites = new Map<string, Site>();
    const add = (run: RunReport, pkg: string, location: string, kind: "lives" | "replicas"): void => {
        const id = cloudOfPackage(pkg);
        const key = `${id ?? pkg}\0${location}`;
        let site = sites.get(key);
        if (!site) {
            site = newSite(id, pkg, location);
            sites.set(key, site);
        }
        const place = placeOf(id ?? "unknown", location);
        const allowed = place.known && isAllowedPlace(place, kind === "lives" ? livesAllowed : replicasAllowed);
        // A site is allowed only when every use of it is.
        site.allowed &&= allowed;
        site[kind]++;
        const title = titleOf(run);
        if (!site.stacks.includes(title)) site.stacks.push(title);
    };
    for (const run of runs) {
        for (const r of dataResources(run)) {
            const pkg = r.type.split(":")[0] || "unknown";
            for (const l of new Set(r.placement?.lives ?? [])) add(run, pkg, l, "lives");
            for (const l of new Set(r.placement?.replicates ?? [])) add(run, pkg, l, "replicas");
        }
    }
    return [...sites.values()].sort((a, b) => Number(a.allowed) - Number(b.allowed) || b.lives + b.replicas - (a.lives + a.replicas)
        || a.cloud.localeCompare(b.cloud) || a.location.localeCompare(b.location));
}

function newSite(id: CloudId | undefined, pkg: string, location: string): Site {
    const place = id ? placeOf(id, location) : undefined;
    const site: Site = { cloud: id ?? pkg, location, allowed: true, lives: 0, replicas: 0, stacks: [] };
    if (place?.known && place.label) site.label = place.label;
    const p = id && place?.known ? regionPoint(id, place.canonical) : undefined;
    if (p && "lat" in p) site.point = p;
    else site.offMap = p ? p.unplottable : id ? "not in the region catalogue (or unknown at preview)" : `no adapter reads ${pkg} resources`;
    return site;
}
