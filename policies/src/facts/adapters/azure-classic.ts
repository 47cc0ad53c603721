// Azure classic (@pulumi/azure, tokens `azure:<module>/<type>:<Type>`): a resource lives in its
// `location`, a display name ("West Europe") or a name ("westeurope"), both normalised as
// azure-native's are (facts/place.ts). Unlike azure-native, classic located types take `location`
// as a required input, so there is no resource-group inheritance to follow. Geo-redundant copies go
// to the region's pair (data/azure-pairs.ts), as for azure-native.
import { emptyFacts, refsAt, type LocationSpec } from "../locate";
import { collect, isProviderType, own } from "../read";
import type { Facts, ResourceInput } from "../types";
import type { CloudAdapter } from "./adapter";
import { azurePairedCopy, type GeoCopy } from "./azure";

// Replica locations in the resource's own inputs.
// Docs: @pulumi/azure 6.40 cosmosdb.AccountGeoLocation.location ("The name of the Azure region to host replicated data").
const replicaSpecs: Readonly<Record<string, readonly LocationSpec[]>> = {
    "azure:cosmosdb/account:Account": [{ id: "EUR-AZC-001", path: "geoLocations[].location" }],
};

/** Values of a geo-copy setting that may be shown in a message (anything else is not echoed). */
const shownValues: ReadonlySet<string> = new Set(["GRS", "RAGRS", "GZRS", "RAGZRS", "GeoRedundant", "Geo", "GeoZone", "true"]);

/** Where a classic type turns on a copy to the paired region, the input that does it, and its default when absent. */
const pairedCopies: Readonly<Record<string, { path: string; on: (v: unknown) => boolean; absent?: string }>> = {
    // storage.AccountArgs.accountReplicationType: "LRS, GRS, RAGRS, ZRS, GZRS and RAGZRS".
    // GRS/GZRS copy to the paired region: https://learn.microsoft.com/azure/storage/common/storage-redundancy
    "azure:storage/account:Account": { path: "accountReplicationType", on: (v) => typeof v === "string" && /^(RA)?G(Z)?RS$/i.test(v.trim()) },
    // Geo-redundant backups are kept in the paired region: https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore
    "azure:postgresql/flexibleServer:FlexibleServer": { path: "geoRedundantBackupEnabled", on: (v) => v === true },
    "azure:mysql/flexibleServer:FlexibleServer": { path: "geoRedundantBackupEnabled", on: (v) => v === true },
    // recoveryservices.VaultArgs.storageModeType: "GeoRedundant, LocallyRedundant and ZoneRedundant. Defaults
    // to GeoRedundant"; GRS replicates to the pair (https://learn.microsoft.com/azure/reliability/reliability-backup).
    "azure:recoveryservices/vault:Vault": { path: "storageModeType", on: (v) => v === "GeoRedundant", absent: "GeoRedundant" },
    // Not here: mssql.Database's storageAccountType (defaults to Geo) has no `location` of its own; its
    // server's would have to be followed in the stack, as azure-native's is not either.
};

function isGlobal(value: unknown): boolean {
    return typeof value === "string" && value.trim().toLowerCase() === "global";
}

function geoCopy(r: Pick<ResourceInput, "type" | "props">): GeoCopy | undefined {
    const paired = pairedCopies[r.type];
    if (!paired) return undefined;
    const values = collect(r.props, paired.path);
    if (values.length === 0 && paired.absent !== undefined) {
        return { path: paired.path, shown: `"${paired.absent}" (its default when unset)` };
    }
    const found = values.find((f) => paired.on(f.value));
    if (!found) return undefined;
    const text = typeof found.value === "string" ? found.value.trim() : String(found.value);
    return { path: found.path, shown: shownValues.has(text) ? `"${text}"` : "a geo-redundant value" };
}

function azureClassicFacts(r: ResourceInput): Facts {
    const facts = emptyFacts("azure");
    if (!isGlobal(own(r.props, "location"))) facts.locations.push(...refsAt("azure", r.props, { path: "location" }));
    if (isProviderType(r.type)) return facts;
    for (const ref of (replicaSpecs[r.type] ?? []).flatMap((s) => refsAt("azure", r.props, s))) {
        if (!isGlobal(ref.place.canonical)) facts.replicas.push(ref);
    }
    const copy = geoCopy(r);
    const [primary] = copy ? facts.locations.filter((l) => l.path === "location") : [];
    if (copy && primary) {
        const { ref, gap } = azurePairedCopy(copy, primary.place, "`location`");
        if (ref) facts.replicas.push(ref);
        if (gap) facts.replicaGaps.push(gap);
    }
    return facts;
}

export const azureClassicAdapter: CloudAdapter = { facts: azureClassicFacts };
