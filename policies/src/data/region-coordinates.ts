// Where each catalogued region is on a map, for the HTML report (docs/reports.md). Reports only:
// no verdict reads a coordinate. Every point is a CITY's coordinates, approximate (rounded to about
// 0.01°), never a data centre's: providers publish the city or area of a region, not its site.
//
// Source of each fact: the city is the one the region's own catalogue row names (its `label`, from
// the provider page named in ./regions/*.ts). Where the provider names only a country, state or area
// ("Ireland", "Oregon"), the point is a representative city there, and `basis` says so. The
// coordinates of the cities are common geographic knowledge, not verified with the search tool; that
// holds too for the cities added with the oci, digitalocean, linode, alicloud, datadog and cloudflare
// rows, and with the ionoscloud, stackit, exoscale and upcloud rows: each is the city's own
// coordinates, approximate, not checked with the search tool.
// Multi-regions get a nominal centre (they have no single site), dual-regions the midpoint of their
// component regions (computed, never typed twice), and `global` no point at all. Datadog sites name
// only a country, so each is plotted at that country's capital as a representative city; Cloudflare
// R2 jurisdictions bound an area, not a site, so they get a nominal centre like the multi-regions.
import { lookupRegion } from "./catalogue";
import type { CloudId } from "./clouds";

export type PointBasis =
    /** The provider names this city for the region. */
    | "named-city"
    /** The provider names only a country, state or area; the point is a city in it. */
    | "representative-city"
    /** A multi-region or network zone with no single site: a nominal point inside it. */
    | "nominal-centre"
    /** A dual-region: the midpoint of its component regions' points. */
    | "midpoint";

export interface RegionPoint {
    readonly lat: number;
    readonly lon: number;
    /** The place the point is, for people: "Frankfurt", "Dublin (provider names Ireland)". */
    readonly place: string;
    readonly basis: PointBasis;
}

/** A catalogued location that cannot be a point on a map, and why. */
export interface Unplottable {
    readonly unplottable: string;
}

type Row = RegionPoint | Unplottable | "components";

// City coordinates [lat, lon], approximate.
const CITY: Readonly<Record<string, readonly [number, number]>> = {
    "Abu Dhabi": [24.45, 54.38], Amsterdam: [52.37, 4.9], Ashburn: [39.04, -77.49], Atlanta: [33.75, -84.39],
    Auckland: [-36.85, 174.76], Bangalore: [12.97, 77.59], Bangkok: [13.76, 100.5], Beauharnois: [45.32, -73.87],
    Beijing: [39.9, 116.41], Berlin: [52.52, 13.4], Bogota: [4.71, -74.07], Boydton: [36.67, -78.39],
    Brussels: [50.85, 4.35], Busan: [35.18, 129.08], Calgary: [51.05, -114.07], Canberra: [-35.28, 149.13],
    "Cape Town": [-33.92, 18.42], Cardiff: [51.48, -3.18], Changhua: [24.07, 120.54], Chengdu: [30.57, 104.07],
    Chennai: [13.08, 80.27], Cheyenne: [41.14, -104.82], Chicago: [41.88, -87.63], Chuncheon: [37.88, 127.73],
    Columbus: [39.96, -83.0], Copenhagen: [55.68, 12.57], "Council Bluffs": [41.26, -95.86], Dallas: [32.78, -96.8],
    Dammam: [26.43, 50.1], Delhi: [28.61, 77.21], "Des Moines": [41.59, -93.62], Doha: [25.29, 51.53],
    Dubai: [25.2, 55.27], Dublin: [53.35, -6.26], Eemshaven: [53.44, 6.83], Erith: [51.48, 0.18],
    Falkenstein: [50.48, 12.37], Frankfurt: [50.11, 8.68], Fremont: [37.55, -121.99], Fuzhou: [26.07, 119.3],
    Gadheim: [49.84, 9.9], Gavle: [60.67, 17.14], Geneva: [46.2, 6.14], Gravelines: [50.99, 2.13],
    Guangzhou: [23.13, 113.26], Hamina: [60.57, 27.2], Hangzhou: [30.27, 120.16], Helsinki: [60.17, 24.94],
    Heyuan: [23.75, 114.7], Hillsboro: [45.52, -122.99], Hohhot: [40.84, 111.75], "Hong Kong": [22.32, 114.17],
    Heilbronn: [49.14, 9.22], Hyderabad: [17.39, 78.49], Jakarta: [-6.21, 106.85], Jamnagar: [22.47, 70.06], Jeddah: [21.49, 39.19],
    Jerusalem: [31.77, 35.21], Johannesburg: [-26.2, 28.05], Karlsruhe: [49.01, 8.4], Kragujevac: [44.01, 20.91], "Kuala Lumpur": [3.14, 101.69],
    "Las Vegas": [36.17, -115.14], "Lebanon, Kansas": [39.83, -98.58], Lenexa: [38.95, -94.73], Limburg: [50.39, 8.06], Logroño: [42.47, -2.45], London: [51.51, -0.13],
    "Los Angeles": [34.05, -118.24], Madrid: [40.42, -3.7], Malmo: [55.6, 13.0], Manama: [26.23, 50.59],
    Manila: [14.6, 120.98], Marseille: [43.3, 5.37], Melbourne: [-37.81, 144.96], "Mexico City": [19.43, -99.13],
    Miami: [25.76, -80.19], Milan: [45.46, 9.19], "Moncks Corner": [33.2, -80.01], Monterrey: [25.69, -100.32],
    Montreal: [45.5, -73.57], Mumbai: [19.08, 72.88], Munich: [48.14, 11.58], Nagpur: [21.15, 79.09], Nanjing: [32.06, 118.8],
    "New York": [40.71, -74.01], Newark: [40.74, -74.17], Newport: [51.58, -3.0], Nuremberg: [49.45, 11.08],
    Osaka: [34.69, 135.5], Oslo: [59.91, 10.75], Paris: [48.86, 2.35], Phoenix: [33.45, -112.07],
    Portland: [45.52, -122.68], Potsdam: [52.4, 13.07], Pune: [18.52, 73.86], Qingdao: [36.07, 120.38],
    Quebec: [46.81, -71.21], Queretaro: [20.59, -100.39], Rio: [-22.91, -43.17], Riyadh: [24.71, 46.68],
    Roubaix: [50.69, 3.18], "Saint-Ghislain": [50.45, 3.82], "Salt Lake City": [40.76, -111.89],
    "San Antonio": [29.42, -98.49], "San Francisco": [37.77, -122.42], "San Jose": [37.34, -121.89],
    Santiago: [-33.45, -70.67], "Sao Paulo": [-23.55, -46.63], Seattle: [47.61, -122.33], Seoul: [37.57, 126.98],
    Shanghai: [31.23, 121.47], Shenzhen: [22.54, 114.06], Singapore: [1.35, 103.82], Sofia: [42.7, 23.32], Stavanger: [58.97, 5.73],
    Stockholm: [59.33, 18.07], Strasbourg: [48.57, 7.75], Sydney: [-33.87, 151.21], Taipei: [25.03, 121.57],
    "Tel Aviv": [32.08, 34.78], "The Dalles": [45.59, -121.18], Tokyo: [35.68, 139.69], Toronto: [43.65, -79.38],
    Turin: [45.07, 7.69], Ulanqab: [40.99, 113.13], Valparaiso: [-33.05, -71.62], Vienna: [48.21, 16.37],
    Vinhedo: [-23.03, -46.98], "Vint Hill": [38.75, -77.67], Warsaw: [52.23, 21.01], Worcester: [52.19, -2.22], "Washington, DC": [38.91, -77.04],
    Yinchuan: [38.49, 106.23], Zaragoza: [41.65, -0.88], Zhangjiakou: [40.77, 114.88], Zurich: [47.38, 8.54],
};

function point(city: string, basis: PointBasis, place: string): RegionPoint {
    const c = CITY[city];
    if (!c) throw new Error(`region-coordinates: no coordinates for city "${city}"`);
    return { lat: c[0], lon: c[1], place, basis };
}
/** The provider names the city. */
const at = (city: string): RegionPoint => point(city, "named-city", city);
/** The provider names only `area`; plotted at `city` in it. */
const near = (city: string, area: string): RegionPoint => point(city, "representative-city", `${city} (the provider names ${area})`);
/** A multi-region or zone with no single site, plotted at `city`. */
const nominal = (city: string, what: string): RegionPoint => point(city, "nominal-centre", `${what}; no single site, plotted at ${city}`);
const DUAL = "components" as const;

const rows: Readonly<Record<CloudId, Readonly<Record<string, Row>>>> = {
    aws: {
        "eu-central-1": at("Frankfurt"), "eu-west-1": near("Dublin", "Ireland"), "eu-west-3": at("Paris"),
        "eu-north-1": at("Stockholm"), "eu-south-1": at("Milan"), "eu-south-2": near("Zaragoza", "Spain (Aragón)"),
        "eusc-de-east-1": near("Potsdam", "Brandenburg"), "eu-west-2": at("London"), "eu-central-2": at("Zurich"),
        "eu-isoe-west-1": near("London", "the United Kingdom"),
        "us-east-1": near("Ashburn", "Northern Virginia"), "us-east-2": near("Columbus", "Ohio"),
        "us-west-1": near("San Francisco", "Northern California"), "us-west-2": near("Portland", "Oregon"),
        "us-gov-east-1": near("Columbus", "US-East (GovCloud)"), "us-gov-west-1": near("Portland", "US-West (GovCloud)"),
        "ca-central-1": near("Montreal", "Canada (Central)"), "ca-west-1": at("Calgary"),
        "mx-central-1": near("Queretaro", "Mexico (Central)"), "sa-east-1": at("Sao Paulo"), "af-south-1": at("Cape Town"),
        "il-central-1": at("Tel Aviv"), "me-south-1": near("Manama", "Bahrain"),
        "me-central-1": near("Abu Dhabi", "the United Arab Emirates"), "ap-east-1": at("Hong Kong"), "ap-east-2": at("Taipei"),
        "ap-south-1": at("Mumbai"), "ap-south-2": at("Hyderabad"), "ap-northeast-1": at("Tokyo"),
        "ap-northeast-2": at("Seoul"), "ap-northeast-3": at("Osaka"), "ap-southeast-1": at("Singapore"),
        "ap-southeast-2": at("Sydney"), "ap-southeast-3": at("Jakarta"), "ap-southeast-4": at("Melbourne"),
        "ap-southeast-5": near("Kuala Lumpur", "Malaysia"), "ap-southeast-6": near("Auckland", "New Zealand"),
        "ap-southeast-7": near("Bangkok", "Thailand"), "cn-north-1": at("Beijing"), "cn-northwest-1": near("Yinchuan", "Ningxia"),
    },
    azure: {
        westeurope: near("Amsterdam", "the Netherlands"), northeurope: near("Dublin", "Ireland"),
        francecentral: at("Paris"), francesouth: at("Marseille"), germanywestcentral: at("Frankfurt"),
        germanynorth: at("Berlin"), swedencentral: at("Gavle"), swedensouth: at("Malmo"), italynorth: at("Milan"),
        polandcentral: at("Warsaw"), spaincentral: at("Madrid"), austriaeast: at("Vienna"), belgiumcentral: at("Brussels"),
        denmarkeast: at("Copenhagen"), norwayeast: at("Oslo"), norwaywest: at("Stavanger"), uksouth: at("London"),
        ukwest: at("Cardiff"), switzerlandnorth: at("Zurich"), switzerlandwest: at("Geneva"),
        eastus: near("Ashburn", "Virginia"), eastus2: near("Boydton", "Virginia"), centralus: near("Des Moines", "Iowa"),
        northcentralus: near("Chicago", "Illinois"), southcentralus: near("San Antonio", "Texas"),
        westcentralus: near("Cheyenne", "Wyoming"), westus: near("San Francisco", "California"),
        westus2: near("Seattle", "Washington"), westus3: near("Phoenix", "Arizona"), canadacentral: at("Toronto"),
        canadaeast: at("Quebec"), brazilsouth: at("Sao Paulo"), brazilsoutheast: at("Rio"), mexicocentral: at("Queretaro"),
        chilecentral: at("Santiago"), southafricanorth: at("Johannesburg"), southafricawest: at("Cape Town"),
        uaenorth: at("Dubai"), uaecentral: at("Abu Dhabi"), qatarcentral: at("Doha"), israelcentral: near("Tel Aviv", "Israel"),
        centralindia: at("Pune"), southindia: at("Chennai"), westindia: at("Mumbai"), jioindiawest: at("Jamnagar"),
        jioindiacentral: at("Nagpur"), eastasia: at("Hong Kong"), southeastasia: at("Singapore"), japaneast: at("Tokyo"),
        japanwest: at("Osaka"), koreacentral: at("Seoul"), koreasouth: at("Busan"),
        australiaeast: near("Sydney", "New South Wales"), australiasoutheast: near("Melbourne", "Victoria"),
        australiacentral: at("Canberra"), australiacentral2: at("Canberra"), newzealandnorth: at("Auckland"),
        indonesiacentral: at("Jakarta"), malaysiawest: at("Kuala Lumpur"),
    },
    gcp: {
        "europe-west1": at("Saint-Ghislain"), "europe-west3": at("Frankfurt"), "europe-west4": at("Eemshaven"),
        "europe-west8": at("Milan"), "europe-west9": at("Paris"), "europe-west10": at("Berlin"), "europe-west12": at("Turin"),
        "europe-north1": at("Hamina"), "europe-north2": at("Stockholm"), "europe-central2": at("Warsaw"),
        "europe-southwest1": at("Madrid"), "u-france-east1": near("Paris", "France (site not published)"),
        "europe-west2": at("London"), "europe-west6": at("Zurich"),
        eu: nominal("Gadheim", "EU multi-region (geographic centre of the EU)"), eur4: DUAL, eur5: DUAL, eur7: DUAL, eur8: DUAL,
        europe: nominal("Gadheim", "multi-region Europe (extent not published)"),
        global: { unplottable: "global: no single location" },
        us: nominal("Lebanon, Kansas", "US multi-region (geographic centre of the contiguous US)"),
        asia: nominal("Changhua", "Asia multi-region"), nam4: DUAL, asia1: DUAL,
        "us-central1": near("Council Bluffs", "Iowa"), "us-east1": near("Moncks Corner", "South Carolina"),
        "us-east4": near("Ashburn", "Virginia"), "us-east5": near("Columbus", "Ohio"), "us-south1": near("Dallas", "Texas"),
        "us-west1": near("The Dalles", "Oregon"), "us-west2": at("Los Angeles"), "us-west3": at("Salt Lake City"),
        "us-west4": at("Las Vegas"), "northamerica-northeast1": at("Montreal"), "northamerica-northeast2": at("Toronto"),
        "northamerica-south1": at("Queretaro"), "southamerica-east1": at("Sao Paulo"), "southamerica-west1": at("Santiago"),
        "asia-east1": at("Changhua"), "asia-east2": at("Hong Kong"), "asia-northeast1": at("Tokyo"),
        "asia-northeast2": at("Osaka"), "asia-northeast3": at("Seoul"), "asia-south1": at("Mumbai"), "asia-south2": at("Delhi"),
        "asia-southeast1": at("Singapore"), "asia-southeast2": at("Jakarta"), "australia-southeast1": at("Sydney"),
        "australia-southeast2": at("Melbourne"), "me-central1": at("Doha"), "me-central2": at("Dammam"),
        "me-west1": at("Tel Aviv"), "africa-south1": at("Johannesburg"),
    },
    ovh: {
        gra: at("Gravelines"), sbg: at("Strasbourg"), rbx: at("Roubaix"), par: at("Paris"), de: at("Frankfurt"),
        lim: at("Limburg"), waw: at("Warsaw"), mil: at("Milan"), "eu-west-par": at("Paris"), "eu-west-gra": at("Gravelines"),
        "eu-west-rbx": at("Roubaix"), "eu-west-sbg": at("Strasbourg"), "eu-west-lim": at("Limburg"),
        "eu-central-waw": at("Warsaw"), "eu-south-mil": at("Milan"), uk: at("London"), eri: at("Erith"),
        "eu-west-eri": at("Erith"), bhs: at("Beauharnois"), "ca-east-bhs": at("Beauharnois"), tor: at("Toronto"),
        "ca-east-tor": at("Toronto"), "us-east-va": at("Vint Hill"), "us-west-or": at("Hillsboro"), sgp: at("Singapore"),
        "ap-southeast-sgp": at("Singapore"), syd: at("Sydney"), "ap-southeast-syd": at("Sydney"), ynm: at("Mumbai"),
        "ap-south-mum": at("Mumbai"),
    },
    scaleway: { "fr-par": at("Paris"), "nl-ams": at("Amsterdam"), "pl-waw": at("Warsaw"), "it-mil": at("Milan") },
    hcloud: {
        fsn1: at("Falkenstein"), nbg1: at("Nuremberg"), hel1: at("Helsinki"),
        "eu-central": nominal("Nuremberg", "network zone eu-central (Falkenstein, Nuremberg, Helsinki)"),
        ash: at("Ashburn"), hil: at("Hillsboro"), "us-east": nominal("Ashburn", "network zone us-east"),
        "us-west": nominal("Hillsboro", "network zone us-west"), sin: at("Singapore"),
        "ap-southeast": nominal("Singapore", "network zone ap-southeast"),
    },
    oci: {
        "eu-frankfurt-1": at("Frankfurt"), "eu-amsterdam-1": at("Amsterdam"), "eu-paris-1": at("Paris"),
        "eu-marseille-1": at("Marseille"), "eu-milan-1": at("Milan"), "eu-turin-1": at("Turin"), "eu-madrid-1": at("Madrid"),
        "eu-stockholm-1": at("Stockholm"), "eu-frankfurt-2": at("Frankfurt"), "eu-madrid-2": at("Madrid"),
        "eu-zurich-1": at("Zurich"), "eu-jovanovac-1": at("Kragujevac"), "uk-london-1": at("London"),
        "uk-cardiff-1": at("Newport"), "us-ashburn-1": at("Ashburn"), "us-phoenix-1": at("Phoenix"),
        "us-sanjose-1": at("San Jose"), "us-chicago-1": at("Chicago"), "ca-toronto-1": at("Toronto"),
        "ca-montreal-1": at("Montreal"), "mx-queretaro-1": at("Queretaro"), "mx-monterrey-1": at("Monterrey"),
        "sa-saopaulo-1": at("Sao Paulo"), "sa-vinhedo-1": at("Vinhedo"), "sa-santiago-1": at("Santiago"),
        "sa-valparaiso-1": at("Valparaiso"), "sa-bogota-1": at("Bogota"), "me-jeddah-1": at("Jeddah"),
        "me-riyadh-1": at("Riyadh"), "me-dubai-1": at("Dubai"), "me-abudhabi-1": at("Abu Dhabi"),
        "il-jerusalem-1": at("Jerusalem"), "af-johannesburg-1": at("Johannesburg"), "ap-mumbai-1": at("Mumbai"),
        "ap-hyderabad-1": at("Hyderabad"), "ap-tokyo-1": at("Tokyo"), "ap-osaka-1": at("Osaka"), "ap-seoul-1": at("Seoul"),
        "ap-chuncheon-1": at("Chuncheon"), "ap-singapore-1": at("Singapore"), "ap-singapore-2": at("Singapore"),
        "ap-sydney-1": at("Sydney"), "ap-melbourne-1": at("Melbourne"),
    },
    digitalocean: {
        fra1: at("Frankfurt"), ams2: at("Amsterdam"), ams3: at("Amsterdam"), lon1: at("London"), nyc1: at("New York"),
        nyc2: at("New York"), nyc3: at("New York"), sfo1: at("San Francisco"), sfo2: at("San Francisco"),
        sfo3: at("San Francisco"), atl1: at("Atlanta"), tor1: at("Toronto"), sgp1: at("Singapore"), blr1: at("Bangalore"),
        syd1: at("Sydney"), fra: at("Frankfurt"), ams: at("Amsterdam"), lon: at("London"), nyc: at("New York"),
        sfo: at("San Francisco"), atl: at("Atlanta"), tor: at("Toronto"), sgp: at("Singapore"), blr: at("Bangalore"),
        syd: at("Sydney"),
    },
    linode: {
        "eu-central": at("Frankfurt"), "de-fra-2": at("Frankfurt"), "fr-par": at("Paris"), "nl-ams": at("Amsterdam"),
        "se-sto": at("Stockholm"), "it-mil": at("Milan"), "es-mad": at("Madrid"), "eu-west": at("London"),
        "gb-lon": at("London"), "us-east": at("Newark"), "us-central": at("Dallas"), "us-west": at("Fremont"),
        "us-southeast": at("Atlanta"), "us-iad": at("Washington, DC"), "us-ord": at("Chicago"), "us-lax": at("Los Angeles"),
        "us-mia": at("Miami"), "us-sea": at("Seattle"), "ca-central": at("Toronto"), "br-gru": at("Sao Paulo"),
        "ap-south": at("Singapore"), "sg-sin-2": at("Singapore"), "ap-northeast": at("Tokyo"), "jp-tyo-3": at("Tokyo"),
        "jp-osa": at("Osaka"), "ap-west": at("Mumbai"), "in-bom-2": at("Mumbai"), "in-maa": at("Chennai"),
        "id-cgk": at("Jakarta"), "ap-southeast": at("Sydney"), "au-mel": at("Melbourne"),
    },
    alicloud: {
        "eu-central-1": at("Frankfurt"), "eu-west-1": at("London"), "us-east-1": near("Ashburn", "Virginia"),
        "us-west-1": near("San Jose", "Silicon Valley"), "na-south-1": near("Mexico City", "Mexico"), "me-east-1": at("Dubai"),
        "me-central-1": at("Riyadh"), "ap-northeast-1": at("Tokyo"), "ap-northeast-2": at("Seoul"),
        "ap-southeast-1": at("Singapore"), "ap-southeast-2": at("Sydney"), "ap-southeast-3": at("Kuala Lumpur"),
        "ap-southeast-5": at("Jakarta"), "ap-southeast-6": at("Manila"), "ap-southeast-7": at("Bangkok"),
        "ap-south-1": at("Mumbai"), "cn-hongkong": at("Hong Kong"), "cn-qingdao": at("Qingdao"), "cn-beijing": at("Beijing"),
        "cn-zhangjiakou": at("Zhangjiakou"), "cn-huhehaote": at("Hohhot"), "cn-wulanchabu": at("Ulanqab"),
        "cn-hangzhou": at("Hangzhou"), "cn-shanghai": at("Shanghai"), "cn-nanjing": at("Nanjing"), "cn-fuzhou": at("Fuzhou"),
        "cn-shenzhen": at("Shenzhen"), "cn-heyuan": at("Heyuan"), "cn-guangzhou": at("Guangzhou"), "cn-chengdu": at("Chengdu"),
        "cn-shanghai-finance-1": at("Shanghai"),
    },
    // Datadog names only the country of each site; the point is that country's capital.
    datadog: {
        "datadoghq.eu": near("Berlin", "Germany (site not published)"),
        "datadoghq.com": near("Washington, DC", "the United States (site not published)"),
        "us3.datadoghq.com": near("Washington, DC", "the United States (site not published)"),
        "us5.datadoghq.com": near("Washington, DC", "the United States (site not published)"),
        "ddog-gov.com": near("Washington, DC", "the United States (site not published)"),
        "us2.ddog-gov.com": near("Washington, DC", "the United States (site not published)"),
        "ap1.datadoghq.com": near("Tokyo", "Japan (site not published)"),
        "ap2.datadoghq.com": near("Canberra", "Australia (site not published)"),
        "uk1.datadoghq.com": near("London", "the United Kingdom (site not published)"),
    },
    // R2 jurisdictions bound where data may be, not a site: nominal centres, as for the GCP multi-regions.
    cloudflare: {
        eu: nominal("Gadheim", "R2 EU jurisdiction (geographic centre of the EU)"),
        us: nominal("Lebanon, Kansas", "R2 US jurisdiction (geographic centre of the contiguous US)"),
        fedramp: nominal("Lebanon, Kansas", "R2 FedRAMP jurisdiction (geographic centre of the contiguous US)"),
    },
    ionoscloud: {
        "de/fra": at("Frankfurt"), "de/txl": at("Berlin"), "de/fkb": at("Karlsruhe"), "es/vit": at("Logroño"),
        "fr/par": at("Paris"), "gb/lhr": at("London"), "gb/bhx": at("Worcester"), "us/las": at("Las Vegas"),
        "us/ewr": at("Newark"), "us/mci": at("Lenexa"), de: at("Frankfurt"), "eu-central-2": at("Berlin"),
        "eu-central-3": at("Berlin"), "eu-south-2": at("Logroño"), "us-central-1": at("Lenexa"),
    },
    stackit: {
        eu01: at("Heilbronn"),
        // The site of eu02 is not published (Germany or Austria): a nominal point at STACKIT's other region.
        eu02: nominal("Heilbronn", "STACKIT eu02, whose site is not published"),
    },
    exoscale: {
        "ch-gva-2": at("Geneva"), "ch-dk-2": at("Zurich"), "de-fra-1": at("Frankfurt"), "de-muc-1": at("Munich"),
        "at-vie-1": at("Vienna"), "at-vie-2": at("Vienna"), "bg-sof-1": at("Sofia"),
    },
    upcloud: {
        "de-fra1": at("Frankfurt"), "fi-hel1": at("Helsinki"), "fi-hel2": at("Helsinki"), "nl-ams1": at("Amsterdam"),
        "pl-waw1": at("Warsaw"), "es-mad1": at("Madrid"), "se-sto1": at("Stockholm"), "uk-lon1": at("London"),
        "us-nyc1": at("New York"), "us-chi1": at("Chicago"), "us-sjo1": at("San Jose"), "sg-sin1": at("Singapore"),
        "au-syd1": at("Sydney"),
        "europe-1": nominal("Helsinki", "Managed Object Storage europe-1 (zones fi-hel1 and de-fra1)"),
    },
};

/**
 * The map point of a catalogued location, an Unplottable with the reason, or undefined when the
 * catalogue does not know the location (the report lists it as not on the map).
 */
export function regionPoint(cloud: string, canonical: string): RegionPoint | Unplottable | undefined {
    const table = Object.hasOwn(rows, cloud) ? rows[cloud as CloudId] : undefined;
    const row = table && Object.hasOwn(table, canonical) ? table[canonical] : undefined;
    if (row !== "components") return row;
    const parts = (lookupRegion(cloud, canonical)?.components ?? []).map((c) => regionPoint(cloud, c));
    const points = parts.filter((p): p is RegionPoint => p !== undefined && "lat" in p);
    if (points.length === 0 || points.length !== parts.length) return { unplottable: `${canonical}: its component regions have no points` };
    const lat = points.reduce((s, p) => s + p.lat, 0) / points.length;
    const lon = points.reduce((s, p) => s + p.lon, 0) / points.length;
    return { lat: round(lat), lon: round(lon), place: `dual-region, midpoint of ${points.map((p) => p.place).join(" and ")}`, basis: "midpoint" };
}

function round(n: number): number {
    return Math.round(n * 100) / 100;
}

/** Every location with a coordinate row, per cloud (for the test that the catalogue is covered). */
export function coordinateRowNames(cloud: CloudId): string[] {
    return Object.keys(rows[cloud]);
}

