// Location-ish properties: the top-level ones the policies read directly, and nested input paths
// (one or two levels below a top-level input) whose names look like a location.
import type { PackageTypings, PropInfo, TypeShape } from "./model";
import { compareStrings } from "./model";

/** The top-level inputs that place a resource. */
export const TOP_LEVEL_LOCATION_PROPS = ["region", "location", "zone", "availabilityZone", "availabilityZones"] as const;
export type TopLevelLocationProp = (typeof TOP_LEVEL_LOCATION_PROPS)[number];

/** The brief's name test: any property whose name contains one of these. */
export const LOCATION_NAME_RE = /region|location|zone/i;

const LOCATION_WORDS = new Set(["region", "regions", "location", "locations", "zone", "zones"]);
/** Words before "zone" that make it something other than a place (time zones, DNS zones). */
const NOT_A_PLACE_BEFORE_ZONE = new Set(["time", "dns", "hosted", "private", "managed"]);

/** The camelCase / snake_case words of a property name, lower-cased. */
export function nameWords(name: string): string[] {
    return name
        .split(/_|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/)
        .map((w) => w.toLowerCase())
        .filter((w) => w.length > 0);
}

/**
 * A property name that looks like a location: it matches {@link LOCATION_NAME_RE} as a whole
 * camelCase word (`region(s)`, `location(s)`, `zone(s)`), so `allocationId`, `timezone` and
 * `regionalCertificateArn` do not count, nor do time and DNS zones (`timeZone`, `hostedZoneId`).
 */
export function isLocationName(name: string): boolean {
    if (!LOCATION_NAME_RE.test(name)) return false;
    const words = nameWords(name);
    return words.some((w, i) => LOCATION_WORDS.has(w)
        && !(w.startsWith("zone") && i > 0 && NOT_A_PLACE_BEFORE_ZONE.has(words[i - 1])));
}

/** A type that can hold a location: not a boolean or a number (`multiRegion`, `zoneRedundant`, `availabilityZoneCount`). */
export function canHoldLocation(shape: TypeShape): boolean {
    switch (shape.kind) {
        case "primitive":
            return shape.text !== "boolean" && shape.text !== "number";
        case "array":
            return canHoldLocation(shape.element);
        case "map":
            return canHoldLocation(shape.value);
        case "union":
            return shape.members.some(canHoldLocation);
        default:
            return true;
    }
}

function isLocationProp(prop: PropInfo): boolean {
    return isLocationName(prop.name) && canHoldLocation(prop.type);
}

/**
 * How deep below a top-level input nested candidates are looked for: three levels, because the
 * Secret Manager replica location the replication policy reads is that deep
 * (`replication.userManaged.replicas[].location`).
 */
export const NESTED_DEPTH = 3;

/** The interfaces (and inline object types) a shape leads to, with the path suffix to reach them. */
export interface Hop { readonly suffix: string; readonly props: readonly PropInfo[]; readonly via: string[] }

export function hopsOf(shape: TypeShape, inputTypes: ReadonlyMap<string, readonly PropInfo[]>, suffix = ""): Hop[] {
    switch (shape.kind) {
        case "primitive":
            return [];
        case "ref": {
            const props = inputTypes.get(shape.name);
            return props ? [{ suffix, props, via: [shape.name] }] : [];
        }
        case "object":
            return [{ suffix, props: shape.props, via: [] }];
        case "array":
            return hopsOf(shape.element, inputTypes, `${suffix}[]`);
        case "map":
            return hopsOf(shape.value, inputTypes, `${suffix}[key]`);
        case "union":
            return shape.members.flatMap((m) => hopsOf(m, inputTypes, suffix));
    }
}

/** `[]` for a list (of values or objects), `[key]` for a map, "" otherwise. */
export function containerSuffix(shape: TypeShape): string {
    if (isArrayShape(shape)) return "[]";
    if (shape.kind === "map" || (shape.kind === "union" && shape.members.some((m) => m.kind === "map"))) return "[key]";
    return "";
}

/** A nested location-ish input path, e.g. `replicas[].regionName`, and the input types it goes through. */
export interface NestedPath { readonly path: string; readonly via: readonly string[] }

/**
 * Nested input paths (1..{@link NESTED_DEPTH} levels below a top-level input) whose last property
 * looks like a location ({@link isLocationName}, and not a boolean or number). Sorted, unique.
 * A list is marked `[]` wherever it is (`replicas[].regionName`, `dataLocations[]`), a map `[key]`.
 */
export function nestedLocationPaths(args: readonly PropInfo[], inputTypes: ReadonlyMap<string, readonly PropInfo[]>): NestedPath[] {
    const found = new Map<string, readonly string[]>();
    const walk = (prefix: string, shape: TypeShape, depth: number, via: readonly string[]): void => {
        if (depth > NESTED_DEPTH) return;
        for (const hop of hopsOf(shape, inputTypes)) {
            for (const prop of hop.props) {
                const path = `${prefix}${hop.suffix}.${prop.name}`;
                const nextVia = [...via, ...hop.via];
                const shown = path + containerSuffix(prop.type);
                if (isLocationProp(prop) && !found.has(shown)) found.set(shown, nextVia);
                walk(path, prop.type, depth + 1, nextVia);
            }
        }
    };
    for (const arg of args) walk(arg.name, arg.type, 1, []);
    return [...found.entries()]
        .map(([path, via]) => ({ path, via: [...new Set(via)] }))
        .sort((a, b) => compareStrings(a.path, b.path));
}

/** Top-level inputs among {@link TOP_LEVEL_LOCATION_PROPS}, with whether each is required. */
export function topLevelLocationProps(args: readonly PropInfo[]): Partial<Record<TopLevelLocationProp, "required" | "optional">> {
    const out: Partial<Record<TopLevelLocationProp, "required" | "optional">> = {};
    for (const name of TOP_LEVEL_LOCATION_PROPS) {
        const prop = args.find((a) => a.name === name);
        if (prop) out[name] = prop.optional ? "optional" : "required";
    }
    return out;
}

/** Other top-level inputs whose names look like a location (`replicaRegion`, `locations`, ...), sorted. */
export function otherTopLevelLocationProps(args: readonly PropInfo[]): string[] {
    const fixed: readonly string[] = TOP_LEVEL_LOCATION_PROPS;
    return args
        .filter((a) => isLocationProp(a) && !fixed.includes(a.name))
        .map((a) => a.name)
        .sort(compareStrings);
}

/** One segment of a property path such as `replicas[].regionName`. */
interface Segment { readonly name: string; readonly array: boolean }

export function parsePath(path: string): Segment[] | undefined {
    const segments: Segment[] = [];
    for (const part of path.split(".")) {
        const m = /^([A-Za-z_$][\w$]*)(\[\])?$/.exec(part);
        if (!m) return undefined;
        segments.push({ name: m[1], array: m[2] !== undefined });
    }
    return segments;
}

function isArrayShape(shape: TypeShape): boolean {
    if (shape.kind === "array") return true;
    if (shape.kind === "union") return shape.members.some(isArrayShape);
    return false;
}

/** The result of looking a property path up in a resource's inputs. */
export interface PathLookup {
    readonly status: "verified" | "different" | "not found";
    /** The path as the typings spell it (arrays marked `[]`), when every segment was found. */
    readonly actualPath?: string;
    /** Why it differs or was not found. */
    readonly note?: string;
    /** The input types the path goes through (keys of `types/input.d.ts`). */
    readonly via: readonly string[];
    /** The last segment is required (no `?`). */
    readonly required?: boolean;
    /** The property's doc text. */
    readonly doc?: string;
    /** The last segment's declared type. */
    readonly type?: TypeShape;
}

/** Look `path` up in `args` (the `XxxArgs` inputs), following input types. */
export function lookupPath(args: readonly PropInfo[], path: string, typings: Pick<PackageTypings, "inputTypes">): PathLookup {
    const segments = parsePath(path);
    if (!segments || segments.length === 0) return { status: "not found", note: `unparseable path \`${path}\``, via: [] };
    let props: readonly PropInfo[] = args;
    const via: string[] = [];
    const actual: string[] = [];
    const notes: string[] = [];
    const info: string[] = [];
    let last: PropInfo | undefined;
    for (let i = 0; i < segments.length; i++) {
        const seg = segments[i];
        const prop = props.find((p) => p.name === seg.name) ?? props.find((p) => p.name.toLowerCase() === seg.name.toLowerCase());
        if (!prop) {
            const where = i === 0 ? "the resource's inputs" : `\`${actual.join(".")}\``;
            return { status: "not found", note: `no \`${seg.name}\` in ${where}`, via };
        }
        if (prop.name !== seg.name) notes.push(`spelled \`${prop.name}\``);
        const array = isArrayShape(prop.type);
        // A trailing list of values may be written without `[]` (`allowedPersistenceRegions`); an
        // array on the way to a nested property may not (`replicas[].regionName`).
        const lastSegment = i === segments.length - 1;
        if (array && !seg.array && lastSegment) info.push(`\`${prop.name}\` is an array`);
        else if (array !== seg.array) notes.push(array ? `\`${prop.name}\` is an array` : `\`${prop.name}\` is not an array`);
        actual.push(array ? `${prop.name}[]` : prop.name);
        last = prop;
        if (i < segments.length - 1) {
            const hops = hopsOf(prop.type, typings.inputTypes);
            if (hops.length === 0) return { status: "not found", note: `\`${prop.name}\` has no nested properties`, via };
            props = hops.flatMap((h) => h.props);
            for (const h of hops) via.push(...h.via);
        }
    }
    const actualPath = actual.join(".");
    const note = [...notes, ...info].join("; ");
    return {
        status: notes.length === 0 ? "verified" : "different",
        actualPath,
        ...(note ? { note } : {}),
        via: [...new Set(via)],
        required: last ? !last.optional : undefined,
        doc: last?.doc,
        type: last?.type,
    };
}
