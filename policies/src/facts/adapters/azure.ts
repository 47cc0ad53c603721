// Azure (azure-native): a resource lives in its `location`; one without inherits its resource
// group's, which is checked where the group is declared. `global` marks global services (DNS,
// Front Door), which hold no regional data. Geo-redundant copies go to the region's pair.
import { azurePairedRegion } from "../../data/azure-pairs";
import { emptyFacts, refsAt, type LocationSpec } from "../locate";
import { placeOf } from "../place";
import { collect, isProviderType, own, ownString } from "../read";
import type { Facts, ResourceInput } from "../types";
import type { CloudAdapter } from "./adapter";

const replicaSpecs: Readonly<Record<string, readonly LocationSpec[]>> = {
    "azure-native:cosmosdb:DatabaseAccount": [{ path: "locations[].locationName" }],
    "azure-native:documentdb:DatabaseAccount": [{ path: "locations[].locationName" }],
};

/** Where a type turns on a copy to the paired region, and the property path that does it. */
const pairedCopies: Readonly<Record<string, { path: string; on: (v: unknown) => boolean }>> = {
    "azure-native:storage:StorageAccount": { path: "sku.name", on: (v) => typeof v === "string" && /GRS|GZRS/i.test(v) },
    "azure-native:dbforpostgresql:Server": { path: "backup.geoRedundantBackup", on: (v) => v === "Enabled" },
    "azure-native:dbformysql:Server": { path: "backup.geoRedundantBackup", on: (v) => v === "Enabled" },
};

function isGlobal(value: unknown): boolean {
    return typeof value === "string" && value.trim().toLowerCase() === "global";
}

function azureFacts(r: ResourceInput): Facts {
    const facts = emptyFacts("azure");
    const location = own(r.props, "location");
    if (!isGlobal(location)) facts.locations.push(...refsAt("azure", r.props, { path: "location" }));
    if (isProviderType(r.type)) return facts;
    for (const ref of (replicaSpecs[r.type] ?? []).flatMap((s) => refsAt("azure", r.props, s))) {
        if (!isGlobal(ref.place.canonical)) facts.replicas.push(ref);
    }
    const paired = pairedCopies[r.type];
    if (paired) {
        const [found] = collect(r.props, paired.path);
        const primary = ownString(r.props, "location");
        if (found && paired.on(found.value) && primary !== undefined && !isGlobal(primary)) {
            const pair = azurePairedRegion(placeOf("azure", primary).canonical);
            if (pair) facts.replicas.push({ path: paired.path, source: "resource", place: placeOf("azure", pair) });
            else facts.replicaGaps.push({
                what: `the paired region of this location (${paired.path} turns on a geo-redundant copy)`,
                fix: `use a location with an EU pair, or a locally/zone-redundant setting (e.g. Standard_ZRS) for ${paired.path}`,
            });
        }
    }
    return facts;
}

export const azureAdapter: CloudAdapter = { packages: ["azure-native"], facts: azureFacts };
