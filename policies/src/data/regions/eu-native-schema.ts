// The EU-native clouds whose SDK is read from a vendored schema extract (IONOS, STACKIT, Exoscale,
// UpCloud). Each table lists every place the provider names, EU or not: Switzerland and the United
// Kingdom are outside the EU/EEA, so their rows are named as such and never allowed by default.
import { region, type RegionTable } from "./entry";

// IONOS Cloud datacenter locations (`<country>/<site>`; `de/fra/2` is a second Frankfurt site, read as
// de/fra). The list is the provider's own: the `location` docs of ionoscloud:compute/datacenter:Datacenter
// and ionoscloud:compute/iPBlock:IPBlock in its schema (scripts/catalog/vendored/ionoscloud.json), which
// also name de/fra Frankfurt and de/txl Berlin. Object Storage regions are another vocabulary: de
// (Frankfurt), eu-central-2 and eu-central-3 (Berlin), eu-south-2 (Logroño), us-central-1 (Lenexa), per
// docs.ionos.com (Object Storage, Buckets). eu-central-4 is named by the schema with no city or country
// found for it, so it is left out and reads as unrecognised (fail closed).
// Verified with the search tool (pages corpus) and the provider repository at the vendored commit.
export const ionosLocations: RegionTable = {
    cloud: "ionoscloud",
    source: "https://github.com/ionos-cloud/pulumi-ionoscloud/blob/master/provider/cmd/pulumi-resource-ionoscloud/schema.json",
    entries: [
        region("de/fra", "Frankfurt, Germany", "DE"),
        region("de/txl", "Berlin, Germany", "DE"),
        // Karlsruhe: the provider's getLocation example names "karlsruhe"; de/fkb is its code (IP blocks).
        region("de/fkb", "Karlsruhe, Germany", "DE"),
        region("es/vit", "Logroño, Spain", "ES"),
        region("fr/par", "Paris, France", "FR"),
        region("gb/lhr", "London, United Kingdom", "GB"),
        region("gb/bhx", "Worcester, United Kingdom", "GB"),
        region("us/las", "Las Vegas, United States", "US"),
        region("us/ewr", "Newark, United States", "US"),
        region("us/mci", "Lenexa, United States", "US"),
        region("de", "Object Storage, Frankfurt, Germany", "DE", { source: "https://docs.ionos.com/cloud/storage-and-backup/ionos-object-storage/concepts/buckets" }),
        region("eu-central-2", "Object Storage, Berlin, Germany", "DE", { source: "https://docs.ionos.com/cloud/storage-and-backup/ionos-object-storage/concepts/buckets" }),
        region("eu-central-3", "Object Storage, Berlin, Germany", "DE", { source: "https://docs.ionos.com/cloud/storage-and-backup/ionos-object-storage/concepts/buckets" }),
        region("eu-south-2", "Object Storage, Logroño, Spain", "ES", { source: "https://docs.ionos.com/cloud/storage-and-backup/ionos-object-storage/concepts/buckets" }),
        region("us-central-1", "Object Storage, Lenexa, United States", "US", { source: "https://docs.ionos.com/cloud/storage-and-backup/ionos-object-storage/concepts/buckets" }),
    ],
};

// STACKIT regions: eu01 is Heilbronn, Germany (docs.stackit.cloud, Regions and Availability Zones);
// eu02 exists (its zones eu02-1..3 and eu02-m appear in stackit-cli issue 997), but no page found names
// its site. STACKIT operates only in Germany and Austria (techzine.eu, 2025), both EU, so eu02 is
// recorded as EU-bounded without a country. Zones (eu01-1, eu01-m) are read as their region.
// Verified with the search tool (pages and docs corpora).
export const stackitRegions: RegionTable = {
    cloud: "stackit",
    source: "https://docs.stackit.cloud/products/storage/block-storage/basics/regions-and-availability-zones",
    entries: [
        region("eu01", "Heilbronn, Germany", "DE"),
        region("eu02", "STACKIT eu02 (Germany or Austria; the site is not published)", "EU", { source: "https://github.com/stackitcloud/stackit-cli/issues/997" }),
    ],
};

// Exoscale zones: the `ZoneName` enum of Exoscale's OpenAPI specification (openapi-v2.exoscale.com, as
// generated into exoscale-rs); hr-zag-1 is not among them. Verified with the search tool (docs corpus).
// ch-gva-2 and ch-dk-2 are in Switzerland, outside the EU/EEA.
export const exoscaleZones: RegionTable = {
    cloud: "exoscale",
    source: "https://openapi-v2.exoscale.com/ ; https://docs.rs/crate/exoscale-rs/latest/source/docs/ZoneName.md",
    entries: [
        region("ch-gva-2", "Geneva, Switzerland", "CH"),
        region("ch-dk-2", "Zurich, Switzerland", "CH"),
        region("de-fra-1", "Frankfurt, Germany", "DE"),
        region("de-muc-1", "Munich, Germany", "DE"),
        region("at-vie-1", "Vienna, Austria", "AT"),
        region("at-vie-2", "Vienna, Austria", "AT"),
        region("bg-sof-1", "Sofia, Bulgaria", "BG"),
    ],
};

// UpCloud zones. The provider repository's docs and examples name de-fra1, fi-hel1, fi-hel2, nl-ams1,
// pl-waw1, es-mad1 and se-sto1; the others are the public zones third-party UpCloud tooling lists (no
// UpCloud page listing every zone was found by the search tool). dk-cph1 was named by no source found,
// so it is left out and reads as unrecognised (fail closed). Managed Object Storage names a region:
// europe-1 (zones fi-hel1 and de-fra1; developers.upcloud.com, Managed Object Storage); other regions
// are left out for the same reason.
export const upcloudZones: RegionTable = {
    cloud: "upcloud",
    source: "https://github.com/UpCloudLtd/pulumi-upcloud ; https://developers.upcloud.com/1.3/21-managed-object-storage/",
    entries: [
        region("de-fra1", "Frankfurt, Germany", "DE"),
        region("fi-hel1", "Helsinki, Finland", "FI"),
        region("fi-hel2", "Helsinki, Finland", "FI"),
        region("nl-ams1", "Amsterdam, Netherlands", "NL"),
        region("pl-waw1", "Warsaw, Poland", "PL"),
        region("es-mad1", "Madrid, Spain", "ES"),
        region("se-sto1", "Stockholm, Sweden", "SE"),
        region("uk-lon1", "London, United Kingdom", "GB"),
        region("us-nyc1", "New York, United States", "US"),
        region("us-chi1", "Chicago, United States", "US"),
        region("us-sjo1", "San Jose, United States", "US"),
        region("sg-sin1", "Singapore", "SG"),
        region("au-syd1", "Sydney, Australia", "AU"),
        region("europe-1", "Managed Object Storage europe-1 (Helsinki, Finland; Frankfurt, Germany)", "EU", { source: "https://developers.upcloud.com/1.3/21-managed-object-storage/" }),
    ],
};
