// eu-data-residency: every resource whose location is expressed (its own location, region or zone,
// or for regional types its provider's region) must be in an allowed location; a regional resource
// whose location cannot be proven is a violation too.
import type { PolicyResource, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { allowedLocations, locationConfigProperties, type LocationConfig } from "../config/locations";
import { factsOf } from "../facts";
import { isAllowedPlace } from "../facts/place";
import { EdgeUsers } from "./edge-users";
import { inStackReferenceFindings } from "./in-stack-references";
import { placedInStackFindings } from "./placed-in-stack";
import { forEachKnown, guardResource, guardStack } from "./guard";
import { locationViolation, subject } from "./message";
import { docUrl, gdprTransfers } from "./metadata";

const name = "eu-data-residency";

/** A us-east-1 Lambda function no CloudFront distribution of the stack uses is an ordinary misplaced function. */
function unusedPinFindings(resources: readonly PolicyResource[], allowed: ReadonlySet<string>, report: (m: string, urn: string) => void): void {
    const candidates = EdgeUsers.candidates(resources);
    if (candidates.length === 0) return;
    const users = new EdgeUsers(resources);
    forEachKnown(candidates, (r) => {
        if (users.usersOf(r).length > 0) return;
        for (const ref of factsOf({ type: r.type, name: r.name, urn: r.urn, props: r.props, provider: r.provider }).locations) {
            if (isAllowedPlace(ref.place, allowed)) continue;
            report(locationViolation(name, r, ref, allowed, "location", "deploy it to an allowed location (only a Lambda@Edge function that a CloudFront distribution in this stack associates stays in us-east-1)"), r.urn);
        }
    });
}

export const euDataResidency: ResourceValidationPolicy & StackValidationPolicy = {
    name,
    description: "Resources are deployed only in EU/EEA locations (or the configured allow-list), so data is stored and processed under EU law.",
    enforcementLevel: "mandatory",
    severity: "critical",
    framework: gdprTransfers,
    tags: ["residency", "gdpr", "gaia-x"],
    url: docUrl(name),
    remediationSteps: "Deploy the resource to an allowed region: set its `location`/`region`/`zone`, or the provider's region (`aws:region`, `gcp:region`). To allow a location outside the default EU/EEA list (e.g. switzerlandnorth), add it to `additionalLocations` in this policy's config.",
    configSchema: { properties: { ...locationConfigProperties } },
    validateResource: guardResource(name, (args, report) => {
        const facts = factsOf({ type: args.type, name: args.name, urn: args.urn, props: args.props, provider: args.provider });
        const allowed = allowedLocations(args.getConfig<LocationConfig>());
        // Lambda@Edge is pinned to us-east-1 by CloudFront: whether a distribution uses it is decided on the stack.
        // So is a location input that names a resource the stack may declare (a custom Spanner config).
        for (const ref of facts.pinnedIfUsed ? [] : facts.locations) {
            if (ref.inStack !== undefined || isAllowedPlace(ref.place, allowed)) continue;
            report(locationViolation(name, args, ref, allowed, "location", "deploy it to an allowed location"));
        }
        // A cloud whose every region is allowed (Scaleway, by default) cannot place it anywhere else.
        if (facts.unproven && !(facts.unproven.anyOf !== undefined && facts.unproven.anyOf.length > 0 && facts.unproven.anyOf.every((p) => isAllowedPlace(p, allowed)))) {
            report(`${subject(args)}: its ${facts.unproven.what} cannot be proven (no ${facts.unproven.what} on the resource and none on its provider; environment variables and profiles are invisible to policies). Rule ${name}. Fix: ${facts.unproven.fix}.`);
        }
    }),
    validateStack: guardStack(name, (args, report) => {
        // Each part reports what it can; a value unknown at preview in one does not hide the other.
        const parts = [
            () => unusedPinFindings(args.resources, allowedLocations(args.getConfig<LocationConfig>()), report),
            () => { for (const f of inStackReferenceFindings(name, args.resources)) report(f.message, f.urn); },
            // An IONOS server or volume is where the datacenter its `datacenterId` names is.
            () => { for (const f of placedInStackFindings(name, args.resources, allowedLocations(args.getConfig<LocationConfig>()))) report(f.message, f.urn); },
        ];
        forEachKnown(parts, (part) => part());
    }),
};
