// Facts for any resource: pick the adapter by the type's package. Component resources and
// resources of packages without a location concept yield no location.
import { awsAdapter } from "./adapters/aws";
import type { CloudAdapter } from "./adapters/adapter";
import { azureAdapter } from "./adapters/azure";
import { hcloudAdapter, ovhAdapter, scalewayAdapter } from "./adapters/eu-native";
import { gcpAdapter } from "./adapters/gcp";
import { genericAdapter } from "./adapters/generic";
import { emptyFacts } from "./locate";
import { isProviderType, isSdkComponent, packageOf } from "./read";
import type { Facts, ResourceInput } from "./types";

const adapters = new Map<string, CloudAdapter>();
for (const a of [awsAdapter, azureAdapter, gcpAdapter, ovhAdapter, scalewayAdapter, hcloudAdapter]) {
    for (const p of a.packages) adapters.set(p, a);
}

export function factsOf(resource: ResourceInput): Facts {
    if (isSdkComponent(resource.type, resource.provider)) return emptyFacts(undefined);
    const adapter = adapters.get(packageOf(resource.type));
    if (adapter) return adapter.facts(resource);
    // A custom resource always has a provider; a component (or the stack) has none and owns no data.
    if (resource.provider === undefined && !isProviderType(resource.type)) return emptyFacts(undefined);
    return genericAdapter.facts(resource);
}

export type { CloudId, Facts, LocationRef, Place, ResourceInput } from "./types";
