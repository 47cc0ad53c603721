// SovereignKeyVault: a premium (HSM-backed) Key Vault in an allowed location with purge protection,
// soft delete and RBAC, holding an HSM key that rotates itself; or a Managed HSM (single-tenant,
// FIPS 140-3 Level 3), the top native tier of key custody on Azure.
import * as authorization from "@pulumi/azure-native/authorization";
import * as keyvault from "@pulumi/azure-native/keyvault";
import * as pulumi from "@pulumi/pulumi";
import { checkInteger, checkOneOf, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { azureLocation } from "./location";
import { builtTo, azureToLevel3 } from "../level";

/** The key a vault holds for customer-managed encryption. */
export interface SovereignKeyVaultKeyArgs {
    /** Default: derived from the component's name. */
    name?: string;
    /** RSA key size; the key is always RSA-HSM (Azure's customer-managed encryption wraps with RSA). Default 3072. */
    size?: 2048 | 3072 | 4096;
    /** ISO 8601 duration after which a new key version is made. Default "P1Y". */
    rotateAfter?: string;
    /** ISO 8601 duration after which a key version expires. Default "P2Y". */
    expiresAfter?: string;
}

export interface SovereignKeyVaultArgs extends LocationPolicyArgs {
    resourceGroupName: pulumi.Input<string>;
    /** Default: the stack's `azure-native:location`. A plain string, checked at construction. */
    location?: string;
    /** The Entra tenant. Default: the tenant of the deploying identity. */
    tenantId?: pulumi.Input<string>;
    /** The vault's (or HSM's) name: 3 to 24 letters, digits and hyphens. Default: derived from the resource name. */
    vaultName?: string;
    /** Days a deleted vault or key stays recoverable, 7 to 90. Default 90. */
    softDeleteRetentionInDays?: number;
    /** The key to create in a vault; `false` for none. Default: an RSA-HSM 3072 key rotated yearly. */
    key?: SovereignKeyVaultKeyArgs | false;
    /**
     * Create a Managed HSM instead of a vault. Its keys are made in its own data plane after you
     * activate it (security domain download), so no key is created here: reference one with
     * `{ vaultUri: hsmUri, keyName, location }` and grant access in the HSM's local RBAC.
     */
    managedHsm?: { initialAdminObjectIds: pulumi.Input<pulumi.Input<string>[]> };
    /** "Disabled" leaves only private endpoints and trusted Azure services. Default "Enabled". */
    publicNetworkAccess?: "Enabled" | "Disabled";
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

interface VaultPlan {
    location: string;
    softDeleteRetentionInDays: number;
    key?: Required<Omit<SovereignKeyVaultKeyArgs, "name">> & { name?: string };
    publicNetworkAccess: "Enabled" | "Disabled";
}

const isoDuration = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?$/;

export function planKeyVault(subject: Subject, args: SovereignKeyVaultArgs): VaultPlan {
    const location = azureLocation(subject, args.location, args);
    if (args.vaultName !== undefined && !/^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/.test(args.vaultName)) {
        refuse(subject, `vaultName ${JSON.stringify(args.vaultName)} is not a valid vault name; allowed: 3-24 letters, digits and hyphens, starting with a letter`);
    }
    let key: VaultPlan["key"];
    if (args.managedHsm !== undefined) {
        if (args.key !== undefined && args.key !== false) {
            refuse(subject, "key cannot be created in a managedHsm: Managed HSM keys are made in its data plane after activation; pass key: false");
        }
    } else if (args.key !== false) {
        const k = args.key ?? {};
        const size = checkOneOf(subject, "key.size", k.size === undefined ? undefined : String(k.size), ["2048", "3072", "4096"] as const, "3072");
        for (const [arg, value] of [["key.rotateAfter", k.rotateAfter], ["key.expiresAfter", k.expiresAfter]] as const) {
            if (value !== undefined && !isoDuration.test(value)) refuse(subject, `${arg} ${JSON.stringify(value)} is not an ISO 8601 duration such as "P1Y" or "P90D"`);
        }
        if (k.name !== undefined && !/^[a-zA-Z0-9-]{1,127}$/.test(k.name)) {
            refuse(subject, `key.name ${JSON.stringify(k.name)} is not a valid key name; allowed: 1-127 letters, digits and hyphens`);
        }
        key = {
            name: k.name,
            size: Number(size) as 2048 | 3072 | 4096,
            rotateAfter: k.rotateAfter ?? "P1Y",
            expiresAfter: k.expiresAfter ?? "P2Y",
        };
    }
    return {
        location,
        softDeleteRetentionInDays: checkInteger(subject, "softDeleteRetentionInDays", args.softDeleteRetentionInDays, 7, 90, 90),
        key,
        publicNetworkAccess: checkOneOf(subject, "publicNetworkAccess", args.publicNetworkAccess, ["Enabled", "Disabled"] as const, "Enabled"),
    };
}

export class SovereignKeyVault extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:azure:SovereignKeyVault";
    static readonly level = builtTo(2, azureToLevel3);

    public readonly location: string;
    /** True when this is a Managed HSM rather than a vault. */
    public readonly isManagedHsm: boolean;
    public readonly vault?: keyvault.Vault;
    public readonly managedHsm?: keyvault.ManagedHsm;
    /** The ARM id of the vault or HSM (the scope for role assignments). */
    public readonly vaultId: pulumi.Output<string>;
    public readonly vaultName: pulumi.Output<string>;
    /** `https://<name>.vault.azure.net/` or, for a Managed HSM, `https://<name>.managedhsm.azure.net/`. */
    public readonly vaultUri: pulumi.Output<string>;
    public readonly key?: keyvault.Key;
    public readonly keyName?: pulumi.Output<string>;
    /** The key's URI without a version: services that take it follow rotations. */
    public readonly keyUri?: pulumi.Output<string>;
    public readonly keyUriWithVersion?: pulumi.Output<string>;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignKeyVaultArgs): void {
        planKeyVault({ component: "SovereignKeyVault", name }, args);
    }

    constructor(name: string, args: SovereignKeyVaultArgs, opts?: pulumi.ComponentResourceOptions) {
        const plan = planKeyVault({ component: "SovereignKeyVault", name }, args);
        super(SovereignKeyVault.type, name, {}, opts);
        this.location = plan.location;
        this.isManagedHsm = args.managedHsm !== undefined;
        const child = { parent: this };
        const tenantId = args.tenantId ?? authorization.getClientConfigOutput(child).tenantId;

        if (args.managedHsm !== undefined) {
            this.managedHsm = new keyvault.ManagedHsm(name, {
                name: args.vaultName,
                resourceGroupName: args.resourceGroupName,
                location: plan.location,
                sku: { family: "B", name: "Standard_B1" },
                properties: {
                    tenantId,
                    initialAdminObjectIds: args.managedHsm.initialAdminObjectIds,
                    enablePurgeProtection: true,
                    enableSoftDelete: true,
                    softDeleteRetentionInDays: plan.softDeleteRetentionInDays,
                    publicNetworkAccess: plan.publicNetworkAccess,
                },
                tags: args.tags,
            }, child);
            this.vaultId = this.managedHsm.id;
            this.vaultName = this.managedHsm.name;
            this.vaultUri = uriOf(this.managedHsm.name, this.managedHsm.properties.apply((p) => p?.hsmUri), "managedhsm.azure.net");
        } else {
            this.vault = new keyvault.Vault(name, {
                vaultName: args.vaultName,
                resourceGroupName: args.resourceGroupName,
                location: plan.location,
                properties: {
                    tenantId,
                    // Premium: keys are protected by HSMs (FIPS 140 Level 3).
                    sku: { family: "A", name: "premium" },
                    enableRbacAuthorization: true,
                    enablePurgeProtection: true,
                    enableSoftDelete: true,
                    softDeleteRetentionInDays: plan.softDeleteRetentionInDays,
                    publicNetworkAccess: plan.publicNetworkAccess,
                    networkAcls: { bypass: "AzureServices", defaultAction: plan.publicNetworkAccess === "Enabled" ? "Allow" : "Deny" },
                },
                tags: args.tags,
            }, child);
            this.vaultId = this.vault.id;
            this.vaultName = this.vault.name;
            this.vaultUri = uriOf(this.vault.name, this.vault.properties.apply((p) => p?.vaultUri), "vault.azure.net");

            if (plan.key !== undefined) {
                const k = plan.key;
                this.key = new keyvault.Key(name, {
                    keyName: k.name,
                    vaultName: this.vault.name,
                    resourceGroupName: args.resourceGroupName,
                    properties: {
                        kty: "RSA-HSM",
                        keySize: k.size,
                        keyOps: ["wrapKey", "unwrapKey"],
                        rotationPolicy: {
                            attributes: { expiryTime: k.expiresAfter },
                            lifetimeActions: [
                                { trigger: { timeAfterCreate: k.rotateAfter }, action: { type: "rotate" } },
                                { trigger: { timeBeforeExpiry: "P30D" }, action: { type: "notify" } },
                            ],
                        },
                    },
                    tags: args.tags,
                }, child);
                this.keyName = this.key.name;
                this.keyUri = this.key.keyUri;
                this.keyUriWithVersion = this.key.keyUriWithVersion;
            }
        }

        this.registerOutputs({
            location: this.location,
            isManagedHsm: this.isManagedHsm,
            vaultId: this.vaultId,
            vaultName: this.vaultName,
            vaultUri: this.vaultUri,
            keyName: this.keyName,
            keyUri: this.keyUri,
            keyUriWithVersion: this.keyUriWithVersion,
        });
    }
}

/**
 * The vault's or HSM's URI: the one Azure returns, else (at preview, where that output is not yet
 * computed) the documented form `https://<name>.<suffix>/` of the public cloud
 * (https://learn.microsoft.com/azure/key-vault/general/about-keys-secrets-certificates#object-identifiers,
 * https://learn.microsoft.com/azure/key-vault/managed-hsm/overview), so that keys built on it can be
 * named and checked before deployment. Unknown while the name is.
 */
function uriOf(name: pulumi.Output<string>, returned: pulumi.Output<string | undefined>, suffix: string): pulumi.Output<string> {
    return pulumi.all([name, returned]).apply(([n, uri]) => uri ?? `https://${n}.${suffix}/`);
}
