// Readers for stack resolution: a key resource's props may be unknown at preview (a key created in
// the same stack has no ARN yet). Indexing takes what is known and treats the rest as absent; the
// resources a property depends on still tie a consumer to its key.
import type { PolicyResource } from "@pulumi/policy";
import { isUnknownValueError } from "../unknown";
import { factsOf } from "..";
import { collect, own } from "../read";
import type { LocationRef } from "../types";
import type { ResolvedKey } from "./table";

/** The value at a path, or undefined when it is missing or unknown at preview. */
export function knownAt(obj: unknown, path: string): unknown {
    try {
        return collect(obj, path)[0]?.value;
    } catch (e) {
        if (isUnknownValueError(e)) return undefined;
        throw e;
    }
}

export function knownString(obj: unknown, path: string): string | undefined {
    const v = knownAt(obj, path);
    return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

/** True when a value is set at the path, or is set but unknown at preview. */
export function isSet(obj: unknown, path: string): boolean {
    try {
        const v = collect(obj, path)[0]?.value;
        return v !== undefined && v !== "";
    } catch (e) {
        if (isUnknownValueError(e)) return true;
        throw e;
    }
}

/** The resources (of the given types, if any) that a top-level property of `r` depends on. */
export function dependenciesOf(r: PolicyResource, prop: string, types?: ReadonlySet<string>): PolicyResource[] {
    const deps = own(r.propertyDependencies, prop);
    if (!Array.isArray(deps)) return [];
    return deps.filter((d): d is PolicyResource =>
        d !== null && typeof d === "object" && typeof d.type === "string" && (types === undefined || types.has(d.type)) && d.urn !== r.urn);
}

/** Where a key resource lives, as the residency facts read it; undefined when it cannot be proven. */
export function locationOf(r: Pick<PolicyResource, "type" | "name" | "urn" | "props" | "provider">): LocationRef | undefined {
    return locationsOf(r)[0];
}

/** Every place the residency facts read for a resource (a Bigtable instance's clusters); empty when unknown at preview. */
export function locationsOf(r: Pick<PolicyResource, "type" | "name" | "urn" | "props" | "provider">): readonly LocationRef[] {
    try {
        return factsOf({ type: r.type, name: r.name, urn: r.urn, props: r.props, provider: r.provider }).locations;
    } catch (e) {
        if (isUnknownValueError(e)) return [];
        throw e;
    }
}

export function holderOf(r: PolicyResource): ResolvedKey["holder"] {
    return { type: r.type, name: r.name, urn: r.urn };
}

/** Memoises one answer per key resource, so resolution stays linear in the stack's size. */
export function memo(fn: (r: PolicyResource) => ResolvedKey[]): (r: PolicyResource) => ResolvedKey[] {
    const cache = new Map<PolicyResource, ResolvedKey[]>();
    return (r) => {
        let hit = cache.get(r);
        if (hit === undefined) {
            hit = fn(r);
            cache.set(r, hit);
        }
        return hit;
    };
}

/** What a value that should have been a string is, for messages (the value itself is never echoed). */
export function notAString(value: unknown): string {
    return Array.isArray(value) ? "an array" : value === null ? "null" : typeof value === "object" ? "an object" : `a ${typeof value}`;
}
