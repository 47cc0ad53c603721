// SovereignKeyRing: a Cloud KMS key ring in an allowed location: an EU region or dual-region, or the
// EU-only KMS multi-region `europe` (never `global`, `us` or `asia`). Key rings cannot be deleted in
// Google Cloud: `pulumi destroy` only forgets them.
import * as kms from "@pulumi/gcp/kms";
import * as pulumi from "@pulumi/pulumi";
import { refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { gcpLocation, kmsLocation } from "./location";
import { builtTo, gcpToLevel3 } from "../level";

export interface SovereignKeyRingArgs extends LocationPolicyArgs {
    /** A KMS location, e.g. `europe-west3` or `europe`. Default: the stack's `gcp:region`. A plain string, checked at construction. */
    location?: string;
    /** Default: derived from the resource name. */
    name?: string;
    /** Default: the provider's project. */
    project?: pulumi.Input<string>;
}

export function planKeyRing(subject: Subject, args: SovereignKeyRingArgs): { location: string } {
    const location = gcpLocation(subject, kmsLocation("location"), args.location, args);
    if (args.name !== undefined && !/^[a-zA-Z0-9_-]{1,63}$/.test(args.name)) {
        refuse(subject, `name ${JSON.stringify(args.name)} is not a valid key ring name; allowed: 1-63 letters, digits, "_" and "-"`);
    }
    return { location };
}

export class SovereignKeyRing extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:gcp:SovereignKeyRing";
    static readonly level = builtTo(2, gcpToLevel3);

    public readonly location: string;
    public readonly keyRing: kms.KeyRing;
    /** `projects/<project>/locations/<location>/keyRings/<name>`. */
    public readonly keyRingId: pulumi.Output<string>;
    public readonly name: pulumi.Output<string>;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignKeyRingArgs = {}): void {
        planKeyRing({ component: "SovereignKeyRing", name }, args);
    }

    constructor(name: string, args: SovereignKeyRingArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const checked = planKeyRing({ component: "SovereignKeyRing", name }, args);
        super(SovereignKeyRing.type, name, {}, opts);
        this.location = checked.location;
        this.keyRing = new kms.KeyRing(name, { location: checked.location, name: args.name, project: args.project }, { parent: this });
        this.keyRingId = this.keyRing.id;
        this.name = this.keyRing.name;
        this.registerOutputs({ location: this.location, keyRingId: this.keyRingId, name: this.name });
    }
}
