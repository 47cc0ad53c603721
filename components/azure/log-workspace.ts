// SovereignLogWorkspace: a Log Analytics workspace in an allowed location whose data is encrypted with
// a customer-managed key. Azure Monitor takes a customer key only on a dedicated cluster the workspace
// is linked to (https://learn.microsoft.com/en-us/azure/azure-monitor/logs/customer-managed-keys), so
// the component links the workspace to one: an existing cluster (`clusterId`), or a new one under the
// key (`dedicatedCluster`, a daily commitment tier). Local (shared-key) auth is off; queries are
// forced to the customer key too.
import * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import * as pulumi from "@pulumi/pulumi";
import { builtTo, azureToLevel3 } from "../level";
import { checkInteger, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { customerKey } from "./customer-key";
import { resolveAzureKey, type AzureKeyInput } from "./key-ref";
import type { SovereignKeyVault } from "./key-vault";
import { azureLocation } from "./location";

/** Commitment tiers of a dedicated cluster, GB per day (NOT verified with the search tool beyond the 100 GB minimum). */
const commitmentTiers = [100, 200, 300, 400, 500, 1000, 2000, 5000, 10000, 25000, 50000] as const;

export interface SovereignLogWorkspaceArgs extends LocationPolicyArgs {
    resourceGroupName: pulumi.Input<string>;
    /** Default: the stack's `azure-native:location`. A plain string, checked at construction. */
    location?: string;
    /** Default: derived from the resource name. */
    workspaceName?: string;
    /** Days to keep data, 30 to 730. Default 90. */
    retentionInDays?: number;
    /** The ARM id of an existing dedicated cluster with a customer-managed key, in the same location. */
    clusterId?: pulumi.Input<string>;
    /** Create a dedicated cluster under `key`, with this daily commitment (GB). */
    dedicatedCluster?: { capacityGbPerDay: number };
    /** The cluster's key, with `dedicatedCluster`: a SovereignKeyVault with a key, or a reference. Default: a new SovereignKeyVault. */
    key?: AzureKeyInput;
    tenantId?: pulumi.Input<string>;
    /** "Disabled" leaves only private links (Azure Monitor Private Link Scope). Default "Enabled". */
    publicNetworkAccess?: "Enabled" | "Disabled";
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

function plan(subject: Subject, args: SovereignLogWorkspaceArgs): { location: string; retentionInDays: number } {
    const location = azureLocation(subject, args.location, args);
    if ((args.clusterId === undefined) === (args.dedicatedCluster === undefined)) {
        refuse(subject, "pass either clusterId (an existing dedicated cluster with a customer-managed key) or dedicatedCluster (a new one): Azure Monitor encrypts a workspace with a customer key only through a linked dedicated cluster");
    }
    if (args.clusterId !== undefined && args.key !== undefined) {
        refuse(subject, "key is for a new dedicatedCluster; an existing cluster (clusterId) has its own key");
    }
    if (args.dedicatedCluster !== undefined && !(commitmentTiers as readonly number[]).includes(args.dedicatedCluster.capacityGbPerDay)) {
        refuse(subject, `dedicatedCluster.capacityGbPerDay ${String(args.dedicatedCluster.capacityGbPerDay)} is not a commitment tier; allowed: ${commitmentTiers.join(", ")}`);
    }
    if (args.workspaceName !== undefined && !/^[a-zA-Z0-9][a-zA-Z0-9-]{2,61}[a-zA-Z0-9]$/.test(args.workspaceName)) {
        refuse(subject, `workspaceName ${JSON.stringify(args.workspaceName)} is not a valid workspace name; allowed: 4-63 letters, digits and hyphens`);
    }
    return { location, retentionInDays: checkInteger(subject, "retentionInDays", args.retentionInDays, 30, 730, 90) };
}

export class SovereignLogWorkspace extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:azure:SovereignLogWorkspace";
    static readonly level = builtTo(2, azureToLevel3);

    public readonly location: string;
    public readonly workspace: operationalinsights.Workspace;
    public readonly workspaceId: pulumi.Output<string>;
    /** The workspace's customer id (GUID), for agents. */
    public readonly customerId: pulumi.Output<string>;
    /** The dedicated cluster the workspace is linked to. */
    public readonly clusterId: pulumi.Output<string>;
    /** The cluster this component created, with `dedicatedCluster`. */
    public readonly cluster?: operationalinsights.Cluster;
    /** The vault this component created, when no key was passed in. */
    public readonly keyVault?: SovereignKeyVault;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignLogWorkspaceArgs): void {
        const subject = { component: "SovereignLogWorkspace", name };
        plan(subject, args);
        if (args.key !== undefined) resolveAzureKey(subject, "key", args.key, args);
    }

    constructor(name: string, args: SovereignLogWorkspaceArgs, opts?: pulumi.ComponentResourceOptions) {
        const subject = { component: "SovereignLogWorkspace", name };
        const checked = plan(subject, args);
        const given = args.key === undefined ? undefined : resolveAzureKey(subject, "key", args.key, args);
        super(SovereignLogWorkspace.type, name, {}, opts);
        this.location = checked.location;
        const child = { parent: this };

        let clusterId: pulumi.Input<string>;
        if (args.dedicatedCluster !== undefined) {
            const { key, access, keyVault } = customerKey(name, this, subject, given, checked.location, args);
            this.keyVault = keyVault;
            this.cluster = new operationalinsights.Cluster(`${name}-cluster`, {
                resourceGroupName: args.resourceGroupName,
                location: checked.location,
                identity: { type: "UserAssigned", userAssignedIdentities: [access.identity.id] },
                sku: { name: "CapacityReservation", capacity: args.dedicatedCluster.capacityGbPerDay },
                keyVaultProperties: { keyVaultUri: key.vaultUri, keyName: key.keyName, keyVersion: key.keyVersion ?? "" },
                isDoubleEncryptionEnabled: true,
                tags: args.tags,
            }, { parent: this, dependsOn: access.grant ? [access.grant] : [] });
            clusterId = this.cluster.id;
        } else {
            clusterId = args.clusterId as pulumi.Input<string>;
        }

        this.workspace = new operationalinsights.Workspace(name, {
            workspaceName: args.workspaceName,
            resourceGroupName: args.resourceGroupName,
            location: checked.location,
            sku: { name: "PerGB2018" },
            retentionInDays: checked.retentionInDays,
            features: { disableLocalAuth: true, enableDataExport: false },
            forceCmkForQuery: true,
            publicNetworkAccessForIngestion: args.publicNetworkAccess ?? "Enabled",
            publicNetworkAccessForQuery: args.publicNetworkAccess ?? "Enabled",
            tags: args.tags,
        }, child);
        new operationalinsights.LinkedService(`${name}-cluster`, {
            resourceGroupName: args.resourceGroupName,
            workspaceName: this.workspace.name,
            linkedServiceName: "cluster",
            writeAccessResourceId: clusterId,
        }, child);

        this.workspaceId = this.workspace.id;
        this.customerId = this.workspace.customerId;
        this.clusterId = pulumi.output(clusterId);
        this.registerOutputs({ location: this.location, workspaceId: this.workspaceId, customerId: this.customerId, clusterId: this.clusterId });
    }
}
