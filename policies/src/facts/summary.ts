// A one-line-per-field description of a resource for reports (where it lives, what key protects it).
// Reports only: verdicts always come from the pack over the analyzer protocol.
import type { ResourceInput } from "./types";

export interface ResourceSummary {
    /** Canonical locations the resource lives in, e.g. ["eu-central-1"]. */
    lives: string[];
    /** Canonical locations it replicates or fails over to. */
    replicates: string[];
    /** The key protecting its data at rest, as a short description ("customer-managed: arn:…"), if known. */
    key?: string;
}

export function summarize(_input: ResourceInput): ResourceSummary {
    return { lives: [], replicates: [] };
}
