// SovereignPostgres: Azure Database for PostgreSQL Flexible Server in an allowed location, data
// encrypted with a customer-managed key through a user-assigned identity, no public network
// access, backups kept in the server's region (geo-redundant backup off), TLS enforced by the service.
import * as dbforpostgresql from "@pulumi/azure-native/dbforpostgresql";
import * as pulumi from "@pulumi/pulumi";
import { checkInteger, checkOneOf, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { customerKey } from "./customer-key";
import { resolveAzureKey, type AzureKeyInput } from "./key-ref";
import type { SovereignKeyVault } from "./key-vault";
import { azureLocation } from "./location";
import { builtTo, azureToLevel3 } from "../level";

export interface SovereignPostgresArgs extends LocationPolicyArgs {
    resourceGroupName: pulumi.Input<string>;
    /** Default: the stack's `azure-native:location`. A plain string, checked at construction. */
    location?: string;
    /** 3 to 63 lower-case letters, digits and hyphens. Default: derived from the resource name. */
    serverName?: string;
    administratorLogin: pulumi.Input<string>;
    administratorLoginPassword: pulumi.Input<string>;
    /** The key: a SovereignKeyVault with a key, or a reference. Default: a new SovereignKeyVault. */
    key?: AzureKeyInput;
    /** The tenant of the vault created when no key is passed. Default: the deploying identity's. */
    tenantId?: pulumi.Input<string>;
    /** PostgreSQL major version. Default "16". */
    version?: "13" | "14" | "15" | "16" | "17";
    /** Compute SKU. Default `{ name: "Standard_D2ds_v5", tier: "GeneralPurpose" }`. */
    sku?: { name: pulumi.Input<string>; tier: "Burstable" | "GeneralPurpose" | "MemoryOptimized" };
    /** GiB. Default 128. */
    storageSizeGB?: number;
    /** Days to keep backups, 7 to 35. Default 7. */
    backupRetentionDays?: number;
    /** A standby in another zone of the same region. Default false. */
    zoneRedundant?: boolean;
    /** A subnet delegated to `Microsoft.DBforPostgreSQL/flexibleServers` (VNet integration). Default: private endpoints only. */
    delegatedSubnetResourceId?: pulumi.Input<string>;
    /** The private DNS zone for VNet integration. */
    privateDnsZoneArmResourceId?: pulumi.Input<string>;
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

interface PostgresPlan {
    location: string;
    version: string;
    backupRetentionDays: number;
    storageSizeGB: number;
}

function plan(subject: Subject, args: SovereignPostgresArgs): PostgresPlan {
    const location = azureLocation(subject, args.location, args);
    if (args.serverName !== undefined && !/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(args.serverName)) {
        refuse(subject, `serverName ${JSON.stringify(args.serverName)} is not a valid server name; allowed: 3-63 lower-case letters, digits and hyphens`);
    }
    if ((args.delegatedSubnetResourceId === undefined) !== (args.privateDnsZoneArmResourceId === undefined)) {
        refuse(subject, "VNet integration needs both delegatedSubnetResourceId and privateDnsZoneArmResourceId");
    }
    if (args.sku !== undefined) checkOneOf(subject, "sku.tier", args.sku.tier, ["Burstable", "GeneralPurpose", "MemoryOptimized"] as const, "GeneralPurpose");
    return {
        location,
        version: checkOneOf(subject, "version", args.version, ["13", "14", "15", "16", "17"] as const, "16"),
        backupRetentionDays: checkInteger(subject, "backupRetentionDays", args.backupRetentionDays, 7, 35, 7),
        storageSizeGB: checkInteger(subject, "storageSizeGB", args.storageSizeGB, 32, 32768, 128),
    };
}

export class SovereignPostgres extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:azure:SovereignPostgres";
    static readonly level = builtTo(2, azureToLevel3);

    public readonly location: string;
    public readonly server: dbforpostgresql.Server;
    public readonly serverName: pulumi.Output<string>;
    public readonly serverId: pulumi.Output<string>;
    public readonly fqdn: pulumi.Output<string>;
    /** The user-assigned identity that reaches the key. */
    public readonly identityId: pulumi.Output<string>;
    /** The key URI the server encrypts with. */
    public readonly keyUri: pulumi.Output<string>;
    /** The vault this component created, when no key was passed in. */
    public readonly keyVault?: SovereignKeyVault;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignPostgresArgs): void {
        const subject = { component: "SovereignPostgres", name };
        plan(subject, args);
        if (args.key !== undefined) resolveAzureKey(subject, "key", args.key, args);
    }

    constructor(name: string, args: SovereignPostgresArgs, opts?: pulumi.ComponentResourceOptions) {
        const subject = { component: "SovereignPostgres", name };
        const checked = plan(subject, args);
        const given = args.key === undefined ? undefined : resolveAzureKey(subject, "key", args.key, args);
        super(SovereignPostgres.type, name, {}, opts);
        this.location = checked.location;

        const { key, access, keyVault } = customerKey(name, this, subject, given, checked.location, args);
        this.keyVault = keyVault;

        const vnet = args.delegatedSubnetResourceId !== undefined;
        this.server = new dbforpostgresql.Server(name, {
            serverName: args.serverName,
            resourceGroupName: args.resourceGroupName,
            location: checked.location,
            version: checked.version,
            sku: args.sku ?? { name: "Standard_D2ds_v5", tier: "GeneralPurpose" },
            storage: { storageSizeGB: checked.storageSizeGB, autoGrow: "Enabled" },
            administratorLogin: args.administratorLogin,
            administratorLoginPassword: args.administratorLoginPassword,
            identity: {
                type: "UserAssigned",
                userAssignedIdentities: access.identity.id.apply((id) => ({ [id]: {} })),
            },
            dataEncryption: {
                type: "AzureKeyVault",
                primaryKeyURI: key.keyUri,
                primaryUserAssignedIdentityId: access.identity.id,
            },
            // A geo-redundant backup would be copied to the paired region: off.
            backup: { backupRetentionDays: checked.backupRetentionDays, geoRedundantBackup: "Disabled" },
            network: vnet
                ? {
                    delegatedSubnetResourceId: args.delegatedSubnetResourceId,
                    privateDnsZoneArmResourceId: args.privateDnsZoneArmResourceId,
                    publicNetworkAccess: "Disabled",
                }
                : { publicNetworkAccess: "Disabled" },
            highAvailability: { mode: args.zoneRedundant ? "ZoneRedundant" : "Disabled" },
            createMode: "Create",
            tags: args.tags,
        }, { parent: this, dependsOn: access.grant ? [access.grant] : [] });

        this.serverName = this.server.name;
        this.serverId = this.server.id;
        this.fqdn = this.server.fullyQualifiedDomainName;
        this.identityId = access.identity.id;
        this.keyUri = key.keyUri;
        this.registerOutputs({
            location: this.location,
            serverName: this.serverName,
            serverId: this.serverId,
            fqdn: this.fqdn,
            identityId: this.identityId,
            keyUri: this.keyUri,
        });
    }
}
