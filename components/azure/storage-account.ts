// SovereignStorageAccount: a StorageV2 account in an allowed location, encrypted with a
// customer-managed key reached through a user-assigned identity (for blobs, files, queues and
// tables), infrastructure encryption on top, TLS 1.2, HTTPS only, no public blob access, no shared
// keys, and redundancy that keeps every copy inside the allow-list (zone-redundant by default).
import * as storage from "@pulumi/azure-native/storage";
import * as pulumi from "@pulumi/pulumi";
import { azurePairedRegion } from "eu-sovereignty-policies/lib";
import { checkOneOf, isAllowedLocation, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { customerKey } from "./customer-key";
import { resolveAzureKey, type AzureKeyInput } from "./key-ref";
import type { SovereignKeyVault } from "./key-vault";
import { azureLocation } from "./location";
import { builtTo, azureToLevel3 } from "../level";

const redundancies = ["LRS", "ZRS", "GRS", "RAGRS", "GZRS", "RAGZRS"] as const;
export type StorageRedundancy = (typeof redundancies)[number];

export interface SovereignStorageAccountArgs extends LocationPolicyArgs {
    resourceGroupName: pulumi.Input<string>;
    /** Default: the stack's `azure-native:location`. A plain string, checked at construction. */
    location?: string;
    /** 3 to 24 lower-case letters and digits. Default: derived from the resource name. */
    accountName?: string;
    /** The key: a SovereignKeyVault with a key, or a reference. Default: a new SovereignKeyVault. */
    key?: AzureKeyInput;
    /** The tenant of the vault created when no key is passed. Default: the deploying identity's. */
    tenantId?: pulumi.Input<string>;
    /**
     * Default "ZRS". Geo-redundant options (GRS, RAGRS, GZRS, RAGZRS) copy every write to the
     * location's Azure pair, so they are accepted only when that pair is allowed too.
     */
    redundancy?: StorageRedundancy;
    /** Default "Hot". */
    accessTier?: "Hot" | "Cool" | "Cold";
    /** "Disabled" leaves only private endpoints. Default "Enabled". */
    publicNetworkAccess?: "Enabled" | "Disabled";
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

interface StoragePlan {
    location: string;
    redundancy: StorageRedundancy;
    accessTier: "Hot" | "Cool" | "Cold";
    publicNetworkAccess: "Enabled" | "Disabled";
}

function plan(subject: Subject, args: SovereignStorageAccountArgs): StoragePlan {
    const location = azureLocation(subject, args.location, args);
    if (args.accountName !== undefined && !/^[a-z0-9]{3,24}$/.test(args.accountName)) {
        refuse(subject, `accountName ${JSON.stringify(args.accountName)} is not a valid storage account name; allowed: 3-24 lower-case letters and digits`);
    }
    const redundancy = checkOneOf(subject, "redundancy", args.redundancy, redundancies, "ZRS");
    if (/GRS|GZRS/.test(redundancy)) {
        const pair = azurePairedRegion(location);
        if (pair === undefined) {
            refuse(subject, `redundancy "${redundancy}" copies data to the paired region of "${location}", which has none; use LRS or ZRS`);
        }
        if (!isAllowedLocation("azure", pair, args)) {
            refuse(subject, `redundancy "${redundancy}" copies data to "${pair}", the pair of "${location}", which is not an allowed location; allowed: LRS or ZRS, or a geo-redundant option in a location whose pair is allowed`);
        }
    }
    return {
        location,
        redundancy,
        accessTier: checkOneOf(subject, "accessTier", args.accessTier, ["Hot", "Cool", "Cold"] as const, "Hot"),
        publicNetworkAccess: checkOneOf(subject, "publicNetworkAccess", args.publicNetworkAccess, ["Enabled", "Disabled"] as const, "Enabled"),
    };
}

export class SovereignStorageAccount extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:azure:SovereignStorageAccount";
    static readonly level = builtTo(2, azureToLevel3);

    public readonly location: string;
    /** The SKU name, e.g. `Standard_ZRS`. */
    public readonly skuName: string;
    public readonly account: storage.StorageAccount;
    public readonly accountName: pulumi.Output<string>;
    public readonly accountId: pulumi.Output<string>;
    public readonly primaryBlobEndpoint: pulumi.Output<string>;
    /** The user-assigned identity that reaches the key. */
    public readonly identityId: pulumi.Output<string>;
    public readonly identityPrincipalId: pulumi.Output<string>;
    public readonly keyVaultUri: pulumi.Output<string>;
    public readonly keyName: pulumi.Output<string>;
    /** The vault this component created, when no key was passed in. */
    public readonly keyVault?: SovereignKeyVault;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignStorageAccountArgs): void {
        const subject = { component: "SovereignStorageAccount", name };
        plan(subject, args);
        if (args.key !== undefined) resolveAzureKey(subject, "key", args.key, args);
    }

    constructor(name: string, args: SovereignStorageAccountArgs, opts?: pulumi.ComponentResourceOptions) {
        const subject = { component: "SovereignStorageAccount", name };
        const checked = plan(subject, args);
        const given = args.key === undefined ? undefined : resolveAzureKey(subject, "key", args.key, args);
        super(SovereignStorageAccount.type, name, {}, opts);
        this.location = checked.location;
        this.skuName = `Standard_${checked.redundancy}`;

        const { key, access, keyVault } = customerKey(name, this, subject, given, checked.location, args);
        this.keyVault = keyVault;
        const accountScoped = { enabled: true, keyType: "Account" };

        this.account = new storage.StorageAccount(name, {
            accountName: args.accountName,
            resourceGroupName: args.resourceGroupName,
            location: checked.location,
            kind: "StorageV2",
            sku: { name: this.skuName },
            accessTier: checked.accessTier,
            identity: { type: "UserAssigned", userAssignedIdentities: [access.identity.id] },
            encryption: {
                keySource: "Microsoft.Keyvault",
                keyVaultProperties: { keyVaultUri: key.vaultUri, keyName: key.keyName, keyVersion: key.keyVersion },
                encryptionIdentity: { encryptionUserAssignedIdentity: access.identity.id },
                requireInfrastructureEncryption: true,
                // "Account" keys, so queues and tables are under the customer key too.
                services: { blob: accountScoped, file: accountScoped, queue: accountScoped, table: accountScoped },
            },
            minimumTlsVersion: "TLS1_2",
            enableHttpsTrafficOnly: true,
            allowBlobPublicAccess: false,
            allowSharedKeyAccess: false,
            defaultToOAuthAuthentication: true,
            allowCrossTenantReplication: false,
            publicNetworkAccess: checked.publicNetworkAccess,
            tags: args.tags,
        }, { parent: this, dependsOn: access.grant ? [access.grant] : [] });

        this.accountName = this.account.name;
        this.accountId = this.account.id;
        this.primaryBlobEndpoint = this.account.primaryEndpoints.apply((e) => e?.blob);
        this.identityId = access.identity.id;
        this.identityPrincipalId = access.identity.principalId;
        this.keyVaultUri = key.vaultUri;
        this.keyName = key.keyName;
        this.registerOutputs({
            location: this.location,
            skuName: this.skuName,
            accountName: this.accountName,
            accountId: this.accountId,
            primaryBlobEndpoint: this.primaryBlobEndpoint,
            identityId: this.identityId,
            keyVaultUri: this.keyVaultUri,
            keyName: this.keyName,
        });
    }
}
