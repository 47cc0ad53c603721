import type { Facts, ResourceInput } from "../types";

/** Turns one resource of a cloud into normalised facts. Adding a resource type is a table row in an adapter;
 * which packages an adapter reads is data (data/clouds.ts). */
export interface CloudAdapter {
    facts(resource: ResourceInput): Facts;
}
