// global-edge-services: a global edge service (CloudFront) caches content and terminates TLS at
// edge locations worldwide, outside any allow-list. That is the user's real choice, so it is
// reported here (advisory by default, mandatory under the sovereign preset); the resources AWS pins
// to us-east-1 for it (ACM certificate, WAF of scope CLOUDFRONT) are not reported on their own. A
// Lambda@Edge function (a us-east-1 function a distribution of the stack associates) is reported here.
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { usePins } from "../data/edge-pins";
import { factsOf } from "../facts";
import { EdgeUsers } from "../facts/stack/edge-users";
import { forEachKnown, guardResource, guardStack } from "./guard";
import { subject } from "./message";
import { docUrl, gdprTransfers } from "./metadata";

const name = "global-edge-services";

export const globalEdgeServices: ResourceValidationPolicy & StackValidationPolicy = {
    name,
    description: "Global edge services (CloudFront, Lambda@Edge) serve content from edge locations worldwide; resources AWS pins to us-east-1 for them are reported here, never as misplaced.",
    enforcementLevel: "advisory",
    severity: "medium",
    framework: gdprTransfers,
    tags: ["residency", "gdpr", "edge"],
    url: docUrl(name),
    remediationSteps: "Serve the content without a global edge service (e.g. from an EU load balancer or bucket), or record an exemption for the distribution if caching outside the EU is accepted. Do not move its us-east-1 certificate, WAF or Lambda@Edge functions: AWS requires them there.",
    validateResource: guardResource(name, (args, report) => {
        const facts = factsOf({ type: args.type, name: args.name, urn: args.urn, props: args.props, provider: args.provider });
        if (facts.edge === undefined) return;
        report(`${subject(args)}: ${facts.edge.service} ${facts.edge.reach}, outside the allowed locations ` +
            `(its certificate and WAF in us-east-1 are pinned there by AWS and not reported on their own). Rule ${name}. ` +
            "Fix: serve the content without a global edge service (e.g. from an EU load balancer or bucket), or exempt this resource if edge caching outside the EU is accepted.");
    }),
    validateStack: guardStack(name, (args, report) => {
        const candidates = EdgeUsers.candidates(args.resources);
        if (candidates.length === 0) return;
        const users = new EdgeUsers(args.resources);
        forEachKnown(candidates, (fn) => {
            const [user, ...more] = users.usersOf(fn);
            if (user === undefined) return;
            const pin = usePins[fn.type];
            const also = more.length > 0 ? ` (and ${more.length} more)` : "";
            report(`${subject(fn)}: a ${pin.service} function of ${subject(user)}${also}: ${pin.why}, outside the allowed locations ` +
                `(so it is not reported as misplaced by eu-data-residency). Rule ${name}. ` +
                "Fix: run the logic at an EU origin instead of Lambda@Edge, or exempt this function if running it at edge locations outside the EU is accepted.", fn.urn);
        });
    }),
};
