// The Azure components for every Pulumi language. Each runs the checks of the TypeScript component
// of the same name first (its static `check`: a refused argument registers nothing, not even this
// component), then creates that component as its child and repeats its outputs. A key is passed as
// a reference `{ vaultUri, keyName, location, ... }` (an AzureSovereignKeyVault's outputs fill it);
// the TypeScript components' other form, a SovereignKeyVault object, is not expressible in a schema.
// Fixed-choice arguments are strings here: the TypeScript component checks them against its list.
import * as pulumi from "@pulumi/pulumi";
import { SovereignAksCluster } from "../azure/aks-cluster";
import type { AzureKeyReference } from "../azure/key-ref";
import { SovereignKeyVault, type SovereignKeyVaultArgs } from "../azure/key-vault";
import { LocationGuardrail, type LocationGuardrailArgs } from "../azure/location-guardrail";
import { SovereignLogWorkspace, type SovereignLogWorkspaceArgs } from "../azure/log-workspace";
import { SovereignPostgres, type SovereignPostgresArgs } from "../azure/postgres";
import { SovereignServiceBus, type SovereignServiceBusArgs } from "../azure/service-bus";
import { SovereignStorageAccount, type SovereignStorageAccountArgs } from "../azure/storage-account";
import { token, type AllowList } from "./common";

type Tags = pulumi.Input<Record<string, pulumi.Input<string>>>;

/** The key a vault creates. */
export interface AzureVaultKeyArgs {
    /** Default: derived from the component's name. */
    name?: string;
    /** RSA key size: 2048, 3072 (default) or 4096. The key is always RSA-HSM. */
    size?: number;
    /** ISO 8601 duration after which a new key version is made. Default "P1Y". */
    rotateAfter?: string;
    /** ISO 8601 duration after which a key version expires. Default "P2Y". */
    expiresAfter?: string;
}

export interface AzureSovereignKeyVaultArgs extends AllowList {
    resourceGroupName: pulumi.Input<string>;
    /** Default: the stack's `azure-native:location`. */
    location?: string;
    /** The Entra tenant. Default: the tenant of the deploying identity. */
    tenantId?: pulumi.Input<string>;
    /** 3 to 24 letters, digits and hyphens. Default: derived from the resource name. */
    vaultName?: string;
    /** Days a deleted vault or key stays recoverable, 7 to 90. Default 90. */
    softDeleteRetentionInDays?: number;
    /** The key to create. Default: an RSA-HSM 3072 key rotated yearly. */
    key?: AzureVaultKeyArgs;
    /** Create no key. Default false. */
    noKey?: boolean;
    /** Create a Managed HSM instead of a vault, with these initial administrators (its keys are made after activation). */
    managedHsmAdminObjectIds?: pulumi.Input<pulumi.Input<string>[]>;
    /** Enabled (default) or Disabled (only private endpoints and trusted Azure services). */
    publicNetworkAccess?: string;
    tags?: Tags;
}

/** A Key Vault (RBAC, purge protection, soft delete) or Managed HSM in an allowed location, with an RSA-HSM key. */
export class AzureSovereignKeyVault extends pulumi.ComponentResource {
    public readonly location: string;
    /** True when this is a Managed HSM rather than a vault. */
    public readonly isManagedHsm: boolean;
    /** The ARM id of the vault or HSM. */
    public readonly vaultId: pulumi.Output<string>;
    public readonly vaultName: pulumi.Output<string>;
    public readonly vaultUri: pulumi.Output<string>;
    /** The key's name (none for a Managed HSM or with `noKey`). */
    public readonly keyName?: pulumi.Output<string>;
    /** The key's URI without a version. */
    public readonly keyUri?: pulumi.Output<string>;
    public readonly keyUriWithVersion?: pulumi.Output<string>;

    constructor(name: string, args: AzureSovereignKeyVaultArgs, opts?: pulumi.ComponentResourceOptions) {
        const { key, noKey, managedHsmAdminObjectIds, ...rest } = args;
        const vaultArgs = {
            ...rest,
            key: noKey === true ? false : key,
            managedHsm: managedHsmAdminObjectIds === undefined ? undefined : { initialAdminObjectIds: managedHsmAdminObjectIds },
        } as SovereignKeyVaultArgs;
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignKeyVault.check(name, vaultArgs);
        super(token("AzureSovereignKeyVault"), name, {}, opts);
        const vault = new SovereignKeyVault(name, vaultArgs, { parent: this });
        this.location = vault.location;
        this.isManagedHsm = vault.isManagedHsm;
        this.vaultId = vault.vaultId;
        this.vaultName = vault.vaultName;
        this.vaultUri = vault.vaultUri;
        this.keyName = vault.keyName;
        this.keyUri = vault.keyUri;
        this.keyUriWithVersion = vault.keyUriWithVersion;
        this.registerOutputs({
            location: this.location, isManagedHsm: this.isManagedHsm, vaultId: this.vaultId, vaultName: this.vaultName,
            vaultUri: this.vaultUri, keyName: this.keyName, keyUri: this.keyUri, keyUriWithVersion: this.keyUriWithVersion,
        });
    }
}

/** Arguments every Azure data component shares. */
export interface AzureDataArgs extends AllowList {
    resourceGroupName: pulumi.Input<string>;
    /** Default: the stack's `azure-native:location`. */
    location?: string;
    /** The key, in an allowed location. Default: a new AzureSovereignKeyVault beside the service. */
    key?: AzureKeyReference;
    /** The tenant of the vault created when no key is passed. Default: the deploying identity's. */
    tenantId?: pulumi.Input<string>;
    tags?: Tags;
}

export interface AzureSovereignStorageAccountArgs extends AzureDataArgs {
    /** 3 to 24 lower-case letters and digits. Default: derived from the resource name. */
    accountName?: string;
    /** LRS, ZRS (default), GRS, RAGRS, GZRS or RAGZRS; geo-redundant ones only when the location's pair is allowed. */
    redundancy?: string;
    /** Hot (default), Cool or Cold. */
    accessTier?: string;
    /** Enabled (default) or Disabled (only private endpoints). */
    publicNetworkAccess?: string;
}

/** A storage account in an allowed location, encrypted with a customer-managed key, TLS 1.2, no public blobs. */
export class AzureSovereignStorageAccount extends pulumi.ComponentResource {
    public readonly location: string;
    /** The SKU, e.g. Standard_ZRS. */
    public readonly skuName: string;
    public readonly accountName: pulumi.Output<string>;
    public readonly accountId: pulumi.Output<string>;
    public readonly primaryBlobEndpoint: pulumi.Output<string>;
    public readonly identityId: pulumi.Output<string>;
    public readonly identityPrincipalId: pulumi.Output<string>;
    public readonly keyVaultUri: pulumi.Output<string>;
    public readonly keyName: pulumi.Output<string>;

    constructor(name: string, args: AzureSovereignStorageAccountArgs, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignStorageAccount.check(name, args as SovereignStorageAccountArgs);
        super(token("AzureSovereignStorageAccount"), name, {}, opts);
        const account = new SovereignStorageAccount(name, args as SovereignStorageAccountArgs, { parent: this });
        this.location = account.location;
        this.skuName = account.skuName;
        this.accountName = account.accountName;
        this.accountId = account.accountId;
        this.primaryBlobEndpoint = account.primaryBlobEndpoint;
        this.identityId = account.identityId;
        this.identityPrincipalId = account.identityPrincipalId;
        this.keyVaultUri = account.keyVaultUri;
        this.keyName = account.keyName;
        this.registerOutputs({
            location: this.location, skuName: this.skuName, accountName: this.accountName, accountId: this.accountId,
            primaryBlobEndpoint: this.primaryBlobEndpoint, identityId: this.identityId, identityPrincipalId: this.identityPrincipalId,
            keyVaultUri: this.keyVaultUri, keyName: this.keyName,
        });
    }
}

/** A PostgreSQL compute SKU. */
export interface AzurePostgresSku {
    /** e.g. Standard_D2ds_v5. */
    name: pulumi.Input<string>;
    /** Burstable, GeneralPurpose or MemoryOptimized. */
    tier: string;
}

export interface AzureSovereignPostgresArgs extends AzureDataArgs {
    /** 3 to 63 lower-case letters, digits and hyphens. Default: derived from the resource name. */
    serverName?: string;
    administratorLogin: pulumi.Input<string>;
    administratorLoginPassword: pulumi.Input<string>;
    /** PostgreSQL major version, 13 to 17. Default "16". */
    version?: string;
    /** Default Standard_D2ds_v5, GeneralPurpose. */
    sku?: AzurePostgresSku;
    /** GiB. Default 128. */
    storageSizeGB?: number;
    /** Days to keep backups, 7 to 35. Default 7. */
    backupRetentionDays?: number;
    /** A standby in another zone of the same region. Default false. */
    zoneRedundant?: boolean;
    /** A subnet delegated to Microsoft.DBforPostgreSQL/flexibleServers (VNet integration). */
    delegatedSubnetResourceId?: pulumi.Input<string>;
    /** The private DNS zone for VNet integration. */
    privateDnsZoneArmResourceId?: pulumi.Input<string>;
}

/** PostgreSQL Flexible Server in an allowed location, data encrypted with a customer-managed key, backups in-region. */
export class AzureSovereignPostgres extends pulumi.ComponentResource {
    public readonly location: string;
    public readonly serverName: pulumi.Output<string>;
    public readonly serverId: pulumi.Output<string>;
    public readonly fqdn: pulumi.Output<string>;
    public readonly identityId: pulumi.Output<string>;
    public readonly keyUri: pulumi.Output<string>;

    constructor(name: string, args: AzureSovereignPostgresArgs, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignPostgres.check(name, args as SovereignPostgresArgs);
        super(token("AzureSovereignPostgres"), name, {}, opts);
        const server = new SovereignPostgres(name, args as SovereignPostgresArgs, { parent: this });
        this.location = server.location;
        this.serverName = server.serverName;
        this.serverId = server.serverId;
        this.fqdn = server.fqdn;
        this.identityId = server.identityId;
        this.keyUri = server.keyUri;
        this.registerOutputs({
            location: this.location, serverName: this.serverName, serverId: this.serverId, fqdn: this.fqdn,
            identityId: this.identityId, keyUri: this.keyUri,
        });
    }
}

export interface AzureSovereignServiceBusArgs extends AzureDataArgs {
    /** 6 to 50 letters, digits and hyphens, starting with a letter. Default: derived from the resource name. */
    namespaceName?: string;
    /** Messaging units: 1, 2, 4, 8 or 16. Default 1. */
    capacity?: number;
    /** Queues to create in the namespace. */
    queues?: string[];
    /** Topics to create in the namespace. */
    topics?: string[];
    /** Enabled (default) or Disabled (only private endpoints). */
    publicNetworkAccess?: string;
}

/** A Service Bus Premium namespace in an allowed location, encrypted with a customer-managed key. */
export class AzureSovereignServiceBus extends pulumi.ComponentResource {
    public readonly location: string;
    public readonly namespaceName: pulumi.Output<string>;
    public readonly namespaceId: pulumi.Output<string>;
    public readonly serviceBusEndpoint: pulumi.Output<string>;
    public readonly identityId: pulumi.Output<string>;

    constructor(name: string, args: AzureSovereignServiceBusArgs, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignServiceBus.check(name, args as SovereignServiceBusArgs);
        super(token("AzureSovereignServiceBus"), name, {}, opts);
        const bus = new SovereignServiceBus(name, args as SovereignServiceBusArgs, { parent: this });
        this.location = bus.location;
        this.namespaceName = bus.namespaceName;
        this.namespaceId = bus.namespaceId;
        this.serviceBusEndpoint = bus.serviceBusEndpoint;
        this.identityId = bus.identityId;
        this.registerOutputs({
            location: this.location, namespaceName: this.namespaceName, namespaceId: this.namespaceId,
            serviceBusEndpoint: this.serviceBusEndpoint, identityId: this.identityId,
        });
    }
}

export interface AzureSovereignLogWorkspaceArgs extends AzureDataArgs {
    /** Default: derived from the resource name. */
    workspaceName?: string;
    /** Days to keep data, 30 to 730. Default 90. */
    retentionInDays?: number;
    /** The ARM id of an existing dedicated cluster with a customer-managed key, in the same location. */
    clusterId?: pulumi.Input<string>;
    /** Create a dedicated cluster under `key` with this daily commitment (GB). */
    dedicatedClusterCapacityGbPerDay?: number;
    /** Enabled (default) or Disabled (only private links). */
    publicNetworkAccess?: string;
}

/** A Log Analytics workspace in an allowed location, linked to a dedicated cluster with a customer-managed key. */
export class AzureSovereignLogWorkspace extends pulumi.ComponentResource {
    public readonly location: string;
    public readonly workspaceId: pulumi.Output<string>;
    /** The workspace's customer id (the one agents use). */
    public readonly customerId: pulumi.Output<string>;
    /** The dedicated cluster's ARM id. */
    public readonly clusterId: pulumi.Output<string>;

    constructor(name: string, args: AzureSovereignLogWorkspaceArgs, opts?: pulumi.ComponentResourceOptions) {
        const { dedicatedClusterCapacityGbPerDay, ...rest } = args;
        const workspaceArgs = {
            ...rest,
            dedicatedCluster: dedicatedClusterCapacityGbPerDay === undefined ? undefined : { capacityGbPerDay: dedicatedClusterCapacityGbPerDay },
        } as SovereignLogWorkspaceArgs;
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignLogWorkspace.check(name, workspaceArgs);
        super(token("AzureSovereignLogWorkspace"), name, {}, opts);
        const workspace = new SovereignLogWorkspace(name, workspaceArgs, { parent: this });
        this.location = workspace.location;
        this.workspaceId = workspace.workspaceId;
        this.customerId = workspace.customerId;
        this.clusterId = workspace.clusterId;
        this.registerOutputs({ location: this.location, workspaceId: this.workspaceId, customerId: this.customerId, clusterId: this.clusterId });
    }
}

export interface AzureSovereignAksClusterArgs extends AzureDataArgs {
    /** Default: derived from the resource name. */
    clusterName?: string;
    /** DNS prefix of the private API server. Default: the resource name. */
    dnsPrefix?: string;
    /** Kubernetes version, e.g. "1.33". */
    kubernetesVersion?: string;
    /** The system node pool's VM size. Default "Standard_D4ds_v5". */
    vmSize?: pulumi.Input<string>;
    /** System nodes, 1 to 100. Default 3. */
    nodeCount?: number;
    /** A subnet for the nodes (Azure CNI). */
    vnetSubnetId?: pulumi.Input<string>;
    /** Entra ID groups that administer the cluster. */
    adminGroupObjectIds?: pulumi.Input<pulumi.Input<string>[]>;
}

/** A private AKS cluster in an allowed location: etcd secrets (KMS) and node disks encrypted with a customer-managed key. */
export class AzureSovereignAksCluster extends pulumi.ComponentResource {
    public readonly location: string;
    public readonly clusterName: pulumi.Output<string>;
    public readonly clusterId: pulumi.Output<string>;
    public readonly privateFqdn: pulumi.Output<string | undefined>;
    public readonly identityId: pulumi.Output<string>;
    /** The versioned key id the KMS plugin uses. */
    public readonly kmsKeyId: pulumi.Output<string>;

    constructor(name: string, args: AzureSovereignAksClusterArgs, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        SovereignAksCluster.check(name, args);
        super(token("AzureSovereignAksCluster"), name, {}, opts);
        const cluster = new SovereignAksCluster(name, args, { parent: this });
        this.location = cluster.location;
        this.clusterName = cluster.clusterName;
        this.clusterId = cluster.clusterId;
        this.privateFqdn = cluster.privateFqdn;
        this.identityId = cluster.identityId;
        this.kmsKeyId = cluster.kmsKeyId;
        this.registerOutputs({
            location: this.location, clusterName: this.clusterName, clusterId: this.clusterId, privateFqdn: this.privateFqdn,
            identityId: this.identityId, kmsKeyId: this.kmsKeyId,
        });
    }
}

export interface AzureLocationGuardrailArgs extends AllowList {
    /** `/providers/Microsoft.Management/managementGroups/<id>` or `/subscriptions/<id>`. */
    scope: string;
    /** Scopes exempt from the assignments. */
    notScopes?: string[];
    /** Default (deny) or DoNotEnforce (audit only). */
    enforcementMode?: string;
}

/** Azure Policy assignments that deny resources and resource groups outside the allowed locations. */
export class AzureLocationGuardrail extends pulumi.ComponentResource {
    /** The locations the assignments allow. */
    public readonly allowedLocations: string[];

    constructor(name: string, args: AzureLocationGuardrailArgs, opts?: pulumi.ComponentResourceOptions) {
        // The TypeScript component checks first, so a refused argument registers nothing at all.
        LocationGuardrail.check(name, args as LocationGuardrailArgs);
        super(token("AzureLocationGuardrail"), name, {}, opts);
        const guardrail = new LocationGuardrail(name, args as LocationGuardrailArgs, { parent: this });
        this.allowedLocations = [...guardrail.allowedLocations];
        this.registerOutputs({ allowedLocations: this.allowedLocations });
    }
}
