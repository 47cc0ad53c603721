// The committed extracts of Pulumi package schemas (scripts/catalog/vendored/<id>.json) for the clouds
// whose SDK the npm registry does not serve: where each comes from, and its shape.

export type VendoredId = "ionoscloud" | "stackit" | "exoscale" | "upcloud";

export const VENDORED_SOURCES: Readonly<Record<VendoredId, { readonly repository: string; readonly schema: string; readonly npm: string }>> = {
    ionoscloud: { repository: "https://github.com/ionos-cloud/pulumi-ionoscloud", schema: "provider/cmd/pulumi-resource-ionoscloud/schema.json", npm: "@ionos-cloud/sdk-pulumi" },
    stackit: { repository: "https://github.com/stackitcloud/pulumi-stackit", schema: "provider/cmd/pulumi-resource-stackit/schema.json", npm: "@stackitcloud/pulumi-stackit" },
    exoscale: { repository: "https://github.com/pulumiverse/pulumi-exoscale", schema: "provider/cmd/pulumi-resource-exoscale/schema.json", npm: "@pulumiverse/exoscale" },
    upcloud: { repository: "https://github.com/UpCloudLtd/pulumi-upcloud", schema: "provider/cmd/pulumi-resource-upcloud/schema.json", npm: "@upcloud/pulumi-upcloud" },
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
    /** The provider's config keys that look like a place (`defaultRegion`, `s3Region`). */
    readonly config: Readonly<Record<string, VendoredInput>>;
    /** Every resource token; per token only the inputs that could place it (or lead to a nested one). */
    readonly resources: Readonly<Record<string, Readonly<Record<string, VendoredInput>>>>;
    /** Nested input types on the way to such inputs, by schema type name, with only those properties. */
    readonly inputTypes: Readonly<Record<string, Readonly<Record<string, VendoredInput>>>>;
}
