// SovereignLogBucket: a Cloud Logging bucket in an allowed region with its logs encrypted by a CMEK
// in the same region, and a finite retention. Logging encrypts with the project's Logging service
// account, which needs the key granted (pass `loggingServiceAccount`). Route logs to it with a sink of your own.
// Source: https://cloud.google.com/logging/docs/routing/managed-encryption-storage (key in the bucket's location).
import * as kms from "@pulumi/gcp/kms";
import * as logging from "@pulumi/gcp/logging";
import * as pulumi from "@pulumi/pulumi";
import { builtTo, gcpToLevel3 } from "../level";
import { checkInteger, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import type { SovereignCryptoKey } from "./crypto-key";
import { customerKey } from "./customer-key";
import type { SovereignKeyRing } from "./key-ring";
import { resolveGcpKey, type GcpKeyInput, type ResolvedGcpKey } from "./key-ref";
import { gcpLocation, regionOnly } from "./location";

export interface SovereignLogBucketArgs extends LocationPolicyArgs {
    /** The project the bucket belongs to (Logging buckets need it named). A plain string. */
    project: string;
    /** Default: the stack's `gcp:region`. A plain string, checked at construction. */
    location?: string;
    /** The key, in the bucket's region. Default: a new HSM key. */
    key?: GcpKeyInput;
    /** The bucket id, 1-100 letters, digits, "_" and "-". Default: the resource name. */
    bucketId?: string;
    /** Days to keep logs, 1 to 3650. Default 365. */
    retentionDays?: number;
    /**
     * The project's Logging service account (`gcloud logging settings describe --project=<p>` names it,
     * as does `gcp.logging.getProjectCmekSettings`); when given, it is granted use of the key before the
     * bucket is created. Without it, grant `roles/cloudkms.cryptoKeyEncrypterDecrypter` yourself first.
     */
    loggingServiceAccount?: pulumi.Input<string>;
    labels?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

function plan(subject: Subject, args: SovereignLogBucketArgs): { location: string; key?: ResolvedGcpKey; bucketId: string; retentionDays: number } {
    if (typeof args.project !== "string" || !/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(args.project)) {
        refuse(subject, `project ${JSON.stringify(args.project)} is not a project id (6-30 lower-case letters, digits and hyphens); a Logging bucket needs its project named`);
    }
    const location = gcpLocation(subject, regionOnly("location"), args.location, args);
    const bucketId = args.bucketId ?? subject.name;
    if (!/^[A-Za-z0-9_-]{1,100}$/.test(bucketId)) {
        refuse(subject, `bucketId ${JSON.stringify(bucketId)} is not a valid log bucket id; allowed: 1-100 letters, digits, "_" and "-"`);
    }
    let key: ResolvedGcpKey | undefined;
    if (args.key !== undefined) {
        key = resolveGcpKey(subject, "key", args.key, args);
        if (key.location !== location) refuse(subject, `key is in "${key.location}", but Cloud Logging needs its key in the bucket's location "${location}"`);
    }
    return { location, key, bucketId, retentionDays: checkInteger(subject, "retentionDays", args.retentionDays, 1, 3650, 365) };
}

export class SovereignLogBucket extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:gcp:SovereignLogBucket";
    static readonly level = builtTo(2, gcpToLevel3);

    public readonly location: string;
    public readonly bucket: logging.ProjectBucketConfig;
    /** `projects/<p>/locations/<l>/buckets/<id>`: the destination for a sink. */
    public readonly bucketName: pulumi.Output<string>;
    public readonly keyId: pulumi.Output<string>;
    public readonly keyRing?: SovereignKeyRing;
    public readonly key?: SovereignCryptoKey;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignLogBucketArgs): void {
        plan({ component: "SovereignLogBucket", name }, args);
    }

    constructor(name: string, args: SovereignLogBucketArgs, opts?: pulumi.ComponentResourceOptions) {
        const checked = plan({ component: "SovereignLogBucket", name }, args);
        super(SovereignLogBucket.type, name, {}, opts);
        this.location = checked.location;
        const child = { parent: this };

        const { keyId, keyRing, key } = customerKey(name, this, checked.key, checked.location, args);
        this.keyRing = keyRing;
        this.key = key;

        const dependsOn: pulumi.Resource[] = [];
        // Not looked up here: a data source call would make the program uncheckable offline.
        if (args.loggingServiceAccount !== undefined) {
            dependsOn.push(new kms.CryptoKeyIAMMember(`${name}-logging-agent`, {
                cryptoKeyId: keyId,
                role: "roles/cloudkms.cryptoKeyEncrypterDecrypter",
                member: pulumi.interpolate`serviceAccount:${args.loggingServiceAccount}`,
            }, child));
        }
        this.bucket = new logging.ProjectBucketConfig(name, {
            project: args.project,
            location: checked.location,
            bucketId: checked.bucketId,
            retentionDays: checked.retentionDays,
            cmekSettings: { kmsKeyName: keyId },
            locked: false,
        }, { parent: this, dependsOn });

        this.bucketName = this.bucket.name;
        this.keyId = pulumi.output(keyId);
        this.registerOutputs({ location: this.location, bucketName: this.bucketName, keyId: this.keyId });
    }
}
