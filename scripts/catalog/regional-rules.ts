// The reviewed reading rules for the EU-native and region-first clouds' typings: which input names
// place a resource, and which look-alikes do not. The generator applies them to every resource type of
// the installed SDK (scripts/catalog/regional-shape.ts); the pack reads the result, never these rules.

/** The seven SDKs read, by type-token package. */
export type RegionalSdkId = "ovh" | "scaleway" | "hcloud" | "oci" | "digitalocean" | "linode" | "alicloud";

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
    /** The provider's own settings that a resource without its own place inherits (its `ProviderArgs`). */
    readonly providerSettings: readonly string[];
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
];

/** Whether a `where` of {@link RegionalRules.notOwn} covers a type token. */
export function coversType(where: string, token: string): boolean {
    return where.endsWith("/*") ? token.startsWith(where.slice(0, -1)) : where === token;
}
