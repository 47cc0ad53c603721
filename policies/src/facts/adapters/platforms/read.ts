// Shared by the data-platform adapters: one region value (with the cloud it belongs to) as a LocationRef.
import { invalidPlace } from "../../locate";
import { platformPlace } from "../../platform-place";
import type { CloudId, LocationRef } from "../../types";

export interface RegionValue {
    path: string;
    value: unknown;
    /** The cloud the value names a region of, if the resource says. */
    cloud: CloudId | undefined;
    /** The cloud's own name for the value. */
    native: (cloud: CloudId, raw: string) => string | undefined;
}

/** A LocationRef for a region value, or undefined for a blank one (states nothing). */
export function platformRef(platform: string, v: RegionValue, fix: string, source: LocationRef["source"] = "resource"): LocationRef | undefined {
    if (typeof v.value !== "string") return { path: v.path, source, place: invalidPlace(v.cloud ?? "unknown", v.value), fix };
    if (v.value.trim() === "") return undefined;
    const native = v.cloud === undefined ? undefined : v.native(v.cloud, v.value);
    return { path: v.path, source, place: platformPlace(platform, v.cloud, native, v.value), fix };
}

export function defined<T>(x: T | undefined): x is T {
    return x !== undefined;
}
