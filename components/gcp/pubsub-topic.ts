// SovereignPubSubTopic: a Pub/Sub topic whose messages are stored only in allowed regions (a message
// storage policy, enforced in transit too) and encrypted with a CMEK; with its subscriptions.
// Sources: https://cloud.google.com/pubsub/docs/resource-location-restriction (allowedPersistenceRegions,
// enforceInTransit), https://cloud.google.com/pubsub/docs/encryption (CMEK, the Pub/Sub service agent).
import * as kms from "@pulumi/gcp/kms";
import * as projects from "@pulumi/gcp/projects";
import * as pubsub from "@pulumi/gcp/pubsub";
import * as pulumi from "@pulumi/pulumi";
import { builtTo, gcpToLevel3 } from "../level";
import { checkLocation, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import type { SovereignCryptoKey } from "./crypto-key";
import { customerKey } from "./customer-key";
import type { SovereignKeyRing } from "./key-ring";
import { resolveGcpKey, type GcpKeyInput, type ResolvedGcpKey } from "./key-ref";
import { gcpLocation, regionOnly } from "./location";

export interface SovereignPubSubTopicArgs extends LocationPolicyArgs {
    /** Regions messages may be stored in, each allowed. Default: [the stack's `gcp:region`]. */
    regions?: readonly string[];
    /** The key: a SovereignCryptoKey, a key id or `{ id, location }`. Default: a new HSM key in the first region. */
    key?: GcpKeyInput;
    /** Default: derived from the resource name. */
    name?: string;
    project?: pulumi.Input<string>;
    /** Subscriptions to create (pull), by name. */
    subscriptions?: readonly string[];
    /** How long the topic keeps messages, e.g. "604800s". Default: none (only subscriptions keep them). */
    messageRetentionDuration?: string;
    /** Grant the project's Pub/Sub service agent use of the key. Default true. */
    grantServiceAgent?: boolean;
    labels?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

interface TopicPlan {
    regions: string[];
    key?: ResolvedGcpKey;
}

function plan(subject: Subject, args: SovereignPubSubTopicArgs): TopicPlan {
    let regions: string[];
    if (args.regions === undefined) {
        regions = [gcpLocation(subject, regionOnly("regions[0]"), undefined, args)];
    } else {
        if (!Array.isArray(args.regions) || args.regions.length === 0) refuse(subject, "regions must name at least one region");
        regions = args.regions.map((r, i) => checkLocation(subject, regionOnly(`regions[${i}]`), r, args));
        const twice = regions.find((r, i) => regions.indexOf(r) !== i);
        if (twice !== undefined) refuse(subject, `regions names "${twice}" twice`);
    }
    if (args.name !== undefined && !/^[a-zA-Z][a-zA-Z0-9._~%+-]{2,254}$/.test(args.name)) {
        refuse(subject, `name ${JSON.stringify(args.name)} is not a valid topic name; allowed: 3-255 letters, digits and "-_.~+%", starting with a letter`);
    }
    (args.subscriptions ?? []).forEach((s, i) => {
        if (typeof s !== "string" || !/^[a-zA-Z][a-zA-Z0-9._~%+-]{2,254}$/.test(s)) refuse(subject, `subscriptions[${i}] ${JSON.stringify(s)} is not a valid subscription name`);
    });
    if (args.messageRetentionDuration !== undefined) {
        const m = /^(\d+)s$/.exec(args.messageRetentionDuration);
        if (!m || Number(m[1]) < 600 || Number(m[1]) > 2678400) {
            refuse(subject, `messageRetentionDuration ${JSON.stringify(args.messageRetentionDuration)} is not a duration from "600s" to "2678400s" (31 days)`);
        }
    }
    const key = args.key === undefined ? undefined : resolveGcpKey(subject, "key", args.key, args);
    return { regions, key };
}

export class SovereignPubSubTopic extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:gcp:SovereignPubSubTopic";
    static readonly level = builtTo(2, gcpToLevel3);

    /** The regions messages may be stored in. */
    public readonly regions: readonly string[];
    public readonly topic: pubsub.Topic;
    public readonly topicId: pulumi.Output<string>;
    public readonly subscriptions: Readonly<Record<string, pubsub.Subscription>>;
    public readonly keyId: pulumi.Output<string>;
    public readonly keyRing?: SovereignKeyRing;
    public readonly key?: SovereignCryptoKey;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignPubSubTopicArgs = {}): void {
        plan({ component: "SovereignPubSubTopic", name }, args);
    }

    constructor(name: string, args: SovereignPubSubTopicArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const checked = plan({ component: "SovereignPubSubTopic", name }, args);
        super(SovereignPubSubTopic.type, name, {}, opts);
        this.regions = checked.regions;
        const child = { parent: this };

        const { keyId, keyRing, key } = customerKey(name, this, checked.key, checked.regions[0], args);
        this.keyRing = keyRing;
        this.key = key;

        const dependsOn: pulumi.Resource[] = [];
        if (args.grantServiceAgent ?? true) {
            const agent = new projects.ServiceIdentity(`${name}-pubsub-agent`, { service: "pubsub.googleapis.com", project: args.project }, child);
            dependsOn.push(new kms.CryptoKeyIAMMember(`${name}-pubsub-agent`, {
                cryptoKeyId: keyId,
                role: "roles/cloudkms.cryptoKeyEncrypterDecrypter",
                member: pulumi.interpolate`serviceAccount:${agent.email}`,
            }, child));
        }
        this.topic = new pubsub.Topic(name, {
            name: args.name,
            project: args.project,
            kmsKeyName: keyId,
            messageStoragePolicy: { allowedPersistenceRegions: checked.regions, enforceInTransit: true },
            messageRetentionDuration: args.messageRetentionDuration,
            labels: args.labels,
        }, { parent: this, dependsOn });
        this.subscriptions = Object.fromEntries((args.subscriptions ?? []).map((s) => [s, new pubsub.Subscription(`${name}-${s}`, {
            name: s,
            project: args.project,
            topic: this.topic.id,
            labels: args.labels,
        }, child)]));

        this.topicId = this.topic.id;
        this.keyId = pulumi.output(keyId);
        this.registerOutputs({ regions: this.regions, topicId: this.topicId, keyId: this.keyId });
    }
}
