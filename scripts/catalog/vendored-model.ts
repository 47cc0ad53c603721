// The committed extracts of Pulumi package schemas (scripts/catalog/vendored/<id>.json) for the clouds
// and data platforms whose SDK the npm registry does not serve: where each comes from, and its shape.

/** Regional clouds (regional-rules.ts) read from an extract. */
export type RegionalVendoredId = "ionoscloud" | "stackit" | "exoscale" | "upcloud";
/** Data platforms (platform-rules.ts) read from an extract: Elastic Cloud, `@pulumi/ec` (E404 on npm). */
export type PlatformVendoredId = "ec";
export type VendoredId = RegionalVendoredId | PlatformVendoredId;

/**
 * `regional`: names that could place a resource (location words, datacenters), kept two levels below a
 * top-level input (as the committed regional extracts were cut). `platform`: the names the platform
 * generator lists (region vocabulary, key references), kept to its full NESTED_DEPTH.
 */
export type VendoredKind = "regional" | "platform";

export interface VendoredSource { readonly repository: string; readonly schema: string; readonly npm: string; readonly kind: VendoredKind }

export const VENDORED_SOURCES: Readonly<Record<VendoredId, VendoredSource>> = {
    ionoscloud: { repository: "https://github.com/ionos-cloud/pulumi-ionoscloud", schema: "provider/cmd/pulumi-resource-ionoscloud/schema.json", npm: "@ionos-cloud/sdk-pulumi", kind: "regional" },
    stackit: { repository: "https://github.com/stackitcloud/pulumi-stackit", schema: "provider/cmd/pulumi-resource-stackit/schema.json", npm: "@stackitcloud/pulumi-stackit", kind: "regional" },
    exoscale: { repository: "https://github.com/pulumiverse/pulumi-exoscale", schema: "provider/cmd/pulumi-resource-exoscale/schema.json", npm: "@pulumiverse/exoscale", kind: "regional" },
    upcloud: { repository: "https://github.com/UpCloudLtd/pulumi-upcloud", schema: "provider/cmd/pulumi-resource-upcloud/schema.json", npm: "@upcloud/pulumi-upcloud", kind: "regional" },
    ec: { repository: "https://github.com/pulumi/pulumi-ec", schema: "provider/cmd/pulumi-resource-ec/schema.json", npm: "@pulumi/ec", kind: "platform" },
};

/** One input: its type (`string`, `string[]`, `enum`, `ref:<schema type>`, `ref:<schema type>[]`, `map`, `object`), whether required, its doc (cut). */
export interface VendoredInput {
    readonly type: string;
    readonly required?: true;
    readonly doc?: string;
}

export interface VendoredFile {
    readonly source: { readonly repository: string; readonly schema: string; readonly commit: string; readonly version: string; readonly extractedBy: string };
    readonly npm: string;
    /** The provider's config keys that look like a place (`defaultRegion`, `s3Region`), or for a platform carry its region vocabulary. */
    readonly config: Readonly<Record<string, VendoredInput>>;
    /** Every resource token; per token only the inputs that could place it (or lead to a nested one). */
    readonly resources: Readonly<Record<string, Readonly<Record<string, VendoredInput>>>>;
    /** Nested input types on the way to such inputs, by schema type name, with only those properties. */
    readonly inputTypes: Readonly<Record<string, Readonly<Record<string, VendoredInput>>>>;
}
