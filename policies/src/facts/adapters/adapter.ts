import type { Facts, ResourceInput } from "../types";

/** Turns one resource of a cloud into normalised facts. Adding a resource type is a table row in an adapter. */
export interface CloudAdapter {
    /** Type-token packages this adapter reads, e.g. ["aws"]. */
    readonly packages: readonly string[];
    facts(resource: ResourceInput): Facts;
}
