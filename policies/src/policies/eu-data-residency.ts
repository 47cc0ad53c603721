// eu-data-residency: every resource whose location is expressed (its own location, region or zone,
// or for regional types its provider's region) must be in an allowed location; a regional resource
// whose location cannot be proven is a violation too.
import type { PolicyResource, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { allowedLocations, locationConfigProperties, type LocationConfig } from "../config/locations";
import { factsOf } from "../facts";
import { isAllowedPlace } from "../facts/place";
import { EdgeUsers } from "../facts/stack/edge-users";
import { placedInStack } from "../facts/stack/placed-in";
import { undeclaredInStackReferences } from "../facts/stack/spanner-configs";
import type { Finding } from "./finding";
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

/** A custom Spanner config (a location input naming a resource) that the stack does not declare. */
function inStackReferenceFindings(resources: readonly PolicyResource[]): Finding[] {
    const out: Finding[] = [];
    undeclaredInStackReferences(resources, (r, ref) => {
        out.push({ urn: r.urn, message: `${subject(r)}: \`${ref.path}\` names a custom Spanner config that is not declared in this stack, so where its replicas are cannot be proven. Rule ${name}. Fix: ${ref.fix ?? "declare it in this stack"}.` });
    });
    return out;
}

/** An IONOS server or volume is where the datacenter its `datacenterId` names is. */
function placedInStackFindings(resources: readonly PolicyResource[], allowed: ReadonlySet<string>): Finding[] {
    const out: Finding[] = [];
    const report = (message: string, urn: string) => out.push({ urn, message });
    placedInStack(resources, ({ resource: r, input, placedIn, parents }) => {
        if (parents.length === 0) {
            report(`${subject(r)}: its \`${input}\` does not name a ${placedIn.type} declared in this stack, so where it is cannot be proven. Rule ${name}. Fix: ${placedIn.fix}.`, r.urn);
            return;
        }
        for (const parent of parents) {
            const refs = factsOf({ type: parent.type, name: parent.name, urn: parent.urn, props: parent.props, provider: parent.provider }).locations;
            if (refs.length === 0) {
                report(`${subject(r)}: its \`${input}\` names ${subject(parent)}, which has no provable \`location\`. Rule ${name}. Fix: set \`location\` on ${subject(parent)} to an allowed location.`, r.urn);
            }
            for (const ref of refs) {
                if (isAllowedPlace(ref.place, allowed)) continue;
                const via = { ...ref, note: `\`${input}\` (the \`${ref.path}\` of ${subject(parent)})` };
                report(locationViolation(name, r, via, allowed, "its location from", `move it to a ${placedIn.type} in an allowed location`), r.urn);
            }
        }
    });
    return out;
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
            () => { for (const f of inStackReferenceFindings(args.resources)) report(f.message, f.urn); },
            // An IONOS server or volume is where the datacenter its `datacenterId` names is.
            () => { for (const f of placedInStackFindings(args.resources, allowedLocations(args.getConfig<LocationConfig>()))) report(f.message, f.urn); },
        ];
        forEachKnown(parts, (part) => part());
    }),
};
