// The identity a service uses to reach its customer-managed key, and its grant on the vault.
// A user-assigned identity (not a system-assigned one) exists before the service, so the key can be
// set at creation: no window in which data is written under a Microsoft-managed key.
import * as authorization from "@pulumi/azure-native/authorization";
import * as managedidentity from "@pulumi/azure-native/managedidentity";
import * as pulumi from "@pulumi/pulumi";

/** Built-in role "Key Vault Crypto Service Encryption User": get, wrap and unwrap keys. */
const cryptoServiceEncryptionUser = "e147488a-f6f5-4113-8e2d-b22465e65bf6";
/**
 * Built-in role "Key Vault Crypto User": encrypt and decrypt too, which the AKS KMS plugin needs
 * (https://learn.microsoft.com/en-us/azure/aks/use-kms-etcd-encryption; the role id is from
 * https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles, NOT verified with the search tool).
 */
export const cryptoUser = "12338af0-0e69-4776-bea7-57ae8d297424";

export interface KeyAccess {
    identity: managedidentity.UserAssignedIdentity;
    /** The role assignment, when the component could make one; the service depends on it. */
    grant?: authorization.RoleAssignment;
}

export function keyAccess(
    name: string,
    parent: pulumi.Resource,
    args: { resourceGroupName: pulumi.Input<string>; location: string; grantScope?: pulumi.Input<string>; tags?: pulumi.Input<Record<string, pulumi.Input<string>>>; role?: string },
): KeyAccess {
    const identity = new managedidentity.UserAssignedIdentity(`${name}-key-access`, {
        resourceGroupName: args.resourceGroupName,
        location: args.location,
        tags: args.tags,
    }, { parent });
    if (args.grantScope === undefined) return { identity };
    const grant = new authorization.RoleAssignment(`${name}-key-access`, {
        principalId: identity.principalId,
        principalType: "ServicePrincipal",
        scope: args.grantScope,
        roleDefinitionId: pulumi.output(args.grantScope).apply((scope) => {
            const subscription = /^\/subscriptions\/[^/]+/i.exec(scope)?.[0] ?? "";
            return `${subscription}/providers/Microsoft.Authorization/roleDefinitions/${args.role ?? cryptoServiceEncryptionUser}`;
        }),
    }, { parent });
    return { identity, grant };
}
