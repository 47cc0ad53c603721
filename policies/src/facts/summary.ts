// A short description of a resource for reports (where it lives, where it copies to, what key
// protects it). Reports only: verdicts always come from the pack over the analyzer protocol.
import { factsOf } from ".";
import { isUnknownValueError } from "./unknown";
import { keyFactsOf } from "./keys";
import { describeKeys } from "./keys/describe";
import type { LocationRef, ResourceInput } from "./types";

export interface ResourceSummary {
    /** Canonical locations the resource lives in, e.g. ["eu-central-1"]; "(unknown)" for unrecognised values. */
    lives: string[];
    /** Canonical locations it replicates or fails over to. */
    replicates: string[];
    /** The key protecting its data at rest, as a short description, when the pack knows it. */
    key?: string;
}

function names(refs: LocationRef[]): string[] {
    return [...new Set(refs.map((r) => (r.place.known ? r.place.canonical : "(unrecognised)")))];
}

function where(input: ResourceInput): Pick<ResourceSummary, "lives" | "replicates"> {
    try {
        const facts = factsOf(input);
        return { lives: names(facts.locations), replicates: names(facts.replicas) };
    } catch (e) {
        if (isUnknownValueError(e)) return { lives: ["(unknown at preview)"], replicates: [] };
        return { lives: ["(could not be read)"], replicates: [] };
    }
}

/**
 * Reports pass plain props, where a value unknown at preview is the engine's sentinel string (it
 * would read as a KMS key id): the SDK's own proxy turns it back into "unknown", as in a policy.
 */
function asPolicySeesIt(props: Record<string, unknown>): Record<string, unknown> {
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const proxy = require("@pulumi/policy/proxy") as { unknownCheckingProxy?: <T>(v: T) => T };
        return typeof proxy.unknownCheckingProxy === "function" ? proxy.unknownCheckingProxy(props) : props;
    } catch {
        return props;
    }
}

function key(input: ResourceInput): string | undefined {
    try {
        return describeKeys(keyFactsOf({ type: input.type, props: asPolicySeesIt(input.props) }));
    } catch {
        return "(could not be read)";
    }
}

export function summarize(input: ResourceInput): ResourceSummary {
    const summary: ResourceSummary = where(input);
    const k = key(input);
    if (k !== undefined) summary.key = k;
    return summary;
}
