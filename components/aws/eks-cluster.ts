// SovereignEksCluster: an EKS control plane in an allowed region whose Kubernetes Secrets are
// envelope-encrypted with a customer-managed KMS key, whose API endpoint is private only (no public
// endpoint), and whose control-plane logs go to a SovereignLogGroup (encrypted, finite retention)
// created before the cluster, so EKS never creates an unencrypted one. Node groups are yours to add.
// Sources: https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html (secrets encryption),
// https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html (private endpoint),
// https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html (log group /aws/eks/<cluster>/cluster).
import * as eks from "@pulumi/aws/eks";
import * as iam from "@pulumi/aws/iam";
import * as pulumi from "@pulumi/pulumi";
import { builtTo, awsToLevel3 } from "../level";
import { refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { customerKey } from "./customer-key";
import type { SovereignKey } from "./key";
import { resolveAwsKey, type AwsKeyInput } from "./key-ref";
import { SovereignLogGroup } from "./log-group";
import { partitionOf } from "./partition";
import { awsRegion } from "./region";

const logTypes = ["api", "audit", "authenticator", "controllerManager", "scheduler"] as const;
export type EksLogType = (typeof logTypes)[number];

export interface SovereignEksClusterArgs extends LocationPolicyArgs {
    /** Default: the stack's `aws:region`. A plain string, checked at construction. */
    region?: string;
    /** Private subnets in at least two zones of the region. */
    subnetIds: pulumi.Input<pulumi.Input<string>[]>;
    /** Extra security groups for the control plane's network interfaces. */
    securityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
    /** The key for Kubernetes Secrets, in the cluster's region. Default: a new SovereignKey. */
    key?: AwsKeyInput;
    /** The cluster's IAM role. Default: a new role with AmazonEKSClusterPolicy. */
    roleArn?: pulumi.Input<string>;
    /** The cluster's name (the log group is named after it). Default: the resource name. */
    clusterName?: string;
    /** Kubernetes version, e.g. "1.33". Default: EKS's current default. */
    version?: string;
    /** Control-plane log types. Default ["api", "audit", "authenticator"]; [] for none (and no log group). */
    controlPlaneLogs?: readonly EksLogType[];
    /** Days to keep control-plane logs. Default 365. */
    logRetentionInDays?: number;
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

interface ClusterPlan {
    region: string;
    clusterName: string;
    keyArn?: pulumi.Input<string>;
    logs: EksLogType[];
}

function plan(subject: Subject, args: SovereignEksClusterArgs): ClusterPlan {
    const region = awsRegion(subject, args.region, args);
    if (args.subnetIds === undefined) refuse(subject, "subnetIds is required: private subnets in at least two zones of the region");
    if (Array.isArray(args.subnetIds) && args.subnetIds.length < 2) {
        refuse(subject, `subnetIds names ${args.subnetIds.length} subnet(s); EKS needs subnets in at least two zones`);
    }
    const clusterName = args.clusterName ?? subject.name;
    if (!/^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/.test(clusterName)) {
        refuse(subject, `clusterName ${JSON.stringify(clusterName)} is not a valid EKS cluster name; allowed: 1-100 letters, digits, "-" and "_", starting with a letter or digit`);
    }
    if (args.version !== undefined && !/^1\.\d{1,2}$/.test(args.version)) {
        refuse(subject, `version ${JSON.stringify(args.version)} is not a Kubernetes minor version such as "1.33"`);
    }
    const logs = [...(args.controlPlaneLogs ?? ["api", "audit", "authenticator"])];
    for (const [i, t] of logs.entries()) {
        if (!(logTypes as readonly string[]).includes(t)) refuse(subject, `controlPlaneLogs[${i}] ${JSON.stringify(t)} is not an EKS log type; allowed: ${logTypes.join(", ")}`);
    }
    return { region, clusterName, keyArn: resolveAwsKey(subject, "key", args.key, region, args), logs };
}

export class SovereignEksCluster extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:aws:SovereignEksCluster";
    static readonly level = builtTo(2, awsToLevel3);

    public readonly region: string;
    public readonly cluster: eks.Cluster;
    public readonly clusterName: pulumi.Output<string>;
    public readonly arn: pulumi.Output<string>;
    /** The private API server endpoint. */
    public readonly endpoint: pulumi.Output<string>;
    public readonly certificateAuthority: pulumi.Output<string>;
    /** The OIDC issuer URL, for IAM roles for service accounts. */
    public readonly oidcIssuer: pulumi.Output<string | undefined>;
    public readonly keyArn: pulumi.Output<string>;
    /** The key this component created, when none was passed in. */
    public readonly key?: SovereignKey;
    /** The cluster role this component created, when no roleArn was passed in. */
    public readonly role?: iam.Role;
    /** The control-plane log group, unless `controlPlaneLogs` is empty. */
    public readonly logGroup?: SovereignLogGroup;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignEksClusterArgs): void {
        plan({ component: "SovereignEksCluster", name }, args);
    }

    constructor(name: string, args: SovereignEksClusterArgs, opts?: pulumi.ComponentResourceOptions) {
        const checked = plan({ component: "SovereignEksCluster", name }, args);
        super(SovereignEksCluster.type, name, {}, opts);
        const region = checked.region;
        this.region = region;
        const child = { parent: this };

        const { keyArn, key } = customerKey(name, this, checked.keyArn, region, `Secrets encryption of EKS cluster ${checked.clusterName}`, args);
        this.key = key;

        const dependsOn: pulumi.Resource[] = [];
        let roleArn = args.roleArn;
        if (roleArn === undefined) {
            this.role = new iam.Role(`${name}-cluster`, {
                assumeRolePolicy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [{ Effect: "Allow", Principal: { Service: "eks.amazonaws.com" }, Action: ["sts:AssumeRole", "sts:TagSession"] }],
                }),
                tags: args.tags,
            }, child);
            dependsOn.push(new iam.RolePolicyAttachment(`${name}-cluster`, {
                role: this.role.name,
                policyArn: `arn:${partitionOf(region)}:iam::aws:policy/AmazonEKSClusterPolicy`,
            }, child));
            roleArn = this.role.arn;
        }
        if (checked.logs.length > 0) {
            this.logGroup = new SovereignLogGroup(`${name}-logs`, {
                region,
                logGroupName: `/aws/eks/${checked.clusterName}/cluster`,
                retentionInDays: args.logRetentionInDays,
                allowedLocations: args.allowedLocations,
                additionalLocations: args.additionalLocations,
                tags: args.tags,
            }, child);
            dependsOn.push(this.logGroup);
        }

        this.cluster = new eks.Cluster(name, {
            region,
            name: checked.clusterName,
            roleArn,
            version: args.version,
            vpcConfig: {
                subnetIds: args.subnetIds,
                securityGroupIds: args.securityGroupIds,
                endpointPrivateAccess: true,
                endpointPublicAccess: false,
            },
            encryptionConfig: { resources: ["secrets"], provider: { keyArn } },
            accessConfig: { authenticationMode: "API", bootstrapClusterCreatorAdminPermissions: true },
            enabledClusterLogTypes: checked.logs,
            tags: args.tags,
        }, { parent: this, dependsOn });

        this.clusterName = this.cluster.name;
        this.arn = this.cluster.arn;
        this.endpoint = this.cluster.endpoint;
        this.certificateAuthority = this.cluster.certificateAuthority.apply((c) => c?.data ?? "");
        this.oidcIssuer = this.cluster.identities.apply((ids) => ids?.[0]?.oidcs?.[0]?.issuer);
        this.keyArn = keyArn;
        this.registerOutputs({ region, clusterName: this.clusterName, arn: this.arn, endpoint: this.endpoint, keyArn: this.keyArn });
    }
}
