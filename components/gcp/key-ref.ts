// How a component takes a Cloud KMS key: a SovereignCryptoKey, a key id, or `{ id, location }`.
import type * as pulumi from "@pulumi/pulumi";
import { checkLocation, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { SovereignCryptoKey } from "./crypto-key";
import { kmsLocation, locationOfKmsName } from "./location";

export interface GcpKeyReference {
    /** `projects/<p>/locations/<l>/keyRings/<r>/cryptoKeys/<k>`. */
    id: pulumi.Input<string>;
    /** The key ring's location. */
    location: string;
}

export type GcpKeyInput = SovereignCryptoKey | GcpKeyReference | string;

export interface ResolvedGcpKey {
    id: pulumi.Input<string>;
    location: string;
}

const keyId = /^projects\/[^/]+\/locations\/[^/]+\/keyRings\/[^/]+\/cryptoKeys\/[^/]+$/;

export function resolveGcpKey(subject: Subject, arg: string, key: GcpKeyInput, policy: LocationPolicyArgs | undefined): ResolvedGcpKey {
    if (key instanceof SovereignCryptoKey) {
        // The key was checked against its own allow-list; the pack judges it against this one.
        checkLocation(subject, kmsLocation(`${arg} (location)`), key.location, policy);
        return { id: key.cryptoKeyId, location: key.location };
    }
    if (typeof key === "string") {
        if (!keyId.test(key)) refuse(subject, `${arg} ${JSON.stringify(key)} is not a crypto key id such as "projects/p/locations/europe-west3/keyRings/r/cryptoKeys/k"`);
        const location = checkLocation(subject, kmsLocation(`${arg} (location)`), locationOfKmsName(key), policy);
        return { id: key, location };
    }
    if (typeof key !== "object" || key === null) refuse(subject, `${arg} must be a SovereignCryptoKey, a crypto key id or { id, location }`);
    const location = checkLocation(subject, kmsLocation(`${arg}.location`), key.location, policy);
    if (typeof key.id === "string" && (!keyId.test(key.id) || locationOfKmsName(key.id) !== location)) {
        refuse(subject, `${arg}.id ${JSON.stringify(key.id)} is not a crypto key in "${location}"`);
    }
    return { id: key.id, location };
}
