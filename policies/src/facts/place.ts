// Turns a raw location value into a Place: normalised for its cloud, zones mapped to regions, and
// looked up in the catalogue. Matching is by exact canonical name, never by prefix.
import { lookupRegion, regionKey } from "../data/catalogue";
import { gcpKmsLocationAliases } from "../data/regions/gcp-kms";
import { ociRegionKeys } from "../data/regions/oci";
import type { CloudId, Place } from "./types";

export type LocationKind = "region" | "zone" | "location";

function normalise(cloud: CloudId | "unknown", raw: string): string {
    const s = raw.trim().toLowerCase();
    return cloud === "azure" ? s.replace(/[\s_]+/g, "") : s;
}

/** Candidate region names for a zone-like value, most specific first. */
function zoneCandidates(cloud: CloudId | "unknown", s: string): string[] {
    switch (cloud) {
        case "aws": {
            // eu-west-1a, and local zones such as us-east-1-bos-1a.
            const m = /^([a-z]{2,5}(?:-[a-z]+)+-\d+)(?:-[a-z]+-\d+)?[a-z]$/.exec(s);
            return m ? [m[1]] : [];
        }
        case "gcp":
            return /-[a-z]$/.test(s) ? [s.slice(0, -2)] : [];
        case "scaleway":
            return /-\d$/.test(s) ? [s.slice(0, -2)] : [];
        case "ovh":
            // GRA11, DE1, US-EAST-VA-1 (a site's numbered regions), and 3-AZ zones such as eu-west-par-a.
            return [s.replace(/-?\d+$/, ""), s.replace(/-[a-z]$/, "")];
        case "hcloud":
            // Datacenters: fsn1-dc14.
            return [s.replace(/-dc\d+$/, "")];
        case "linode":
            // Object Storage clusters: eu-central-1, fr-par-1.
            return /-\d+$/.test(s) ? [s.replace(/-\d+$/, "")] : [];
        case "oci":
            // Region keys: phx for us-phoenix-1.
            return Object.hasOwn(ociRegionKeys, s) ? [ociRegionKeys[s]] : [];
        case "ionoscloud":
            // A second site of a location: de/fra/2.
            return /\/\d+$/.test(s) ? [s.replace(/\/\d+$/, "")] : [];
        case "stackit":
            // Availability zones: eu01-1, eu01-m.
            return /^eu\d+-[a-z0-9]+$/.test(s) ? [s.replace(/-[a-z0-9]+$/, "")] : [];
        case "alicloud":
            // Zones: eu-central-1a, cn-hangzhou-h.
            return /^[a-z]+-[a-z0-9-]+[a-z0-9]-?[a-z]$/.test(s) ? [s.replace(/-?[a-z]$/, "")] : [];
        default:
            return [];
    }
}

function aliasOf(cloud: CloudId | "unknown", s: string): string {
    if (cloud === "ovh" && /\d$/.test(s)) return "a numbered region of the site"; // GRA11 is a region at Gravelines, not a zone
    return cloud === "linode" ? "an Object Storage cluster in" : cloud === "oci" ? "the region key of" : "a zone of";
}

export function placeOf(cloud: CloudId | "unknown", raw: string): Place {
    const s = normalise(cloud, raw);
    // Resources write a provider's own names; the "<cloud>:<name>" allow-list keys are not among them.
    const direct = s.includes(":") ? undefined : lookupRegion(cloud, s);
    if (direct) return { cloud, canonical: regionKey(cloud, s) ?? s, known: true, label: direct.label, components: direct.components };
    for (const c of zoneCandidates(cloud, s)) {
        const e = lookupRegion(cloud, c);
        // The zone matched a strict pattern around a catalogued region, so it is safe to show as written.
        if (e) return { cloud, canonical: regionKey(cloud, c) ?? c, alias: { name: s, of: aliasOf(cloud, s) }, known: true, label: e.label, components: e.components };
    }
    return { cloud, canonical: s, known: false };
}

/** A Cloud KMS location: its own multi-regions (`europe`) first, then the catalogue's. */
export function kmsPlaceOf(raw: string): Place {
    const s = normalise("gcp", raw);
    if (!Object.hasOwn(gcpKmsLocationAliases, s)) return placeOf("gcp", raw);
    const alias = gcpKmsLocationAliases[s];
    return { ...placeOf("gcp", alias.canonical), label: alias.label };
}

/** A location is allowed when its name is, or when every region of a dual-region is. */
export function isAllowedPlace(place: Place, allowed: ReadonlySet<string>): boolean {
    // A catalogue name read in another vocabulary (Firestore `eu`) is not that catalogue place.
    if (!place.known && lookupRegion(place.cloud, place.canonical) !== undefined) return false;
    if (allowed.has(place.canonical)) return true;
    return place.components !== undefined && place.components.length > 0 && place.components.every((c) => allowed.has(c));
}

/**
 * How a location value may appear in a message. A value the catalogue knows is shown as is; any
 * other value may be anything (the SDK unwraps secrets before a policy sees them), so it is shown
 * only by its length: the property path tells the user where to look.
 */
export function showPlace(place: Place): string {
    // A name another cloud uses elsewhere is allow-listed as "<cloud>:<name>": shown as written, key beside it.
    const prefix = `${place.cloud}:`;
    const name = place.canonical.startsWith(prefix) ? place.canonical.slice(prefix.length) : place.canonical;
    const label = [place.label, name === place.canonical ? undefined : `allow-list name "${place.canonical}"`].filter((x) => x !== undefined && x !== "").join("; ");
    if (place.known && place.alias !== undefined) return `"${place.alias.name}" (${place.alias.of} "${name}"${label ? `, ${label}` : ""})`;
    if (place.known) return `"${name}"${label ? ` (${label})` : ""}`;
    return `an unrecognised value (${place.canonical.length} characters, not echoed)`;
}
