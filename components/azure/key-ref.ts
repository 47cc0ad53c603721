// How a component takes an Azure key: a SovereignKeyVault holding one, or a reference to a key in
// a vault or Managed HSM elsewhere, with the vault's location stated so it can be checked.
import * as pulumi from "@pulumi/pulumi";
import { checkLocation, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { SovereignKeyVault } from "./key-vault";

export interface AzureKeyReference {
    /** `https://<vault>.vault.azure.net/` or `https://<hsm>.managedhsm.azure.net/`. */
    vaultUri: pulumi.Input<string>;
    keyName: pulumi.Input<string>;
    /** Pin a key version. Default: none, so the service follows the key's rotations. */
    keyVersion?: pulumi.Input<string>;
    /** The vault's or HSM's location. */
    location: string;
    /**
     * The vault's ARM id. When given (RBAC vaults), the component grants its identity the
     * "Key Vault Crypto Service Encryption User" role there; otherwise grant access yourself
     * (e.g. in a Managed HSM's local RBAC) before deploying.
     */
    vaultId?: pulumi.Input<string>;
}

export type AzureKeyInput = SovereignKeyVault | AzureKeyReference;

export interface ResolvedAzureKey {
    vaultUri: pulumi.Output<string>;
    keyName: pulumi.Output<string>;
    keyVersion?: pulumi.Input<string>;
    /** The full key URI (versionless unless a version was pinned). */
    keyUri: pulumi.Output<string>;
    /** Where to grant the component's identity access, when it can. */
    grantScope?: pulumi.Input<string>;
}

const vaultIdPattern = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.KeyVault\/(vaults|managedHSMs)\/[^/]+$/i;

export function resolveAzureKey(subject: Subject, arg: string, key: AzureKeyInput, policy: LocationPolicyArgs | undefined): ResolvedAzureKey {
    if (key instanceof SovereignKeyVault) {
        if (key.keyName === undefined || key.keyUri === undefined) {
            refuse(subject, `${arg} is a SovereignKeyVault without a key (a Managed HSM or key: false); pass a reference to its key instead`);
        }
        // The vault was checked against its own allow-list; the pack judges it against this one.
        checkLocation(subject, { cloud: "azure", arg: `${arg} (vault location)` }, key.location, policy);
        return { vaultUri: key.vaultUri, keyName: key.keyName, keyUri: key.keyUri, grantScope: key.vaultId };
    }
    if (typeof key !== "object" || key === null) refuse(subject, `${arg} must be a SovereignKeyVault or { vaultUri, keyName, location }`);
    checkLocation(subject, { cloud: "azure", arg: `${arg}.location` }, key.location, policy);
    if (typeof key.vaultUri === "string" && !/^https:\/\/[a-zA-Z0-9-]+\.(vault\.azure\.net|managedhsm\.azure\.net)\/?$/.test(key.vaultUri)) {
        refuse(subject, `${arg}.vaultUri ${JSON.stringify(key.vaultUri)} is not a Key Vault or Managed HSM URI such as "https://my-vault.vault.azure.net/"`);
    }
    if (typeof key.vaultId === "string" && !vaultIdPattern.test(key.vaultId)) {
        refuse(subject, `${arg}.vaultId ${JSON.stringify(key.vaultId)} is not a Key Vault resource id such as "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<name>"`);
    }
    const vaultUri = pulumi.output(key.vaultUri);
    const keyName = pulumi.output(key.keyName);
    const keyUri = pulumi.all([vaultUri, keyName, key.keyVersion]).apply(([v, n, ver]) =>
        `${v.replace(/\/+$/, "")}/keys/${n}${ver ? `/${ver}` : ""}`);
    return { vaultUri, keyName, keyVersion: key.keyVersion, keyUri, grantScope: key.vaultId };
}
