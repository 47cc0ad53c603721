// A read replica's source ARN is unknown at preview when it refers to a database of the same
// stack: the source is then found by the property dependencies of that input, and its region is
// where the replicated data also lives. Known ARNs are read per resource (facts/adapters/aws.ts).
import type { PolicyResource } from "@pulumi/policy";
import { awsReplicationSources } from "../facts/adapters/aws";
import { factsOf } from "../facts";
import { isAllowedPlace } from "../facts/place";
import { own } from "../facts/read";
import { forEachKnown, readKnown } from "./guard";
import { locationViolation } from "./message";
import type { Finding } from "./s3-replication";

export function rdsSourceFindings(rule: string, resources: readonly PolicyResource[], allowed: ReadonlySet<string>): Finding[] {
    const out: Finding[] = [];
    forEachKnown(resources, (r) => {
        const path = awsReplicationSources[r.type];
        if (path === undefined) return;
        const value = readKnown(() => own(r.props, path));
        if (value.unknown === undefined) return;
        const deps = own(r.propertyDependencies, path);
        const sources = (Array.isArray(deps) ? (deps as PolicyResource[]) : []).filter((d) => d.type === "aws:rds/instance:Instance" || d.type === "aws:rds/cluster:Cluster");
        if (sources.length === 0) throw value.unknown;
        for (const src of sources) {
            for (const ref of factsOf({ type: src.type, name: src.name, urn: src.urn, props: src.props, provider: src.provider }).locations) {
                if (isAllowedPlace(ref.place, allowed)) continue;
                const note = `the region of its replication source \`${path}\` (database "${src.name}", from ${ref.source === "provider" ? "its provider's" : "its"} \`${ref.path.replace(/^provider\./, "")}\`; the replicated data lives there too)`;
                const fix = `replicate from a source in an allowed region, or remove \`${path}\``;
                out.push({ urn: r.urn, message: locationViolation(rule, r, { ...ref, note, fix }, allowed, "the location of a copy of its data,", fix) });
            }
        }
    });
    return out;
}
