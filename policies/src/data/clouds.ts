// The clouds the pack knows, and which type-token package belongs to which. Facts, the region
// catalogue and the key tables each hold a Record over CloudId, so a cloud added here without its
// adapter or region table is a compile error rather than a silent fall-through to the generic adapter.

export const CLOUD_IDS = [
    "aws", "azure", "gcp", "ovh", "scaleway", "hcloud", "oci", "digitalocean", "linode", "alicloud", "datadog", "cloudflare",
    "ionoscloud", "stackit", "exoscale", "upcloud",
] as const;
export type CloudId = (typeof CLOUD_IDS)[number];

/** Type-token package ("aws" in "aws:s3/bucket:Bucket") → cloud. A package not named here is read by the generic adapter. */
const packageClouds: Readonly<Record<string, CloudId>> = {
    aws: "aws",
    // AWS Cloud Control (@pulumi/aws-native): the same regions, read by its own adapter.
    "aws-native": "aws",
    "azure-native": "azure",
    // Azure classic (@pulumi/azure): the same regions, read by its own adapter.
    azure: "azure",
    gcp: "gcp",
    ovh: "ovh",
    scaleway: "scaleway",
    hcloud: "hcloud",
    oci: "oci",
    digitalocean: "digitalocean",
    linode: "linode",
    alicloud: "alicloud",
    // EU-native clouds read from vendored schema extracts (scripts/catalog/vendored/).
    ionoscloud: "ionoscloud",
    stackit: "stackit",
    exoscale: "exoscale",
    upcloud: "upcloud",
    // Not clouds with regions, but each has a vocabulary of its own places: Datadog sites, R2 jurisdictions.
    datadog: "datadog",
    cloudflare: "cloudflare",
};

/** The cloud of a type-token package, or undefined for a package no adapter reads. */
export function cloudOfPackage(pkg: string): CloudId | undefined {
    return Object.prototype.hasOwnProperty.call(packageClouds, pkg) ? packageClouds[pkg] : undefined;
}
