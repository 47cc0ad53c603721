// How the region-first clouds (OCI, DigitalOcean, Akamai/Linode, Alibaba Cloud) say where a resource is:
// its own `region` (or zone) first, else its provider's `region`. Which types must be located is listed
// here by hand (issue 12 item 5 asks for it generated from the SDKs' typings; not done yet). Property
// names checked with the search tool: OCI replication `destinationRegionName` (OCI SDK), the OSS
// location form oss-<region> (Alibaba OSS API). Not checked against typings: `destination.location` on
// alicloud BucketReplication, `replicaRegions` on linode Image, `destinationRegion` on OCI VolumeBackupPolicy.
import type { CloudId } from "./clouds";

export interface RegionalCloud {
    /** Paths on the resource naming its own region or zone. */
    readonly paths: readonly string[];
    /** The provider has a `region` that every regional resource without its own inherits. */
    readonly providerRegion: boolean;
    /** Modules (the part before "/" in `pkg:module/member:Type`) whose resources have no region of their own. */
    readonly regionlessModules?: ReadonlySet<string>;
    /** Where a type copies its data to: paths of region values, with a prefix the value carries (OSS "oss-"). */
    readonly replicas?: Readonly<Record<string, readonly { path: string; prefix?: string }[]>>;
    /** Without a provider region, only these types are required to name one. */
    readonly mustLocate?: ReadonlySet<string>;
    readonly fix: string;
}

export const regionalClouds: Readonly<Record<"oci" | "digitalocean" | "linode" | "alicloud", RegionalCloud>> = {
    // The OCI provider's `region` (stack config `oci:region`) places every regional resource; Identity
    // (compartments, users, policies) lives in the tenancy's home region, which the provider does not name.
    // https://www.pulumi.com/registry/packages/oci/installation-configuration/
    oci: {
        // An identity domain names its own `homeRegion`.
        paths: ["region", "homeRegion"],
        providerRegion: true,
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
        paths: ["region", "zoneId", "availabilityZone"],
        providerRegion: true,
        regionlessModules: new Set(["ram", "resourcemanager", "dns", "alidns", "cdn", "dcdn", "cen"]),
        // OSS cross-region replication names the destination as an OSS location, oss-<region>.
        replicas: { "alicloud:oss/bucketReplication:BucketReplication": [{ path: "destination.location", prefix: "oss-" }] },
        fix: "set `alicloud:region` to an allowed region (e.g. eu-central-1) in Pulumi.<stack>.yaml, or pass an explicit alicloud.Provider with `region`",
    },
    // The DigitalOcean provider has no region: each regional resource names its own (`region`, an App's
    // `spec.region`, a custom image's `regions`). A Spaces bucket without one is created in nyc3.
    // https://www.pulumi.com/registry/packages/digitalocean/api-docs/spacesbucket/
    digitalocean: {
        paths: ["region", "spec.region", "regions[]"],
        providerRegion: false,
        mustLocate: new Set([
            "digitalocean:index/droplet:Droplet",
            "digitalocean:index/volume:Volume",
            "digitalocean:index/spacesBucket:SpacesBucket",
            "digitalocean:index/spacesBucketObject:SpacesBucketObject",
            "digitalocean:index/kubernetesCluster:KubernetesCluster",
            "digitalocean:index/databaseCluster:DatabaseCluster",
            "digitalocean:index/loadBalancer:LoadBalancer",
            "digitalocean:index/vpc:Vpc",
            "digitalocean:index/app:App",
        ]),
        fix: "set `region` on the resource to an allowed region (fra1, ams3; for an App `spec.region` fra or ams)",
    },
    // The Linode provider has no region either; Object Storage buckets may name a `cluster` (eu-central-1).
    // https://www.pulumi.com/registry/packages/linode/api-docs/instance/
    linode: {
        paths: ["region", "cluster"],
        providerRegion: false,
        // An image replicated to other regions.
        replicas: { "linode:index/image:Image": [{ path: "replicaRegions[]" }] },
        mustLocate: new Set([
            "linode:index/instance:Instance",
            "linode:index/volume:Volume",
            "linode:index/lkeCluster:LkeCluster",
            "linode:index/objectStorageBucket:ObjectStorageBucket",
            "linode:index/databaseMysqlV2:DatabaseMysqlV2",
            "linode:index/databasePostgresqlV2:DatabasePostgresqlV2",
            "linode:index/nodeBalancer:NodeBalancer",
            "linode:index/vpc:Vpc",
        ]),
        fix: "set `region` on the resource to an allowed region (eu-central, de-fra-2, fr-par, nl-ams, se-sto, it-mil, es-mad)",
    },
};

export type RegionalCloudId = keyof typeof regionalClouds & CloudId;
