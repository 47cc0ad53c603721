// Property values as the engine puts them on the wire, and the markers API users write them with.
// The signature strings are Pulumi's (sdk/nodejs/runtime/rpc.ts; read back by @pulumi/policy/deserialize.js).

/** Key that marks a special value (secret, asset, archive, resource reference, output value). */
export const SIG_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
export const ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17";
export const ARCHIVE_SIG = "0def7320c3a5731c473e5ecbe6d01bc7";
export const RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
export const OUTPUT_VALUE_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
/** The engine sends every value unknown before deployment as this string (whatever the value's type). */
export const UNKNOWN_SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** A JSON value as carried by google.protobuf.Struct. */
export type Wire = null | boolean | number | string | Wire[] | WireObject;
export interface WireObject {
    [key: string]: Wire;
}

/** A value marked secret; the pack sees the plain value, as the engine unwraps it for policies. */
export class Secret<T = unknown> {
    constructor(readonly value: T) {}
}

/** Marks a property value as secret, e.g. `{ password: secret("hunter2") }`. */
export function secret<T>(value: T): Secret<T> {
    return new Secret(value);
}

/** Marks a property value as unknown, as it is during a preview for values computed at deployment. */
export const unknown: unique symbol = Symbol("eu-sovereignty.unknown");
export type Unknown = typeof unknown;

export function isWireObject(v: unknown): v is WireObject {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** True when `v` is the wire form of a secret. */
export function isWireSecret(v: unknown): v is { [SIG_KEY]: string; value?: Wire } {
    return isWireObject(v) && v[SIG_KEY] === SECRET_SIG;
}

/**
 * Converts a value written with `secret()` and `unknown` markers into its wire form.
 * Returns undefined for undefined (callers drop the key, or write null inside arrays, like the SDK).
 */
export function toWire(value: unknown): Wire | undefined {
    if (value === unknown) {
        return UNKNOWN_SENTINEL;
    }
    if (value === undefined || typeof value === "function" || typeof value === "symbol") {
        return undefined;
    }
    if (value === null || typeof value === "boolean" || typeof value === "string") {
        return value;
    }
    if (typeof value === "number") {
        return value;
    }
    if (typeof value === "bigint") {
        return Number(value);
    }
    if (value instanceof Secret) {
        return { [SIG_KEY]: SECRET_SIG, value: toWire(value.value) ?? null };
    }
    if (Array.isArray(value)) {
        return value.map((e) => toWire(e) ?? null);
    }
    if (value instanceof Date) {
        return value.toISOString();
    }
    const out: WireObject = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        const w = toWire(v);
        if (w !== undefined) {
            out[k] = w;
        }
    }
    return out;
}

/** Converts a whole property bag; a non-object becomes an empty bag. */
export function toWireObject(value: unknown): WireObject {
    const w = toWire(value ?? {});
    return isWireObject(w) ? w : {};
}

/**
 * The plain view of wire values for reports: secrets unwrapped, unknowns dropped (they are not
 * known yet), resource references reduced to their id or URN. Never used for verdicts.
 */
export function fromWire(value: Wire | undefined): unknown {
    if (value === UNKNOWN_SENTINEL || value === undefined) {
        return undefined;
    }
    if (value === null || typeof value !== "object") {
        return value;
    }
    if (Array.isArray(value)) {
        return value.map((e) => fromWire(e) ?? null);
    }
    const sig = value[SIG_KEY];
    if (sig === SECRET_SIG) {
        return fromWire(value.value);
    }
    if (sig === RESOURCE_SIG) {
        return fromWire(value.id ?? value.urn);
    }
    if (sig === OUTPUT_VALUE_SIG) {
        return fromWire(value.value);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
        const p = fromWire(v);
        if (p !== undefined) {
            out[k] = p;
        }
    }
    return out;
}
