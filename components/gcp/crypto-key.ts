// SovereignCryptoKey: a Cloud KMS encryption key in an allowed key ring, protected by Cloud HSM or
// held outside Google in an external key manager (Cloud EKM, `EXTERNAL`/`EXTERNAL_VPC`), the top
// custody tier. Software-protected keys are refused.
import * as kms from "@pulumi/gcp/kms";
import * as pulumi from "@pulumi/pulumi";
import { checkLocation, checkOneOf, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { SovereignKeyRing } from "./key-ring";
import { kmsLocation, locationOfKmsName } from "./location";
import { builtTo, gcpToLevel3 } from "../level";

const protectionLevels = ["HSM", "EXTERNAL", "EXTERNAL_VPC"] as const;
export type ProtectionLevel = (typeof protectionLevels)[number];

/** A key ring made elsewhere: its id, and its location stated so it can be checked. */
export interface GcpKeyRingReference {
    /** `projects/<project>/locations/<location>/keyRings/<name>`. */
    id: pulumi.Input<string>;
    location: string;
}

export interface SovereignCryptoKeyArgs extends LocationPolicyArgs {
    /** A SovereignKeyRing, a key ring id (`projects/p/locations/l/keyRings/r`), or `{ id, location }`. */
    keyRing: SovereignKeyRing | GcpKeyRingReference | string;
    /** Default: derived from the resource name. */
    name?: string;
    /**
     * "HSM" (Cloud HSM, default), "EXTERNAL" (Cloud EKM over the internet) or "EXTERNAL_VPC"
     * (Cloud EKM over a VPC). "SOFTWARE" is refused.
     */
    protectionLevel?: ProtectionLevel;
    /** Rotation period for HSM keys, at least one day, e.g. "7776000s" (90 days, the default). Cloud EKM keys are rotated in the external manager. */
    rotationPeriod?: string;
    /** EXTERNAL: the key's URI in your external key manager; a first key version pointing at it is created. */
    externalKeyUri?: pulumi.Input<string>;
    /** EXTERNAL_VPC: the EKM connection (`projects/p/locations/l/ekmConnections/c`), in the key ring's location. */
    ekmConnection?: pulumi.Input<string>;
    /** EXTERNAL_VPC: the key's path on the EKM connection; a first key version pointing at it is created. */
    ekmConnectionKeyPath?: pulumi.Input<string>;
    labels?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

interface CryptoKeyPlan {
    location: string;
    keyRingId: pulumi.Input<string>;
    protectionLevel: ProtectionLevel;
    rotationPeriod?: string;
}

export function planCryptoKey(subject: Subject, args: SovereignCryptoKeyArgs): CryptoKeyPlan {
    const ring = args.keyRing;
    let location: string;
    let keyRingId: pulumi.Input<string>;
    if (ring instanceof SovereignKeyRing) {
        location = ring.location;
        keyRingId = ring.keyRingId;
    } else if (typeof ring === "string") {
        const l = locationOfKmsName(ring);
        if (l === undefined) refuse(subject, `keyRing ${JSON.stringify(ring)} is not a key ring id such as "projects/p/locations/europe-west3/keyRings/r"`);
        location = checkLocation(subject, kmsLocation("keyRing (location)"), l, args);
        keyRingId = ring;
    } else if (typeof ring === "object" && ring !== null) {
        location = checkLocation(subject, kmsLocation("keyRing.location"), ring.location, args);
        if (typeof ring.id === "string" && locationOfKmsName(ring.id) !== location) {
            refuse(subject, `keyRing.id ${JSON.stringify(ring.id)} is not a key ring in "${location}"`);
        }
        keyRingId = ring.id;
    } else {
        refuse(subject, "keyRing is required: a SovereignKeyRing, a key ring id, or { id, location }");
    }
    if (args.name !== undefined && !/^[a-zA-Z0-9_-]{1,63}$/.test(args.name)) {
        refuse(subject, `name ${JSON.stringify(args.name)} is not a valid key name; allowed: 1-63 letters, digits, "_" and "-"`);
    }
    const protectionLevel = checkOneOf(subject, "protectionLevel", args.protectionLevel, protectionLevels, "HSM",
        "software keys are held and operated by Google alone");
    const external = protectionLevel !== "HSM";
    if (protectionLevel === "EXTERNAL" && args.externalKeyUri === undefined) {
        refuse(subject, 'protectionLevel "EXTERNAL" needs externalKeyUri (the key in your external key manager)');
    }
    if (protectionLevel === "EXTERNAL_VPC" && (args.ekmConnection === undefined || args.ekmConnectionKeyPath === undefined)) {
        refuse(subject, 'protectionLevel "EXTERNAL_VPC" needs ekmConnection and ekmConnectionKeyPath');
    }
    if (protectionLevel !== "EXTERNAL" && args.externalKeyUri !== undefined) {
        refuse(subject, `externalKeyUri is only for protectionLevel "EXTERNAL" (got "${protectionLevel}")`);
    }
    if (typeof args.ekmConnection === "string" && locationOfKmsName(args.ekmConnection) !== location) {
        refuse(subject, `ekmConnection ${JSON.stringify(args.ekmConnection)} is not in the key ring's location "${location}"`);
    }
    if (external && args.rotationPeriod !== undefined) {
        refuse(subject, `rotationPeriod is not available for protectionLevel "${protectionLevel}": rotate the key in your external key manager`);
    }
    let rotationPeriod: string | undefined;
    if (!external) {
        rotationPeriod = args.rotationPeriod ?? "7776000s";
        const m = /^(\d+)(\.\d+)?s$/.exec(rotationPeriod);
        if (!m || Number(m[1]) < 86400) {
            refuse(subject, `rotationPeriod ${JSON.stringify(rotationPeriod)} is not a duration of at least one day in seconds, e.g. "7776000s"`);
        }
    }
    return { location, keyRingId, protectionLevel, rotationPeriod };
}

export class SovereignCryptoKey extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:gcp:SovereignCryptoKey";
    static readonly level = builtTo(2, gcpToLevel3);

    /** The key ring's location (canonical name). */
    public readonly location: string;
    public readonly protectionLevel: ProtectionLevel;
    public readonly cryptoKey: kms.CryptoKey;
    /** `projects/<p>/locations/<l>/keyRings/<r>/cryptoKeys/<k>`: what CMEK settings take. */
    public readonly cryptoKeyId: pulumi.Output<string>;
    public readonly name: pulumi.Output<string>;
    /** The first key version of a Cloud EKM key, pointing at the external key. */
    public readonly externalVersion?: kms.CryptoKeyVersion;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignCryptoKeyArgs): void {
        planCryptoKey({ component: "SovereignCryptoKey", name }, args);
    }

    constructor(name: string, args: SovereignCryptoKeyArgs, opts?: pulumi.ComponentResourceOptions) {
        const checked = planCryptoKey({ component: "SovereignCryptoKey", name }, args);
        super(SovereignCryptoKey.type, name, {}, opts);
        this.location = checked.location;
        this.protectionLevel = checked.protectionLevel;
        const external = checked.protectionLevel !== "HSM";

        this.cryptoKey = new kms.CryptoKey(name, {
            keyRing: checked.keyRingId,
            name: args.name,
            purpose: "ENCRYPT_DECRYPT",
            versionTemplate: {
                algorithm: external ? "EXTERNAL_SYMMETRIC_ENCRYPTION" : "GOOGLE_SYMMETRIC_ENCRYPTION",
                protectionLevel: checked.protectionLevel,
            },
            rotationPeriod: checked.rotationPeriod,
            cryptoKeyBackend: checked.protectionLevel === "EXTERNAL_VPC" ? args.ekmConnection : undefined,
            // A Cloud EKM key's first version must point at the external key, so it is made below.
            skipInitialVersionCreation: external,
            labels: args.labels,
        }, { parent: this });
        if (external) {
            this.externalVersion = new kms.CryptoKeyVersion(name, {
                cryptoKey: this.cryptoKey.id,
                externalProtectionLevelOptions: checked.protectionLevel === "EXTERNAL"
                    ? { externalKeyUri: args.externalKeyUri }
                    : { ekmConnectionKeyPath: args.ekmConnectionKeyPath },
            }, { parent: this });
        }
        this.cryptoKeyId = this.cryptoKey.id;
        this.name = this.cryptoKey.name;
        this.registerOutputs({
            location: this.location,
            protectionLevel: this.protectionLevel,
            cryptoKeyId: this.cryptoKeyId,
            name: this.name,
        });
    }
}
