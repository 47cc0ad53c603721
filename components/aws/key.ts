// SovereignKey: a customer-managed AWS KMS key in an allowed region, rotated yearly, optionally
// backed by an External Key Store (the key material never leaves your own HSM), and multi-Region
// only when every replica region is allowed.
import * as kms from "@pulumi/aws/kms";
import * as pulumi from "@pulumi/pulumi";
import { checkInteger, checkLocation, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { awsRegion } from "./region";
import { builtTo, awsToLevel3 } from "../level";

export interface SovereignKeyArgs extends LocationPolicyArgs {
    /** The region of the key. Default: the stack's `aws:region`. A plain string, checked at construction. */
    region?: string;
    /** What the key protects, shown in the console. */
    description?: pulumi.Input<string>;
    /** An alias for the key, e.g. `alias/payments` (the `alias/` prefix is added when missing). */
    alias?: string;
    /**
     * A custom key store (`aws.kms.CustomKeyStore`) to create the key in. With `xksKeyId`, an External
     * Key Store: the key material stays in an HSM you operate outside AWS, the top custody tier.
     * Without it, an AWS CloudHSM key store. AWS does not rotate keys in custom key stores.
     */
    customKeyStoreId?: pulumi.Input<string>;
    /** The id of the key in your external key manager (External Key Store only; needs `customKeyStoreId`). */
    xksKeyId?: pulumi.Input<string>;
    /**
     * Regions to replicate the key to. The key becomes multi-Region only when this is non-empty, and
     * every region must be allowed. Not possible for keys in a custom key store.
     */
    replicaRegions?: readonly string[];
    /** Days between automatic rotations, 90 to 2560. Default 365. */
    rotationPeriodInDays?: number;
    /** Days a deleted key can still be recovered, 7 to 30. Default 30. */
    deletionWindowInDays?: number;
    /** A key policy (JSON). Default: AWS's default policy, which delegates access to IAM in this account. */
    policy?: pulumi.Input<string>;
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

interface KeyPlan {
    region: string;
    replicaRegions: string[];
    inCustomStore: boolean;
    external: boolean;
    rotationPeriodInDays: number;
    deletionWindowInDays: number;
    alias?: string;
}

/** Checks every argument; throws a SovereigntyError naming the first bad one. */
export function planKey(subject: Subject, args: SovereignKeyArgs): KeyPlan {
    const region = awsRegion(subject, args.region, args);
    const inCustomStore = args.customKeyStoreId !== undefined;
    if (args.xksKeyId !== undefined && !inCustomStore) {
        refuse(subject, "xksKeyId needs customKeyStoreId (the External Key Store holding the key)");
    }
    const replicas = args.replicaRegions ?? [];
    if (replicas.length > 0 && inCustomStore) {
        refuse(subject, "replicaRegions cannot be used with customKeyStoreId: AWS cannot make a multi-Region key in a custom key store");
    }
    const replicaRegions: string[] = [];
    replicas.forEach((r, i) => {
        const canonical = checkLocation(subject, { cloud: "aws", arg: `replicaRegions[${i}]` }, r, args);
        if (canonical === region) refuse(subject, `replicaRegions[${i}] "${r}" is the key's own region`);
        if (replicaRegions.includes(canonical)) refuse(subject, `replicaRegions[${i}] "${r}" is listed twice`);
        replicaRegions.push(canonical);
    });
    let alias: string | undefined;
    if (args.alias !== undefined) {
        alias = args.alias.startsWith("alias/") ? args.alias : `alias/${args.alias}`;
        if (!/^alias\/[a-zA-Z0-9/_-]{1,250}$/.test(alias) || alias.startsWith("alias/aws/")) {
            refuse(subject, `alias ${JSON.stringify(args.alias)} is not a valid customer alias; allowed: letters, digits, "/", "_", "-", not starting with "aws/"`);
        }
    }
    return {
        region,
        replicaRegions,
        inCustomStore,
        external: args.xksKeyId !== undefined,
        rotationPeriodInDays: checkInteger(subject, "rotationPeriodInDays", args.rotationPeriodInDays, 90, 2560, 365),
        deletionWindowInDays: checkInteger(subject, "deletionWindowInDays", args.deletionWindowInDays, 7, 30, 30),
        alias,
    };
}

export class SovereignKey extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:aws:SovereignKey";
    static readonly level = builtTo(2, awsToLevel3);

    /** The region the key lives in (canonical name). */
    public readonly region: string;
    /** Regions holding a replica of this multi-Region key (empty for a single-Region key). */
    public readonly replicaRegions: readonly string[];
    /** True when the key material is held in an External Key Store, outside AWS. */
    public readonly external: boolean;
    public readonly key: kms.Key;
    public readonly keyId: pulumi.Output<string>;
    public readonly arn: pulumi.Output<string>;
    /** The alias name (`alias/...`), when one was asked for. */
    public readonly aliasName?: string;
    /** Replica keys by region. */
    public readonly replicas: Readonly<Record<string, kms.ReplicaKey>>;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignKeyArgs = {}): void {
        planKey({ component: "SovereignKey", name }, args);
    }

    constructor(name: string, args: SovereignKeyArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const plan = planKey({ component: "SovereignKey", name }, args);
        super(SovereignKey.type, name, {}, opts);
        this.region = plan.region;
        this.replicaRegions = plan.replicaRegions;
        this.external = plan.external;
        this.aliasName = plan.alias;

        this.key = new kms.Key(name, {
            region: plan.region,
            description: args.description ?? `${name} (eu-sovereignty)`,
            keyUsage: "ENCRYPT_DECRYPT",
            customerMasterKeySpec: "SYMMETRIC_DEFAULT",
            // AWS refuses automatic rotation for keys in custom key stores.
            enableKeyRotation: !plan.inCustomStore,
            rotationPeriodInDays: plan.inCustomStore ? undefined : plan.rotationPeriodInDays,
            multiRegion: plan.replicaRegions.length > 0,
            customKeyStoreId: args.customKeyStoreId,
            xksKeyId: args.xksKeyId,
            deletionWindowInDays: plan.deletionWindowInDays,
            policy: args.policy,
            tags: args.tags,
        }, { parent: this });
        this.keyId = this.key.keyId;
        this.arn = this.key.arn;

        if (plan.alias !== undefined) {
            new kms.Alias(name, { region: plan.region, name: plan.alias, targetKeyId: this.key.keyId }, { parent: this });
        }
        const replicas: Record<string, kms.ReplicaKey> = {};
        for (const r of plan.replicaRegions) {
            replicas[r] = new kms.ReplicaKey(`${name}-${r}`, {
                region: r,
                primaryKeyArn: this.key.arn,
                description: args.description ?? `${name} replica (eu-sovereignty)`,
                deletionWindowInDays: plan.deletionWindowInDays,
                policy: args.policy,
                tags: args.tags,
            }, { parent: this });
        }
        this.replicas = replicas;

        this.registerOutputs({
            region: this.region,
            keyId: this.keyId,
            arn: this.arn,
            external: this.external,
            replicaArns: Object.fromEntries(Object.entries(replicas).map(([r, k]) => [r, k.arn])),
        });
    }

    /** The ARN of this key's copy in `region` (itself or a replica), or undefined if it has none there. */
    arnIn(region: string): pulumi.Output<string> | undefined {
        if (region === this.region) return this.arn;
        return this.replicas[region]?.arn;
    }
}
