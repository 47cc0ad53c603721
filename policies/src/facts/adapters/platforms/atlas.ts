// MongoDB Atlas: a cluster's region is `providerRegionName` (Cluster) or each
// `replicationSpecs[].regionConfigs[].regionName` (AdvancedCluster), in Atlas's own names for AWS, Azure
// or Google Cloud regions, read against `providerName` (or `backingProviderName` for TENANT/shared tiers).
// Backup snapshot copies (`copySettings[].regionName`) are replicas. A customer key's region
// (EncryptionAtRest) is judged by eu-key-location alone (keys/platforms.ts).
// https://www.pulumi.com/registry/packages/mongodbatlas/api-docs/advancedcluster/
import { platformNames } from "../../../data/platforms";
import { placeOf } from "../../place";
import { atlasNative, atlasProcessingNative, bigThreeOf } from "../../platform-place";
import { emptyFacts } from "../../locate";
import { collect, isProviderType, own } from "../../read";
import type { CloudId, Facts, LocationRef, ResourceInput } from "../../types";
import type { CloudAdapter } from "../adapter";
import { defined, platformRef } from "./read";

const name = platformNames.mongodbatlas;
const examples = "EU_CENTRAL_1 or EU_WEST_1 (AWS), EUROPE_WEST or GERMANY_WEST_CENTRAL (Azure), WESTERN_EUROPE or EUROPE_WEST_3 (Google Cloud)";
const fixOf = (path: string) => `set \`${path}\` to the Atlas name of an allowed region, e.g. ${examples}`;

/** Data-holding types that fail closed without a region (held against the typings by test/policies/facts/adapters/platforms/platform-inputs.test.ts). */
export const mustLocate: ReadonlySet<string> = new Set([
    "mongodbatlas:index/cluster:Cluster",
    "mongodbatlas:index/advancedCluster:AdvancedCluster",
    "mongodbatlas:index/flexCluster:FlexCluster",
    "mongodbatlas:index/serverlessInstance:ServerlessInstance",
    "mongodbatlas:index/streamInstance:StreamInstance",
    "mongodbatlas:index/streamWorkspace:StreamWorkspace",
    "mongodbatlas:index/federatedDatabaseInstance:FederatedDatabaseInstance",
]);

// Stream processing and federated database instances process data in `dataProcessRegion`, named by a city
// label (FRANKFURT_DEU; data/platform-vocabularies.ts); a federated database without one routes each client
// to the region nearest to it, so it is unproven. A stream workspace's `failoverRegions[]` are standbys.
// https://www.pulumi.com/registry/packages/mongodbatlas/api-docs/streaminstance/ ;
// https://www.pulumi.com/registry/packages/mongodbatlas/api-docs/federateddatabaseinstance/
const processing: ReadonlySet<string> = new Set([
    "mongodbatlas:index/streamInstance:StreamInstance",
    "mongodbatlas:index/streamWorkspace:StreamWorkspace",
    "mongodbatlas:index/federatedDatabaseInstance:FederatedDatabaseInstance",
]);
const processingFix = (path: string) => `set \`${path}\` to an allowed region, e.g. { cloudProvider: "AWS", region: "FRANKFURT_DEU" } or DUBLIN_IRL`;
const processingNative = (cloud: CloudId, raw: string) => (cloud === "aws" || cloud === "azure" || cloud === "gcp" ? atlasProcessingNative(cloud, raw) : undefined);

function cloudOf(item: unknown, providerKey = "providerName", backingKey = "backingProviderName"): CloudId | undefined {
    const provider = own(item, providerKey);
    const cloud = bigThreeOf(provider);
    return cloud ?? bigThreeOf(own(item, backingKey));
}

const native = (cloud: CloudId, raw: string) => (cloud === "aws" || cloud === "azure" || cloud === "gcp" ? atlasNative(cloud, raw) : undefined);

/** Every (path, value, cloud) of a region under `listPath` whose items carry their own provider. */
function itemRefs(props: unknown, listPath: string, regionKey: string, outerCloud: CloudId | undefined, providerKey?: string): LocationRef[] {
    return collect(props, listPath).map((item) => {
        const cloud = providerKey === undefined ? outerCloud : cloudOf(item.value, providerKey) ?? outerCloud;
        const path = `${item.path}.${regionKey}`;
        return own(item.value, regionKey) === undefined ? undefined : platformRef(name, { path, value: own(item.value, regionKey), cloud, native }, fixOf(path));
    }).filter(defined);
}

// The key rows' token (keys/platforms.ts), not imported: the key modules import the adapters.
const encryptionAtRest = "mongodbatlas:index/encryptionAtRest:EncryptionAtRest";
export const thirdPartyIntegration = "mongodbatlas:index/thirdPartyIntegration:ThirdPartyIntegration";
export const onlineArchive = "mongodbatlas:index/onlineArchive:OnlineArchive";

// Atlas's Datadog regions and the Datadog site each sends alerts and metrics to
// (https://www.mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Third-Party-Integrations,
// https://docs.datadoghq.com/getting_started/site/). Other integrations' regions (PagerDuty, Opsgenie:
// US or EU) are not catalogued and not read.
const datadogSites: Readonly<Record<string, string>> = {
    EU: "datadoghq.eu", US: "datadoghq.com", US1: "datadoghq.com", US3: "us3.datadoghq.com", US5: "us5.datadoghq.com",
    AP1: "ap1.datadoghq.com", AP2: "ap2.datadoghq.com", US1_FED: "ddog-gov.com",
};

function integrationSite(facts: Facts, p: unknown): void {
    const region = own(p, "region");
    if (own(p, "type") !== "DATADOG" || typeof region !== "string" || region.trim() === "") return;
    const key = region.trim().toUpperCase();
    const site = Object.hasOwn(datadogSites, key) ? datadogSites[key] : undefined;
    const place = site === undefined ? { cloud: "datadog" as const, canonical: key.toLowerCase(), known: false } : { ...placeOf("datadog", site), alias: { name: region.trim(), of: `${name}'s name for` } };
    facts.locations.push({ path: "region", source: "resource", place, fix: "set `region` to EU, so Atlas sends its alerts and metrics to Datadog's EU1 site (https://app.datadoghq.eu)" });
}

function atlasFacts(r: ResourceInput): Facts {
    const facts = emptyFacts(undefined);
    if (isProviderType(r.type)) return facts;
    const p = r.props;
    const single = (path: string, value: unknown, cloud: CloudId | undefined, fix = fixOf(path)) => {
        const ref = value === undefined ? undefined : platformRef(name, { path, value, cloud, native }, fix);
        if (ref) facts.locations.push(ref);
    };
    const top = cloudOf(p);
    // EncryptionAtRest names only its key's region (`awsKmsConfig.region`), which eu-key-location judges.
    if (r.type === encryptionAtRest) return facts;
    // A third-party integration's `region` is the partner's site (Datadog US, EU, US5), not an Atlas region.
    if (r.type === thirdPartyIntegration) {
        integrationSite(facts, p);
        return facts;
    }
    for (const key of ["providerRegionName", "regionName", "region"]) single(key, own(p, key), top);
    // Legacy Cluster: regionsConfigs under the cluster's provider; AdvancedCluster: regionConfigs with their own.
    facts.locations.push(...itemRefs(p, "replicationSpecs[].regionsConfigs[]", "regionName", top));
    facts.locations.push(...itemRefs(p, "replicationSpecs[].regionConfigs[]", "regionName", top, "providerName"));
    // Flex clusters and serverless instances name the backing cloud beside the region.
    const settings = own(p, "providerSettings");
    single("providerSettings.regionName", own(settings, "regionName"), cloudOf(settings));
    single("providerSettingsRegionName", own(p, "providerSettingsRegionName"), bigThreeOf(own(p, "providerSettingsBackingProviderName")));
    // A customer key's region (EncryptionAtRest `awsKmsConfig.region`, a Cloud KMS key version's location) is
    // the key's location: eu-key-location reports it (keys/platforms.ts), so it is no location here.
    // An Online Archive keeps archived documents in `dataProcessRegion` (Atlas names, e.g. AZURE US_EAST_2 in
    // the registry example; without it, the cluster's region). Stream and federated-database instances
    // name theirs by a city label (below).
    // https://www.pulumi.com/registry/packages/mongodbatlas/api-docs/onlinearchive/
    if (r.type === onlineArchive) {
        const dpr = own(p, "dataProcessRegion");
        single("dataProcessRegion.region", own(dpr, "region"), bigThreeOf(own(dpr, "cloudProvider")));
    }
    if (processing.has(r.type)) {
        const dpr = own(p, "dataProcessRegion");
        const region = own(dpr, "region");
        const ref = region === undefined ? undefined : platformRef(name, { path: "dataProcessRegion.region", value: region, cloud: bigThreeOf(own(dpr, "cloudProvider")), native: processingNative }, processingFix("dataProcessRegion"));
        if (ref) facts.locations.push(ref);
        facts.replicas.push(...collect(p, "failoverRegions[]").filter((item) => own(item.value, "region") !== undefined).map((item) => platformRef(name, {
            path: `${item.path}.region`, value: own(item.value, "region"), cloud: bigThreeOf(own(item.value, "cloudProvider")), native: processingNative,
        }, processingFix("failoverRegions[].region"))).filter(defined));
        if (facts.locations.length === 0) facts.unproven = { what: "region", fix: processingFix("dataProcessRegion") };
        return facts;
    }
    // Snapshot copies to other regions.
    facts.replicas.push(...itemRefs(p, "copySettings[]", "regionName", undefined, "cloudProvider"));
    if (mustLocate.has(r.type) && facts.locations.length === 0) {
        facts.unproven = { what: "region", fix: `set the cluster's region (\`providerRegionName\`, or \`replicationSpecs[].regionConfigs[].regionName\`) to the Atlas name of an allowed region, e.g. ${examples}` };
    }
    return facts;
}

export const atlasAdapter: CloudAdapter = { facts: atlasFacts };
