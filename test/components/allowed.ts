// The default allow-list of one cloud as the pack's catalogue states it, for expected messages
// (computed from the catalogue and its default list, not by the components' own code).
import { defaultAllowedLocations, gcpKmsLocationAliases, regionTables } from "eu-sovereignty-policies/lib";
import type { RegionEntry } from "eu-sovereignty-policies/lib";

export function defaultAllowed(cloud: "aws" | "azure" | "gcp", keep: (e: RegionEntry) => boolean = () => true): string {
    return `allowed: ${regionTables[cloud].entries.filter((e) => defaultAllowedLocations.includes(e.name) && keep(e)).map((e) => e.name).join(", ")}`;
}

/** Cloud KMS locations the default list allows: GCS's `eu` is no KMS location, KMS's `europe` (EU-only) is. */
export function defaultKmsAllowed(): string {
    const kms = (e: RegionEntry) => Object.hasOwn(gcpKmsLocationAliases, e.name)
        ? defaultAllowedLocations.includes(gcpKmsLocationAliases[e.name].canonical)
        : e.name !== "eu" && defaultAllowedLocations.includes(e.name);
    return `allowed: ${regionTables.gcp.entries.filter(kms).map((e) => e.name).join(", ")}`;
}
