// SovereignBucket: an S3 bucket in an allowed region, encrypted by default with a customer-managed
// KMS key (bucket key on, to cut KMS calls), public access blocked, ACLs disabled, versioned, and
// reachable over TLS only.
import * as s3 from "@pulumi/aws/s3";
import * as pulumi from "@pulumi/pulumi";
import type { LocationPolicyArgs, Subject } from "../validate";
import { refuse } from "../validate";
import { customerKey } from "./customer-key";
import type { SovereignKey } from "./key";
import { resolveAwsKey, type AwsKeyInput } from "./key-ref";
import { awsRegion } from "./region";
import { builtTo, awsToLevel3 } from "../level";

export interface SovereignBucketArgs extends LocationPolicyArgs {
    /** The bucket's region. Default: the stack's `aws:region`. A plain string, checked at construction. */
    region?: string;
    /**
     * The key that encrypts objects by default: a SovereignKey (e.g. one with an External Key Store),
     * a key ARN, or `{ arn, region }`. It must be in the bucket's region. Default: a new SovereignKey.
     */
    key?: AwsKeyInput;
    /** The bucket's name. Default: derived from the resource name with a random suffix. */
    bucketName?: string;
    /** Delete all objects when the bucket is deleted. Default false. */
    forceDestroy?: boolean;
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

function plan(subject: Subject, args: SovereignBucketArgs): { region: string; keyArn?: pulumi.Input<string> } {
    const region = awsRegion(subject, args.region, args);
    if (args.bucketName !== undefined && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(args.bucketName)) {
        refuse(subject, `bucketName ${JSON.stringify(args.bucketName)} is not a valid S3 bucket name; allowed: 3-63 lower-case letters, digits, "." and "-"`);
    }
    return { region, keyArn: resolveAwsKey(subject, "key", args.key, region, args) };
}

export class SovereignBucket extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:aws:SovereignBucket";
    static readonly level = builtTo(2, awsToLevel3);

    public readonly region: string;
    public readonly bucket: s3.Bucket;
    /** The bucket's name. */
    public readonly bucketName: pulumi.Output<string>;
    public readonly arn: pulumi.Output<string>;
    /** The region-specific domain name, e.g. `<bucket>.s3.eu-central-1.amazonaws.com`. */
    public readonly regionalDomainName: pulumi.Output<string>;
    /** The ARN of the key that encrypts the bucket by default. */
    public readonly keyArn: pulumi.Output<string>;
    /** The key this component created, when none was passed in. */
    public readonly key?: SovereignKey;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignBucketArgs = {}): void {
        plan({ component: "SovereignBucket", name }, args);
    }

    constructor(name: string, args: SovereignBucketArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const checked = plan({ component: "SovereignBucket", name }, args);
        super(SovereignBucket.type, name, {}, opts);
        const region = checked.region;
        this.region = region;
        const child = { parent: this };

        const { keyArn, key } = customerKey(name, this, checked.keyArn, region, `Default encryption of S3 bucket ${name}`, args);
        this.key = key;

        this.bucket = new s3.Bucket(name, {
            region,
            bucket: args.bucketName,
            forceDestroy: args.forceDestroy ?? false,
            tags: args.tags,
        }, child);
        const bucket = this.bucket.id;

        new s3.BucketServerSideEncryptionConfiguration(`${name}-encryption`, {
            region,
            bucket,
            rules: [{
                applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: keyArn },
                bucketKeyEnabled: true,
            }],
        }, child);
        const publicAccess = new s3.BucketPublicAccessBlock(`${name}-public-access`, {
            region,
            bucket,
            blockPublicAcls: true,
            blockPublicPolicy: true,
            ignorePublicAcls: true,
            restrictPublicBuckets: true,
        }, child);
        new s3.BucketOwnershipControls(`${name}-ownership`, {
            region,
            bucket,
            rule: { objectOwnership: "BucketOwnerEnforced" },
        }, child);
        new s3.BucketVersioning(`${name}-versioning`, {
            region,
            bucket,
            versioningConfiguration: { status: "Enabled" },
        }, child);
        // After the public access block, so the two never race on the bucket's policy state.
        new s3.BucketPolicy(`${name}-tls-only`, {
            region,
            bucket,
            policy: pulumi.jsonStringify({
                Version: "2012-10-17",
                Statement: [{
                    Sid: "DenyInsecureTransport",
                    Effect: "Deny",
                    Principal: "*",
                    Action: "s3:*",
                    Resource: [this.bucket.arn, pulumi.interpolate`${this.bucket.arn}/*`],
                    Condition: { Bool: { "aws:SecureTransport": "false" } },
                }],
            }),
        }, { parent: this, dependsOn: [publicAccess] });

        this.bucketName = this.bucket.bucket;
        this.arn = this.bucket.arn;
        this.regionalDomainName = this.bucket.bucketRegionalDomainName;
        this.keyArn = keyArn;
        this.registerOutputs({
            region,
            bucketName: this.bucketName,
            arn: this.arn,
            regionalDomainName: this.regionalDomainName,
            keyArn: this.keyArn,
        });
    }
}
