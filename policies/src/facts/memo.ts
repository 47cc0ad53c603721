// The policies of one request each derive the same facts from the same resource (eu-data-residency,
// eu-cross-border-replication, provider-jurisdiction and global-edge-services all start from
// factsOf; the key policies from keyFactsOf). Facts are a pure function of what they are derived
// from, and the SDK's props are never changed once converted (sdk/deserialize-once.ts), so the
// first policy's facts serve the next ones. Only props behind the SDK's unknown-checking proxy are
// remembered, keyed on that proxy (one per converted object, sdk/proxy-once.ts): plain objects
// from tools and tests may be changed between calls, so they are always derived afresh. A result is
// reused only when every other input it was derived from is the very same value; a value unknown at
// preview throws, and throws again next time (nothing is remembered). Only the last few results
// are kept (sdk/recent.ts): an AnalyzeStack call runs each stack policy over every resource in
// turn, so there a result would be asked for again only after all the others, and is derived again.
// EU_SOV_NO_MEMO=1 turns it off (test/policies/facts/memo.test.ts compares verdicts both ways).
import { types } from "util";
import { Recent } from "../sdk/recent";

const enabled = process.env.EU_SOV_NO_MEMO !== "1";

/**
 * `compute` remembered per props proxy. `inputsOf` lists the input's other values the result depends
 * on; a remembered result is reused only when they are identical (===) to the ones it came from.
 */
export function memoByProps<I extends { props: unknown }, R>(compute: (input: I) => R, inputsOf: (input: I) => readonly unknown[]): (input: I) => R {
    if (!enabled) return compute;
    // A resource's props and its provider's, 16 requests in flight.
    const memo = new Recent<object, { inputs: readonly unknown[]; result: R }>(32);
    return (input) => {
        const props = input.props;
        if (props === null || typeof props !== "object" || !types.isProxy(props)) return compute(input);
        const inputs = inputsOf(input);
        const hit = memo.get(props);
        if (hit !== undefined && sameValues(hit.inputs, inputs)) return hit.result;
        const result = compute(input);
        memo.set(props, { inputs, result });
        return result;
    };
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
}
