// Read replicas name their source by ARN when it is in another region (an identifier means the same
// region): the data lives in the source's region too. Docs: @pulumi/aws rds.InstanceArgs.replicateSourceDb
// ("If replicating an Instance in a different region, use the `arn` of the source DB"),
// rds.ClusterArgs.replicationSourceIdentifier. A known ARN is read per resource (facts/adapters/aws.ts);
// one unknown at preview refers to a database of the same stack, found here by the input's property
// dependencies.
import type { PolicyResource } from "@pulumi/policy";
import { own } from "../read";
import { forEachKnown, readKnown } from "../unknown";

export interface RdsSourceRow {
    /** Stable replica row id ("EUR-AWS-024"), cited by the findings it decides. */
    readonly id: string;
    /** The input naming the source database. */
    readonly property: string;
}

/** The database types a replica's source can be. */
export const rdsSourceTypes: ReadonlySet<string> = new Set(["aws:rds/instance:Instance", "aws:rds/cluster:Cluster"]);

// Ids continue after the S3 replication rows (facts/stack/s3-replication.ts, EUR-AWS-021…023).
export const rdsSourceRows: Readonly<Record<string, RdsSourceRow>> = {
    "aws:rds/instance:Instance": { id: "EUR-AWS-024", property: "replicateSourceDb" },
    "aws:rds/cluster:Cluster": { id: "EUR-AWS-025", property: "replicationSourceIdentifier" },
};

export interface RdsSource {
    readonly replica: PolicyResource;
    readonly row: RdsSourceRow;
    /** A database of the stack the replica's unknown source input depends on. */
    readonly source: PolicyResource;
}

/**
 * Visits the in-stack sources of replicas whose source input is unknown at preview. A replica with
 * such an input and no source dependency is skipped and the first unknown re-thrown at the end.
 */
export function rdsSourcesAtPreview(resources: readonly PolicyResource[], visit: (s: RdsSource) => void): void {
    forEachKnown(resources, (replica) => {
        if (!Object.hasOwn(rdsSourceRows, replica.type)) return;
        const row = rdsSourceRows[replica.type];
        const value = readKnown(() => own(replica.props, row.property));
        if (value.unknown === undefined) return;
        const deps = own(replica.propertyDependencies, row.property);
        const sources = (Array.isArray(deps) ? (deps as PolicyResource[]) : []).filter((d) => rdsSourceTypes.has(d.type));
        if (sources.length === 0) throw value.unknown;
        for (const source of sources) visit({ replica, row, source });
    });
}
