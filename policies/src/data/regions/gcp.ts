// Google Cloud regions, multi-regions and dual-regions. The GCS multi-region `EU` is stored in EU
// member states. `europe` here is the Artifact Registry multi-region, whose extent is not published,
// so it is not counted as EU; Cloud KMS's `europe` is EU-only and read through ./gcp-kms.ts.
// `global` is not a location in the EU. Values compare case-insensitively.
import { region, type RegionTable } from "./entry";

const storageLocations = "https://cloud.google.com/storage/docs/locations";

export const gcpLocations: RegionTable = {
    cloud: "gcp",
    source: "https://cloud.google.com/about/locations",
    entries: [
        region("europe-west1", "St. Ghislain, Belgium", "BE"),
        region("europe-west3", "Frankfurt, Germany", "DE"),
        region("europe-west4", "Eemshaven, Netherlands", "NL"),
        region("europe-west8", "Milan, Italy", "IT"),
        region("europe-west9", "Paris, France", "FR"),
        region("europe-west10", "Berlin, Germany", "DE"),
        region("europe-west12", "Turin, Italy", "IT"),
        region("europe-north1", "Hamina, Finland", "FI"),
        region("europe-north2", "Stockholm, Sweden", "SE"),
        region("europe-central2", "Warsaw, Poland", "PL"),
        region("europe-southwest1", "Madrid, Spain", "ES"),
        region("u-france-east1", "S3NS PREMI3NS (SecNumCloud), France", "FR", {
            sovereign: true,
            source: "https://www.s3ns.io/ (Thales-operated, universe domain s3nsapis.fr)",
        }),
        region("europe-west2", "London, United Kingdom", "GB"),
        region("europe-west6", "Zurich, Switzerland", "CH"),
        region("eu", "EU multi-region (EU member states)", "EU", { source: storageLocations }),
        region("eur4", "dual-region Finland + Netherlands", "EU", {
            components: ["europe-north1", "europe-west4"], source: storageLocations,
        }),
        region("eur5", "dual-region Belgium + London", "GB", {
            components: ["europe-west1", "europe-west2"], source: storageLocations,
        }),
        region("eur7", "dual-region London + Frankfurt", "GB", {
            components: ["europe-west2", "europe-west3"], source: storageLocations,
        }),
        region("eur8", "dual-region Frankfurt + Zurich", "CH", {
            components: ["europe-west3", "europe-west6"], source: storageLocations,
        }),
        region("europe", "multi-region Europe (Artifact Registry; extent not published, not counted as EU)", "EUROPE", {
            source: "https://cloud.google.com/kms/docs/locations",
        }),
        region("global", "global (no single location)", "GLOBAL"),
        region("us", "US multi-region", "US", { source: storageLocations }),
        region("asia", "Asia multi-region", "ASIA", { source: storageLocations }),
        region("nam4", "dual-region Iowa + South Carolina", "US", {
            components: ["us-central1", "us-east1"], source: storageLocations,
        }),
        region("asia1", "dual-region Tokyo + Osaka", "JP", {
            components: ["asia-northeast1", "asia-northeast2"], source: storageLocations,
        }),
        region("us-central1", "Iowa, United States", "US"),
        region("us-east1", "South Carolina, United States", "US"),
        region("us-east4", "Virginia, United States", "US"),
        region("us-east5", "Ohio, United States", "US"),
        region("us-south1", "Texas, United States", "US"),
        region("us-west1", "Oregon, United States", "US"),
        region("us-west2", "Los Angeles, United States", "US"),
        region("us-west3", "Salt Lake City, United States", "US"),
        region("us-west4", "Las Vegas, United States", "US"),
        region("northamerica-northeast1", "Montreal, Canada", "CA"),
        region("northamerica-northeast2", "Toronto, Canada", "CA"),
        region("northamerica-south1", "Queretaro, Mexico", "MX"),
        region("southamerica-east1", "Sao Paulo, Brazil", "BR"),
        region("southamerica-west1", "Santiago, Chile", "CL"),
        region("asia-east1", "Changhua, Taiwan", "TW"),
        region("asia-east2", "Hong Kong", "HK"),
        region("asia-northeast1", "Tokyo, Japan", "JP"),
        region("asia-northeast2", "Osaka, Japan", "JP"),
        region("asia-northeast3", "Seoul, South Korea", "KR"),
        region("asia-south1", "Mumbai, India", "IN"),
        region("asia-south2", "Delhi, India", "IN"),
        region("asia-southeast1", "Singapore", "SG"),
        region("asia-southeast2", "Jakarta, Indonesia", "ID"),
        region("australia-southeast1", "Sydney, Australia", "AU"),
        region("australia-southeast2", "Melbourne, Australia", "AU"),
        region("me-central1", "Doha, Qatar", "QA"),
        region("me-central2", "Dammam, Saudi Arabia", "SA"),
        region("me-west1", "Tel Aviv, Israel", "IL"),
        region("africa-south1", "Johannesburg, South Africa", "ZA"),
    ],
};
