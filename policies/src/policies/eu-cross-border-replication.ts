// eu-cross-border-replication: replicas, failover locations and replication destinations stay in
// allowed locations. Decided per resource wherever the resource names its destinations; S3
// replication names a bucket, so it is resolved among the stack's resources.
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { allowedLocations, locationConfigProperties, type LocationConfig } from "../config/locations";
import { factsOf } from "../facts";
import { isAllowedPlace } from "../facts/place";
import { guardResource, guardStack } from "./guard";
import { locationViolation, subject } from "./message";
import { docUrl, gdprTransfers } from "./metadata";
import { s3ReplicationFindings } from "./s3-replication";

const name = "eu-cross-border-replication";

export const euCrossBorderReplication: ResourceValidationPolicy & StackValidationPolicy = {
    name,
    description: "Replicas, failover locations and replication destinations stay in EU/EEA locations (or the configured allow-list), so no copy of the data leaves the EU.",
    enforcementLevel: "mandatory",
    severity: "critical",
    framework: gdprTransfers,
    tags: ["residency", "replication", "gdpr"],
    url: docUrl(name),
    remediationSteps: "Remove replicas, failover locations and replication destinations outside the allowed locations, or move them to an allowed region (e.g. a DynamoDB replica in eu-west-1 instead of us-east-1). For S3 replication, declare the destination bucket in the same stack with an allowed region.",
    configSchema: { properties: { ...locationConfigProperties } },
    validateResource: guardResource(name, (args, report) => {
        const facts = factsOf({ type: args.type, name: args.name, urn: args.urn, props: args.props, provider: args.provider });
        const allowed = allowedLocations(args.getConfig<LocationConfig>());
        for (const ref of facts.replicas) {
            if (isAllowedPlace(ref.place, allowed)) continue;
            report(locationViolation(name, args, ref, allowed, "the location of a copy of its data,", "remove that replica or move it to an allowed location"));
        }
        for (const gap of facts.replicaGaps) {
            report(`${subject(args)}: ${gap.what} cannot be proven to stay in allowed locations. Rule ${name}. Fix: ${gap.fix}.`);
        }
    }),
    validateStack: guardStack(name, (args, report) => {
        const allowed = allowedLocations(args.getConfig<LocationConfig>());
        for (const f of s3ReplicationFindings(args.resources, allowed)) report(f.message, f.urn);
    }),
};
