// The location shape of an EU-native or region-first cloud's SDK: per resource type, the inputs that
// place it (by the reviewed rules of regional-rules.ts), the location-ish inputs left unread, and the
// example values the inputs' docs mention (held against the region catalogue by a test).
import { canHoldLocation, isLocationName, lookupPath, nestedLocationPaths } from "./location-props";
import type { PackageTypings, PropInfo, TypeShape } from "./model";
import { compareStrings } from "./model";
import type { RegionalRules, RegionalSdkId } from "./regional-rules";
import { coversType } from "./regional-rules";

export interface LocatedType {
    /** Input paths that place the resource (a type with one is located), as the typings spell them. */
    readonly own: readonly string[];
    /** Input paths read as a place when set (availability zones, datacenters). */
    readonly also: readonly string[];
    /** Inputs naming the resource this one lives in (an IONOS `datacenterId`): placed there, resolved in the stack. */
    readonly placedIn: readonly string[];
    /** Some `own` input is required by the typings. */
    readonly required: boolean;
}

export interface RegionalShape {
    readonly id: RegionalSdkId;
    readonly packageName: string;
    readonly version: string;
    readonly types: number;
    readonly located: ReadonlyMap<string, LocatedType>;
    /** Types with only `also` inputs (read when set; located by the provider or not at all). */
    readonly alsoOnly: number;
    /** Location-ish inputs (top level and nested) that are not read, per type. */
    readonly unread: ReadonlyMap<string, readonly string[]>;
    /** Inputs the rules set aside, per type, with why. */
    readonly setAside: ReadonlyMap<string, readonly { readonly input: string; readonly why: string }[]>;
    /** Values the docs of read inputs mention (`Ex.: "GRA11"`, `` `fra1` ``), lower-cased, sorted. */
    readonly docValues: readonly { readonly value: string; readonly type: string; readonly input: string }[];
    /** The provider settings of the rules that its `ProviderArgs` really has. */
    readonly providerSettings: readonly string[];
    /** Nested location-ish paths found (candidates). */
    readonly nestedCandidates: number;
}

/**
 * Quoted or back-ticked words in a doc that look like a region, zone or location code (a digit or a dash
 * in it, or three letters: `GRA`), or an IONOS location (`de/fra`, `de/fra/2`: two letters, a slash, a site).
 */
export function docValuesOf(doc: string): string[] {
    const out = new Set<string>();
    for (const m of doc.matchAll(/[`"]([A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]|[a-z]{2}\/[a-z]{3}(?:\/\d)?)[`"]/g)) {
        const v = m[1];
        if (!/[\d/-]/.test(v) && !/^[A-Za-z]{3}$/.test(v)) continue;
        // camelCase is a property name (`regionName`), not a value.
        if (/[a-z][A-Z]/.test(v)) continue;
        out.add(v.toLowerCase());
    }
    return [...out].sort(compareStrings);
}

function setAsideFor(rules: RegionalRules, token: string, args: readonly PropInfo[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const n of rules.notOwn ?? []) if (coversType(n.where, token)) for (const i of n.inputs) out.set(i, n.why);
    for (const n of rules.notOwnByDoc ?? []) for (const a of args) if (a.doc.includes(n.doc)) out.set(a.name, n.why);
    const by = rules.placedBy;
    if (by !== undefined && args.some((a) => a.name === by.input)) for (const i of by.setsAside) out.set(i, by.why);
    return out;
}

/** `own` inputs demoted to `also` on this type. */
function alsoOnFor(rules: RegionalRules, token: string): Set<string> {
    return new Set((rules.alsoOn ?? []).filter((a) => coversType(a.where, token)).flatMap((a) => a.inputs));
}

function isStringShape(shape: TypeShape): boolean {
    if (shape.kind === "primitive") return shape.text === "string" || shape.text === "enum";
    return shape.kind === "union" && shape.members.every(isStringShape);
}

/** An input the adapters can read as a place: a string, or a list of strings (an object list is a candidate, not read). */
function readable(prop: PropInfo | undefined): prop is PropInfo {
    return prop !== undefined && (isStringShape(prop.type) || (prop.type.kind === "array" && isStringShape(prop.type.element)));
}

export function buildRegionalShape(rules: RegionalRules, typings: PackageTypings<RegionalSdkId>): RegionalShape {
    const located = new Map<string, LocatedType>();
    const unread = new Map<string, readonly string[]>();
    const setAside = new Map<string, { input: string; why: string }[]>();
    const docValues: { value: string; type: string; input: string }[] = [];
    let alsoOnly = 0;
    let nestedCandidates = 0;
    for (const r of typings.resources) {
        const aside = setAsideFor(rules, r.token, r.args);
        const pick = (names: readonly string[]): PropInfo[] => names
            .map((n) => r.args.find((a) => a.name === n))
            .filter(readable)
            .filter((p) => !aside.has(p.name));
        const demoted = alsoOnFor(rules, r.token);
        const own = pick(rules.own.filter((n) => !demoted.has(n)));
        const also = pick([...rules.own.filter((n) => demoted.has(n)), ...(rules.also ?? [])]);
        const placedIn = pick(rules.placedBy === undefined ? [] : [rules.placedBy.input]).map((p) => p.name);
        const nestedOwn = rules.ownNested?.[r.token] ?? [];
        for (const p of nestedOwn) {
            const found = lookupPath(r.args, p, typings);
            if (found.status !== "verified" || found.actualPath !== p) throw new Error(`regional-rules.ts: ${r.token} has no input ${p} (${found.note ?? found.status})`);
        }
        const read = new Set([...own, ...also].map((p) => p.name).concat(placedIn));
        for (const p of [...own, ...also]) for (const value of docValuesOf(p.doc)) docValues.push({ value, type: r.token, input: p.name });
        const pathOf = (p: PropInfo): string => (p.type.kind === "array" ? `${p.name}[]` : p.name);
        if (own.length > 0 || nestedOwn.length > 0 || placedIn.length > 0) {
            located.set(r.token, { own: [...own.map(pathOf), ...nestedOwn], also: also.map(pathOf), placedIn, required: own.some((p) => !p.optional) });
        } else if (also.length > 0) {
            located.set(r.token, { own: [], also: also.map(pathOf), placedIn: [], required: false });
            alsoOnly++;
        }
        const nested = nestedLocationPaths(r.args, typings.inputTypes).map((n) => n.path);
        nestedCandidates += nested.length;
        const left = [
            ...r.args.filter((a) => isLocationName(a.name) && canHoldLocation(a.type) && !read.has(a.name)).map((a) => a.name),
            ...nested.filter((n) => !nestedOwn.includes(n)),
        ];
        if (left.length > 0) unread.set(r.token, left);
        const asideHere = [...aside].filter(([input]) => r.args.some((a) => a.name === input)).map(([input, why]) => ({ input, why }));
        if (asideHere.length > 0) setAside.set(r.token, asideHere);
    }
    const providerNames = new Set(typings.providerArgs.map((a) => a.name));
    return {
        id: rules.id,
        packageName: typings.packageName,
        version: typings.version,
        types: typings.resources.length,
        located,
        alsoOnly,
        unread,
        setAside,
        docValues: docValues.sort((a, b) => compareStrings(a.value, b.value) || compareStrings(a.type, b.type)),
        providerSettings: rules.providerSettings.filter((s) => providerNames.has(s)),
        nestedCandidates,
    };
}
