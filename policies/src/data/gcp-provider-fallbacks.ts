// GCP types whose location input, left unset, falls back to the provider's settings although their doc
// comments do not say so (so the generated data/generated/gcp-provider-defaulted.ts cannot list them).
// Each row names the provider settings in the order the provider reads them, with the code that does.

export interface ProviderFallback {
    /** The resource's own input. */
    readonly input: string;
    /** Provider settings tried in order. */
    readonly from: readonly ("region" | "zone")[];
    readonly source: string;
}

const getLocation = "tpgresource.GetLocation in hashicorp/terraform-provider-google google/tpgresource/regional_utils.go (location, region, zone, then the provider's region, then its zone), read at e03b762";

export const gcpProviderFallbacks: Readonly<Record<string, ProviderFallback>> = Object.freeze(Object.assign(Object.create(null) as Record<string, ProviderFallback>, {
    // resource_container_cluster.go calls tpgresource.GetLocation for the cluster's location.
    "gcp:container/cluster:Cluster": { input: "location", from: ["region", "zone"], source: getLocation },
}));
