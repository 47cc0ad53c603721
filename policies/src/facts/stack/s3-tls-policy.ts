// S3 accepts plain HTTP unless a bucket policy denies it (AWS Config rule s3-bucket-ssl-requests-only,
// https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-ssl-requests-only.html). One
// statement must do it whole: Effect "Deny", Principal "*", Action "s3:*", Resource both the bucket
// and its objects (a Deny on objects only leaves bucket calls such as ListBucket on HTTP), and only
// the condition `"Bool": { "aws:SecureTransport": "false" }`. Which policy belongs to which bucket is
// known only across resources (by bucket name, or by property dependencies while names are unknown
// at preview), so this is a stack relation, linear in the number of resources.
import type { PolicyResource } from "@pulumi/policy";
import { own, ownString } from "../read";
import { forEachKnown, readKnown } from "../unknown";

/** A bucket type made TLS-only by its own policy input or by a bucket policy naming it. */
export interface S3TlsRow {
    /** Stable transit row id ("EUT-AWS-009"), cited by the findings it decides. */
    readonly id: string;
    /** What it checks, for docs. */
    readonly service: string;
    /** The bucket's own input holding a policy document. */
    readonly inline: string;
}

/** The resource holding a policy for a bucket it names by `bucket` (name, or dependency at preview). */
export const s3BucketPolicy = { type: "aws:s3/bucketPolicy:BucketPolicy", bucketInput: "bucket", policyInput: "policy" } as const;

// Ids continue the AWS transit rows of facts/transit/checks.ts (EUT-AWS-001…008).
export const s3TlsRows: ReadonlyMap<string, S3TlsRow> = new Map([
    ["aws:s3/bucket:Bucket", { id: "EUT-AWS-009", service: "S3 bucket policy denying plain HTTP (stack check)", inline: "policy" }],
    ["aws:s3/bucketV2:BucketV2", { id: "EUT-AWS-010", service: "S3 bucket policy denying plain HTTP (stack check, BucketV2)", inline: "policy" }],
]);

export const s3TlsOnlyFix = 'add an aws.s3.BucketPolicy for this bucket with a statement `{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [arn, `${arn}/*`], Condition: { Bool: { "aws:SecureTransport": "false" } } }`';

function statements(doc: unknown): unknown[] {
    const s = own(doc, "Statement");
    return Array.isArray(s) ? s : s === undefined ? [] : [s];
}

function list(v: unknown): unknown[] {
    return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

function isFalse(v: unknown): boolean {
    if (Array.isArray(v)) return v.length > 0 && v.every(isFalse);
    return v === false || (typeof v === "string" && v.trim().toLowerCase() === "false");
}

/** IAM resource wildcards: `*` any run of characters, `?` one character. Linear-space DP, no regex backtracking. */
function globMatches(pattern: string, value: string): boolean {
    if (pattern.length > 2048) return false;
    let prev: boolean[] = [true, ...Array<boolean>(value.length).fill(false)];
    for (const c of pattern) {
        const cur: boolean[] = [c === "*" && prev[0]];
        for (let j = 1; j <= value.length; j++) {
            cur.push(c === "*" ? prev[j] || cur[j - 1] : prev[j - 1] && (c === "?" || c === value[j - 1]));
        }
        prev = cur;
    }
    return prev[value.length];
}

/** The condition is exactly `"Bool": { "aws:SecureTransport": "false" }` (anything more narrows the Deny). */
function onlyInsecureTransport(condition: unknown): boolean {
    if (condition === null || typeof condition !== "object" || Array.isArray(condition)) return false;
    const ops = Object.keys(condition);
    if (ops.length !== 1 || ops[0] !== "Bool") return false;
    const bool = own(condition, "Bool");
    if (bool === null || typeof bool !== "object") return false;
    const keys = Object.keys(bool);
    return keys.length === 1 && keys[0].toLowerCase() === "aws:securetransport" && isFalse(own(bool, keys[0]));
}

function everyone(principal: unknown): boolean {
    if (principal === "*") return true;
    const aws = list(own(principal, "AWS"));
    return aws.includes("*") && Object.keys(principal as object).length === 1;
}

function allS3Actions(action: unknown): boolean {
    return list(action).some((a) => typeof a === "string" && ["s3:*", "*"].includes(a.trim().toLowerCase()));
}

/** What a TLS-deny statement leaves out; the bucket name may be unknown (any bucket ARN and its objects then count). */
function gapsOf(st: unknown, bucket: string | undefined): string[] {
    const gaps: string[] = [];
    if (!everyone(own(st, "Principal"))) gaps.push("its `Principal` is not `\"*\"` (or `{ AWS: \"*\" }`), so other principals may still use plain HTTP");
    if (!allS3Actions(own(st, "Action"))) gaps.push("its `Action` is not `\"s3:*\"` (or `\"*\"`), so other requests may still use plain HTTP");
    const resources = list(own(st, "Resource")).filter((r): r is string => typeof r === "string");
    const covers = (target: string) => resources.some((r) => globMatches(r, target));
    // Any partition: the AWS European Sovereign Cloud's ARNs start `arn:aws-eusc:`.
    const partitions = new Set(["aws", ...resources.map((r) => /^arn:(aws[\w-]*):s3:::/.exec(r)?.[1]).filter((x): x is string => x !== undefined)]);
    const bucketArns = bucket !== undefined ? [...partitions].map((p) => `arn:${p}:s3:::${bucket}`) : resources.filter((r) => /^arn:aws[\w-]*:s3:::[^/*?]+$/.test(r));
    const coversBucket = resources.includes("*") || bucketArns.some((a) => bucket === undefined || covers(a));
    const coversObjects = resources.includes("*") || bucketArns.some((a) => covers(`${a}/*`) || (bucket === undefined && resources.includes(`${a}/*`)));
    if (!coversBucket) gaps.push("its `Resource` does not cover the bucket ARN (`arn:aws:s3:::<bucket>`)");
    if (!coversObjects) gaps.push("its `Resource` does not cover the bucket's objects (`arn:aws:s3:::<bucket>/*`)");
    return gaps;
}

/**
 * Why a policy does not make the bucket TLS-only: undefined when one statement denies every
 * principal every S3 action on the bucket and its objects when `aws:SecureTransport` is false;
 * else what the closest such statement leaves out (or that there is none).
 */
function tlsOnlyGaps(policy: unknown, bucket: string | undefined): string[] | undefined {
    let doc: unknown = policy;
    if (typeof policy === "string") {
        try {
            doc = JSON.parse(policy);
        } catch {
            return [];
        }
    }
    let best: string[] | undefined;
    for (const st of statements(doc)) {
        if (own(st, "Effect") !== "Deny" || !onlyInsecureTransport(own(st, "Condition"))) continue;
        const gaps = gapsOf(st, bucket);
        if (gaps.length === 0) return undefined;
        if (best === undefined || gaps.length < best.length) best = gaps;
    }
    return best ?? [];
}

/** A bucket that no policy of the stack makes TLS-only. */
export interface PlainHttpBucket {
    readonly bucket: PolicyResource;
    readonly row: string;
    /** What the closest TLS-deny statement leaves out; undefined when there is none. */
    readonly gaps?: readonly string[];
}

export interface S3TlsVerdicts {
    readonly plainHttp: readonly PlainHttpBucket[];
    /** The first policy unknown at preview, and the bucket it would decide (left undecided). */
    readonly deferred?: { readonly unknown: unknown; readonly bucket: PolicyResource };
}

/**
 * Every bucket without a TLS-only policy. Buckets whose policy is unknown at preview are left out,
 * and the first such unknown is returned; a policy whose bucket is unknown throws (nothing can be
 * decided yet: it might secure any bucket).
 */
export function s3TlsVerdicts(resources: readonly PolicyResource[]): S3TlsVerdicts {
    const buckets: { bucket: PolicyResource; row: S3TlsRow }[] = [];
    const byName = new Map<string, PolicyResource>();
    const policies: PolicyResource[] = [];
    const secured = new Set<string>();
    const undecided = new Set<string>();
    /** Per bucket, what the closest TLS-deny statement found leaves out. */
    const partial = new Map<string, string[]>();
    let deferred: S3TlsVerdicts["deferred"];
    const judge = (b: PolicyResource, read: () => unknown) => {
        const policy = readKnown(read);
        if (policy.unknown !== undefined) {
            undecided.add(b.urn);
            deferred ??= { unknown: policy.unknown, bucket: b };
            return;
        }
        if (policy.value === undefined) return;
        const gaps = tlsOnlyGaps(policy.value, readKnown(() => ownString(b.props, "bucket")).value);
        if (gaps === undefined) secured.add(b.urn);
        else if (gaps.length > 0 && gaps.length < (partial.get(b.urn)?.length ?? Infinity)) partial.set(b.urn, gaps);
    };
    forEachKnown(resources, (r) => {
        const row = s3TlsRows.get(r.type);
        if (row !== undefined) {
            buckets.push({ bucket: r, row });
            const name = ownString(r.props, "bucket");
            if (name !== undefined) byName.set(name, r);
            judge(r, () => own(r.props, row.inline));
        } else if (r.type === s3BucketPolicy.type) {
            policies.push(r);
        }
    });
    for (const p of policies) {
        const name = readKnown(() => ownString(p.props, s3BucketPolicy.bucketInput));
        const named = name.value !== undefined ? byName.get(name.value) : undefined;
        const targets = named ? [named] : (own(p.propertyDependencies, s3BucketPolicy.bucketInput) as PolicyResource[] | undefined ?? []).filter((d) => s3TlsRows.has(d.type));
        // A policy whose bucket is unknown might secure any bucket: nothing can be decided yet.
        if (targets.length === 0 && name.unknown !== undefined) throw name.unknown;
        for (const t of targets) judge(t, () => own(p.props, s3BucketPolicy.policyInput));
    }
    const plainHttp = buckets.filter(({ bucket: b }) => !secured.has(b.urn) && !undecided.has(b.urn))
        .map(({ bucket, row }) => ({ bucket, row: row.id, gaps: partial.get(bucket.urn) }));
    return { plainHttp, deferred };
}
