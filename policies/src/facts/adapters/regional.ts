// EU-native and region-first clouds (OVHcloud, Scaleway, Hetzner, IONOS, STACKIT, Exoscale, UpCloud, OCI,
// DigitalOcean, Akamai/Linode, Alibaba Cloud): a resource lives where its own inputs say (generated from
// the SDK's typings or schema), else where its provider's setting says; an IONOS resource placed in its
// datacenter is judged on the stack (facts/stack/placed-in.ts). A located type with neither is reported (fail closed); a name the
// catalogue does not know is an unrecognised location, never a pass.
import { regionTables } from "../../data/catalogue";
import { regionalLocated, type GeneratedLocatedType } from "../../data/generated/regional-located";
import { regionalClouds, type RegionalCloudId } from "../../data/regional-clouds";
import { emptyFacts, refsAt } from "../locate";
import { placeOf } from "../place";
import { isProviderType } from "../read";
import type { Facts, LocationRef, ResourceInput } from "../types";
import type { CloudAdapter } from "./adapter";

function moduleOf(type: string): string {
    return (type.split(":")[1] ?? "").split("/")[0];
}

function locatedRow(cloud: RegionalCloudId, type: string): GeneratedLocatedType | undefined {
    const rows = regionalLocated[cloud];
    return Object.hasOwn(rows, type) ? rows[type] : undefined;
}

/**
 * The provider settings that stand in for the type's own inputs: a zonal type takes a zone first, any zone
 * lies in its region; a setting scoped to some modules (IONOS `s3Region`) stands in only there.
 */
function settingsFor(cloud: RegionalCloudId, type: string, row: GeneratedLocatedType | undefined): readonly string[] {
    const spec = regionalClouds[cloud];
    const zonal = row?.own.some((p) => p === "zone") ?? false;
    return spec.providerSettings
        .filter((s) => zonal || s !== "zone")
        .filter((s) => spec.settingModules === undefined || !Object.hasOwn(spec.settingModules, s) || spec.settingModules[s].has(moduleOf(type)));
}

/** The generated row of a type, if any. */
export function regionalRow(cloud: RegionalCloudId, type: string): GeneratedLocatedType | undefined {
    return locatedRow(cloud, type);
}

function regionalAdapter(cloud: RegionalCloudId): CloudAdapter {
    const spec = regionalClouds[cloud];
    // Whatever region the environment or the cloud picks, it is one of the cloud's own.
    const anyOf = regionTables[cloud].entries.map((e) => placeOf(cloud, e.name));
    return {
        facts(r: ResourceInput): Facts {
            const facts = emptyFacts(cloud);
            if (isProviderType(r.type)) {
                // The provider holds no data, but its settings are the cause every resource on it inherits.
                for (const setting of spec.providerSettings) facts.locations.push(...refsAt(cloud, r.props, { path: setting }));
                return facts;
            }
            const replicas = spec.replicas !== undefined && Object.hasOwn(spec.replicas, r.type) ? spec.replicas[r.type] : [];
            facts.replicas.push(...replicas.flatMap(({ path, prefix }) => refsAt(cloud, r.props, {
                path,
                read: prefix === undefined ? undefined : (raw) => placeOf(cloud, raw.trim().toLowerCase().startsWith(prefix) ? raw.trim().slice(prefix.length) : raw),
            })));
            const row = locatedRow(cloud, r.type);
            // Placed in a resource the stack may declare (an IONOS datacenter): decided on the stack.
            if (row?.in !== undefined && row.in.length > 0) return facts;
            for (const path of [...(row?.own ?? []), ...(row?.also ?? [])]) facts.locations.push(...refsAt(cloud, r.props, { path }));
            // A global resource is located only by what it names itself.
            if (facts.locations.length > 0 || spec.regionlessModules?.has(moduleOf(r.type))) return facts;
            const located = row !== undefined && row.own.length > 0;
            if (!located && !spec.providerPlacesAll) return facts;
            let fromProvider: LocationRef[] = [];
            for (const setting of settingsFor(cloud, r.type, row)) {
                fromProvider = refsAt(cloud, r.provider?.props, { path: setting }, "provider", "provider.");
                if (fromProvider.length > 0) break;
            }
            facts.locations.push(...fromProvider);
            if (fromProvider.length === 0) {
                const input = row?.own[0] ?? "region";
                facts.unproven = { what: input.replace(/\[\]$/, ""), fix: spec.fix.replace("<input>", input.replace(/\[\]$/, "")), anyOf };
            }
            return facts;
        },
    };
}

export const ociAdapter = regionalAdapter("oci");
export const alicloudAdapter = regionalAdapter("alicloud");
export const digitaloceanAdapter = regionalAdapter("digitalocean");
export const linodeAdapter = regionalAdapter("linode");
export const ovhAdapter = regionalAdapter("ovh");
export const scalewayAdapter = regionalAdapter("scaleway");
export const hcloudAdapter = regionalAdapter("hcloud");
export const ionosAdapter = regionalAdapter("ionoscloud");
export const stackitAdapter = regionalAdapter("stackit");
export const exoscaleAdapter = regionalAdapter("exoscale");
export const upcloudAdapter = regionalAdapter("upcloud");
