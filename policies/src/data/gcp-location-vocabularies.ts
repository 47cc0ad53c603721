// Google Cloud location facts beyond the region table: where a type puts its data when the
// location input is left unset.

export interface DefaultLocation {
    /** The input that, when blank, takes the default. */
    readonly path: string;
    readonly value: string;
    readonly source: string;
}

/** Types whose unset location is not the provider's but a fixed default. */
export const gcpDefaultLocations: Readonly<Record<string, DefaultLocation>> = {
    // "The default value is multi-regional location `US`." (@pulumi/gcp bigquery.DatasetArgs.location)
    "gcp:bigquery/dataset:Dataset": { path: "location", value: "us", source: "https://cloud.google.com/bigquery/docs/locations" },
};
