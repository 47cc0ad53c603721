// @pulumi/policy (1.21) converts an Analyze request's properties, and its provider's, from protobuf
// once per resource policy, and every resource of an AnalyzeStack request once per stack policy
// (server.js, makeAnalyzeRpcFun / makeAnalyzeStackRpcFun / getProviderResource). With this pack's
// policies that conversion is the largest share of its cost (docs/benchmarks.md). The conversion is a
// pure function of the request's Struct, which google-protobuf keeps as one object per message, so
// the pack converts each Struct once and hands every policy the same plain object. The SDK wraps it
// in a fresh proxy per policy as before. This is sound only while no policy mutates `args.props`:
// test/policies/sdk/deserialize-once.test.ts runs the pack with and without it and compares verdicts.
// Set EU_SOV_DESERIALIZE_PER_POLICY=1 to turn it off.

type Deserialize = (struct: object, proxySecrets: boolean) => Record<string, unknown>;
interface DeserializeModule {
    deserializeProperties?: Deserialize;
}

const MARK = Symbol.for("eu-sovereignty.deserialize-once");

/** Wraps @pulumi/policy's deserializeProperties with a per-Struct cache; true when installed. */
export function installDeserializeOnce(env: NodeJS.ProcessEnv = process.env): boolean {
    if (env.EU_SOV_DESERIALIZE_PER_POLICY === "1") return false;
    let mod: DeserializeModule;
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        mod = require("@pulumi/policy/deserialize") as DeserializeModule;
    } catch {
        return false; // another SDK layout: run as the SDK does
    }
    const original = mod.deserializeProperties;
    if (typeof original !== "function") return false;
    if ((original as unknown as Record<symbol, unknown>)[MARK]) return true;
    // Keyed by the Struct object and the secrets flag; entries go with their request.
    const plain = new WeakMap<object, Record<string, unknown>>();
    const withSecrets = new WeakMap<object, Record<string, unknown>>();
    const once: Deserialize = (struct, proxySecrets) => {
        if (struct === null || typeof struct !== "object") return original(struct, proxySecrets);
        const cache = proxySecrets ? withSecrets : plain;
        let props = cache.get(struct);
        if (props === undefined) {
            props = original(struct, proxySecrets);
            cache.set(struct, props);
        }
        return props;
    };
    (once as unknown as Record<symbol, unknown>)[MARK] = true;
    mod.deserializeProperties = once;
    return true;
}
