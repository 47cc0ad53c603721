// Akamai Cloud (Linode) region ids (`region`, e.g. eu-central, de-fra-2). Object Storage clusters are the
// region id plus "-1" (eu-central-1, fr-par-1) and are read as their region.
// Verified with the search tool: the Object Storage cluster list quoted from linode.com/docs (Amsterdam,
// Atlanta, Chennai, Chicago, Frankfurt, Jakarta, Los Angeles, Miami, Milan, Newark, Osaka, Paris, Sao Paulo,
// Seattle, Singapore, Stockholm, Washington) and the API's region ids us-east, ap-west, ca-central.
// Not verified: the distributed/2024+ core regions de-fra-2, gb-lon, es-mad, au-mel, in-bom-2, sg-sin-2,
// jp-tyo-3, and the legacy us-central, us-west, eu-west, ap-northeast, ap-southeast labels.
import { region, type RegionTable } from "./entry";

export const linodeRegions: RegionTable = {
    cloud: "linode",
    source: "https://www.linode.com/global-infrastructure/",
    entries: [
        region("eu-central", "Frankfurt, Germany", "DE"),
        region("de-fra-2", "Frankfurt 2, Germany", "DE"),
        region("fr-par", "Paris, France", "FR"),
        region("nl-ams", "Amsterdam, Netherlands", "NL"),
        region("se-sto", "Stockholm, Sweden", "SE"),
        region("it-mil", "Milan, Italy", "IT"),
        region("es-mad", "Madrid, Spain", "ES"),
        region("eu-west", "London, United Kingdom", "GB"),
        region("gb-lon", "London 2, United Kingdom", "GB"),
        region("us-east", "Newark, United States", "US"),
        region("us-central", "Dallas, United States", "US"),
        region("us-west", "Fremont, United States", "US"),
        region("us-southeast", "Atlanta, United States", "US"),
        region("us-iad", "Washington, DC, United States", "US"),
        region("us-ord", "Chicago, United States", "US"),
        region("us-lax", "Los Angeles, United States", "US"),
        region("us-mia", "Miami, United States", "US"),
        region("us-sea", "Seattle, United States", "US"),
        region("ca-central", "Toronto, Canada", "CA"),
        region("br-gru", "Sao Paulo, Brazil", "BR"),
        region("ap-south", "Singapore", "SG"),
        region("sg-sin-2", "Singapore 2", "SG"),
        region("ap-northeast", "Tokyo, Japan", "JP"),
        region("jp-tyo-3", "Tokyo 3, Japan", "JP"),
        region("jp-osa", "Osaka, Japan", "JP"),
        region("ap-west", "Mumbai, India", "IN"),
        region("in-bom-2", "Mumbai 2, India", "IN"),
        region("in-maa", "Chennai, India", "IN"),
        region("id-cgk", "Jakarta, Indonesia", "ID"),
        region("ap-southeast", "Sydney, Australia", "AU"),
        region("au-mel", "Melbourne, Australia", "AU"),
    ],
};
