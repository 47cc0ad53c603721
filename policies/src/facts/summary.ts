// A short description of a resource for reports (where it lives, where it copies to, what key
// protects it). Reports only: verdicts always come from the pack over the analyzer protocol.
import { factsOf } from ".";
import { isUnknownValueError } from "../policies/guard";
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

export function summarize(input: ResourceInput): ResourceSummary {
    try {
        const facts = factsOf(input);
        return { lives: names(facts.locations), replicates: names(facts.replicas) };
    } catch (e) {
        if (isUnknownValueError(e)) return { lives: ["(unknown at preview)"], replicates: [] };
        return { lives: ["(could not be read)"], replicates: [] };
    }
}
