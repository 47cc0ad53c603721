// eu-cross-border-replication: replicas, failover locations and replication destinations stay in
// allowed locations. Decided per resource wherever the resource names its destinations; S3
// replication names a bucket, so it is resolved among the stack's resources.
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { allowedLocations, locationConfigProperties, type LocationConfig } from "../config/locations";
import { factsOf } from "../facts";
import { cite } from "../data/row-ids";
import { isAllowedPlace } from "../facts/place";
import { forEachKnown, guardResource, guardStack } from "./guard";
import { locationViolation, subject } from "./message";
import { docUrl, gdprTransfers } from "./metadata";
import { s3ReplicationFindings } from "./s3-replication";
import { azureInheritedCopyFindings } from "./azure-inherited";
import { AzureStack } from "./azure-stack";
import { azureReferenceFindings } from "./azure-references";
import { rdsSourceFindings } from "./rds-source";

const name = "eu-cross-border-replication";

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
            () => azureInheritedCopyFindings(name, azure, allowed),
            () => rdsSourceFindings(name, args.resources, allowed),
            () => azureReferenceFindings(name, azure, allowed),
        ];
        forEachKnown(parts, (part) => { for (const f of part()) report(f.message, f.urn); });
    }),
};
