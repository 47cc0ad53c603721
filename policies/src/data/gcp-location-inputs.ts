// Google Cloud inputs that place data but are not called `location`, `region` or `zone`: the
// catalogue generator lists them (provider-shape.json, `otherLocationInputs` and `nested`). Each is
// read with its own vocabulary; a value outside it is an unrecognised location (fail closed).

/** How an input's values are read. */
export type GcpVocabulary =
    /** Region, zone, dual- or multi-region names of the catalogue (regions/gcp.ts). */
    | "catalogue"
    /** Spanner instance configs (below). */
    | "spanner-config"
    /** Firestore database locations: regions and Firestore's own multi-regions (below). */
    | "firestore"
    /** App Engine location IDs: regions, and two older IDs without the trailing 1 (below). */
    | "app-engine";

export interface GcpLocationInput {
    readonly path: string;
    readonly vocabulary: GcpVocabulary;
    /** "own": where the resource keeps its data; "copy": where a replica, backup or standby goes. */
    readonly role: "own" | "copy";
    /** Left blank in an item that is present, the provider's setting applies (e.g. a Bigtable cluster's zone). */
    readonly providerDefault?: "zone" | "region";
}

const own = (path: string, vocabulary: GcpVocabulary = "catalogue"): GcpLocationInput => ({ path, vocabulary, role: "own" });
const copy = (path: string, vocabulary: GcpVocabulary = "catalogue"): GcpLocationInput => ({ path, vocabulary, role: "copy" });

/** Per type, the location-like inputs read besides `location`/`region`/`zone`. Docs: each type's @pulumi/gcp Args. */
export const gcpLocationInputs: Readonly<Record<string, readonly GcpLocationInput[]>> = {
    // "It determines where your data is stored." (spanner.InstanceArgs.config)
    "gcp:spanner/instance:Instance": [own("config", "spanner-config")],
    // "Base configuration name, e.g. nam3, based on which this configuration is created." Its
    // `replicas[].location` are read as copies (adapters/gcp.ts).
    "gcp:spanner/instanceConfig:InstanceConfig": [own("baseConfig", "spanner-config")],
    // https://cloud.google.com/firestore/docs/locations
    "gcp:firestore/database:Database": [own("locationId", "firestore")],
    // https://cloud.google.com/appengine/docs/locations (the app's location also holds its Datastore/Firestore data)
    "gcp:appengine/application:Application": [own("locationId", "app-engine")],
    // "If it not specified, the provider zone is used." (bigtable.InstanceCluster.zone)
    "gcp:bigtable/instance:Instance": [{ ...own("clusters[].zone"), providerDefault: "zone" }],
    "gcp:redis/instance:Instance": [own("locationId"), own("alternativeLocationId")],
    "gcp:memcache/instance:Instance": [own("zones[]")],
    "gcp:alloydb/instance:Instance": [own("gceZone")],
    "gcp:compute/regionDisk:RegionDisk": [own("replicaZones[]")],
    "gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager": [own("distributionPolicyZones[]")],
    "gcp:compute/instance:Instance": [own("bootDisk.initializeParams.replicaZones[]")],
    "gcp:container/cluster:Cluster": [own("nodeLocations[]"), own("nodePools[].nodeLocations[]")],
    "gcp:container/nodePool:NodePool": [own("nodeLocations[]")],
    "gcp:dataproc/cluster:Cluster": [own("clusterConfig.gceClusterConfig.zone")],
    "gcp:composer/environment:Environment": [own("config.nodeConfig.zone"), own("config.databaseConfig.zone")],
    "gcp:notebooks/runtime:Runtime": [own("virtualMachine.virtualMachineConfig.zone")],
    // The Cloud SQL instance a migration creates.
    "gcp:databasemigrationservice/connectionProfile:ConnectionProfile": [own("cloudsql.settings.zone")],
    "gcp:workstations/workstationConfig:WorkstationConfig": [own("replicaZones[]")],
    "gcp:cloudrunv2/service:Service": [own("multiRegionSettings.regions[]")],
    "gcp:apigee/organization:Organization": [own("analyticsRegion"), own("apiConsumerDataLocation")],
    "gcp:logging/folderSettings:FolderSettings": [own("storageLocation")],
    "gcp:logging/organizationSettings:OrganizationSettings": [own("storageLocation")],
    "gcp:sql/databaseInstance:DatabaseInstance": [
        own("settings.locationPreference.zone"),
        own("settings.locationPreference.secondaryZone"),
        own("clone.preferredZone"),
        copy("settings.backupConfiguration.location"),
    ],
    // Image and snapshot contents are stored in Cloud Storage locations (regions or multi-regions).
    "gcp:compute/image:Image": [own("storageLocations[]")],
    "gcp:compute/snapshot:Snapshot": [own("storageLocations[]")],
    "gcp:compute/resourcePolicy:ResourcePolicy": [copy("snapshotSchedulePolicy.snapshotProperties.storageLocations[]")],
    "gcp:netapp/storagePool:StoragePool": [copy("replicaZone")],
    "gcp:netapp/backupVault:BackupVault": [copy("backupRegion")],
    "gcp:bigqueryanalyticshub/listingSubscription:ListingSubscription": [
        copy("destinationDataset.location"), copy("destinationDataset.replicaLocations[]"),
    ],
    "gcp:bigqueryanalyticshub/dataExchangeSubscription:DataExchangeSubscription": [copy("destinationDataset.location")],
};

/** A named multi-region of one service: the regions that hold its replicas (witnesses included). */
export interface ServiceMultiRegion {
    readonly label: string;
    /** Every region with a replica; empty when the name is known to be outside the EU but its regions are not listed. */
    readonly regions: readonly string[];
    readonly country: "EU" | "non-EU";
}

const spannerConfigs = "https://cloud.google.com/spanner/docs/instance-configurations";

/**
 * Spanner base multi-region configs. A witness replica votes on every write
 * (https://cloud.google.com/spanner/docs/replication, "Replica types"), so its region counts.
 * Checked there: the witness votes. Not re-read here (the configs page came back truncated): the
 * eur5 and eur6 line-ups, whose London (eur5) and Zurich (eur6) regions alone make them non-EU. Base regional configs are `regional-<region>` and read through the catalogue. A custom
 * config `custom-…` is checked on its InstanceConfig resource, which the stack must declare. Other
 * names (dual-region configs) are unrecognised here and fail closed.
 */
export const spannerMultiRegions: Readonly<Record<string, ServiceMultiRegion & { source: string }>> = {
    eur3: { label: "Spanner multi-region eur3: Belgium, Netherlands, witness Finland", regions: ["europe-west1", "europe-west4", "europe-north1"], country: "EU", source: spannerConfigs },
    eur5: { label: "Spanner multi-region eur5: London, Belgium, witness Netherlands", regions: ["europe-west2", "europe-west1", "europe-west4"], country: "non-EU", source: spannerConfigs },
    eur6: { label: "Spanner multi-region eur6: Netherlands, Frankfurt, witness Zurich", regions: ["europe-west4", "europe-west3", "europe-west6"], country: "non-EU", source: spannerConfigs },
    nam3: { label: "Spanner multi-region nam3 (United States)", regions: [], country: "non-EU", source: spannerConfigs },
    nam6: { label: "Spanner multi-region nam6 (United States)", regions: [], country: "non-EU", source: spannerConfigs },
    nam7: { label: "Spanner multi-region nam7 (United States)", regions: [], country: "non-EU", source: spannerConfigs },
    "nam-eur-asia1": { label: "Spanner multi-region nam-eur-asia1 (United States, Europe, Asia)", regions: [], country: "non-EU", source: spannerConfigs },
    "nam-eur-asia3": { label: "Spanner multi-region nam-eur-asia3 (United States, Europe, Asia)", regions: [], country: "non-EU", source: spannerConfigs },
    asia1: { label: "Spanner multi-region asia1 (Tokyo, Osaka)", regions: [], country: "non-EU", source: spannerConfigs },
};

/** Spanner names the config by id or by resource path (`projects/p/instanceConfigs/eur3`). */
export const spannerConfigPathPrefix = /^projects\/[^/]+\/instanceconfigs\//i;
export const spannerRegionalPrefix = "regional-";
/** User-managed configs are named `custom-…` and declared as this type; the stack resolves them. */
export const spannerCustomPrefix = "custom-";
export const spannerConfigType = "gcp:spanner/instanceConfig:InstanceConfig";

/**
 * Firestore multi-regions. eur3: "europe-west1 (Belgium), europe-west4 (Netherlands), europe-north1
 * (Finland)" (the third region "is a witness region in nam5 and a read-write region in eur3");
 * nam5 (Iowa, Oklahoma, South Carolina) and nam7 are in the United States.
 * Sources: https://cloud.google.com/firestore/docs/locations and
 * https://cloud.google.com/datastore/docs/pre-migration/multi-r (same multi-regions).
 */
export const firestoreMultiRegions: Readonly<Record<string, ServiceMultiRegion>> = {
    eur3: { label: "Firestore multi-region eur3: Belgium, Netherlands, Finland", regions: ["europe-west1", "europe-west4", "europe-north1"], country: "EU" },
    nam5: { label: "Firestore multi-region nam5 (United States)", regions: [], country: "non-EU" },
    nam7: { label: "Firestore multi-region nam7 (United States)", regions: [], country: "non-EU" },
};

/**
 * App Engine location IDs that are not region names: `europe-west` is Belgium (europe-west1) and
 * `us-central` is Iowa (us-central1); every other ID is the region's name.
 * Sources: https://cloud.google.com/appengine/docs/locations and the App Engine `AppId.Location`
 * enum (EUROPE_WEST, US_CENTRAL), https://cloud.google.com/appengine/docs/standard/java-gen2/reference/services/bundled/latest/com.google.appengine.api.datastore.CloudDatastoreRemoteServiceConfig.AppId.Location
 */
export const appEngineLocationAliases: Readonly<Record<string, string>> = {
    "europe-west": "europe-west1",
    "us-central": "us-central1",
};

/** How to fix a value outside a vocabulary, by vocabulary. */
export const gcpVocabularyFix: Readonly<Record<GcpVocabulary, string>> = {
    catalogue: "use an allowed Google Cloud region, zone or multi-region (e.g. europe-west1, europe-west3-a, eu)",
    "spanner-config": "use a Spanner config in allowed regions, e.g. `regional-europe-west1` or `eur3`; for a custom config (`custom-…`), declare it in this stack as a gcp.spanner.InstanceConfig and pass `config: customConfig.name`",
    firestore: "use an allowed Firestore location, e.g. europe-west3 or eur3",
    "app-engine": "use an allowed App Engine location, e.g. europe-west (Belgium) or europe-west3",
};
