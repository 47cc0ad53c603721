// The Google Cloud components for every Pulumi language. Each runs the checks of the TypeScript
// component of the same name first (its static `check`: a refused argument registers nothing, not
// even this component), then creates that component as its child and repeats its outputs. A key is
// passed as `{ id, location }` (the location stated so it can be checked first; `id` may be another
// component's output). Fixed-choice arguments are strings here: the TypeScript component checks
// them against its own list.
import * as pulumi from "@pulumi/pulumi";
import { SovereignBucket, type SovereignBucketArgs } from "../gcp/bucket";
import { SovereignCryptoKey, type GcpKeyRingReference, type SovereignCryptoKeyArgs } from "../gcp/crypto-key";
import { SovereignGkeCluster, type SovereignGkeClusterArgs } from "../gcp/gke-cluster";
import type { GcpKeyReference } from "../gcp/key-ref";
import { SovereignKeyRing } from "../gcp/key-ring";
import { LocationGuardrail } from "../gcp/location-guardrail";
import { SovereignLogBucket } from "../gcp/log-bucket";
import { SovereignPubSubTopic } from "../gcp/pubsub-topic";
import { SovereignSqlInstance, type SovereignSqlInstanceArgs } from "../gcp/sql-instance";
import { token, type AllowList } from "./common";

type Labels = pulumi.Input<Record<string, pulumi.Input<string>>>;

export interface GcpSovereignKeyRingArgs extends AllowList {
    /** A KMS location, e.g. `europe-west3` or `europe`. Default: the stack's `gcp:region`. */
    location?: string;
    /** Default: derived from the resource name. */
    name?: string;
    /** Default: the provider's project. */
    project?: pulumi.Input<string>;
}

/** A Cloud KMS key ring in an allowed location. */
export class GcpSovereignKeyRing extends pulumi.ComponentResource {
    public readonly location: string;
    /** `projects/<p>/locations/<l>/keyRings/<name>`. */
    public readonly keyRingId: pulumi.Output<string>;
    public readonly name: pulumi.Output<string>;

    constructor(name: string, args: GcpSovereignKeyRingArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignKeyRing.check(name, args);
        super(token("GcpSovereignKeyRing"), name, {}, opts);
        const ring = new SovereignKeyRing(name, args, { parent: this });
        this.location = ring.location;
        this.keyRingId = ring.keyRingId;
        this.name = ring.name;
        this.registerOutputs({ location: this.location, keyRingId: this.keyRingId, name: this.name });
    }
}

export interface GcpSovereignCryptoKeyArgs extends AllowList {
    /** The key ring: its id and its location, e.g. a GcpSovereignKeyRing's `keyRingId` and `location`. */
    keyRing: GcpKeyRingReference;
    /** Default: derived from the resource name. */
    name?: string;
    /** HSM (default), EXTERNAL (Cloud EKM over the internet) or EXTERNAL_VPC (Cloud EKM over a VPC); SOFTWARE is refused. */
    protectionLevel?: string;
    /** Rotation period for HSM keys, at least one day, e.g. "7776000s" (the default, 90 days). */
    rotationPeriod?: string;
    /** EXTERNAL: the key's URI in your external key manager. */
    externalKeyUri?: pulumi.Input<string>;
    /** EXTERNAL_VPC: the EKM connection, in the key ring's location. */
    ekmConnection?: pulumi.Input<string>;
    /** EXTERNAL_VPC: the key's path on the EKM connection. */
    ekmConnectionKeyPath?: pulumi.Input<string>;
    labels?: Labels;
}

/** A Cloud KMS key held in Cloud HSM or an external key manager (Cloud EKM); software keys are refused. */
export class GcpSovereignCryptoKey extends pulumi.ComponentResource {
    public readonly location: string;
    public readonly protectionLevel: string;
    /** `projects/<p>/locations/<l>/keyRings/<r>/cryptoKeys/<k>`. */
    public readonly cryptoKeyId: pulumi.Output<string>;
    public readonly name: pulumi.Output<string>;

    constructor(name: string, args: GcpSovereignCryptoKeyArgs, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignCryptoKey.check(name, args as SovereignCryptoKeyArgs);
        super(token("GcpSovereignCryptoKey"), name, {}, opts);
        const key = new SovereignCryptoKey(name, args as SovereignCryptoKeyArgs, { parent: this });
        this.location = key.location;
        this.protectionLevel = key.protectionLevel;
        this.cryptoKeyId = key.cryptoKeyId;
        this.name = key.name;
        this.registerOutputs({ location: this.location, protectionLevel: this.protectionLevel, cryptoKeyId: this.cryptoKeyId, name: this.name });
    }
}

export interface GcpSovereignBucketArgs extends AllowList {
    /** A region (`europe-west3`), an EU dual-region (`EUR4`) or `EU`; with `dataLocations`, `EU`. Default: the stack's `gcp:region`. */
    location?: string;
    /** A configurable dual-region: two allowed regions (with location `EU`). */
    dataLocations?: string[];
    /** The default key, in the bucket's location (for `EU` and dual-regions, in `europe`). Default: a new HSM key. */
    key?: GcpKeyReference;
    /** Default: derived from the resource name. */
    name?: string;
    /** Default: the provider's project. */
    project?: pulumi.Input<string>;
    /** Default "STANDARD". */
    storageClass?: pulumi.Input<string>;
    /** Keep noncurrent object versions. Default true. */
    versioning?: boolean;
    /** Delete all objects when the bucket is deleted. Default false. */
    forceDestroy?: boolean;
    /** Grant the project's Cloud Storage service agent use of the key. Default true. */
    grantServiceAgent?: boolean;
    labels?: Labels;
}

/** A Cloud Storage bucket in an allowed location, encrypted by default with a CMEK, public access prevented, versioned. */
export class GcpSovereignBucket extends pulumi.ComponentResource {
    public readonly location: string;
    public readonly bucketName: pulumi.Output<string>;
    /** `gs://<name>`. */
    public readonly url: pulumi.Output<string>;
    public readonly selfLink: pulumi.Output<string>;
    /** The key that encrypts the bucket by default. */
    public readonly keyId: pulumi.Output<string>;

    constructor(name: string, args: GcpSovereignBucketArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        // dataLocations is an array here; the TypeScript component checks that it names two regions.
        const bucketArgs = args as SovereignBucketArgs;
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignBucket.check(name, bucketArgs);
        super(token("GcpSovereignBucket"), name, {}, opts);
        const bucket = new SovereignBucket(name, bucketArgs, { parent: this });
        this.location = bucket.location;
        this.bucketName = bucket.bucketName;
        this.url = bucket.url;
        this.selfLink = bucket.selfLink;
        this.keyId = bucket.keyId;
        this.registerOutputs({ location: this.location, bucketName: this.bucketName, url: this.url, selfLink: this.selfLink, keyId: this.keyId });
    }
}

export interface GcpSovereignSqlInstanceArgs extends AllowList {
    /** Default: the stack's `gcp:region`. */
    region?: string;
    /** The VPC network (self link or id) with private services access configured. */
    privateNetwork: pulumi.Input<string>;
    /** A reserved range of the private services access connection. */
    allocatedIpRange?: pulumi.Input<string>;
    /** The key, in the instance's region. Default: a new HSM key. */
    key?: GcpKeyReference;
    /** Default: derived from the resource name. */
    name?: string;
    project?: pulumi.Input<string>;
    /** `POSTGRES_<major>`. Default "POSTGRES_16". */
    databaseVersion?: string;
    /** Machine tier. Default "db-custom-2-7680". */
    tier?: pulumi.Input<string>;
    /** ENTERPRISE (default) or ENTERPRISE_PLUS. */
    edition?: string;
    /** A standby in another zone of the same region. Default false. */
    highAvailability?: boolean;
    /** GB. Default 20. */
    diskSizeGb?: number;
    /** Backups to keep, 1 to 365. Default 7. */
    retainedBackups?: number;
    /** Grant the project's Cloud SQL service agent use of the key. Default true. */
    grantServiceAgent?: boolean;
    labels?: Labels;
}

/** Cloud SQL for PostgreSQL in an allowed region: CMEK, private IP only, backups kept in-region. */
export class GcpSovereignSqlInstance extends pulumi.ComponentResource {
    public readonly region: string;
    public readonly instanceName: pulumi.Output<string>;
    public readonly connectionName: pulumi.Output<string>;
    public readonly privateIpAddress: pulumi.Output<string>;
    public readonly keyId: pulumi.Output<string>;

    constructor(name: string, args: GcpSovereignSqlInstanceArgs, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignSqlInstance.check(name, args as SovereignSqlInstanceArgs);
        super(token("GcpSovereignSqlInstance"), name, {}, opts);
        const sql = new SovereignSqlInstance(name, args as SovereignSqlInstanceArgs, { parent: this });
        this.region = sql.region;
        this.instanceName = sql.instanceName;
        this.connectionName = sql.connectionName;
        this.privateIpAddress = sql.privateIpAddress;
        this.keyId = sql.keyId;
        this.registerOutputs({
            region: this.region, instanceName: this.instanceName, connectionName: this.connectionName,
            privateIpAddress: this.privateIpAddress, keyId: this.keyId,
        });
    }
}

export interface GcpSovereignGkeClusterArgs extends AllowList {
    /** A region (regional cluster). Default: the stack's `gcp:region`. */
    region?: string;
    /** The VPC network (self link or name). */
    network: pulumi.Input<string>;
    /** The subnetwork (self link or name). */
    subnetwork: pulumi.Input<string>;
    /** The /28 range of the control plane's private endpoint. Default "172.16.0.0/28". */
    masterIpv4CidrBlock?: string;
    /** The key, in the cluster's region. Default: a new HSM key. */
    key?: GcpKeyReference;
    /** Default: derived from the resource name. */
    name?: string;
    project?: pulumi.Input<string>;
    /** Nodes per zone in the default pool, 1 to 100. Default 1. */
    nodesPerZone?: number;
    /** Default "e2-standard-4". */
    machineType?: pulumi.Input<string>;
    /** RAPID, REGULAR (default) or STABLE. */
    releaseChannel?: string;
    labels?: Labels;
}

/** A private regional GKE cluster in an allowed region, with application-layer Secrets encryption by a CMEK. */
export class GcpSovereignGkeCluster extends pulumi.ComponentResource {
    public readonly region: string;
    public readonly clusterName: pulumi.Output<string>;
    public readonly endpoint: pulumi.Output<string>;
    public readonly keyId: pulumi.Output<string>;

    constructor(name: string, args: GcpSovereignGkeClusterArgs, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignGkeCluster.check(name, args as SovereignGkeClusterArgs);
        super(token("GcpSovereignGkeCluster"), name, {}, opts);
        const cluster = new SovereignGkeCluster(name, args as SovereignGkeClusterArgs, { parent: this });
        this.region = cluster.region;
        this.clusterName = cluster.clusterName;
        this.endpoint = cluster.endpoint;
        this.keyId = cluster.keyId;
        this.registerOutputs({ region: this.region, clusterName: this.clusterName, endpoint: this.endpoint, keyId: this.keyId });
    }
}

export interface GcpSovereignLogBucketArgs extends AllowList {
    /** The project the bucket belongs to. */
    project: string;
    /** Default: the stack's `gcp:region`. */
    location?: string;
    /** The key, in the bucket's region. Default: a new HSM key. */
    key?: GcpKeyReference;
    /** The bucket id, 1-100 letters, digits, "_" and "-". Default: the resource name. */
    bucketId?: string;
    /** Days to keep logs, 1 to 3650. Default 365. */
    retentionDays?: number;
    /** The project's Logging service account; when given, it is granted use of the key before the bucket is created. */
    loggingServiceAccount?: pulumi.Input<string>;
    labels?: Labels;
}

/** A Cloud Logging bucket in an allowed region, encrypted with a CMEK, with finite retention. */
export class GcpSovereignLogBucket extends pulumi.ComponentResource {
    public readonly location: string;
    public readonly bucketName: pulumi.Output<string>;
    public readonly keyId: pulumi.Output<string>;

    constructor(name: string, args: GcpSovereignLogBucketArgs, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignLogBucket.check(name, args);
        super(token("GcpSovereignLogBucket"), name, {}, opts);
        const bucket = new SovereignLogBucket(name, args, { parent: this });
        this.location = bucket.location;
        this.bucketName = bucket.bucketName;
        this.keyId = bucket.keyId;
        this.registerOutputs({ location: this.location, bucketName: this.bucketName, keyId: this.keyId });
    }
}

export interface GcpSovereignPubSubTopicArgs extends AllowList {
    /** Regions messages may be stored in, each allowed. Default: [the stack's `gcp:region`]. */
    regions?: string[];
    /** The key. Default: a new HSM key in the first region. */
    key?: GcpKeyReference;
    /** Default: derived from the resource name. */
    name?: string;
    project?: pulumi.Input<string>;
    /** Subscriptions to create (pull), by name. */
    subscriptions?: string[];
    /** How long the topic keeps messages, e.g. "604800s". Default: none. */
    messageRetentionDuration?: string;
    /** Grant the project's Pub/Sub service agent use of the key. Default true. */
    grantServiceAgent?: boolean;
    labels?: Labels;
}

/** A Pub/Sub topic whose messages are stored only in allowed regions, encrypted with a CMEK. */
export class GcpSovereignPubSubTopic extends pulumi.ComponentResource {
    public readonly regions: string[];
    public readonly topicId: pulumi.Output<string>;
    public readonly keyId: pulumi.Output<string>;

    constructor(name: string, args: GcpSovereignPubSubTopicArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignPubSubTopic.check(name, args);
        super(token("GcpSovereignPubSubTopic"), name, {}, opts);
        const topic = new SovereignPubSubTopic(name, args, { parent: this });
        this.regions = [...topic.regions];
        this.topicId = topic.topicId;
        this.keyId = topic.keyId;
        this.registerOutputs({ regions: this.regions, topicId: this.topicId, keyId: this.keyId });
    }
}

export interface GcpLocationGuardrailArgs extends AllowList {
    /** `organizations/<number>`, `folders/<number>` or `projects/<id>`. */
    parent: string;
    /** Services that must use a CMEK. Default: the component's list; `[]` for no CMEK policy. */
    cmekServices?: string[];
    /** More `gcp.resourceLocations` values, e.g. `in:eu-locations`. */
    additionalValues?: string[];
    /** Audit first: set the policies as dry-run specs (reported, not enforced). Default false. */
    dryRun?: boolean;
}

/** Organization policies restricting resource locations to the allow-list and requiring CMEK for chosen services. */
export class GcpLocationGuardrail extends pulumi.ComponentResource {
    /** The `gcp.resourceLocations` values allowed. */
    public readonly allowedValues: string[];

    constructor(name: string, args: GcpLocationGuardrailArgs, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        LocationGuardrail.check(name, args);
        super(token("GcpLocationGuardrail"), name, {}, opts);
        const guardrail = new LocationGuardrail(name, args, { parent: this });
        this.allowedValues = [...guardrail.allowedValues];
        this.registerOutputs({ allowedValues: this.allowedValues });
    }
}
