// @pulumi/policy (1.21) wraps a request's properties in a new unknown-checking proxy for every policy
// (server.js: `unknownCheckingProxy(deserializeProperties(...))`, for the resource and its provider).
// The proxy holds no state of its own (its handler only reads the target and the path from the root,
// which is empty for the root), so one proxy per target serves every policy alike. With
// deserialize-once.ts every policy of a request gets the same target, hence the same proxy, which lets
// the facts layer remember what it derived from it (facts/memo.ts) for the next policy.
// Only the last few targets are remembered (recent.ts): a target asked for again after that gets a
// new proxy, which behaves the same. Set EU_SOV_NO_MEMO=1 to turn this and the facts memo off.
import { Recent } from "./recent";

type Wrap = (target: unknown) => unknown;
interface ProxyModule {
    unknownCheckingProxy?: Wrap;
}

const MARK = Symbol.for("eu-sovereignty.proxy-once");

/** Wraps @pulumi/policy's unknownCheckingProxy with a per-target cache; true when installed. */
export function installProxyOnce(env: NodeJS.ProcessEnv = process.env): boolean {
    if (env.EU_SOV_NO_MEMO === "1") return false;
    let mod: ProxyModule;
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        mod = require("@pulumi/policy/proxy") as ProxyModule;
    } catch {
        return false; // another SDK layout: run as the SDK does
    }
    const original = mod.unknownCheckingProxy;
    if (typeof original !== "function") return false;
    if ((original as unknown as Record<symbol, unknown>)[MARK]) return true;
    // Two targets per request (the resource's props and its provider's), 16 requests in flight.
    const proxies = new Recent<object, unknown>(32);
    const once: Wrap = (target) => {
        if (target === null || typeof target !== "object") return original(target);
        let proxy = proxies.get(target);
        if (proxy === undefined) {
            proxy = original(target);
            proxies.set(target, proxy);
        }
        return proxy;
    };
    (once as unknown as Record<symbol, unknown>)[MARK] = true;
    mod.unknownCheckingProxy = once;
    return true;
}
