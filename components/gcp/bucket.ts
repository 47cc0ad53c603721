// SovereignBucket (GCS): a bucket in an allowed region, EU dual-region or the `EU` multi-region,
// encrypted by default with a customer-managed key (CMEK) in the matching KMS location, uniform
// bucket-level access, public access prevention enforced, versioned.
import * as kms from "@pulumi/gcp/kms";
import * as storage from "@pulumi/gcp/storage";
import * as pulumi from "@pulumi/pulumi";
import { regionTables } from "eu-sovereignty-policies/lib";
import { checkLocation, isAllowedKmsLocation, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import type { SovereignCryptoKey } from "./crypto-key";
import { customerKey } from "./customer-key";
import type { SovereignKeyRing } from "./key-ring";
import { resolveGcpKey, type GcpKeyInput, type ResolvedGcpKey } from "./key-ref";
import { gcpLocation, gcsLocation, regionOnly } from "./location";
import { builtTo, gcpToLevel3 } from "../level";

export interface SovereignBucketArgs extends LocationPolicyArgs {
    /**
     * A region (`europe-west3`), an EU dual-region (`EUR4`) or the `EU` multi-region; with
     * `dataLocations`, `EU`. Default: the stack's `gcp:region`. A plain string, checked at construction.
     */
    location?: string;
    /** A configurable dual-region: two allowed regions, e.g. `["europe-west1", "europe-west4"]` (with location `EU`). */
    dataLocations?: readonly [string, string];
    /**
     * The default key: a SovereignCryptoKey, a key id or `{ id, location }`. GCS needs it in the
     * bucket's location, or for `EU` and dual-regions in the KMS multi-region `europe` (EU-only, so
     * allowed wherever `EU` is). Default: a new HSM key ring and key in the bucket's location.
     */
    key?: GcpKeyInput;
    /** Default: derived from the resource name. */
    name?: string;
    /** Default: the provider's project. */
    project?: pulumi.Input<string>;
    /** Default "STANDARD". */
    storageClass?: pulumi.Input<string>;
    /** Keep noncurrent object versions. Default true. */
    versioning?: boolean;
    /** Delete all objects when the bucket is deleted. Default false. */
    forceDestroy?: boolean;
    /** Grant the project's Cloud Storage service agent use of the key. Default true. */
    grantServiceAgent?: boolean;
    labels?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

interface BucketPlan {
    location: string;
    dataLocations?: string[];
    key?: ResolvedGcpKey;
    /** Where a created key goes. */
    keyLocation: string;
}

function isDualRegion(location: string): boolean {
    return regionTables.gcp.entries.some((e) => e.name === location && e.components !== undefined);
}

/**
 * KMS locations GCS accepts for a bucket's key: the bucket's own location, or the KMS
 * multi-region `europe` for the `EU` multi-region and dual-regions.
 * Source: https://cloud.google.com/storage/docs/encryption/customer-managed-keys (key location).
 */
function keyLocationsFor(location: string, configurable: boolean): string[] {
    if (configurable || location === "eu") return ["europe"];
    if (isDualRegion(location)) return [location, "europe"];
    return [location];
}

function plan(subject: Subject, args: SovereignBucketArgs): BucketPlan {
    const location = gcpLocation(subject, gcsLocation("location"), args.location, args);
    let dataLocations: string[] | undefined;
    if (args.dataLocations !== undefined) {
        if (location !== "eu") refuse(subject, `dataLocations needs location "EU" (a configurable dual-region lies in a multi-region), got "${args.location}"`);
        if (!Array.isArray(args.dataLocations) || args.dataLocations.length !== 2) refuse(subject, "dataLocations must name exactly two regions");
        dataLocations = args.dataLocations.map((r, i) => checkLocation(subject, regionOnly(`dataLocations[${i}]`), r, args));
        if (dataLocations[0] === dataLocations[1]) refuse(subject, `dataLocations names "${dataLocations[0]}" twice`);
    }
    const accepted = keyLocationsFor(location, dataLocations !== undefined);
    let key: ResolvedGcpKey | undefined;
    if (args.key !== undefined) {
        key = resolveGcpKey(subject, "key", args.key, args);
        if (!accepted.includes(key.location)) {
            refuse(subject, `key is in "${key.location}", but a bucket in "${location}" needs its key in ${accepted.map((l) => `"${l}"`).join(" or ")}`);
        }
    }
    const keyLocation = key?.location ?? accepted.find((l) => isAllowedKmsLocation(l, args)) ?? accepted[0];
    if (key === undefined && !isAllowedKmsLocation(keyLocation, args)) {
        refuse(subject, `location ${JSON.stringify(args.location ?? location)} needs its key in the KMS location "${keyLocation}", which is not an allowed location; use a region or "EUR4", or add "${keyLocation}" to additionalLocations`);
    }
    return { location, dataLocations, key, keyLocation };
}

export class SovereignBucket extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:gcp:SovereignBucket";
    static readonly level = builtTo(2, gcpToLevel3);

    /** The bucket's location (canonical, lower case). */
    public readonly location: string;
    public readonly dataLocations?: readonly string[];
    public readonly bucket: storage.Bucket;
    public readonly bucketName: pulumi.Output<string>;
    /** `gs://<name>`. */
    public readonly url: pulumi.Output<string>;
    public readonly selfLink: pulumi.Output<string>;
    /** The default key's id. */
    public readonly keyId: pulumi.Output<string>;
    /** The key ring and key this component created, when no key was passed in. */
    public readonly keyRing?: SovereignKeyRing;
    public readonly key?: SovereignCryptoKey;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignBucketArgs = {}): void {
        plan({ component: "SovereignBucket", name }, args);
    }

    constructor(name: string, args: SovereignBucketArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const checked = plan({ component: "SovereignBucket", name }, args);
        super(SovereignBucket.type, name, {}, opts);
        this.location = checked.location;
        this.dataLocations = checked.dataLocations;
        const child = { parent: this };

        const { keyId, keyRing, key } = customerKey(name, this, checked.key, checked.keyLocation, args);
        this.keyRing = keyRing;
        this.key = key;

        const dependsOn: pulumi.Resource[] = [];
        if (args.grantServiceAgent ?? true) {
            const agent = storage.getProjectServiceAccountOutput({ project: args.project }, child);
            dependsOn.push(new kms.CryptoKeyIAMMember(`${name}-gcs-agent`, {
                cryptoKeyId: keyId,
                role: "roles/cloudkms.cryptoKeyEncrypterDecrypter",
                member: pulumi.interpolate`serviceAccount:${agent.emailAddress}`,
            }, child));
        }

        this.bucket = new storage.Bucket(name, {
            name: args.name,
            project: args.project,
            location: checked.location.toUpperCase(),
            customPlacementConfig: checked.dataLocations ? { dataLocations: checked.dataLocations.map((l) => l.toUpperCase()) } : undefined,
            storageClass: args.storageClass ?? "STANDARD",
            encryption: { defaultKmsKeyName: keyId },
            uniformBucketLevelAccess: true,
            publicAccessPrevention: "enforced",
            versioning: { enabled: args.versioning ?? true },
            forceDestroy: args.forceDestroy ?? false,
            labels: args.labels,
        }, { parent: this, dependsOn });

        this.bucketName = this.bucket.name;
        this.url = this.bucket.url;
        this.selfLink = this.bucket.selfLink;
        this.keyId = pulumi.output(keyId);
        this.registerOutputs({
            location: this.location,
            bucketName: this.bucketName,
            url: this.url,
            selfLink: this.selfLink,
            keyId: this.keyId,
        });
    }
}
