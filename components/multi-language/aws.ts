// The AWS components for every Pulumi language. Each runs the checks of the TypeScript component of
// the same name first (its static `check`: a refused argument registers nothing, not even this
// component), then creates that component as its child and repeats its outputs. A key is passed as
// `{ arn, region }`: the region is stated so it can be checked before anything is created, and `arn`
// may be another component's output.
import * as pulumi from "@pulumi/pulumi";
import type { AwsKeyReference } from "../aws/key-ref";
import { SovereignBucket } from "../aws/bucket";
import { SovereignDatabase } from "../aws/database";
import { SovereignEksCluster, type SovereignEksClusterArgs } from "../aws/eks-cluster";
import { SovereignKey } from "../aws/key";
import { SovereignLogGroup } from "../aws/log-group";
import { SovereignQueue } from "../aws/queue";
import { RegionGuardrail } from "../aws/region-guardrail";
import { SovereignTopic } from "../aws/topic";
import { token, type AllowList } from "./common";

type Tags = pulumi.Input<Record<string, pulumi.Input<string>>>;

export interface AwsSovereignKeyArgs extends AllowList {
    /** The key's region. Default: the stack's `aws:region`. */
    region?: string;
    /** What the key protects, shown in the console. */
    description?: pulumi.Input<string>;
    /** An alias, e.g. `alias/payments` (the `alias/` prefix is added when missing). */
    alias?: string;
    /** A custom key store to create the key in; with `xksKeyId`, an External Key Store (key material outside AWS). */
    customKeyStoreId?: pulumi.Input<string>;
    /** The key's id in your external key manager (External Key Store only; needs `customKeyStoreId`). */
    xksKeyId?: pulumi.Input<string>;
    /** Regions to replicate the key to (a multi-Region key); every one must be allowed. */
    replicaRegions?: string[];
    /** Days between automatic rotations, 90 to 2560. Default 365. */
    rotationPeriodInDays?: number;
    /** Days a deleted key can still be recovered, 7 to 30. Default 30. */
    deletionWindowInDays?: number;
    /** A key policy (JSON). Default: AWS's default policy. */
    policy?: pulumi.Input<string>;
    tags?: Tags;
}

/** A customer-managed AWS KMS key in an allowed region, rotated yearly, optionally in an External Key Store. */
export class AwsSovereignKey extends pulumi.ComponentResource {
    /** The key's region. */
    public readonly region: string;
    /** True when the key material is held in an External Key Store, outside AWS. */
    public readonly external: boolean;
    public readonly keyId: pulumi.Output<string>;
    public readonly arn: pulumi.Output<string>;

    constructor(name: string, args: AwsSovereignKeyArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignKey.check(name, args);
        super(token("AwsSovereignKey"), name, {}, opts);
        const key = new SovereignKey(name, args, { parent: this });
        this.region = key.region;
        this.external = key.external;
        this.keyId = key.keyId;
        this.arn = key.arn;
        this.registerOutputs({ region: this.region, external: this.external, keyId: this.keyId, arn: this.arn });
    }
}

export interface AwsSovereignBucketArgs extends AllowList {
    /** The bucket's region. Default: the stack's `aws:region`. */
    region?: string;
    /** The key that encrypts objects, in the bucket's region. Default: a new key. */
    key?: AwsKeyReference;
    /** The bucket's name. Default: derived from the resource name. */
    bucketName?: string;
    /** Delete all objects when the bucket is deleted. Default false. */
    forceDestroy?: boolean;
    tags?: Tags;
}

/** An S3 bucket in an allowed region: customer-managed KMS encryption, public access blocked, versioned, TLS only. */
export class AwsSovereignBucket extends pulumi.ComponentResource {
    public readonly region: string;
    public readonly bucketName: pulumi.Output<string>;
    public readonly arn: pulumi.Output<string>;
    /** The region-specific domain name. */
    public readonly regionalDomainName: pulumi.Output<string>;
    /** The ARN of the key that encrypts the bucket. */
    public readonly keyArn: pulumi.Output<string>;

    constructor(name: string, args: AwsSovereignBucketArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignBucket.check(name, args);
        super(token("AwsSovereignBucket"), name, {}, opts);
        const bucket = new SovereignBucket(name, args, { parent: this });
        this.region = bucket.region;
        this.bucketName = bucket.bucketName;
        this.arn = bucket.arn;
        this.regionalDomainName = bucket.regionalDomainName;
        this.keyArn = bucket.keyArn;
        this.registerOutputs({ region: this.region, bucketName: this.bucketName, arn: this.arn, regionalDomainName: this.regionalDomainName, keyArn: this.keyArn });
    }
}

export interface AwsSovereignDatabaseArgs extends AllowList {
    /** The instance's region. Default: the stack's `aws:region`. */
    region?: string;
    /** The key for storage, snapshots and the master password secret (same region). Default: a new key. */
    key?: AwsKeyReference;
    /** Private subnets for a new DB subnet group (at least two zones). Or pass `dbSubnetGroupName`. */
    subnetIds?: pulumi.Input<pulumi.Input<string>[]>;
    /** An existing DB subnet group. */
    dbSubnetGroupName?: pulumi.Input<string>;
    vpcSecurityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
    /** Default `db.t4g.medium`. */
    instanceClass?: pulumi.Input<string>;
    /** PostgreSQL major or major.minor version. Default "16". */
    engineVersion?: string;
    /** GiB, 20 to 65536. Default 20. */
    allocatedStorage?: number;
    /** Upper limit for storage autoscaling in GiB. Default: no autoscaling. */
    maxAllocatedStorage?: number;
    /** Name of the initial database. */
    dbName?: pulumi.Input<string>;
    /** Master user name; RDS generates and keeps its password. Default "postgres". */
    username?: pulumi.Input<string>;
    /** Days to keep automated backups, 1 to 35. Default 7. */
    backupRetentionDays?: number;
    /** A standby in a second zone of the same region. Default false. */
    multiAz?: boolean;
    /** A zone of the instance's region, e.g. `eu-central-1a`. */
    availabilityZone?: string;
    tags?: Tags;
}

/** RDS for PostgreSQL in an allowed region, encrypted with a customer-managed key, private, backups kept in-region. */
export class AwsSovereignDatabase extends pulumi.ComponentResource {
    public readonly region: string;
    public readonly identifier: pulumi.Output<string>;
    public readonly arn: pulumi.Output<string>;
    public readonly endpoint: pulumi.Output<string>;
    public readonly address: pulumi.Output<string>;
    public readonly port: pulumi.Output<number>;
    /** The Secrets Manager secret holding the master password. */
    public readonly masterUserSecretArn: pulumi.Output<string | undefined>;
    public readonly keyArn: pulumi.Output<string>;

    constructor(name: string, args: AwsSovereignDatabaseArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignDatabase.check(name, args);
        super(token("AwsSovereignDatabase"), name, {}, opts);
        const db = new SovereignDatabase(name, args, { parent: this });
        this.region = db.region;
        this.identifier = db.identifier;
        this.arn = db.arn;
        this.endpoint = db.endpoint;
        this.address = db.address;
        this.port = db.port;
        this.masterUserSecretArn = db.masterUserSecretArn;
        this.keyArn = db.keyArn;
        this.registerOutputs({
            region: this.region, identifier: this.identifier, arn: this.arn, endpoint: this.endpoint, address: this.address,
            port: this.port, masterUserSecretArn: this.masterUserSecretArn, keyArn: this.keyArn,
        });
    }
}

export interface AwsSovereignEksClusterArgs extends AllowList {
    /** Default: the stack's `aws:region`. */
    region?: string;
    /** Private subnets in at least two zones of the region. */
    subnetIds: pulumi.Input<pulumi.Input<string>[]>;
    /** Extra security groups for the control plane's network interfaces. */
    securityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
    /** The key for Kubernetes Secrets, in the cluster's region. Default: a new key. */
    key?: AwsKeyReference;
    /** The cluster's IAM role. Default: a new role with AmazonEKSClusterPolicy. */
    roleArn?: pulumi.Input<string>;
    /** The cluster's name. Default: the resource name. */
    clusterName?: string;
    /** Kubernetes version, e.g. "1.33". */
    version?: string;
    /** Control-plane log types (api, audit, authenticator, controllerManager, scheduler). Default api, audit, authenticator. */
    controlPlaneLogs?: string[];
    /** Days to keep control-plane logs. Default 365. */
    logRetentionInDays?: number;
    tags?: Tags;
}

/** An EKS control plane in an allowed region: Secrets encrypted with a customer-managed key, private endpoint only. */
export class AwsSovereignEksCluster extends pulumi.ComponentResource {
    public readonly region: string;
    public readonly clusterName: pulumi.Output<string>;
    public readonly arn: pulumi.Output<string>;
    public readonly endpoint: pulumi.Output<string>;
    public readonly certificateAuthority: pulumi.Output<string>;
    public readonly oidcIssuer: pulumi.Output<string | undefined>;
    public readonly keyArn: pulumi.Output<string>;

    constructor(name: string, args: AwsSovereignEksClusterArgs, opts?: pulumi.ComponentResourceOptions) {
        // Log types are strings here; the TypeScript component checks each against its own list.
        const clusterArgs = args as SovereignEksClusterArgs;
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignEksCluster.check(name, clusterArgs);
        super(token("AwsSovereignEksCluster"), name, {}, opts);
        const cluster = new SovereignEksCluster(name, clusterArgs, { parent: this });
        this.region = cluster.region;
        this.clusterName = cluster.clusterName;
        this.arn = cluster.arn;
        this.endpoint = cluster.endpoint;
        this.certificateAuthority = cluster.certificateAuthority;
        this.oidcIssuer = cluster.oidcIssuer;
        this.keyArn = cluster.keyArn;
        this.registerOutputs({
            region: this.region, clusterName: this.clusterName, arn: this.arn, endpoint: this.endpoint,
            certificateAuthority: this.certificateAuthority, oidcIssuer: this.oidcIssuer, keyArn: this.keyArn,
        });
    }
}

export interface AwsSovereignLogGroupArgs extends AllowList {
    /** Default: the stack's `aws:region`. */
    region?: string;
    /** The key, in the log group's region. Default: a new key whose policy admits CloudWatch Logs. */
    key?: AwsKeyReference;
    /** The log group's name. Default: derived from the resource name. */
    logGroupName?: string;
    /** Days to keep events, one of CloudWatch's values. Default 365. */
    retentionInDays?: number;
    tags?: Tags;
}

/** A CloudWatch log group in an allowed region, encrypted with a customer-managed key, with finite retention. */
export class AwsSovereignLogGroup extends pulumi.ComponentResource {
    public readonly region: string;
    public readonly logGroupName: pulumi.Output<string>;
    public readonly arn: pulumi.Output<string>;
    public readonly keyArn: pulumi.Output<string>;

    constructor(name: string, args: AwsSovereignLogGroupArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignLogGroup.check(name, args);
        super(token("AwsSovereignLogGroup"), name, {}, opts);
        const group = new SovereignLogGroup(name, args, { parent: this });
        this.region = group.region;
        this.logGroupName = group.logGroupName;
        this.arn = group.arn;
        this.keyArn = group.keyArn;
        this.registerOutputs({ region: this.region, logGroupName: this.logGroupName, arn: this.arn, keyArn: this.keyArn });
    }
}

export interface AwsSovereignQueueArgs extends AllowList {
    /** Default: the stack's `aws:region`. */
    region?: string;
    /** The key, in the queue's region. Default: a new key. */
    key?: AwsKeyReference;
    /** The queue's name (`.fifo` is added for FIFO queues). */
    queueName?: string;
    /** A FIFO queue. Default false. */
    fifo?: boolean;
    /** Seconds a message is kept, 60 to 1209600. Default 345600. */
    messageRetentionSeconds?: number;
    /** Seconds, 0 to 43200. Default 30. */
    visibilityTimeoutSeconds?: number;
    /** Seconds SQS reuses a data key, 60 to 86400. Default 300. */
    kmsDataKeyReusePeriodSeconds?: number;
    /** Receives before a message moves to a dead-letter queue (created beside it), 1 to 1000. */
    maxReceiveCount?: number;
    tags?: Tags;
}

/** An SQS queue in an allowed region, encrypted with a customer-managed key, TLS only. */
export class AwsSovereignQueue extends pulumi.ComponentResource {
    public readonly region: string;
    public readonly url: pulumi.Output<string>;
    public readonly arn: pulumi.Output<string>;
    public readonly keyArn: pulumi.Output<string>;

    constructor(name: string, args: AwsSovereignQueueArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignQueue.check(name, args);
        super(token("AwsSovereignQueue"), name, {}, opts);
        const queue = new SovereignQueue(name, args, { parent: this });
        this.region = queue.region;
        this.url = queue.url;
        this.arn = queue.arn;
        this.keyArn = queue.keyArn;
        this.registerOutputs({ region: this.region, url: this.url, arn: this.arn, keyArn: this.keyArn });
    }
}

export interface AwsSovereignTopicArgs extends AllowList {
    /** Default: the stack's `aws:region`. */
    region?: string;
    /** The key, in the topic's region. Default: a new key (its default policy admits this account's IAM principals). */
    key?: AwsKeyReference;
    /** Default: derived from the resource name (`.fifo` is added for FIFO topics). */
    topicName?: string;
    /** A FIFO topic. Default false. */
    fifo?: boolean;
    tags?: Tags;
}

/** An SNS topic in an allowed region, encrypted with a customer-managed key, TLS only. */
export class AwsSovereignTopic extends pulumi.ComponentResource {
    public readonly region: string;
    public readonly arn: pulumi.Output<string>;
    public readonly keyArn: pulumi.Output<string>;

    constructor(name: string, args: AwsSovereignTopicArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignTopic.check(name, args);
        super(token("AwsSovereignTopic"), name, {}, opts);
        const topic = new SovereignTopic(name, args, { parent: this });
        this.region = topic.region;
        this.arn = topic.arn;
        this.keyArn = topic.keyArn;
        this.registerOutputs({ region: this.region, arn: this.arn, keyArn: this.keyArn });
    }
}

export interface AwsRegionGuardrailArgs extends AllowList {
    /** Where to attach: the root (`r-xxxx`), OUs (`ou-xxxx-yyyyyyyy`) or accounts (12 digits). At least one. */
    targetIds: string[];
    /** More actions to exempt (global services you use), e.g. `budgets:*`. */
    exemptActions?: string[];
    /** Principals never denied, e.g. a break-glass role. */
    exemptPrincipalArns?: string[];
    /** Default "eu-sovereignty-region-deny". */
    policyName?: string;
    tags?: Tags;
}

/** An AWS Organizations SCP that denies requests to regions outside the allow-list (global services exempted). */
export class AwsRegionGuardrail extends pulumi.ComponentResource {
    /** The regions the SCP leaves open. */
    public readonly allowedRegions: string[];
    public readonly policyId: pulumi.Output<string>;

    constructor(name: string, args: AwsRegionGuardrailArgs, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        RegionGuardrail.check(name, args);
        super(token("AwsRegionGuardrail"), name, {}, opts);
        const guardrail = new RegionGuardrail(name, args, { parent: this });
        this.allowedRegions = [...guardrail.allowedRegions];
        this.policyId = guardrail.policyId;
        this.registerOutputs({ allowedRegions: this.allowedRegions, policyId: this.policyId });
    }
}
