// SovereignQueue: an SQS queue in an allowed region, encrypted with a customer-managed KMS key (not
// SQS-managed SSE), reachable over TLS only, with an optional dead-letter queue under the same key.
import * as sqs from "@pulumi/aws/sqs";
import * as pulumi from "@pulumi/pulumi";
import { builtTo, awsToLevel3 } from "../level";
import { checkInteger, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { customerKey } from "./customer-key";
import type { SovereignKey } from "./key";
import { resolveAwsKey, type AwsKeyInput } from "./key-ref";
import { awsRegion } from "./region";
import { denyInsecureTransport } from "./tls-only";

export interface SovereignQueueArgs extends LocationPolicyArgs {
    /** Default: the stack's `aws:region`. A plain string, checked at construction. */
    region?: string;
    /** The key, in the queue's region. Default: a new SovereignKey. */
    key?: AwsKeyInput;
    /** The queue's name (`.fifo` is added for FIFO queues). Default: derived from the resource name. */
    queueName?: string;
    /** A FIFO queue. Default false. */
    fifo?: boolean;
    /** Seconds a message is kept, 60 to 1209600 (14 days). Default 345600 (4 days). */
    messageRetentionSeconds?: number;
    /** Seconds, 0 to 43200. Default 30. */
    visibilityTimeoutSeconds?: number;
    /** Seconds SQS reuses a data key before calling KMS again, 60 to 86400. Default 300. */
    kmsDataKeyReusePeriodSeconds?: number;
    /** Receives before a message moves to a dead-letter queue (created beside it, same key), 1 to 1000. Default: no dead-letter queue. */
    maxReceiveCount?: number;
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

interface QueuePlan {
    region: string;
    keyArn?: pulumi.Input<string>;
    retention: number;
    visibility: number;
    reuse: number;
    maxReceiveCount?: number;
}

function plan(subject: Subject, args: SovereignQueueArgs): QueuePlan {
    const region = awsRegion(subject, args.region, args);
    if (args.queueName !== undefined && !/^[A-Za-z0-9_-]{1,75}$/.test(args.queueName.replace(/\.fifo$/, ""))) {
        refuse(subject, `queueName ${JSON.stringify(args.queueName)} is not a valid queue name; allowed: 1-80 letters, digits, "-" and "_"`);
    }
    return {
        region,
        keyArn: resolveAwsKey(subject, "key", args.key, region, args),
        retention: checkInteger(subject, "messageRetentionSeconds", args.messageRetentionSeconds, 60, 1209600, 345600),
        visibility: checkInteger(subject, "visibilityTimeoutSeconds", args.visibilityTimeoutSeconds, 0, 43200, 30),
        reuse: checkInteger(subject, "kmsDataKeyReusePeriodSeconds", args.kmsDataKeyReusePeriodSeconds, 60, 86400, 300),
        maxReceiveCount: args.maxReceiveCount === undefined ? undefined : checkInteger(subject, "maxReceiveCount", args.maxReceiveCount, 1, 1000, 5),
    };
}

function queueName(base: string | undefined, fifo: boolean, suffix = ""): string | undefined {
    if (base === undefined) return undefined;
    const stem = base.replace(/\.fifo$/, "") + suffix;
    return fifo ? `${stem}.fifo` : stem;
}

export class SovereignQueue extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:aws:SovereignQueue";
    static readonly level = builtTo(2, awsToLevel3);

    public readonly region: string;
    public readonly queue: sqs.Queue;
    public readonly url: pulumi.Output<string>;
    public readonly arn: pulumi.Output<string>;
    /** The dead-letter queue, when `maxReceiveCount` was given. */
    public readonly deadLetterQueue?: sqs.Queue;
    public readonly keyArn: pulumi.Output<string>;
    /** The key this component created, when none was passed in. */
    public readonly key?: SovereignKey;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignQueueArgs = {}): void {
        plan({ component: "SovereignQueue", name }, args);
    }

    constructor(name: string, args: SovereignQueueArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const checked = plan({ component: "SovereignQueue", name }, args);
        super(SovereignQueue.type, name, {}, opts);
        const region = checked.region;
        this.region = region;
        const child = { parent: this };
        const fifo = args.fifo ?? false;

        const { keyArn, key } = customerKey(name, this, checked.keyArn, region, `Encryption of SQS queue ${name}`, args);
        this.key = key;
        const encrypted = { kmsMasterKeyId: keyArn, kmsDataKeyReusePeriodSeconds: checked.reuse, sqsManagedSseEnabled: false };

        if (checked.maxReceiveCount !== undefined) {
            this.deadLetterQueue = new sqs.Queue(`${name}-dlq`, {
                region,
                name: queueName(args.queueName, fifo, "-dlq"),
                fifoQueue: fifo,
                ...encrypted,
                // The longest retention, so failed messages outlive the source queue's.
                messageRetentionSeconds: 1209600,
                tags: args.tags,
            }, child);
        }
        const dlq = this.deadLetterQueue;
        this.queue = new sqs.Queue(name, {
            region,
            name: queueName(args.queueName, fifo),
            fifoQueue: fifo,
            ...encrypted,
            messageRetentionSeconds: checked.retention,
            visibilityTimeoutSeconds: checked.visibility,
            redrivePolicy: dlq ? pulumi.jsonStringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: checked.maxReceiveCount }) : undefined,
            tags: args.tags,
        }, child);
        for (const q of dlq ? [this.queue, dlq] : [this.queue]) {
            new sqs.QueuePolicy(`${q === dlq ? `${name}-dlq` : name}-tls-only`, {
                region,
                queueUrl: q.url,
                policy: pulumi.jsonStringify({ Version: "2012-10-17", Statement: [denyInsecureTransport("sqs:*", q.arn)] }),
            }, child);
        }

        this.url = this.queue.url;
        this.arn = this.queue.arn;
        this.keyArn = keyArn;
        this.registerOutputs({ region, url: this.url, arn: this.arn, deadLetterQueueArn: dlq?.arn, keyArn: this.keyArn });
    }
}
