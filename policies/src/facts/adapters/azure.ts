// Azure (azure-native): a resource lives in its `location`; one without takes its provider's
// `location` (azure-native fills it during Check), else Azure uses its resource group's, which is
// resolved in the stack (facts/stack/azure-inherited.ts). `global` marks global services (DNS, Front
// Door), which hold no regional data. Geo-redundant copies go to the region's pair.
import { azurePairedRegion } from "../../data/azure-pairs";
import { emptyFacts, refsAt, type LocationSpec } from "../locate";
import { placeOf, showPlace } from "../place";
import { collect, isBlank, isProviderType, own, ownString } from "../read";
import type { Facts, LocationRef, Place, ResourceInput, UnprovenLocation } from "../types";
import type { CloudAdapter } from "./adapter";

const replicaSpecs: Readonly<Record<string, readonly LocationSpec[]>> = {
    "azure-native:cosmosdb:DatabaseAccount": [{ id: "EUR-AZ-001", path: "locations[].locationName" }],
    "azure-native:documentdb:DatabaseAccount": [{ id: "EUR-AZ-002", path: "locations[].locationName" }],
    "azure-native:redis:LinkedServer": [{ id: "EUR-AZ-003", path: "linkedRedisCacheLocation" }],
    // "Geo location of the partner managed instances." (sql.InstanceFailoverGroupArgs.partnerRegions)
    "azure-native:sql:InstanceFailoverGroup": [{ id: "EUR-AZ-004", path: "partnerRegions[].location" }],
};

/** Values of a geo-copy setting that may be shown in a message (anything else is not echoed). */
const geoSkus: ReadonlySet<string> = new Set(["Standard_GRS", "Standard_RAGRS", "Standard_GZRS", "Standard_RAGZRS", "Enabled", "GeoRedundant", "Geo", "GeoZone"]);

/** Where a type turns on a copy to the paired region, and the property path that does it. */
const pairedCopies: Readonly<Record<string, { path: string; on: (v: unknown) => boolean }>> = {
    "azure-native:storage:StorageAccount": { path: "sku.name", on: (v) => typeof v === "string" && /GRS|GZRS/i.test(v) },
    "azure-native:dbforpostgresql:Server": { path: "backup.geoRedundantBackup", on: (v) => v === "Enabled" },
    "azure-native:dbformysql:Server": { path: "backup.geoRedundantBackup", on: (v) => v === "Enabled" },
    // Backup vaults: "GRS replicates your backup data to a secondary region" (the pair).
    // https://learn.microsoft.com/azure/reliability/reliability-backup
    "azure-native:recoveryservices:Vault": { path: "properties.redundancySettings.standardTierStorageRedundancy", on: (v) => v === "GeoRedundant" },
    "azure-native:dataprotection:BackupVault": { path: "properties.storageSettings[].type", on: (v) => v === "GeoRedundant" },
    // SQL backups: "Geo (GeoRedundantStorage) and GeoZone (GeoZoneRedundantStorage)" (sql.ManagedInstanceArgs.requestedBackupStorageRedundancy).
    "azure-native:sql:Database": { path: "requestedBackupStorageRedundancy", on: (v) => v === "Geo" || v === "GeoZone" },
    "azure-native:sql:ManagedInstance": { path: "requestedBackupStorageRedundancy", on: (v) => v === "Geo" || v === "GeoZone" },
};

function isGlobal(value: unknown): boolean {
    return typeof value === "string" && value.trim().toLowerCase() === "global";
}

/** A geo-copy setting that is on: its path and how it may be shown. */
export interface GeoCopy {
    path: string;
    shown: string;
}

export function azureGeoCopy(r: Pick<ResourceInput, "type" | "props">): GeoCopy | undefined {
    const paired = pairedCopies[r.type];
    if (!paired) return undefined;
    const found = collect(r.props, paired.path).find((f) => paired.on(f.value));
    if (!found) return undefined;
    const shown = typeof found.value === "string" && geoSkus.has(found.value) ? `"${found.value}"` : "a geo-redundant value";
    return { path: found.path, shown };
}

/** The location a resource states itself or through its provider; undefined when it inherits its group's. */
export function azureOwnLocation(r: Pick<ResourceInput, "props" | "provider">): LocationRef | undefined {
    const [mine] = refsAt("azure", r.props, { path: "location" });
    if (mine) return mine;
    if (r.provider === undefined || !isBlank(own(r.props, "location"))) return undefined;
    const [theirs] = refsAt("azure", r.provider.props, { path: "location" }, "provider", "provider.");
    return theirs;
}

/** Where a geo-copy goes from a primary location: the pair, or a gap when the pair is unknown. */
export function azurePairedCopy(copy: GeoCopy, primary: Place, where: string): { ref?: LocationRef; gap?: UnprovenLocation } {
    const pair = primary.known ? azurePairedRegion(primary.canonical) : undefined;
    if (pair) {
        const note = `the paired region of ${where} ${showPlace(primary)} (\`${copy.path}\` is ${copy.shown}, a geo-redundant copy)`;
        return { ref: { path: copy.path, source: "resource", place: placeOf("azure", pair), note } };
    }
    return { gap: {
        what: `the paired region of ${where} ${showPlace(primary)} (\`${copy.path}\` is ${copy.shown}, a geo-redundant copy; that location has no Azure pair)`,
        fix: `use a location with an EU pair, or a locally/zone-redundant setting (e.g. Standard_ZRS) for ${copy.path}`,
    } };
}

function azureFacts(r: ResourceInput): Facts {
    const facts = emptyFacts("azure");
    const location = own(r.props, "location");
    if (!isGlobal(location)) facts.locations.push(...refsAt("azure", r.props, { path: "location" }));
    if (isProviderType(r.type)) return facts;
    for (const ref of (replicaSpecs[r.type] ?? []).flatMap((s) => refsAt("azure", r.props, s))) {
        if (!isGlobal(ref.place.canonical)) facts.replicas.push(ref);
    }
    const copy = azureGeoCopy(r);
    const primary = copy && azureOwnLocation(r);
    // Without a location of its own or its provider's, the copy is followed from the resource group in the stack.
    if (copy && primary && !isGlobal(ownString(r.props, "location"))) {
        const where = primary.source === "provider" ? "the provider's `location`" : "`location`";
        const { ref, gap } = azurePairedCopy(copy, primary.place, where);
        if (ref) facts.replicas.push(ref);
        if (gap) facts.replicaGaps.push(gap);
    }
    return facts;
}

export const azureAdapter: CloudAdapter = { facts: azureFacts };
