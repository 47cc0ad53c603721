// The shape of the key adapters' tables. Each covered resource type is a row: where its encryption
// settings are, which property names the key, which switches must be on, and what it means when no
// key is given. A new service is a new row, never a new code branch.
import type { PolicyResource } from "@pulumi/policy";
import type { CloudId, LocationRef } from "../types";
import type { KeyRef, KeyTier } from "./types";

/** A tier-1 outcome, with the reason shown in messages. */
export interface Verdict {
    tier: "none" | "provider";
    reason: string;
}

/** The kind of value a gate's `on` compares with; test/policies/facts/keys/rows-typings.test.ts checks it against the SDK's typing. */
export type GateKind = "string" | "boolean" | "object" | "array";

/** A switch that must be on for a key to protect the data (e.g. `encrypted: true`). */
export interface Gate {
    /** Property, relative to the row's `at`. */
    path: string;
    /** What `on` expects there (Redshift's `encrypted` is a string in @pulumi/aws, not a boolean). */
    kind: GateKind;
    on(value: unknown): boolean;
    /** The outcome when off; undefined when the data is then judged elsewhere (e.g. an attached disk). */
    off?: Verdict;
    /** Consulted only when no key is given (where a key overrides it, or the API rejects a key without it). */
    onlyWithoutKey?: true;
}

export interface ProtectionRow {
    /** Stable row id for reports ("EUK-AWS-101", "EUK-AZ-001", "EUK-GCP-101"), never renumbered or reused. */
    id: string;
    /** What is protected, for messages: "EBS volume encryption". */
    service: string;
    /** Where the settings are, relative to the props ("" for the props themselves); "[]" fans out over an array. */
    at: string;
    /** The outcome when nothing is at `at`; undefined when the block is optional. */
    absent?: Verdict;
    /** The property naming the key, relative to `at`. */
    key: string;
    /** Properties carrying customer-supplied key material (never echoed), relative to `at`. */
    supplied?: readonly string[];
    gates?: readonly Gate[];
    /** The outcome when the gates are on and no key is given; undefined when that is judged elsewhere. */
    noKey?: Verdict;
    /** The exact property to set for a customer-managed key. */
    fix: string;
}

/** What a key reference alone says. */
export interface Classified {
    tier: Exclude<KeyTier, "none">;
    reason: string;
    key?: KeyRef;
    topNative?: true;
}

/**
 * Resources whose protection is configured by another resource (an S3 bucket by its
 * BucketServerSideEncryptionConfiguration): without such a companion in the stack, `absent` applies.
 */
export interface CompanionRow {
    /** Stable row id, as for protection rows. */
    id: string;
    service: string;
    targets: readonly string[];
    /** Target properties holding its name (inputs at preview, outputs during an update). */
    targetNames: readonly string[];
    /** A target property path that configures the protection inline (judged per resource instead). */
    inline?: string;
    companions: readonly string[];
    /** The companion property naming its target; its propertyDependencies tie it while names are unknown. */
    link: string;
    /** The link is a resource id whose last `/` segment is the target's name (an Azure ARM id). */
    linkIsId?: true;
    /** A companion property that must be set for the companion to count (a Log Analytics linked service links a cluster only through its write-access id). */
    when?: string;
    /** The outcome for a target without a companion. */
    absent: Verdict;
    /** The property to set (the companion to declare). */
    fix: string;
}

/** A key, or the vault, HSM or key set holding it, found among the stack's resources. */
export interface ResolvedKey {
    holder: Pick<PolicyResource, "type" | "name" | "urn">;
    /** Where the key lives, and where that was read; undefined when it cannot be proven. */
    location?: LocationRef;
    custody: "external" | "top-native" | "customer" | "unproven";
    /** Why, for messages: "its `customKeyStoreId` is CustomKeyStore \"xks\" of type EXTERNAL_KEY_STORE". */
    custodyReason: string;
    /** When the key's holder is named but not declared in the stack: its name (for configured key locations). */
    name?: string;
}

/** One cloud's key resources in a stack, built in one pass and then queried. */
export interface KeyIndex {
    add(r: PolicyResource): void;
    /** The keys a reference names, looked up by value. */
    byRef(key: KeyRef): ResolvedKey[];
    /** The keys among the resources a property depends on. */
    byDependencies(deps: readonly PolicyResource[]): ResolvedKey[];
}

export interface KeyCloud {
    cloud: CloudId;
    /** Type-token packages, e.g. ["aws"]. */
    packages: readonly string[];
    rows: Readonly<Record<string, readonly ProtectionRow[]>>;
    companions: readonly CompanionRow[];
    classify(value: unknown): Classified;
    /** What customer-supplied key material (at `path`, never echoed) amounts to, where the cloud has it. */
    suppliedKey?(path: string): Classified;
    /** How to reach tier 3 from a customer-managed key named at `path`. */
    externalFix(path: string): string;
    newIndex(): KeyIndex;
}
