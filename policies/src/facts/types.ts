// Normalised facts about one resource. Adapters (one per cloud) produce them from the resource's
// type, props and provider; policies only ever read facts, so they stay cloud-agnostic.

/** A resource as a policy sees it: the engine's inputs after Check, and its provider's inputs. */
export interface ResourceInput {
    type: string;
    name: string;
    urn: string;
    props: Record<string, unknown>;
    provider?: ProviderInput;
}

export interface ProviderInput {
    type: string;
    props: Record<string, unknown>;
    urn?: string;
    name?: string;
}

import type { CloudId } from "../data/clouds";
export type { CloudId };

/** A location value, normalised for its cloud. */
export interface Place {
    cloud: CloudId | "unknown";
    /** Canonical name used for allow-list matching (lower case, no spaces; zones mapped to their region). */
    canonical: string;
    /** Another name for the canonical place, normalised as written, for messages: a zone ("us-central1-a"), a Spanner config. */
    alias?: { name: string; of: string };
    /** True when the catalogue knows this name (EU or not). Unknown names are never echoed verbatim. */
    known: boolean;
    /** For GCP dual-/multi-regions with a published definition: the regions that hold the data. */
    components?: readonly string[];
    /** Human label from the catalogue, e.g. "Frankfurt, Germany"; for values that are not strings, what they are. */
    label?: string;
}

/** Where a location fact came from, for messages: the property path, or the provider. */
export interface LocationRef {
    /** The replica row that found it ("EUR-AWS-001"), cited by the finding. */
    row?: string;
    /** Property path on the resource, e.g. "region", "replicas[1].regionName", or "provider.region". */
    path: string;
    source: "resource" | "provider";
    place: Place;
    /** For a location derived from others (e.g. an Azure pair): how, in place of the path in messages. */
    note?: string;
    /** How to fix an unrecognised value of this input, when its vocabulary is not the region catalogue's. */
    fix?: string;
    /** The value names a resource of this type (a custom Spanner config), which the stack may declare: decided there. */
    inStack?: { type: string; name: string };
}

/** A location the resource needs but that cannot be proven from what a policy sees (fail closed). */
export interface UnprovenLocation {
    /** What is missing, e.g. "region". */
    what: string;
    /** How to fix it, e.g. "set aws:region in the stack config or pass an explicit provider". */
    fix: string;
    /**
     * Every place the resource can be in, when the cloud's own catalogue bounds it (a Scaleway resource is in
     * one of Scaleway's regions, whichever the environment picks). When all are allowed, nothing is unproven.
     */
    anyOf?: readonly Place[];
}

export interface Facts {
    cloud: CloudId | undefined;
    /** Where the resource itself lives. Empty for global or location-less resources. */
    locations: LocationRef[];
    /** Where it copies, replicates or fails over to. */
    replicas: LocationRef[];
    unproven?: UnprovenLocation;
    /** Copies whose destination cannot be proven (e.g. GCP Secret Manager `replication.auto`). */
    replicaGaps: UnprovenLocation[];
    /** A global edge service (e.g. CloudFront): it serves from edge locations worldwide, whatever its region. */
    edge?: { service: string; reach: string };
    /** In the pin region, and pinned there if an edge service of the stack uses it (Lambda@Edge): the stack decides. */
    pinnedIfUsed?: boolean;
}
