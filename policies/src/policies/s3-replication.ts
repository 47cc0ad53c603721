// S3 replication names its destination by bucket ARN, which carries no region: the destination is
// resolved among the stack's resources, by bucket name or, while ARNs are still unknown at preview,
// by the property dependencies of the replication rules. A destination that cannot be resolved is a
// violation: it may be anywhere.
import type { PolicyResource } from "@pulumi/policy";
import { factsOf } from "../facts";
import { isAllowedPlace, showPlace } from "../facts/place";
import { collect, own, ownString } from "../facts/read";
import { forEachKnown, readKnown } from "./guard";
import { subject } from "./message";
import { allowedHint } from "../config/locations";

const rule = "eu-cross-border-replication";
const bucketTypes: ReadonlySet<string> = new Set(["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"]);

/** Replication sources: where their rules are, and the property whose dependencies name the destination. */
const sources: Readonly<Record<string, { rules: string; dependsOn: string }>> = {
    "aws:s3/bucketReplicationConfig:BucketReplicationConfig": { rules: "rules[]", dependsOn: "rules" },
    "aws:s3/bucket:Bucket": { rules: "replicationConfiguration.rules[]", dependsOn: "replicationConfiguration" },
    "aws:s3/bucketV2:BucketV2": { rules: "replicationConfiguration.rules[]", dependsOn: "replicationConfiguration" },
};

export interface Finding {
    urn: string;
    message: string;
}

function bucketNameOfArn(arn: string): string | undefined {
    const m = /^arn:aws[\w-]*:s3:::([^/]+)$/.exec(arn);
    return m ? m[1] : undefined;
}

function checkDestination(src: PolicyResource, dest: PolicyResource, path: string, allowed: ReadonlySet<string>, out: Finding[]): void {
    const facts = factsOf({ type: dest.type, name: dest.name, urn: dest.urn, props: dest.props, provider: dest.provider });
    if (facts.locations.length === 0) {
        out.push({ urn: src.urn, message: `${subject(src)}: the replication destination \`${path}\` (bucket ${subject(dest)}) has no provable region. Rule ${rule}. Fix: give the destination bucket an allowed \`region\` or provider region.` });
    }
    for (const ref of facts.locations) {
        if (isAllowedPlace(ref.place, allowed)) continue;
        out.push({ urn: src.urn, message: `${subject(src)}: the replication destination \`${path}\` is bucket ${subject(dest)}, whose region is ${showPlace(ref.place)}, outside the allowed locations. Rule ${rule}; ${allowedHint(allowed)}. Fix: replicate to a bucket in an allowed region.` });
    }
}

export function s3ReplicationFindings(resources: readonly PolicyResource[], allowed: ReadonlySet<string>): Finding[] {
    const out: Finding[] = [];
    const byName = new Map<string, PolicyResource>();
    const replicating: PolicyResource[] = [];
    forEachKnown(resources, (r) => {
        if (bucketTypes.has(r.type)) {
            const name = ownString(r.props, "bucket");
            if (name !== undefined) byName.set(name, r);
        }
        if (sources[r.type] !== undefined) replicating.push(r);
    });
    forEachKnown(replicating, (src) => {
        const { rules, dependsOn } = sources[src.type];
        const dependencyBuckets = () => (own(src.propertyDependencies, dependsOn) as PolicyResource[] | undefined ?? [])
            .filter((d) => bucketTypes.has(d.type) && d.urn !== src.urn);
        const found = readKnown(() => collect(src.props, rules));
        if (found.unknown !== undefined) {
            // The rules themselves are unknown at preview: their dependencies still name the destination.
            const candidates = dependencyBuckets();
            if (candidates.length === 0) throw found.unknown;
            for (const c of candidates) checkDestination(src, c, dependsOn, allowed, out);
            return;
        }
        forEachKnown(found.value ?? [], (ruleFound) => {
            const path = `${ruleFound.path}.destination.bucket`;
            const arn = readKnown(() => own(own(ruleFound.value, "destination"), "bucket"));
            const name = typeof arn.value === "string" ? bucketNameOfArn(arn.value) : undefined;
            const dest = name !== undefined ? byName.get(name) : undefined;
            if (dest) return checkDestination(src, dest, path, allowed, out);
            const candidates = dependencyBuckets();
            if (candidates.length > 0) {
                for (const c of candidates) checkDestination(src, c, path, allowed, out);
                return;
            }
            // Unknown at preview and not tied to a bucket by dependencies: the SDK's preview handling applies.
            if (arn.unknown !== undefined) throw arn.unknown;
            out.push({ urn: src.urn, message: `${subject(src)}: the replication destination \`${path}\` cannot be resolved to a bucket in this stack, so its region cannot be proven. Rule ${rule}. Fix: declare the destination bucket in this stack (with an allowed region) and reference it, e.g. \`destination: { bucket: replica.arn }\`.` });
        });
    });
    return out;
}
