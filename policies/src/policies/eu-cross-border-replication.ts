// eu-cross-border-replication: replicas, failover locations and replication destinations stay in
// allowed locations. Decided per resource wherever the resource names its destinations; S3
// replication names a bucket, a read replica at preview an unknown source ARN, an Azure failover
// group or object replication policy a server or account, and an Azure geo-copy follows its resource
// group's region: those are resolved among the stack's resources (facts/stack/) and worded here.
import type { PolicyResource, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { allowedHint, allowedLocations, locationConfigProperties, type LocationConfig } from "../config/locations";
import { factsOf } from "../facts";
import { cite } from "../data/row-ids";
import { isAllowedPlace, showPlace } from "../facts/place";
import { rdsSourcesAtPreview } from "../facts/stack/rds-source";
import { s3ReplicationDestinations } from "../facts/stack/s3-replication";
import type { Finding } from "./finding";
import { forEachKnown, guardResource, guardStack } from "./guard";
import { locationViolation, subject } from "./message";
import { docUrl, gdprTransfers } from "./metadata";
import { azureInheritedCopies } from "../facts/stack/azure-inherited";
import { azureReferences } from "../facts/stack/azure-references";
import { AzureStack, type Home } from "../facts/stack/azure-stack";

const name = "eu-cross-border-replication";

const locationsOf = (r: PolicyResource) => factsOf({ type: r.type, name: r.name, urn: r.urn, props: r.props, provider: r.provider }).locations;

function s3ReplicationFindings(resources: readonly PolicyResource[], allowed: ReadonlySet<string>): Finding[] {
    const out: Finding[] = [];
    s3ReplicationDestinations(resources, ({ source: src, row, path, bucket: dest }) => {
        const report = (message: string) => out.push({ urn: src.urn, message: message + cite(row) });
        if (dest === undefined) {
            report(`${subject(src)}: the replication destination \`${path}\` cannot be resolved to a bucket in this stack, so its region cannot be proven. Rule ${name}. Fix: declare the destination bucket in this stack (with an allowed region) and reference it, e.g. \`destination: { bucket: replica.arn }\`.`);
            return;
        }
        const locations = locationsOf(dest);
        if (locations.length === 0) {
            report(`${subject(src)}: the replication destination \`${path}\` (bucket ${subject(dest)}) has no provable region. Rule ${name}. Fix: give the destination bucket an allowed \`region\` or provider region.`);
        }
        for (const ref of locations) {
            if (isAllowedPlace(ref.place, allowed)) continue;
            report(`${subject(src)}: the replication destination \`${path}\` is bucket ${subject(dest)}, whose region is ${showPlace(ref.place)}, outside the allowed locations. Rule ${name}; ${allowedHint(allowed)}. Fix: replicate to a bucket in an allowed region.`);
        }
    });
    return out;
}

function rdsSourceFindings(resources: readonly PolicyResource[], allowed: ReadonlySet<string>): Finding[] {
    const out: Finding[] = [];
    rdsSourcesAtPreview(resources, ({ replica, row, source }) => {
        const path = row.property;
        for (const ref of locationsOf(source)) {
            if (isAllowedPlace(ref.place, allowed)) continue;
            const note = `the region of its replication source \`${path}\` (database "${source.name}", from ${ref.source === "provider" ? "its provider's" : "its"} \`${ref.path.replace(/^provider\./, "")}\`; the replicated data lives there too)`;
            const fix = `replicate from a source in an allowed region, or remove \`${path}\``;
            out.push({ urn: replica.urn, message: locationViolation(name, replica, { ...ref, note, fix }, allowed, "the location of a copy of its data,", fix) + cite(row.id) });
        }
    });
    return out;
}

/** Where an Azure resource's location came from, for a message. */
function homeWhere(home: Extract<Home, { ref: unknown }>): string {
    return home.from === "group" ? `the \`location\` of its resource group ${subject(home.group)}` : home.from === "provider" ? "the provider's `location`" : "`location`";
}

/** Why an Azure resource's location cannot be proven, and the fix. */
function homeGap(home: Extract<Home, { unresolved: unknown }>): { unresolved: string; fix: string } {
    return home.unresolved === "no-group"
        ? {
            unresolved: "it has no `location` of its own or from its provider, and its `resourceGroupName` does not resolve to a resource group in this stack",
            fix: "set `location` on the resource to an allowed region, or declare its resource group in this stack and pass `resourceGroupName: group.name`",
        }
        : { unresolved: `its resource group ${subject(home.group)} has no provable \`location\``, fix: "set `location` on the resource or on its resource group" };
}

function azureInheritedCopyFindings(stack: AzureStack, allowed: ReadonlySet<string>): Finding[] {
    const out: Finding[] = [];
    azureInheritedCopies(stack, homeWhere, ({ resource: r, copy, home, paired }) => {
        if ("unresolved" in home) {
            const gap = homeGap(home);
            out.push({ urn: r.urn, message: `${subject(r)}: \`${copy.path}\` is ${copy.shown}, a geo-redundant copy to the paired region of its location, but ${gap.unresolved}, so where the copy goes cannot be proven. Rule ${name}. Fix: ${gap.fix}, or use a locally/zone-redundant setting for ${copy.path}.` });
            return;
        }
        if (paired?.ref && !isAllowedPlace(paired.ref.place, allowed)) {
            out.push({ urn: r.urn, message: locationViolation(name, r, paired.ref, allowed, "the location of a copy of its data,", "move the resource group (or set `location` on the resource) to a region with an allowed pair, or use a locally/zone-redundant setting") });
        }
        if (paired?.gap) out.push({ urn: r.urn, message: `${subject(r)}: ${paired.gap.what} cannot be proven to stay in allowed locations. Rule ${name}. Fix: ${paired.gap.fix}.` });
    });
    return out;
}

function azureReferenceFindings(stack: AzureStack, allowed: ReadonlySet<string>): Finding[] {
    const out: Finding[] = [];
    azureReferences(stack, ({ source: r, row, path, target }) => {
        const report = (message: string) => out.push({ urn: r.urn, message: message + cite(row.id) });
        if (target === undefined) {
            report(`${subject(r)}: the ${row.what} \`${path}\` cannot be resolved to a resource in this stack, so where the copy goes cannot be proven. Rule ${name}. Fix: ${row.fix}.`);
            return;
        }
        for (const home of stack.homesOf(target)) {
            if ("unresolved" in home) {
                const gap = homeGap(home);
                report(`${subject(r)}: the ${row.what} \`${path}\` is ${subject(target)}, but ${gap.unresolved}, so where the copy goes cannot be proven. Rule ${name}. Fix: ${gap.fix}.`);
            } else if (!isAllowedPlace(home.ref.place, allowed)) {
                const note = `the location of its ${row.what} \`${path}\` (${subject(target)}, from ${homeWhere(home)})`;
                report(locationViolation(name, r, { ...home.ref, note }, allowed, "the location of a copy of its data,", `use a ${row.what} in an allowed location`));
            }
        }
    });
    return out;
}

export const euCrossBorderReplication: ResourceValidationPolicy & StackValidationPolicy = {
    name,
    description: "Replicas, failover locations and replication destinations stay in EU/EEA locations (or the configured allow-list), so no copy of the data leaves the EU.",
    enforcementLevel: "mandatory",
    severity: "critical",
    framework: gdprTransfers,
    tags: ["residency", "replication", "gdpr"],
    url: docUrl(name),
    remediationSteps: "Remove replicas, failover locations and replication destinations outside the allowed locations, or move them to an allowed region (e.g. a DynamoDB replica in eu-west-1 instead of us-east-1). For S3 replication, declare the destination bucket in the same stack with an allowed region; for Azure, declare the resource group, partner servers and destination accounts in the same stack.",
    configSchema: { properties: { ...locationConfigProperties } },
    validateResource: guardResource(name, (args, report) => {
        const facts = factsOf({ type: args.type, name: args.name, urn: args.urn, props: args.props, provider: args.provider });
        const allowed = allowedLocations(args.getConfig<LocationConfig>());
        for (const ref of facts.replicas) {
            if (isAllowedPlace(ref.place, allowed)) continue;
            report(locationViolation(name, args, ref, allowed, "the location of a copy of its data,", "remove that replica or move it to an allowed location") + cite(ref.row));
        }
        for (const gap of facts.replicaGaps) {
            report(`${subject(args)}: ${gap.what} cannot be proven to stay in allowed locations. Rule ${name}. Fix: ${gap.fix}.`);
        }
    }),
    validateStack: guardStack(name, (args, report) => {
        const allowed = allowedLocations(args.getConfig<LocationConfig>());
        const azure = new AzureStack(args.resources);
        // Each part reports what it can; a value unknown at preview in one does not hide the others.
        const parts = [
            () => s3ReplicationFindings(args.resources, allowed),
            () => azureInheritedCopyFindings(azure, allowed),
            () => rdsSourceFindings(args.resources, allowed),
            () => azureReferenceFindings(azure, allowed),
        ];
        forEachKnown(parts, (part) => { for (const f of part()) report(f.message, f.urn); });
    }),
};
