// Oracle Cloud Infrastructure region identifiers (the provider's `region`, e.g. eu-frankfurt-1), commercial
// realm OC1 plus the EU Sovereign Cloud realm. Names are explicit: eu-zurich-1 is Switzerland and
// uk-london-1 the United Kingdom, so no prefix decides anything.
// Verified with the search tool against docs.oracle.com region tables (Cloud EPM "Geographical Regions and
// Identifiers", Oracle Integration "Region Availability", WebLogic Management availability): every EU row,
// uk-london-1, uk-cardiff-1, eu-zurich-1, us-ashburn-1, us-phoenix-1, me-jeddah-1, me-dubai-1, ap-*.
// Not verified there (taken from the region page below): eu-turin-1, eu-jovanovac-1, the EU Sovereign
// Cloud identifiers eu-frankfurt-2 and eu-madrid-2, and the Latin American and Middle Eastern rows
// other than Jeddah and Dubai.
import { region, type RegionTable } from "./entry";

export const ociRegions: RegionTable = {
    cloud: "oci",
    source: "https://docs.oracle.com/en-us/iaas/Content/General/Concepts/regions.htm",
    entries: [
        region("eu-frankfurt-1", "Frankfurt, Germany", "DE"),
        region("eu-amsterdam-1", "Amsterdam, Netherlands", "NL"),
        region("eu-paris-1", "Paris, France", "FR"),
        region("eu-marseille-1", "Marseille, France", "FR"),
        region("eu-milan-1", "Milan, Italy", "IT"),
        region("eu-turin-1", "Turin, Italy", "IT"),
        region("eu-madrid-1", "Madrid, Spain", "ES"),
        region("eu-stockholm-1", "Stockholm, Sweden", "SE"),
        // Oracle EU Sovereign Cloud (realm OC19): EU regions run by Oracle's EU subsidiaries; the parent is still Oracle (US).
        region("eu-frankfurt-2", "EU Sovereign Cloud, Frankfurt, Germany", "DE"),
        region("eu-madrid-2", "EU Sovereign Cloud, Madrid, Spain", "ES"),
        region("eu-zurich-1", "Zurich, Switzerland", "CH"),
        region("eu-jovanovac-1", "Jovanovac (Kragujevac), Serbia", "RS"),
        region("uk-london-1", "London, United Kingdom", "GB"),
        region("uk-cardiff-1", "Cardiff (Newport), United Kingdom", "GB"),
        region("us-ashburn-1", "Ashburn, United States", "US"),
        region("us-phoenix-1", "Phoenix, United States", "US"),
        region("us-sanjose-1", "San Jose, United States", "US"),
        region("us-chicago-1", "Chicago, United States", "US"),
        region("ca-toronto-1", "Toronto, Canada", "CA"),
        region("ca-montreal-1", "Montreal, Canada", "CA"),
        region("mx-queretaro-1", "Queretaro, Mexico", "MX"),
        region("mx-monterrey-1", "Monterrey, Mexico", "MX"),
        region("sa-saopaulo-1", "Sao Paulo, Brazil", "BR"),
        region("sa-vinhedo-1", "Vinhedo, Brazil", "BR"),
        region("sa-santiago-1", "Santiago, Chile", "CL"),
        region("sa-valparaiso-1", "Valparaiso, Chile", "CL"),
        region("sa-bogota-1", "Bogota, Colombia", "CO"),
        region("me-jeddah-1", "Jeddah, Saudi Arabia", "SA"),
        region("me-riyadh-1", "Riyadh, Saudi Arabia", "SA"),
        region("me-dubai-1", "Dubai, United Arab Emirates", "AE"),
        region("me-abudhabi-1", "Abu Dhabi, United Arab Emirates", "AE"),
        region("il-jerusalem-1", "Jerusalem, Israel", "IL"),
        region("af-johannesburg-1", "Johannesburg, South Africa", "ZA"),
        region("ap-mumbai-1", "Mumbai, India", "IN"),
        region("ap-hyderabad-1", "Hyderabad, India", "IN"),
        region("ap-tokyo-1", "Tokyo, Japan", "JP"),
        region("ap-osaka-1", "Osaka, Japan", "JP"),
        region("ap-seoul-1", "Seoul, South Korea", "KR"),
        region("ap-chuncheon-1", "Chuncheon, South Korea", "KR"),
        region("ap-singapore-1", "Singapore", "SG"),
        region("ap-singapore-2", "Singapore West", "SG"),
        region("ap-sydney-1", "Sydney, Australia", "AU"),
        region("ap-melbourne-1", "Melbourne, Australia", "AU"),
    ],
};

// Three-letter region keys, which some inputs take in place of the identifier (a FastConnect virtual
// circuit's `region`, "Example: `phx`" in the SDK's doc). Verified with the search tool against
// docs.oracle.com (Cloud EPM "Geographical Regions and Identifiers", Generative AI "Regions",
// Application Integration "Development Shape Availability"). The keys of regions not listed on those
// pages (Turin, Madrid 2, San Jose, Monterrey, Valparaiso, Bogota, Chuncheon, Johannesburg) are left out,
// so such a key stays unrecognised.
export const ociRegionKeys: Readonly<Record<string, string>> = Object.freeze(Object.assign(Object.create(null) as Record<string, string>, {
    fra: "eu-frankfurt-1", ams: "eu-amsterdam-1", cdg: "eu-paris-1", mrs: "eu-marseille-1", lin: "eu-milan-1",
    mad: "eu-madrid-1", arn: "eu-stockholm-1", str: "eu-frankfurt-2", zrh: "eu-zurich-1", beg: "eu-jovanovac-1",
    lhr: "uk-london-1", cwl: "uk-cardiff-1", iad: "us-ashburn-1", phx: "us-phoenix-1", ord: "us-chicago-1",
    yul: "ca-montreal-1", yyz: "ca-toronto-1", qro: "mx-queretaro-1", gru: "sa-saopaulo-1", vcp: "sa-vinhedo-1",
    scl: "sa-santiago-1", jed: "me-jeddah-1", ruh: "me-riyadh-1", dxb: "me-dubai-1", auh: "me-abudhabi-1",
    mtz: "il-jerusalem-1", bom: "ap-mumbai-1", hyd: "ap-hyderabad-1", nrt: "ap-tokyo-1", kix: "ap-osaka-1",
    icn: "ap-seoul-1", sin: "ap-singapore-1", xsp: "ap-singapore-2", syd: "ap-sydney-1", mel: "ap-melbourne-1",
}));
