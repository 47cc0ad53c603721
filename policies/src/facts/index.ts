// Facts for any resource: pick the adapter by the cloud of the type's package (data/clouds.ts).
// Component resources and resources of packages without a location concept yield no location.
import { cloudOfPackage, type CloudId } from "../data/clouds";
import { platformOfPackage, type PlatformId } from "../data/platforms";
import { awsAdapter } from "./adapters/aws";
import { awsNativeAdapter } from "./adapters/aws-native";
import type { CloudAdapter } from "./adapters/adapter";
import { azureAdapter } from "./adapters/azure";
import { azureClassicAdapter } from "./adapters/azure-classic";
import { cloudflareAdapter } from "./adapters/cloudflare";
import { datadogAdapter } from "./adapters/datadog";
import { gcpAdapter } from "./adapters/gcp";
import { genericAdapter } from "./adapters/generic";
import { aivenAdapter } from "./adapters/platforms/aiven";
import { atlasAdapter } from "./adapters/platforms/atlas";
import { confluentAdapter } from "./adapters/platforms/confluent";
import { elasticAdapter } from "./adapters/platforms/elastic";
import { snowflakeAdapter } from "./adapters/platforms/snowflake";
import {
    alicloudAdapter, digitaloceanAdapter, exoscaleAdapter, hcloudAdapter, ionosAdapter, linodeAdapter, ociAdapter, ovhAdapter,
    scalewayAdapter, stackitAdapter, upcloudAdapter,
} from "./adapters/regional";
import { emptyFacts } from "./locate";
import { memoByProps } from "./memo";
import { isProviderType, isSdkComponent, packageOf } from "./read";
import type { Facts, ResourceInput } from "./types";

// Azure has two providers over one region vocabulary: azure-native and classic (@pulumi/azure, package "azure").
const azureAdapters: CloudAdapter = {
    facts: (r) => (packageOf(r.type) === "azure" ? azureClassicAdapter : azureAdapter).facts(r),
};

// AWS too: @pulumi/aws and Cloud Control (@pulumi/aws-native, package "aws-native").
const awsAdapters: CloudAdapter = {
    facts: (r) => (packageOf(r.type) === "aws-native" ? awsNativeAdapter : awsAdapter).facts(r),
};

// One adapter per cloud: a cloud id without its adapter does not compile.
const adapters: Readonly<Record<CloudId, CloudAdapter>> = {
    aws: awsAdapters,
    azure: azureAdapters,
    gcp: gcpAdapter,
    ovh: ovhAdapter,
    scaleway: scalewayAdapter,
    hcloud: hcloudAdapter,
    oci: ociAdapter,
    digitalocean: digitaloceanAdapter,
    linode: linodeAdapter,
    alicloud: alicloudAdapter,
    datadog: datadogAdapter,
    cloudflare: cloudflareAdapter,
    ionoscloud: ionosAdapter,
    stackit: stackitAdapter,
    exoscale: exoscaleAdapter,
    upcloud: upcloudAdapter,
};

// Data platforms place data in a cloud's region, named in a vocabulary of their own.
const platformAdapters: Readonly<Record<PlatformId, CloudAdapter>> = {
    mongodbatlas: atlasAdapter,
    confluentcloud: confluentAdapter,
    aiven: aivenAdapter,
    ec: elasticAdapter,
    snowflake: snowflakeAdapter,
};

function derive(resource: ResourceInput): Facts {
    if (isSdkComponent(resource.type, resource.provider)) return emptyFacts(undefined);
    const cloud = cloudOfPackage(packageOf(resource.type));
    if (cloud !== undefined) return adapters[cloud].facts(resource);
    const platform = platformOfPackage(packageOf(resource.type));
    if (platform !== undefined) return platformAdapters[platform].facts(resource);
    // A custom resource always has a provider; a component (or the stack) has none and owns no data.
    if (resource.provider === undefined && !isProviderType(resource.type)) return emptyFacts(undefined);
    return genericAdapter.facts(resource);
}

/** The facts of a resource; the same object for every policy of a request (memo.ts): never change it. */
export const factsOf: (resource: ResourceInput) => Facts = memoByProps(derive, (r) => [r.type, r.name, r.urn, r.provider?.type, r.provider?.props, r.provider?.urn, r.provider?.name]);

export type { CloudId, Facts, LocationRef, Place, ResourceInput } from "./types";
