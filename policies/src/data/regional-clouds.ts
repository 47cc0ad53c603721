// How the EU-native clouds (OVHcloud, Scaleway, Hetzner, IONOS, STACKIT, Exoscale, UpCloud) and the
// region-first clouds (OCI, DigitalOcean, Akamai/Linode, Alibaba Cloud) say where a resource is. Which types
// are located, and by which inputs, is generated from the SDKs' typings or vendored schema extracts
// (data/generated/regional-located.ts); what is written here by hand (the provider's settings, global
// modules, replica paths, fixes) is held against them (typings or vendored extracts) by
// test/policies/data/regional-rows-typings.test.ts.
import type { RegionalSdk } from "./generated/regional-located";

export interface RegionalCloud {
    /**
     * The provider's settings a located resource without its own inherits, most specific first
     * (`zone` before `region`); empty when the provider has none and the service picks (fail closed).
     */
    readonly providerSettings: readonly string[];
    /** Settings that place only the types of these modules (IONOS `s3Region`: Object Storage). */
    readonly settingModules?: Readonly<Record<string, ReadonlySet<string>>>;
    /** A type with an `in` input (generated) lives in the resource of `type` that input names, found in the stack. */
    readonly placedIn?: { readonly type: string; readonly fix: string };
    /** Every type not in a global module is placed by the provider's region, located input or not (OCI, Alibaba Cloud). */
    readonly providerPlacesAll?: true;
    /** Modules (the part before "/" in `pkg:module/member:Type`) whose resources have no region of their own. */
    readonly regionlessModules?: ReadonlySet<string>;
    /** Where a type copies its data to: paths of region values, with a prefix the value carries (OSS "oss-"). */
    readonly replicas?: Readonly<Record<string, readonly { path: string; prefix?: string }[]>>;
    /** How to fix a missing location; `<input>` is replaced by the type's own input (`region`, `location`). */
    readonly fix: string;
}

export const regionalClouds: Readonly<Record<RegionalSdk, RegionalCloud>> = {
    // The provider has no region (its `endpoint` picks an API: ovh-eu, ovh-ca, ovh-us); each Public Cloud
    // resource names its own `region`/`regionName`. https://registry.terraform.io/providers/ovh/ovh/latest/docs
    ovh: {
        providerSettings: [],
        // Object Storage replication rules copy objects to another region; a managed database pushes its
        // backups to `backupRegions` (the SDK's doc of the input).
        // https://help.ovhcloud.com/csm/en-public-cloud-storage-s3-asynchronous-replication-buckets
        replicas: {
            "ovh:CloudProject/storage:Storage": [{ path: "replication.rules[].destination.region" }],
            "ovh:CloudProject/database:Database": [{ path: "backupRegions[]" }],
        },
        fix: "set `<input>` on the resource to an allowed OVHcloud region (e.g. GRA11, SBG5, DE1, WAW1, EU-WEST-PAR)",
    },
    // `scaleway:region` / `scaleway:zone` are the defaults of every regional or zonal resource. Without them the
    // provider reads SCW_DEFAULT_REGION / SCW_DEFAULT_ZONE or the CLI profile, which the pack cannot see, so
    // fr-par is not assumed. https://www.scaleway.com/en/docs/developer-tools/terraform/reference-content/environment-variables/
    scaleway: {
        providerSettings: ["zone", "region"],
        fix: "set `<input>` on the resource, or `scaleway:region` and `scaleway:zone` (e.g. fr-par, fr-par-1) in Pulumi.<stack>.yaml",
    },
    // The Hetzner Cloud provider has no location: a server, volume, primary IP or load balancer created without
    // one is placed by Hetzner, possibly in the US or Singapore. https://docs.hetzner.cloud/#servers-create-a-server
    hcloud: {
        providerSettings: [],
        fix: "set `<input>` on the resource to fsn1, nbg1 or hel1 (or `datacenter` in one of them, e.g. fsn1-dc14)",
    },
    // The OCI provider's `region` (stack config `oci:region`) places every regional resource; Identity
    // (compartments, users, policies) lives in the tenancy's home region, which the provider does not name.
    // https://www.pulumi.com/registry/packages/oci/installation-configuration/
    oci: {
        providerSettings: ["region"],
        providerPlacesAll: true,
        regionlessModules: new Set(["Identity"]),
        // Object Storage replication and cross-region backup copies.
        replicas: {
            "oci:ObjectStorage/replicationPolicy:ReplicationPolicy": [{ path: "destinationRegionName" }],
            "oci:Core/volumeBackupPolicy:VolumeBackupPolicy": [{ path: "destinationRegion" }],
        },
        fix: "set `oci:region` to an allowed region (e.g. eu-frankfurt-1) in Pulumi.<stack>.yaml, or pass an explicit oci.Provider with `region`",
    },
    // The Alibaba Cloud provider's `region` (`alicloud:region`); zones (`zoneId`, `availabilityZone`) name
    // their region. RAM, Resource Manager, DNS, CDN/DCDN and CEN are global services.
    // https://www.pulumi.com/registry/packages/alicloud/installation-configuration/
    alicloud: {
        providerSettings: ["region"],
        providerPlacesAll: true,
        // (`alidns` was listed here: the SDK has no such module, Alibaba DNS is `dns`.)
        regionlessModules: new Set(["ram", "resourcemanager", "dns", "cdn", "dcdn", "cen"]),
        // OSS cross-region replication names the destination as an OSS location, oss-<region>.
        replicas: { "alicloud:oss/bucketReplication:BucketReplication": [{ path: "destination.location", prefix: "oss-" }] },
        fix: "set `alicloud:region` to an allowed region (e.g. eu-central-1) in Pulumi.<stack>.yaml, or pass an explicit alicloud.Provider with `region`",
    },
    // The DigitalOcean provider has no region: each regional resource names its own (`region`, an App's
    // `spec.region`, a custom image's `regions`). A Spaces bucket without one is created in nyc3.
    // https://www.pulumi.com/registry/packages/digitalocean/api-docs/spacesbucket/
    digitalocean: {
        providerSettings: [],
        fix: "set `<input>` on the resource to an allowed region (fra1, ams3; for an App `spec.region` fra or ams)",
    },
    // The Linode provider has no region either; Object Storage buckets may name a `cluster` (eu-central-1).
    // https://www.pulumi.com/registry/packages/linode/api-docs/instance/
    linode: {
        providerSettings: [],
        // An image replicated to other regions.
        replicas: { "linode:index/image:Image": [{ path: "replicaRegions[]" }] },
        fix: "set `<input>` on the resource to an allowed region (eu-central, de-fra-2, fr-par, nl-ams, se-sto, it-mil, es-mad)",
    },
    // IONOS: servers, volumes, NICs, LANs and node pools name only their Virtual Data Center (`datacenterId`),
    // whose `location` places them; managed services name their own `location`. The provider's `s3Region`
    // ("Region for IONOS Contract Owned Object Storage operations", its schema) places buckets only.
    ionoscloud: {
        providerSettings: ["s3Region"],
        settingModules: { s3Region: new Set(["objectstorage"]) },
        placedIn: {
            type: "ionoscloud:compute/datacenter:Datacenter",
            fix: "declare the datacenter in this stack (ionoscloud.compute.Datacenter with an allowed `location`, e.g. de/fra) and pass `datacenterId: datacenter.id`",
        },
        // Managed databases keep backups or snapshots in an Object Storage location of their own (schema:
        // "The IONOS Object Storage location where the backups will be stored": de, eu-south-2, eu-central-2).
        replicas: {
            "ionoscloud:dbaas/pSQLCluster:PSQLCluster": [{ path: "backupLocation" }],
            "ionoscloud:dbaas/pSQLClusterV2:PSQLClusterV2": [{ path: "backup.location" }],
            "ionoscloud:dbaas/mariaDBCluster:MariaDBCluster": [{ path: "backup.location" }],
            "ionoscloud:dbaas/mongoCluster:MongoCluster": [{ path: "backup.location" }],
            "ionoscloud:dbaas/inMemoryDBClusterV2:InMemoryDBClusterV2": [{ path: "snapshot.location" }],
        },
        fix: "set `<input>` on the resource to an allowed IONOS location (de/fra, de/txl, es/vit, fr/par; Object Storage eu-central-3, de)",
    },
    // STACKIT: each regional resource's `region` ("If not defined, the provider region is used"), else the
    // provider's `defaultRegion`. Every STACKIT region is in the EU, so the default allow-list passes one
    // without either; a narrower allow-list does not.
    stackit: {
        providerSettings: ["defaultRegion"],
        fix: "set `<input>` on the resource, or `stackit:defaultRegion` (e.g. eu01) in Pulumi.<stack>.yaml",
    },
    // Exoscale: every zonal resource requires its own `zone`; the provider has none.
    exoscale: {
        providerSettings: [],
        fix: "set `<input>` on the resource to an allowed Exoscale zone (de-fra-1, de-muc-1, at-vie-1, at-vie-2, bg-sof-1; ch-gva-2 and ch-dk-2 are in Switzerland, outside the EU/EEA)",
    },
    // UpCloud: zonal resources name a `zone`, Managed Object Storage a `region`; the provider has neither.
    upcloud: {
        providerSettings: [],
        fix: "set `<input>` on the resource to an allowed UpCloud zone (de-fra1, fi-hel1, nl-ams1, pl-waw1, es-mad1, se-sto1) or, for Managed Object Storage, region europe-1",
    },
};

export type RegionalCloudId = RegionalSdk;
