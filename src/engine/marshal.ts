// The engine's MarshalProperties for analyzers (KeepUnknowns, KeepSecrets, SkipInternalKeys, no
// resources, no output values): what a policy pack receives for a resource's properties.
import { OUTPUT_VALUE_SIG, RESOURCE_SIG, SECRET_SIG, SIG_KEY, UNKNOWN_SENTINEL, isWireObject } from "./values";
import type { Wire, WireObject } from "./values";

/** Marshals a property bag the way the Pulumi engine does before Analyze/AnalyzeStack/Remediate. */
export function marshalProperties(props: WireObject, skipInternalKeys = true): WireObject {
    const out: WireObject = {};
    for (const key of Object.keys(props)) {
        // Keys starting with "__" are engine-internal (e.g. __defaults) and never reach analyzers.
        if (skipInternalKeys && key.startsWith("__")) {
            continue;
        }
        out[key] = marshalValue(props[key], skipInternalKeys);
    }
    return out;
}

function marshalValue(value: Wire, skipInternalKeys: boolean): Wire {
    if (value === null || typeof value !== "object") {
        return value;
    }
    if (Array.isArray(value)) {
        return value.map((e) => marshalValue(e, skipInternalKeys));
    }
    const sig = value[SIG_KEY];
    if (typeof sig === "string") {
        switch (sig) {
            case SECRET_SIG:
                return { [SIG_KEY]: SECRET_SIG, value: marshalValue(value.value ?? null, skipInternalKeys) };
            case RESOURCE_SIG:
                // Without KeepResources the engine sends a custom resource's id (unknown while it
                // is being created) or a component's URN.
                if ("id" in value) {
                    const id = value.id;
                    return id === "" || id === undefined || id === null ? UNKNOWN_SENTINEL : marshalValue(id, skipInternalKeys);
                }
                return typeof value.urn === "string" ? value.urn : UNKNOWN_SENTINEL;
            case OUTPUT_VALUE_SIG: {
                // Without KeepOutputValues an output becomes its value: unknown if not known, secret if secret.
                const inner = "value" in value ? marshalValue(value.value, skipInternalKeys) : UNKNOWN_SENTINEL;
                return value.secret === true ? { [SIG_KEY]: SECRET_SIG, value: inner } : inner;
            }
            default:
                // Assets and archives travel as they are.
                return value;
        }
    }
    return isWireObject(value) ? marshalProperties(value, skipInternalKeys) : value;
}
