// A data platform's region value as a place in the big three's catalogue: the cloud's own name first,
// the platform's spelling kept as an alias for messages. A value that maps onto no catalogued region is
// unrecognised (never echoed), with the platform's fix.
import { aivenUpcloudZones, atlasAzureNames, atlasGcpNames, atlasProcessingAwsRegions } from "../data/platform-vocabularies";
import { placeOf } from "./place";
import type { CloudId, Place } from "./types";

export type BigThree = "aws" | "azure" | "gcp";

/** "AWS", "aws", "GCP", "google", "AZURE" → the cloud; anything else undefined. */
export function bigThreeOf(provider: unknown): BigThree | undefined {
    if (typeof provider !== "string") return undefined;
    const p = provider.trim().toLowerCase();
    if (p === "aws") return "aws";
    if (p === "azure") return "azure";
    if (p === "gcp" || p === "google") return "gcp";
    return undefined;
}

/** The place a platform value names, given the cloud and the cloud's own name for it. */
export function platformPlace(platform: string, cloud: CloudId | undefined, native: string | undefined, raw: string): Place {
    const written = raw.trim();
    if (cloud !== undefined && native !== undefined) {
        const p = placeOf(cloud, native);
        if (p.known) return { ...p, alias: { name: written, of: `${platform}'s name for` } };
    }
    return { cloud: cloud ?? "unknown", canonical: written.toLowerCase(), known: false };
}

/** A GCP name from an upper-case platform spelling: EUROPE_WEST_3 → europe-west3. */
function gcpFromUpper(name: string): string {
    return name.toLowerCase().replace(/_/g, "-").replace(/-(\d+)$/, "$1");
}

/** MongoDB Atlas: EU_WEST_1 (AWS), EUROPE_WEST (Azure), WESTERN_EUROPE / EUROPE_WEST_3 (Google Cloud). */
export function atlasNative(cloud: BigThree, atlasName: string): string {
    const n = atlasName.trim().toUpperCase();
    switch (cloud) {
        case "aws":
            return n.toLowerCase().replace(/_/g, "-");
        case "azure":
            return Object.hasOwn(atlasAzureNames, n) ? atlasAzureNames[n] : n.toLowerCase().replace(/_/g, "");
        case "gcp":
            return Object.hasOwn(atlasGcpNames, n) ? atlasGcpNames[n] : gcpFromUpper(n);
    }
}

/** MongoDB Atlas's processing-region labels (Data Federation, Stream Processing): FRANKFURT_DEU (AWS), else an Atlas region name. */
export function atlasProcessingNative(cloud: BigThree, label: string): string {
    const n = label.trim().toUpperCase();
    return cloud === "aws" && Object.hasOwn(atlasProcessingAwsRegions, n) ? atlasProcessingAwsRegions[n] : atlasNative(cloud, label);
}

/** Snowflake region ids: AWS_EU_CENTRAL_1, AZURE_WESTEUROPE, GCP_EUROPE_WEST4 (optionally after a region group, PUBLIC.). */
export function snowflakeRegion(raw: string): { cloud?: BigThree; native?: string } {
    const m = /^(?:[A-Z0-9_]+\.)?(AWS|AZURE|GCP)_([A-Z0-9_]+)$/.exec(raw.trim().toUpperCase());
    if (!m) return {};
    const cloud = bigThreeOf(m[1]);
    const rest = m[2].toLowerCase();
    if (cloud === "aws") return { cloud, native: rest.replace(/_/g, "-") };
    if (cloud === "azure") return { cloud, native: rest.replace(/_/g, "") };
    return { cloud, native: rest.replace(/_/g, "-").replace(/-(\d+)$/, "$1") };
}

/**
 * A "<cloud>-<region>" id as Aiven (aws-eu-central-1, google-europe-west1, azure-germany-westcentral,
 * do-fra) and Elastic Cloud (aws-eu-central-1, gcp-europe-west1, azure-westeurope) write it.
 */
export function prefixedRegion(raw: string): { cloud?: BigThree | "digitalocean"; native?: string } {
    const m = /^(aws|google|gcp|azure|do)-(.+)$/.exec(raw.trim().toLowerCase());
    if (!m) return {};
    if (m[1] === "do") return { cloud: "digitalocean", native: m[2] };
    const cloud = bigThreeOf(m[1]);
    return { cloud, native: cloud === "azure" ? m[2].replace(/-/g, "") : m[2] };
}

/** An Aiven `cloudName`: upcloud-de-fra (the UpCloud zone de-fra1), or a "<cloud>-<region>" id as {@link prefixedRegion} reads it. */
export function aivenCloud(raw: string): { cloud?: BigThree | "digitalocean" | "upcloud"; native?: string } {
    const name = raw.trim().toLowerCase();
    if (!name.startsWith("upcloud-")) return prefixedRegion(name);
    return { cloud: "upcloud", native: Object.hasOwn(aivenUpcloudZones, name) ? aivenUpcloudZones[name] : undefined };
}

/** The location segment of a Cloud KMS key name: projects/p/locations/europe-west1/keyRings/r/cryptoKeys/k. */
export function gcpKeyLocation(name: string): string | undefined {
    return /(?:^|\/)locations\/([a-z0-9-]+)\//.exec(name.trim())?.[1];
}
