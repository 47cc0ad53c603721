// S3 replication names its destination by bucket ARN, which carries no region: the destination is
// resolved among the stack's resources, by bucket name or, while ARNs are still unknown at preview,
// by the property dependencies of the replication rules. A destination that cannot be resolved is
// reported as such (it may be anywhere). Linear in the number of resources.
import type { PolicyResource } from "@pulumi/policy";
import { collect, own, ownString } from "../read";
import { forEachKnown, readKnown } from "../unknown";

/** The bucket types a replication rule can name, each found by its `bucket` name. */
export const s3BucketTypes: ReadonlySet<string> = new Set(["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"]);

/** A replication source: where its rules are, and the property whose dependencies name the destination. */
export interface S3ReplicationRow {
    /** Stable replica row id ("EUR-AWS-021"), cited by the findings it decides. */
    readonly id: string;
    readonly rules: string;
    readonly dependsOn: string;
}

// Ids continue the AWS replica specs of facts/adapters/aws.ts (EUR-AWS-001…020).
export const s3ReplicationRows: Readonly<Record<string, S3ReplicationRow>> = {
    "aws:s3/bucketReplicationConfig:BucketReplicationConfig": { id: "EUR-AWS-021", rules: "rules[]", dependsOn: "rules" },
    "aws:s3/bucket:Bucket": { id: "EUR-AWS-022", rules: "replicationConfiguration.rules[]", dependsOn: "replicationConfiguration" },
    "aws:s3/bucketV2:BucketV2": { id: "EUR-AWS-023", rules: "replicationConfiguration.rules[]", dependsOn: "replicationConfiguration" },
};

/** One replication destination as the stack resolves it. */
export interface S3Destination {
    readonly source: PolicyResource;
    readonly row: string;
    /** Where the destination is named, e.g. "rules[0].destination.bucket". */
    readonly path: string;
    /** The destination bucket; undefined when nothing in the stack is it. */
    readonly bucket?: PolicyResource;
}

function bucketNameOfArn(arn: string): string | undefined {
    const m = /^arn:aws[\w-]*:s3:::([^/]+)$/.exec(arn);
    return m ? m[1] : undefined;
}

/**
 * Visits every replication destination of the stack. A source whose inputs are unknown at preview
 * (and not tied to a bucket by dependencies) is skipped and the first unknown re-thrown at the end.
 */
export function s3ReplicationDestinations(resources: readonly PolicyResource[], visit: (d: S3Destination) => void): void {
    const byName = new Map<string, PolicyResource>();
    const replicating: PolicyResource[] = [];
    forEachKnown(resources, (r) => {
        if (s3BucketTypes.has(r.type)) {
            const name = ownString(r.props, "bucket");
            if (name !== undefined) byName.set(name, r);
        }
        if (Object.hasOwn(s3ReplicationRows, r.type)) replicating.push(r);
    });
    forEachKnown(replicating, (source) => {
        const { id: row, rules, dependsOn } = s3ReplicationRows[source.type];
        const dependencyBuckets = () => (own(source.propertyDependencies, dependsOn) as PolicyResource[] | undefined ?? [])
            .filter((d) => s3BucketTypes.has(d.type) && d.urn !== source.urn);
        const found = readKnown(() => collect(source.props, rules));
        if (found.unknown !== undefined) {
            // The rules themselves are unknown at preview: their dependencies still name the destination.
            const candidates = dependencyBuckets();
            if (candidates.length === 0) throw found.unknown;
            for (const bucket of candidates) visit({ source, row, path: dependsOn, bucket });
            return;
        }
        forEachKnown(found.value ?? [], (ruleFound) => {
            const path = `${ruleFound.path}.destination.bucket`;
            const arn = readKnown(() => own(own(ruleFound.value, "destination"), "bucket"));
            const name = typeof arn.value === "string" ? bucketNameOfArn(arn.value) : undefined;
            const dest = name !== undefined ? byName.get(name) : undefined;
            if (dest) return visit({ source, row, path, bucket: dest });
            const candidates = dependencyBuckets();
            if (candidates.length > 0) {
                for (const bucket of candidates) visit({ source, row, path, bucket });
                return;
            }
            // Unknown at preview and not tied to a bucket by dependencies: the SDK's preview handling applies.
            if (arn.unknown !== undefined) throw arn.unknown;
            visit({ source, row, path });
        });
    });
}
