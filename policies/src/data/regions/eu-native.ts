// EU-native providers with Pulumi packages. They are first-class: their locations are checked like
// the hyperscalers' (an OVHcloud or Hetzner resource can still be placed in North America or Asia).
import { region, type RegionTable } from "./entry";

// OVHcloud region codes carry a site number (GRA11, SBG5, DE1): the code without its digits is the
// site. 3-AZ regions use names such as eu-west-par. eu-west-eri is Erith, London: not EU.
export const ovhRegions: RegionTable = {
    cloud: "ovh",
    source: "https://www.ovhcloud.com/en/public-cloud/regions-availability/",
    entries: [
        region("gra", "Gravelines, France", "FR"),
        region("sbg", "Strasbourg, France", "FR"),
        region("rbx", "Roubaix, France", "FR"),
        region("par", "Paris, France", "FR"),
        region("de", "Frankfurt, Germany", "DE"),
        region("lim", "Limburg, Germany", "DE"),
        region("waw", "Warsaw, Poland", "PL"),
        region("mil", "Milan, Italy", "IT"),
        region("eu-west-par", "Paris 3-AZ, France", "FR"),
        region("eu-west-gra", "Gravelines, France", "FR"),
        region("eu-west-rbx", "Roubaix, France", "FR"),
        region("eu-west-sbg", "Strasbourg, France", "FR"),
        region("eu-west-lim", "Limburg, Germany", "DE"),
        region("eu-central-waw", "Warsaw, Poland", "PL"),
        region("eu-south-mil", "Milan 3-AZ, Italy", "IT"),
        region("uk", "London, United Kingdom", "GB"),
        region("eri", "Erith, United Kingdom", "GB"),
        region("eu-west-eri", "Erith, United Kingdom", "GB"),
        region("bhs", "Beauharnois, Canada", "CA"),
        region("ca-east-bhs", "Beauharnois, Canada", "CA"),
        region("tor", "Toronto, Canada", "CA"),
        region("ca-east-tor", "Toronto, Canada", "CA"),
        region("us-east-va", "Vint Hill, United States", "US"),
        region("us-west-or", "Hillsboro, United States", "US"),
        region("sgp", "Singapore", "SG"),
        region("ap-southeast-sgp", "Singapore", "SG"),
        region("syd", "Sydney, Australia", "AU"),
        region("ap-southeast-syd", "Sydney, Australia", "AU"),
        region("ynm", "Mumbai, India", "IN"),
        region("ap-south-mum", "Mumbai, India", "IN"),
    ],
};

// Scaleway: regions fr-par, nl-ams, pl-waw and it-mil (Milan, added to Scaleway's SDKs in 2025:
// https://github.com/scaleway/scaleway-sdk-js/pull/2948); zones are the region plus -1..-3. Every
// Scaleway region is in the EU, which decides a resource whose region the policy cannot see.
export const scalewayRegions: RegionTable = {
    cloud: "scaleway",
    source: "https://www.scaleway.com/en/docs/account/reference-content/products-availability/",
    entries: [
        region("fr-par", "Paris, France", "FR"),
        region("nl-ams", "Amsterdam, Netherlands", "NL"),
        region("pl-waw", "Warsaw, Poland", "PL"),
        region("it-mil", "Milan, Italy", "IT", { source: "https://github.com/scaleway/scaleway-sdk-js/pull/2948" }),
    ],
};

// Hetzner Cloud: locations, network zones. Datacenters ("fsn1-dc14") belong to a location.
export const hcloudLocations: RegionTable = {
    cloud: "hcloud",
    source: "https://docs.hetzner.com/cloud/general/locations/",
    entries: [
        region("fsn1", "Falkenstein, Germany", "DE"),
        region("nbg1", "Nuremberg, Germany", "DE"),
        region("hel1", "Helsinki, Finland", "FI"),
        region("eu-central", "network zone eu-central (Germany, Finland)", "EU"),
        region("ash", "Ashburn, United States", "US"),
        region("hil", "Hillsboro, United States", "US"),
        region("us-east", "network zone us-east", "US"),
        region("us-west", "network zone us-west", "US"),
        region("sin", "Singapore", "SG"),
        region("ap-southeast", "network zone ap-southeast", "SG"),
    ],
};
