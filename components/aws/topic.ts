// SovereignTopic: an SNS topic in an allowed region, encrypted with a customer-managed KMS key,
// publishing and subscribing over TLS only.
import * as sns from "@pulumi/aws/sns";
import * as pulumi from "@pulumi/pulumi";
import { builtTo, awsToLevel3 } from "../level";
import { refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { customerKey } from "./customer-key";
import type { SovereignKey } from "./key";
import { resolveAwsKey, type AwsKeyInput } from "./key-ref";
import { awsRegion } from "./region";
import { denyInsecureTransport } from "./tls-only";

export interface SovereignTopicArgs extends LocationPolicyArgs {
    /** Default: the stack's `aws:region`. A plain string, checked at construction. */
    region?: string;
    /**
     * The key, in the topic's region. Default: a new SovereignKey (its default policy admits this
     * account's IAM principals; AWS services that publish, such as CloudWatch alarms, need a key
     * policy of your own that admits them).
     */
    key?: AwsKeyInput;
    /** Default: derived from the resource name (`.fifo` is added for FIFO topics). */
    topicName?: string;
    /** A FIFO topic. Default false. */
    fifo?: boolean;
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

function plan(subject: Subject, args: SovereignTopicArgs): { region: string; keyArn?: pulumi.Input<string> } {
    const region = awsRegion(subject, args.region, args);
    if (args.topicName !== undefined && !/^[A-Za-z0-9_-]{1,251}$/.test(args.topicName.replace(/\.fifo$/, ""))) {
        refuse(subject, `topicName ${JSON.stringify(args.topicName)} is not a valid topic name; allowed: 1-256 letters, digits, "-" and "_"`);
    }
    return { region, keyArn: resolveAwsKey(subject, "key", args.key, region, args) };
}

export class SovereignTopic extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:aws:SovereignTopic";
    static readonly level = builtTo(2, awsToLevel3);

    public readonly region: string;
    public readonly topic: sns.Topic;
    public readonly arn: pulumi.Output<string>;
    public readonly keyArn: pulumi.Output<string>;
    /** The key this component created, when none was passed in. */
    public readonly key?: SovereignKey;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignTopicArgs = {}): void {
        plan({ component: "SovereignTopic", name }, args);
    }

    constructor(name: string, args: SovereignTopicArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const checked = plan({ component: "SovereignTopic", name }, args);
        super(SovereignTopic.type, name, {}, opts);
        const region = checked.region;
        this.region = region;
        const fifo = args.fifo ?? false;

        const { keyArn, key } = customerKey(name, this, checked.keyArn, region, `Encryption of SNS topic ${name}`, args);
        this.key = key;
        const stem = args.topicName?.replace(/\.fifo$/, "");
        this.topic = new sns.Topic(name, {
            region,
            name: stem === undefined ? undefined : fifo ? `${stem}.fifo` : stem,
            fifoTopic: fifo,
            kmsMasterKeyId: keyArn,
            tags: args.tags,
        }, { parent: this });
        new sns.TopicPolicy(`${name}-tls-only`, {
            region,
            arn: this.topic.arn,
            policy: pulumi.jsonStringify({ Version: "2012-10-17", Statement: [denyInsecureTransport("sns:*", this.topic.arn)] }),
        }, { parent: this });

        this.arn = this.topic.arn;
        this.keyArn = keyArn;
        this.registerOutputs({ region, arn: this.arn, keyArn: this.keyArn });
    }
}
