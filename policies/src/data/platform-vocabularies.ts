// How each data platform spells a region of AWS, Azure or Google Cloud, where the spelling is not a
// mechanical transform of the cloud's own name. Sources beside each table.

/**
 * MongoDB Atlas region names for Azure that invert the Azure name (EUROPE_WEST = westeurope); the others
 * are the Azure name in capitals with underscores (GERMANY_WEST_CENTRAL = germanywestcentral).
 * https://www.mongodb.com/docs/atlas/reference/microsoft-azure/ (not verified with the search tool).
 */
export const atlasAzureNames: Readonly<Record<string, string>> = {
    US_CENTRAL: "centralus", US_EAST: "eastus", US_EAST_2: "eastus2", US_NORTH_CENTRAL: "northcentralus",
    US_WEST: "westus", US_WEST_2: "westus2", US_WEST_3: "westus3", US_WEST_CENTRAL: "westcentralus",
    US_SOUTH_CENTRAL: "southcentralus", EUROPE_NORTH: "northeurope", EUROPE_WEST: "westeurope",
    ASIA_EAST: "eastasia", ASIA_SOUTH_EAST: "southeastasia", INDIA_CENTRAL: "centralindia",
    INDIA_SOUTH: "southindia", INDIA_WEST: "westindia",
};

/**
 * MongoDB Atlas region names for Google Cloud that are not the region in capitals (EUROPE_WEST_3 =
 * europe-west3). Verified with the search tool for CENTRAL_US, EASTERN_US (and US_EAST_4, US_EAST_5 by
 * the rule) against https://www.mongodb.com/docs/atlas/reference/google-gcp/; the rest from that page, not verified.
 */
export const atlasGcpNames: Readonly<Record<string, string>> = {
    CENTRAL_US: "us-central1", EASTERN_US: "us-east1", WESTERN_US: "us-west1", WESTERN_EUROPE: "europe-west1",
    EASTERN_ASIA_PACIFIC: "asia-east1", NORTHEASTERN_ASIA_PACIFIC: "asia-northeast1",
    SOUTHEASTERN_ASIA_PACIFIC: "asia-southeast1", NORTH_AMERICA_NORTHEAST_1: "northamerica-northeast1",
    NORTH_AMERICA_NORTHEAST_2: "northamerica-northeast2", SOUTH_AMERICA_EAST_1: "southamerica-east1",
    SOUTH_AMERICA_WEST_1: "southamerica-west1",
};

/**
 * The city labels MongoDB Atlas Data Federation and Stream Processing name an AWS region by, in
 * `dataProcessRegion.region` (VIRGINIA_USA = us-east-1). Verified with the search tool: MongoDB's Atlas
 * API reference "Update One Federated Database Instance" (PATCH /groups/{GROUP-ID}/dataFederation/{NAME};
 * now https://www.mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Data-Federation) lists
 * SYDNEY_AUS (ap-southeast-2), MUMBAI_IND (ap-south-1), FRANKFURT_DEU (eu-central-1), DUBLIN_IRL
 * (eu-west-1), LONDON_GBR (eu-west-2), VIRGINIA_USA (us-east-1) and OREGON_USA (us-west-2); the Atlas
 * Kubernetes Operator's AtlasDataFederation enum (github.com/mongodb/mongodb-atlas-kubernetes) adds
 * SAOPAULO_BRA and SINGAPORE_SGP, the cities of sa-east-1 and ap-southeast-1. Data Federation's region
 * table also gives Atlas region names (US_EAST_1, EUROPE_WEST: https://www.mongodb.com/docs/atlas/data-federation/adf-overview/regions),
 * and the Pulumi registry's StreamInstance example writes VIRGINIA_USA with cloudProvider AWS. Any other
 * label is read as an Atlas region name, else unrecognised.
 */
export const atlasProcessingAwsRegions: Readonly<Record<string, string>> = {
    SYDNEY_AUS: "ap-southeast-2", MUMBAI_IND: "ap-south-1", FRANKFURT_DEU: "eu-central-1", DUBLIN_IRL: "eu-west-1",
    LONDON_GBR: "eu-west-2", VIRGINIA_USA: "us-east-1", OREGON_USA: "us-west-2", SAOPAULO_BRA: "sa-east-1",
    SINGAPORE_SGP: "ap-southeast-1",
};

/**
 * Aiven's UpCloud clouds (`upcloud-<country>-<city>`) and the UpCloud zone each runs in. The list is
 * Aiven's own (https://aiven.io/docs/platform/reference/list_of_clouds; verified with the search tool in
 * the page's source, aiven/devportal includes/clouds-list.rst: upcloud-de-fra, es-mad, fi-hel, fi-hel1,
 * fi-hel2, nl-ams, pl-waw, se-sto, us-chi, us-nyc, us-sjo, sg-sin, au-syd, each with its country and
 * city). `upcloud-fi-hel` spreads a service over fi-hel1 and fi-hel2, both Helsinki
 * (https://help.aiven.io/en/articles/3345806-availability-zones, verified with the search tool); the
 * others name one city, whose UpCloud zone is the one zone there (data/regions/eu-native-schema.ts).
 * Any other `upcloud-` value is unrecognised (fail closed).
 */
export const aivenUpcloudZones: Readonly<Record<string, string>> = {
    "upcloud-de-fra": "de-fra1", "upcloud-es-mad": "es-mad1", "upcloud-fi-hel": "fi-hel1", "upcloud-fi-hel1": "fi-hel1",
    "upcloud-fi-hel2": "fi-hel2", "upcloud-nl-ams": "nl-ams1", "upcloud-pl-waw": "pl-waw1", "upcloud-se-sto": "se-sto1",
    "upcloud-us-chi": "us-chi1", "upcloud-us-nyc": "us-nyc1", "upcloud-us-sjo": "us-sjo1", "upcloud-sg-sin": "sg-sin1",
    "upcloud-au-syd": "au-syd1",
};

/**
 * Where each platform's vocabulary is defined. Checked with the search tool: Aiven's `aws-<region>` names
 * (aws-eu-central-1 … aws-eu-west-3; the `google-`, `azure-` and `do-` forms were not in the excerpt),
 * Elastic Cloud Hosted ids (aws-<region>, legacy AWS names without prefix such as ap-northeast-1) and
 * Serverless regions, Snowflake's cloud regions (its `AWS_EU_CENTRAL_1` region ids, as the Account
 * resource takes them, were not in the excerpt), Confluent's AWS/Azure regions in the clouds' own names.
 */
export const platformSources: Readonly<Record<string, string>> = {
    mongodbatlas: "https://www.mongodb.com/docs/atlas/cloud-providers-regions/",
    confluentcloud: "https://docs.confluent.io/cloud/current/clusters/regions.html",
    aiven: "https://aiven.io/docs/platform/reference/list_of_clouds",
    ec: "https://www.elastic.co/guide/en/cloud/current/ec-regions-templates-instances.html",
    snowflake: "https://docs.snowflake.com/en/user-guide/intro-regions",
};
