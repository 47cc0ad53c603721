// SovereignLogGroup: a CloudWatch Logs log group in an allowed region, encrypted with a
// customer-managed KMS key (`kmsKeyId`), with a finite retention. A key created here gets a key
// policy that lets CloudWatch Logs in that region use it for this account's log groups only, as
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html describes.
import * as cloudwatch from "@pulumi/aws/cloudwatch";
import { getCallerIdentityOutput } from "@pulumi/aws/getCallerIdentity";
import * as pulumi from "@pulumi/pulumi";
import { builtTo, awsToLevel3 } from "../level";
import type { LocationPolicyArgs, Subject } from "../validate";
import { refuse } from "../validate";
import { customerKey } from "./customer-key";
import type { SovereignKey } from "./key";
import { resolveAwsKey, type AwsKeyInput } from "./key-ref";
import { partitionOf } from "./partition";
import { awsRegion } from "./region";

/**
 * The retention values CloudWatch Logs accepts, in days (0 is "never expire", refused here).
 * Source: https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html
 * (NOT verified with the search tool: the list is the API reference's as of writing).
 */
export const logRetentionDays = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;

export interface SovereignLogGroupArgs extends LocationPolicyArgs {
    /** Default: the stack's `aws:region`. A plain string, checked at construction. */
    region?: string;
    /** The key, in the log group's region. Default: a new SovereignKey whose policy admits CloudWatch Logs. */
    key?: AwsKeyInput;
    /** The log group's name, e.g. `/aws/eks/prod/cluster`. Default: derived from the resource name. */
    logGroupName?: string;
    /** Days to keep events, one of CloudWatch's values. Default 365. */
    retentionInDays?: number;
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

function plan(subject: Subject, args: SovereignLogGroupArgs): { region: string; keyArn?: pulumi.Input<string>; retentionInDays: number } {
    const region = awsRegion(subject, args.region, args);
    if (args.logGroupName !== undefined && !/^[.\-_/#A-Za-z0-9]{1,512}$/.test(args.logGroupName)) {
        refuse(subject, `logGroupName ${JSON.stringify(args.logGroupName)} is not a valid log group name; allowed: 1-512 letters, digits, ".", "-", "_", "/" and "#"`);
    }
    const retentionInDays = args.retentionInDays ?? 365;
    if (!(logRetentionDays as readonly number[]).includes(retentionInDays)) {
        refuse(subject, `retentionInDays ${String(retentionInDays)} is not a CloudWatch Logs retention; allowed: ${logRetentionDays.join(", ")}`);
    }
    return { region, keyArn: resolveAwsKey(subject, "key", args.key, region, args), retentionInDays };
}

/** A key policy: the account administers the key, CloudWatch Logs in `region` uses it for this account's log groups. */
export function logsKeyPolicy(parent: pulumi.Resource, region: string): pulumi.Output<string> {
    const account = getCallerIdentityOutput({}, { parent }).accountId;
    const partition = partitionOf(region);
    return pulumi.jsonStringify({
        Version: "2012-10-17",
        Statement: [{
            Sid: "AccountAdministers",
            Effect: "Allow",
            Principal: { AWS: pulumi.interpolate`arn:${partition}:iam::${account}:root` },
            Action: "kms:*",
            Resource: "*",
        }, {
            Sid: "CloudWatchLogsEncrypts",
            Effect: "Allow",
            // The regional service principal (the AWS European Sovereign Cloud's domain is NOT verified).
            Principal: { Service: `logs.${region}.amazonaws.com` },
            Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
            Resource: "*",
            Condition: { ArnLike: { "kms:EncryptionContext:aws:logs:arn": pulumi.interpolate`arn:${partition}:logs:${region}:${account}:log-group:*` } },
        }],
    });
}

export class SovereignLogGroup extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:aws:SovereignLogGroup";
    static readonly level = builtTo(2, awsToLevel3);

    public readonly region: string;
    public readonly logGroup: cloudwatch.LogGroup;
    public readonly logGroupName: pulumi.Output<string>;
    public readonly arn: pulumi.Output<string>;
    public readonly keyArn: pulumi.Output<string>;
    /** The key this component created, when none was passed in. */
    public readonly key?: SovereignKey;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignLogGroupArgs = {}): void {
        plan({ component: "SovereignLogGroup", name }, args);
    }

    constructor(name: string, args: SovereignLogGroupArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const checked = plan({ component: "SovereignLogGroup", name }, args);
        super(SovereignLogGroup.type, name, {}, opts);
        const region = checked.region;
        this.region = region;

        const policy = checked.keyArn === undefined ? logsKeyPolicy(this, region) : undefined;
        const { keyArn, key } = customerKey(name, this, checked.keyArn, region, `Encryption of CloudWatch log group ${name}`, args, policy);
        this.key = key;

        this.logGroup = new cloudwatch.LogGroup(name, {
            region,
            name: args.logGroupName,
            kmsKeyId: keyArn,
            retentionInDays: checked.retentionInDays,
            logGroupClass: "STANDARD",
            tags: args.tags,
        }, { parent: this });
        this.logGroupName = this.logGroup.name;
        this.arn = this.logGroup.arn;
        this.keyArn = keyArn;
        this.registerOutputs({ region, logGroupName: this.logGroupName, arn: this.arn, keyArn: this.keyArn });
    }
}
