// SovereignAksCluster: an AKS cluster in an allowed location with a private API server (no public
// endpoint), Kubernetes Secrets in etcd encrypted by the KMS plugin with a customer-managed key, node
// OS and data disks encrypted through a DiskEncryptionSet under the same key, Entra ID authentication
// with Azure RBAC and no local accounts. A user-assigned identity reaches the key before the cluster exists.
// Sources: https://learn.microsoft.com/en-us/azure/aks/use-kms-etcd-encryption (KMS, versioned key id),
// https://learn.microsoft.com/en-us/azure/aks/azure-disk-customer-managed-keys (DiskEncryptionSet),
// https://learn.microsoft.com/en-us/azure/aks/private-clusters (private API server).
import * as compute from "@pulumi/azure-native/compute";
import * as containerservice from "@pulumi/azure-native/containerservice";
import * as pulumi from "@pulumi/pulumi";
import { builtTo, azureToLevel3 } from "../level";
import { checkInteger, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { customerKey } from "./customer-key";
import { cryptoUser } from "./key-access";
import { resolveAzureKey, type AzureKeyInput } from "./key-ref";
import { SovereignKeyVault } from "./key-vault";
import { azureLocation } from "./location";

export interface SovereignAksClusterArgs extends LocationPolicyArgs {
    resourceGroupName: pulumi.Input<string>;
    /** Default: the stack's `azure-native:location`. A plain string, checked at construction. */
    location?: string;
    /**
     * The key: a SovereignKeyVault with a key, or a reference with `keyVersion` (the KMS plugin takes
     * a versioned key id). Default: a new SovereignKeyVault.
     */
    key?: AzureKeyInput;
    tenantId?: pulumi.Input<string>;
    /** Default: derived from the resource name. */
    clusterName?: string;
    /** DNS prefix of the private API server. Default: the resource name. */
    dnsPrefix?: string;
    /** Kubernetes version, e.g. "1.33". Default: AKS's default. */
    kubernetesVersion?: string;
    /** The system node pool's VM size. Default "Standard_D4ds_v5". */
    vmSize?: pulumi.Input<string>;
    /** System nodes, 1 to 100. Default 3. */
    nodeCount?: number;
    /** A subnet for the nodes (Azure CNI). Default: a VNet AKS creates. */
    vnetSubnetId?: pulumi.Input<string>;
    /** Entra ID groups that administer the cluster. */
    adminGroupObjectIds?: pulumi.Input<pulumi.Input<string>[]>;
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

function plan(subject: Subject, args: SovereignAksClusterArgs): { location: string; nodeCount: number } {
    const location = azureLocation(subject, args.location, args);
    if (args.clusterName !== undefined && !/^[a-zA-Z0-9][a-zA-Z0-9_-]{0,61}[a-zA-Z0-9]$/.test(args.clusterName)) {
        refuse(subject, `clusterName ${JSON.stringify(args.clusterName)} is not a valid AKS cluster name; allowed: 2-63 letters, digits, "-" and "_"`);
    }
    const dnsPrefix = args.dnsPrefix ?? subject.name;
    if (!/^[a-zA-Z0-9]([a-zA-Z0-9-]{0,52}[a-zA-Z0-9])?$/.test(dnsPrefix)) {
        refuse(subject, `dnsPrefix ${JSON.stringify(dnsPrefix)} is not a valid DNS prefix; allowed: 1-54 letters, digits and hyphens (pass dnsPrefix when the resource name is not one)`);
    }
    if (args.kubernetesVersion !== undefined && !/^1\.\d{1,2}(\.\d+)?$/.test(args.kubernetesVersion)) {
        refuse(subject, `kubernetesVersion ${JSON.stringify(args.kubernetesVersion)} is not a Kubernetes version such as "1.33"`);
    }
    const key = args.key;
    if (key !== undefined && !(key instanceof SovereignKeyVault) && typeof key === "object" && key !== null && key.keyVersion === undefined) {
        refuse(subject, "key.keyVersion is required: the AKS KMS plugin takes a versioned key id (rotate by updating it)");
    }
    return { location, nodeCount: checkInteger(subject, "nodeCount", args.nodeCount, 1, 100, 3) };
}

export class SovereignAksCluster extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:azure:SovereignAksCluster";
    static readonly level = builtTo(2, azureToLevel3);

    public readonly location: string;
    public readonly cluster: containerservice.ManagedCluster;
    public readonly diskEncryptionSet: compute.DiskEncryptionSet;
    public readonly clusterName: pulumi.Output<string>;
    public readonly clusterId: pulumi.Output<string>;
    /** The private API server's FQDN. */
    public readonly privateFqdn: pulumi.Output<string | undefined>;
    public readonly identityId: pulumi.Output<string>;
    /** The versioned key id the KMS plugin uses. */
    public readonly kmsKeyId: pulumi.Output<string>;
    /** The vault this component created, when no key was passed in. */
    public readonly keyVault?: SovereignKeyVault;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignAksClusterArgs): void {
        const subject = { component: "SovereignAksCluster", name };
        plan(subject, args);
        if (args.key !== undefined) resolveAzureKey(subject, "key", args.key, args);
    }

    constructor(name: string, args: SovereignAksClusterArgs, opts?: pulumi.ComponentResourceOptions) {
        const subject = { component: "SovereignAksCluster", name };
        const checked = plan(subject, args);
        const given = args.key === undefined ? undefined : resolveAzureKey(subject, "key", args.key, args);
        super(SovereignAksCluster.type, name, {}, opts);
        this.location = checked.location;

        const { key, access, keyVault } = customerKey(name, this, subject, given, checked.location, args, cryptoUser);
        this.keyVault = keyVault;
        const vault = keyVault ?? (args.key instanceof SovereignKeyVault ? args.key : undefined);
        // A reference was refused above without a version, so its keyUri carries one.
        const versioned = vault?.keyUriWithVersion ?? key.keyUri;
        const grant = access.grant ? [access.grant] : [];
        const identities = [access.identity.id];

        this.diskEncryptionSet = new compute.DiskEncryptionSet(`${name}-disks`, {
            resourceGroupName: args.resourceGroupName,
            location: checked.location,
            encryptionType: "EncryptionAtRestWithCustomerKey",
            // The vault named beside the key, so the set (and the pack) can tie the key to its vault.
            activeKey: { keyUrl: versioned, ...(key.grantScope === undefined ? {} : { sourceVault: { id: key.grantScope } }) },
            rotationToLatestKeyVersionEnabled: true,
            identity: { type: "UserAssigned", userAssignedIdentities: identities },
            tags: args.tags,
        }, { parent: this, dependsOn: grant });

        this.cluster = new containerservice.ManagedCluster(name, {
            resourceName: args.clusterName,
            resourceGroupName: args.resourceGroupName,
            location: checked.location,
            dnsPrefix: args.dnsPrefix ?? name,
            kubernetesVersion: args.kubernetesVersion,
            sku: { name: "Base", tier: "Standard" },
            identity: { type: "UserAssigned", userAssignedIdentities: identities },
            agentPoolProfiles: [{
                name: "system",
                mode: "System",
                count: checked.nodeCount,
                vmSize: args.vmSize ?? "Standard_D4ds_v5",
                osType: "Linux",
                osDiskType: "Managed",
                vnetSubnetID: args.vnetSubnetId,
            }],
            diskEncryptionSetID: this.diskEncryptionSet.id,
            apiServerAccessProfile: { enablePrivateCluster: true },
            securityProfile: {
                azureKeyVaultKms: { enabled: true, keyId: versioned, keyVaultNetworkAccess: "Public" },
            },
            aadProfile: { managed: true, enableAzureRBAC: true, adminGroupObjectIDs: args.adminGroupObjectIds },
            disableLocalAccounts: true,
            enableRBAC: true,
            tags: args.tags,
        }, { parent: this, dependsOn: grant });

        this.clusterName = this.cluster.name;
        this.clusterId = this.cluster.id;
        this.privateFqdn = this.cluster.privateFQDN;
        this.identityId = access.identity.id;
        this.kmsKeyId = pulumi.output(versioned);
        this.registerOutputs({ location: this.location, clusterName: this.clusterName, clusterId: this.clusterId, privateFqdn: this.privateFqdn, kmsKeyId: this.kmsKeyId });
    }
}
