// Building blocks shared by the cloud adapters: read location values at given paths and turn them
// into LocationRefs, whatever shape the props have.
import { placeOf } from "./place";
import { collect } from "./read";
import type { CloudId, Facts, LocationRef, Place } from "./types";

export interface LocationSpec {
    /** Stable row id of a replica spec ("EUR-AWS-001"), cited by the findings it decides. */
    id?: string;
    /** Path in the props, e.g. "replicas[].regionName". */
    path: string;
    /** "arn": the value is an ARN whose fourth field is the region. */
    from?: "value" | "arn";
    /** How a value is read when it is not a catalogue name (e.g. a Spanner config); default placeOf. */
    read?: (raw: string) => Place;
}

export function emptyFacts(cloud: CloudId | undefined): Facts {
    return { cloud, locations: [], replicas: [], replicaGaps: [] };
}

/** A Place for a value that is present but not a string (garbage input is never a proven location). */
export function invalidPlace(cloud: CloudId | "unknown", value: unknown): Place {
    const what = Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`;
    return { cloud, canonical: "", known: false, label: `not a location name but ${what}` };
}

/** The region field of an ARN ("arn:aws:kms:eu-west-1:…"); undefined for regionless ARNs (S3, IAM). */
export function regionOfArn(arn: string): string | undefined {
    const parts = arn.split(":");
    if (parts.length < 6 || parts[0] !== "arn") return undefined;
    return parts[3] === "" ? undefined : parts[3];
}

export function refsAt(
    cloud: CloudId | "unknown",
    props: unknown,
    spec: LocationSpec,
    source: LocationRef["source"] = "resource",
    pathPrefix = "",
): LocationRef[] {
    const refs: LocationRef[] = [];
    for (const f of collect(props, spec.path)) {
        const path = pathPrefix + f.path;
        if (typeof f.value !== "string") {
            refs.push({ path, source, place: invalidPlace(cloud, f.value) });
            continue;
        }
        if (f.value.trim() === "") continue;
        // An ARN where a location is expected (e.g. an Outpost as a copy target) carries its region;
        // one without a region proves nothing there and falls through to an unrecognised place.
        if (spec.from === "arn" || f.value.startsWith("arn:")) {
            const region = regionOfArn(f.value);
            if (region !== undefined) refs.push({ path, source, place: placeOf(cloud, region) });
            if (region !== undefined || spec.from === "arn") continue;
        }
        refs.push({ path, source, place: spec.read ? spec.read(f.value) : placeOf(cloud, f.value) });
    }
    return spec.id === undefined ? refs : refs.map((r) => ({ ...r, row: spec.id }));
}

export function refsAtAll(cloud: CloudId | "unknown", props: unknown, specs: readonly LocationSpec[]): LocationRef[] {
    return specs.flatMap((s) => refsAt(cloud, props, s));
}
