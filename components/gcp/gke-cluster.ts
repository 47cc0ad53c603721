// SovereignGkeCluster: a regional GKE Standard cluster in an allowed region with private nodes and a
// private control-plane endpoint only, Kubernetes Secrets encrypted at the application layer with a
// CMEK in the cluster's region, and node boot disks under the same key; Workload Identity on, legacy ABAC off.
// Sources: https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets (key in the cluster's location),
// https://cloud.google.com/kubernetes-engine/docs/how-to/private-clusters,
// https://cloud.google.com/kubernetes-engine/docs/how-to/using-cmek (boot disks).
import * as container from "@pulumi/gcp/container";
import * as pulumi from "@pulumi/pulumi";
import { builtTo, gcpToLevel3 } from "../level";
import { checkInteger, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import type { SovereignCryptoKey } from "./crypto-key";
import { customerKey } from "./customer-key";
import type { SovereignKeyRing } from "./key-ring";
import { resolveGcpKey, type GcpKeyInput, type ResolvedGcpKey } from "./key-ref";
import { gcpLocation, regionOnly } from "./location";

export interface SovereignGkeClusterArgs extends LocationPolicyArgs {
    /** A region (regional cluster). Default: the stack's `gcp:region`. A plain string, checked at construction. */
    region?: string;
    /** The VPC network and subnetwork (self links or names). */
    network: pulumi.Input<string>;
    subnetwork: pulumi.Input<string>;
    /** The /28 range of the control plane's private endpoint. Default "172.16.0.0/28". */
    masterIpv4CidrBlock?: string;
    /** The key, in the cluster's region: a SovereignCryptoKey, a key id or `{ id, location }`. Default: a new HSM key. */
    key?: GcpKeyInput;
    /** Default: derived from the resource name. */
    name?: string;
    project?: pulumi.Input<string>;
    /** Nodes per zone in the default pool, 1 to 100. Default 1. */
    nodesPerZone?: number;
    /** Default "e2-standard-4". */
    machineType?: pulumi.Input<string>;
    /** Release channel. Default "REGULAR". */
    releaseChannel?: "RAPID" | "REGULAR" | "STABLE";
    labels?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

interface GkePlan {
    region: string;
    key?: ResolvedGcpKey;
    nodesPerZone: number;
    masterIpv4CidrBlock: string;
}

function plan(subject: Subject, args: SovereignGkeClusterArgs): GkePlan {
    const region = gcpLocation(subject, regionOnly("region"), args.region, args);
    if (args.network === undefined || args.subnetwork === undefined) {
        refuse(subject, "network and subnetwork are required: the nodes get private addresses only, on this VPC");
    }
    const masterIpv4CidrBlock = args.masterIpv4CidrBlock ?? "172.16.0.0/28";
    if (!/^(\d{1,3}\.){3}\d{1,3}\/28$/.test(masterIpv4CidrBlock)) {
        refuse(subject, `masterIpv4CidrBlock ${JSON.stringify(masterIpv4CidrBlock)} is not a /28 range such as "172.16.0.0/28"`);
    }
    if (args.name !== undefined && !/^[a-z][a-z0-9-]{0,38}[a-z0-9]$/.test(args.name)) {
        refuse(subject, `name ${JSON.stringify(args.name)} is not a valid cluster name; allowed: 2-40 lower-case letters, digits and hyphens, starting with a letter`);
    }
    if (args.releaseChannel !== undefined && !["RAPID", "REGULAR", "STABLE"].includes(args.releaseChannel)) {
        refuse(subject, `releaseChannel ${JSON.stringify(args.releaseChannel)} is not allowed; allowed: RAPID, REGULAR, STABLE`);
    }
    let key: ResolvedGcpKey | undefined;
    if (args.key !== undefined) {
        key = resolveGcpKey(subject, "key", args.key, args);
        if (key.location !== region) refuse(subject, `key is in "${key.location}", but GKE needs its key in the cluster's region "${region}"`);
    }
    return { region, key, nodesPerZone: checkInteger(subject, "nodesPerZone", args.nodesPerZone, 1, 100, 1), masterIpv4CidrBlock };
}

export class SovereignGkeCluster extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:gcp:SovereignGkeCluster";
    static readonly level = builtTo(2, gcpToLevel3);

    public readonly region: string;
    public readonly cluster: container.Cluster;
    public readonly clusterName: pulumi.Output<string>;
    /** The control plane's private endpoint. */
    public readonly endpoint: pulumi.Output<string>;
    public readonly keyId: pulumi.Output<string>;
    public readonly keyRing?: SovereignKeyRing;
    public readonly key?: SovereignCryptoKey;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignGkeClusterArgs): void {
        plan({ component: "SovereignGkeCluster", name }, args);
    }

    constructor(name: string, args: SovereignGkeClusterArgs, opts?: pulumi.ComponentResourceOptions) {
        const checked = plan({ component: "SovereignGkeCluster", name }, args);
        super(SovereignGkeCluster.type, name, {}, opts);
        this.region = checked.region;

        const { keyId, keyRing, key } = customerKey(name, this, checked.key, checked.region, args);
        this.keyRing = keyRing;
        this.key = key;
        const project = args.project ?? new pulumi.Config("gcp").get("project");

        this.cluster = new container.Cluster(name, {
            name: args.name,
            project: args.project,
            location: checked.region,
            network: args.network,
            subnetwork: args.subnetwork,
            networkingMode: "VPC_NATIVE",
            ipAllocationPolicy: {},
            privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true, masterIpv4CidrBlock: checked.masterIpv4CidrBlock },
            masterAuthorizedNetworksConfig: {},
            databaseEncryption: { state: "ENCRYPTED", keyName: keyId },
            initialNodeCount: checked.nodesPerZone,
            nodeConfig: {
                machineType: args.machineType ?? "e2-standard-4",
                bootDiskKmsKey: keyId,
                shieldedInstanceConfig: { enableSecureBoot: true, enableIntegrityMonitoring: true },
                workloadMetadataConfig: { mode: "GKE_METADATA" },
            },
            // Workload Identity needs the project id; without one (no `project`, no `gcp:project`) it stays off.
            workloadIdentityConfig: project === undefined ? undefined : { workloadPool: pulumi.interpolate`${project}.svc.id.goog` },
            enableLegacyAbac: false,
            releaseChannel: { channel: args.releaseChannel ?? "REGULAR" },
            deletionProtection: true,
            resourceLabels: args.labels,
        }, { parent: this });

        this.clusterName = this.cluster.name;
        this.endpoint = this.cluster.endpoint;
        this.keyId = pulumi.output(keyId);
        this.registerOutputs({ region: this.region, clusterName: this.clusterName, endpoint: this.endpoint, keyId: this.keyId });
    }
}
