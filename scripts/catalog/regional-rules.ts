// The reviewed reading rules for the EU-native and region-first clouds' typings: which input names
// place a resource, and which look-alikes do not. The generator applies them to every resource type of
// the installed SDK, or of the vendored schema extract where the npm registry serves no SDK
// (scripts/catalog/regional-shape.ts); the pack reads the result, never these rules.
import type { RegionalVendoredId } from "./vendored-model";

/** The SDKs read, by type-token package: seven installed, four from vendored schema extracts. */
export type RegionalSdkId = "ovh" | "scaleway" | "hcloud" | "oci" | "digitalocean" | "linode" | "alicloud" | RegionalVendoredId;

export interface RegionalRules {
    readonly id: RegionalSdkId;
    /** npm name of the SDK. */
    readonly npm: string;
    /** Top-level inputs that place the resource: a type with one of them is located (and fails closed without a value where the provider names no default). */
    readonly own: readonly string[];
    /** Top-level inputs read as a place when set, that do not by themselves make a type located (an availability zone inside a region). */
    readonly also?: readonly string[];
    /** Nested inputs that place the resource, per type (the typings hold them against these rows). */
    readonly ownNested?: Readonly<Record<string, readonly string[]>>;
    /** Inputs of a name above that are not the resource's own place, per type token or module (`module/*`), with why. */
    readonly notOwn?: readonly { readonly where: string; readonly inputs: readonly string[]; readonly why: string }[];
    /** Inputs of a name above set aside wherever their doc has these words (the provider's own), with why. */
    readonly notOwnByDoc?: readonly { readonly doc: string; readonly why: string }[];
    /** Inputs of `own` that are only read when set on these types (they live in a parent judged on its own), with why. */
    readonly alsoOn?: readonly { readonly where: string; readonly inputs: readonly string[]; readonly why: string }[];
    /** An input naming the resource this one lives in (an IONOS datacenter): a type with it is placed there; the inputs it sets aside. */
    readonly placedBy?: { readonly input: string; readonly setsAside: readonly string[]; readonly why: string };
    /** The provider's own settings that a resource without its own place inherits (its `ProviderArgs`). */
    readonly providerSettings: readonly string[];
    /** Read from scripts/catalog/vendored/<id>.json, not from an installed SDK. */
    readonly vendored?: true;
}

export const REGIONAL_RULES: readonly RegionalRules[] = [
    {
        id: "ovh",
        npm: "@ovhcloud/pulumi-ovh",
        // Public Cloud resources name `region` or `regionName` (GRA11, EU-WEST-PAR); IP Load Balancing
        // farms and frontends a `zone` (gra, bhs); a VPS its `zone`.
        own: ["region", "regionName", "regions", "zone"],
        also: ["availabilityZone", "availabilityZones"],
        ownNested: { "ovh:CloudProject/database:Database": ["nodes[].region"] },
        notOwn: [
            { where: "ovh:Domain/*", inputs: ["zone", "zoneName"], why: "a DNS zone (a domain name), not a place" },
            { where: "ovh:index/domainZoneDynhostRecord:DomainZoneDynhostRecord", inputs: ["zoneName"], why: "a DNS zone, not a place" },
            { where: "ovh:index/cloudProjectSshKey:CloudProjectSshKey", inputs: ["region"], why: "an SSH public key registered with the project: it holds no data" },
            { where: "ovh:index/cloudQuota:CloudQuota", inputs: ["regions"], why: "a quota profile per region: it holds no data" },
            { where: "ovh:Vrack/ipAddress:IpAddress", inputs: ["region"], why: "where a routed IP block is announced, not where data is kept" },
            { where: "ovh:index/vrackPublicRoutingPriority:VrackPublicRoutingPriority", inputs: ["region"], why: "a routing priority of a vRack block, not where data is kept" },
        ],
        // The provider's `endpoint` (ovh-eu, ovh-ca, ovh-us) picks the API and the contracting entity, not a region.
        providerSettings: [],
    },
    {
        id: "scaleway",
        npm: "@pulumiverse/scaleway",
        own: ["region", "zone"],
        // `scaleway:region` / `scaleway:zone` (or SCW_DEFAULT_REGION / SCW_DEFAULT_ZONE, which the pack cannot see).
        providerSettings: ["region", "zone"],
    },
    {
        id: "hcloud",
        npm: "@pulumi/hcloud",
        own: ["location", "homeLocation", "networkZone"],
        also: ["datacenter"],
        notOwn: [
            { where: "hcloud:index/zoneRecord:ZoneRecord", inputs: ["zone"], why: "a DNS zone, not a place" },
            { where: "hcloud:index/zoneRrset:ZoneRrset", inputs: ["zone"], why: "a DNS zone, not a place" },
        ],
        providerSettings: [],
    },
    {
        id: "oci",
        npm: "@pulumi/oci",
        own: ["region", "homeRegion"],
        notOwn: [
            { where: "oci:GoldenGate/connection:Connection", inputs: ["region"], why: "the AWS region of an S3 bucket the connection reaches, not an OCI region" },
            { where: "oci:oci/selfSubscription:SelfSubscription", inputs: ["region"], why: "the region a subscription is bought from: it holds no data" },
            { where: "oci:CapacityManagement/*", inputs: ["region"], why: "a capacity request for a region: it holds no data" },
            { where: "oci:ApmSynthetics/dedicatedVantagePoint:DedicatedVantagePoint", inputs: ["region"], why: "where synthetic monitors probe from; the results live in the APM domain" },
        ],
        providerSettings: ["region"],
    },
    {
        id: "digitalocean",
        npm: "@pulumi/digitalocean",
        own: ["region", "regions", "regionSlug"],
        ownNested: {
            "digitalocean:index/app:App": ["spec.region"],
            "digitalocean:index/dropletAutoscale:DropletAutoscale": ["dropletTemplate.region"],
        },
        notOwn: [
            { where: "digitalocean:index/uptimeCheck:UptimeCheck", inputs: ["regions"], why: "where the health checks probe from: it holds no data" },
        ],
        providerSettings: [],
    },
    {
        id: "linode",
        npm: "@pulumi/linode",
        // Object Storage buckets and objects name a `region` or (deprecated) a `cluster` such as eu-central-1.
        own: ["region", "cluster"],
        notOwn: [
            { where: "linode:index/objectStorageKey:ObjectStorageKey", inputs: ["regions"], why: "the regions an access key may create buckets in: a credential's scope, not data" },
            { where: "linode:index/networkingIpAssignment:NetworkingIpAssignment", inputs: ["region"], why: "assigns addresses between Linodes, whose own regions are judged" },
        ],
        providerSettings: [],
    },
    {
        id: "alicloud",
        npm: "@pulumi/alicloud",
        own: ["region", "regionId"],
        also: ["zoneId", "availabilityZone", "zone"],
        notOwn: [
            { where: "alicloud:pvtz/*", inputs: ["zoneId"], why: "a Private DNS zone, not a place" },
            { where: "alicloud:polardb/batchTask:BatchTask", inputs: ["regionId"], why: "a task over applications whose own regions are judged" },
        ],
        providerSettings: ["region"],
    },
    {
        id: "ionoscloud",
        npm: "@ionos-cloud/sdk-pulumi",
        // Datacenters, IP blocks and the managed services name a `location` (de/fra, de/txl, es/vit);
        // Object Storage buckets a `region` (eu-central-3).
        own: ["location", "region"],
        notOwnByDoc: [{
            doc: "should be used only if you are also using a file configuration",
            why: "set only with a file configuration (the provider's doc); the resource is where its parent is",
        }],
        alsoOn: [
            { where: "ionoscloud:kafka/topic:Topic", inputs: ["location"], why: "a topic lives in its Kafka cluster, judged on its own" },
            { where: "ionoscloud:nfs/share:Share", inputs: ["location"], why: "a share lives in its NFS cluster, judged on its own" },
            { where: "ionoscloud:vpn/ipsecTunnel:IpsecTunnel", inputs: ["location"], why: "a tunnel of an IPSec gateway, judged on its own" },
            { where: "ionoscloud:vpn/wireguardPeer:WireguardPeer", inputs: ["location"], why: "a peer of a WireGuard gateway, judged on its own" },
        ],
        // Servers, volumes, NICs, LANs, node pools: in the Virtual Data Center their `datacenterId` names.
        placedBy: { input: "datacenterId", setsAside: ["location"], why: "the resource is in the datacenter its `datacenterId` names" },
        // `s3Region` places Object Storage buckets only (regional-clouds.ts scopes it).
        providerSettings: ["s3Region"],
        vendored: true,
    },
    {
        id: "stackit",
        npm: "@stackitcloud/pulumi-stackit",
        own: ["region"],
        also: ["availabilityZone"],
        // `stackit:defaultRegion`: "If not defined, the provider region is used" (each `region` input's doc).
        providerSettings: ["defaultRegion"],
        vendored: true,
    },
    {
        id: "exoscale",
        npm: "@pulumiverse/exoscale",
        own: ["zone"],
        // The provider has no zone: every zonal resource requires its own.
        providerSettings: [],
        vendored: true,
    },
    {
        id: "upcloud",
        npm: "@upcloud/pulumi-upcloud",
        // Zonal resources name a `zone` (de-fra1); Managed Object Storage a `region` (europe-1).
        own: ["zone", "region"],
        alsoOn: [
            { where: "upcloud:index/floatingIpAddress:FloatingIpAddress", inputs: ["zone"], why: "an address attached to a server is in the server's zone; it holds no data" },
        ],
        providerSettings: [],
        vendored: true,
    },
];

/** Whether a `where` of {@link RegionalRules.notOwn} covers a type token. */
export function coversType(where: string, token: string): boolean {
    return where.endsWith("/*") ? token.startsWith(where.slice(0, -1)) : where === token;
}
