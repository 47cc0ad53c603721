// The customer-managed key a data service encrypts with: the key passed in (checked before anything
// was registered), or a SovereignKeyRing and SovereignCryptoKey created beside the service.
import type * as pulumi from "@pulumi/pulumi";
import type { LocationPolicyArgs } from "../validate";
import { SovereignCryptoKey } from "./crypto-key";
import { SovereignKeyRing } from "./key-ring";
import type { ResolvedGcpKey } from "./key-ref";

export interface CustomerKeyArgs extends LocationPolicyArgs {
    project?: pulumi.Input<string>;
    labels?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

export interface CustomerKey {
    keyId: pulumi.Input<string>;
    /** Created when no key was passed in. */
    keyRing?: SovereignKeyRing;
    key?: SovereignCryptoKey;
}

export function customerKey(name: string, parent: pulumi.Resource, given: ResolvedGcpKey | undefined, location: string, args: CustomerKeyArgs): CustomerKey {
    if (given !== undefined) return { keyId: given.id };
    const policy = { allowedLocations: args.allowedLocations, additionalLocations: args.additionalLocations };
    const keyRing = new SovereignKeyRing(`${name}-keys`, { location, project: args.project, ...policy }, { parent });
    const key = new SovereignCryptoKey(`${name}-key`, { keyRing, labels: args.labels, ...policy }, { parent });
    return { keyId: key.cryptoKeyId, keyRing, key };
}
