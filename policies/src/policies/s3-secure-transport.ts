// S3 accepts plain HTTP unless a bucket policy denies it: a statement with Effect "Deny" and the
// condition `"Bool": { "aws:SecureTransport": "false" }`. Which policy belongs to which bucket is
// known only across resources (by bucket name, or by property dependencies while names are unknown
// at preview), so this is a stack check, linear in the number of resources.
import type { PolicyResource } from "@pulumi/policy";
import { own, ownString } from "../facts/read";
import { forEachKnown, readKnown } from "./guard";
import { subject } from "./message";

const rule = "encryption-in-transit";
const bucketTypes: ReadonlySet<string> = new Set(["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"]);
const policyType = "aws:s3/bucketPolicy:BucketPolicy";

export interface Finding {
    urn: string;
    message: string;
}

function statements(doc: unknown): unknown[] {
    const s = own(doc, "Statement");
    return Array.isArray(s) ? s : s === undefined ? [] : [s];
}

function isFalse(v: unknown): boolean {
    if (Array.isArray(v)) return v.length > 0 && v.every(isFalse);
    return v === false || (typeof v === "string" && v.trim().toLowerCase() === "false");
}

function deniesInsecureTransport(policy: unknown): boolean {
    let doc: unknown = policy;
    if (typeof policy === "string") {
        try {
            doc = JSON.parse(policy);
        } catch {
            return false;
        }
    }
    return statements(doc).some((st) => {
        if (own(st, "Effect") !== "Deny") return false;
        const bool = own(own(st, "Condition"), "Bool");
        if (bool === null || typeof bool !== "object") return false;
        return Object.keys(bool).some((k) => k.toLowerCase() === "aws:securetransport" && isFalse(own(bool, k)));
    });
}

/**
 * The SDK reports an unknown as "can't run policy … during preview: <message>" without the resource;
 * the message is extended to name it (a fresh error per read, so nothing else sees the change).
 */
function naming(e: unknown, what: string): unknown {
    if (e instanceof Error) e.message = `${e.message} for ${what}; the other buckets were checked`;
    return e;
}

const fix = 'add an aws.s3.BucketPolicy for this bucket with a statement `{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [arn, `${arn}/*`], Condition: { Bool: { "aws:SecureTransport": "false" } } }`';

/**
 * Reports every bucket without a TLS-only policy. Buckets whose policy is unknown at preview are
 * skipped, and the first unknown is re-thrown after reporting so the SDK marks the run incomplete.
 */
export function checkS3SecureTransport(resources: readonly PolicyResource[], report: (f: Finding) => void): void {
    const buckets: PolicyResource[] = [];
    const byName = new Map<string, PolicyResource>();
    const policies: PolicyResource[] = [];
    const secured = new Set<string>();
    const undecided = new Set<string>();
    let deferred: unknown;
    const judge = (bucket: PolicyResource, read: () => unknown) => {
        const bucketUrn = bucket.urn;
        const policy = readKnown(read);
        if (policy.unknown !== undefined) {
            undecided.add(bucketUrn);
            deferred ??= naming(policy.unknown, `the TLS-only policy of ${subject(bucket)}`);
        } else if (policy.value !== undefined && deniesInsecureTransport(policy.value)) {
            secured.add(bucketUrn);
        }
    };
    forEachKnown(resources, (r) => {
        if (bucketTypes.has(r.type)) {
            buckets.push(r);
            const name = ownString(r.props, "bucket");
            if (name !== undefined) byName.set(name, r);
            judge(r, () => own(r.props, "policy"));
        } else if (r.type === policyType) {
            policies.push(r);
        }
    });
    for (const p of policies) {
        const name = readKnown(() => ownString(p.props, "bucket"));
        const named = name.value !== undefined ? byName.get(name.value) : undefined;
        const targets = named ? [named] : (own(p.propertyDependencies, "bucket") as PolicyResource[] | undefined ?? []).filter((d) => bucketTypes.has(d.type));
        // A policy whose bucket is unknown might secure any bucket: nothing can be decided yet.
        if (targets.length === 0 && name.unknown !== undefined) throw name.unknown;
        for (const t of targets) judge(t, () => own(p.props, "policy"));
    }
    for (const b of buckets) {
        if (secured.has(b.urn) || undecided.has(b.urn)) continue;
        report({ urn: b.urn, message: `${subject(b)}: no bucket policy in this stack denies requests made without TLS (a Deny statement with the condition \`"Bool": { "aws:SecureTransport": "false" }\`), so the bucket accepts plain HTTP. Rule ${rule}. Fix: ${fix}.` });
    }
    if (deferred !== undefined) throw deferred;
}
