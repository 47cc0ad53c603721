// global-edge-services: a global edge service (CloudFront) caches content and terminates TLS at
// edge locations worldwide, outside any allow-list. That is the user's real choice, so it is
// reported here (advisory by default, mandatory under the sovereign preset); the resources AWS pins
// to us-east-1 for it (ACM certificate, WAF of scope CLOUDFRONT) are not reported on their own.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { factsOf } from "../facts";
import { guardResource } from "./guard";
import { subject } from "./message";
import { docUrl, gdprTransfers } from "./metadata";

const name = "global-edge-services";

export const globalEdgeServices: ResourceValidationPolicy = {
    name,
    description: "Global edge services (CloudFront) serve content from edge locations worldwide; resources AWS pins to us-east-1 for them are reported here, never as misplaced.",
    enforcementLevel: "advisory",
    severity: "medium",
    framework: gdprTransfers,
    tags: ["residency", "gdpr", "edge"],
    url: docUrl(name),
    remediationSteps: "Serve the content without a global edge service (e.g. from an EU load balancer or bucket), or record an exemption for the distribution if caching outside the EU is accepted. Do not move its us-east-1 certificate or WAF: AWS requires them there.",
    validateResource: guardResource(name, (args, report) => {
        const facts = factsOf({ type: args.type, name: args.name, urn: args.urn, props: args.props, provider: args.provider });
        if (facts.edge === undefined) return;
        report(`${subject(args)}: ${facts.edge.service} ${facts.edge.reach}, outside the allowed locations ` +
            `(its certificate and WAF in us-east-1 are pinned there by AWS and not reported on their own). Rule ${name}. ` +
            "Fix: serve the content without a global edge service (e.g. from an EU load balancer or bucket), or exempt this resource if edge caching outside the EU is accepted.");
    }),
};
