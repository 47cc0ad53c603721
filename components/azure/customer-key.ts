// The customer-managed key a data service encrypts with, and the identity that reaches it: the key
// passed in, or a SovereignKeyVault created beside the service, in the service's location.
import type * as pulumi from "@pulumi/pulumi";
import type { LocationPolicyArgs, Subject } from "../validate";
import { keyAccess, type KeyAccess } from "./key-access";
import { resolveAzureKey, type ResolvedAzureKey } from "./key-ref";
import { SovereignKeyVault } from "./key-vault";

export interface CustomerKeyArgs extends LocationPolicyArgs {
    resourceGroupName: pulumi.Input<string>;
    tenantId?: pulumi.Input<string>;
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

export interface CustomerKey {
    key: ResolvedAzureKey;
    access: KeyAccess;
    /** The vault created when no key was passed in. */
    keyVault?: SovereignKeyVault;
}

/** `given` was resolved (and checked) before the component registered anything. */
export function customerKey(
    name: string,
    parent: pulumi.Resource,
    subject: Subject,
    given: ResolvedAzureKey | undefined,
    location: string,
    args: CustomerKeyArgs,
    /** The role the identity gets on the vault. Default: Key Vault Crypto Service Encryption User. */
    role?: string,
): CustomerKey {
    let keyVault: SovereignKeyVault | undefined;
    let key = given;
    if (key === undefined) {
        keyVault = new SovereignKeyVault(`${name}-keys`, {
            resourceGroupName: args.resourceGroupName,
            location,
            tenantId: args.tenantId,
            allowedLocations: args.allowedLocations,
            additionalLocations: args.additionalLocations,
            tags: args.tags,
        }, { parent });
        key = resolveAzureKey(subject, "key", keyVault, args);
    }
    const access = keyAccess(name, parent, { resourceGroupName: args.resourceGroupName, location, grantScope: key.grantScope, tags: args.tags, role });
    return { key, access, keyVault };
}
