// Values unknown at preview: the SDK's props proxy throws when one is read. These helpers let the
// facts layer and the policies tell that apart from a real error, without swallowing it.

/** The SDK's UnknownValueError (thrown by its props proxy at preview) is internal: recognised by shape. */
export function isUnknownValueError(e: unknown): boolean {
    return e instanceof Error && e.constructor.name === "UnknownValueError" && "unknownTypeSentinel" in e;
}

/** Reads a value, telling "unknown at preview" apart instead of throwing. */
export function readKnown<T>(read: () => T): { value?: T; unknown?: unknown } {
    try {
        return { value: read() };
    } catch (e) {
        if (isUnknownValueError(e)) return { unknown: e };
        throw e;
    }
}

/**
 * Runs `fn` for each item; an item whose inputs are unknown at preview is skipped and the first such
 * error is re-thrown at the end, so violations on known items are still reported and the SDK still
 * marks the policy as not fully run during preview.
 */
export function forEachKnown<T>(items: Iterable<T>, fn: (item: T) => void): void {
    let deferred: unknown;
    for (const item of items) {
        try {
            fn(item);
        } catch (e) {
            if (!isUnknownValueError(e)) throw e;
            deferred ??= e;
        }
    }
    if (deferred !== undefined) throw deferred;
}
