// AWS global edge services and the resources AWS pins to us-east-1 for them. A pinned resource is
// placed by the platform, not by the user, so residency never asks to move it; the user's real
// choice is the edge service itself, reported by global-edge-services.

/** The region AWS pins edge-serving resources to. */
export const edgePinRegion = "us-east-1";

export interface EdgeService {
    readonly service: string;
    /** What it does outside the allowed locations, for messages. */
    readonly reach: string;
    readonly source: string;
}

/** Types that serve from edge locations worldwide, whatever region their provider names. */
export const edgeServices: Readonly<Record<string, EdgeService>> = {
    "aws:cloudfront/distribution:Distribution": {
        service: "CloudFront",
        reach: "caches content and terminates TLS at edge locations worldwide",
        source: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/HowCloudFrontWorks.html",
    },
    "aws:cloudfront/distributionTenant:DistributionTenant": {
        service: "CloudFront",
        reach: "serves content through a CloudFront distribution's edge locations worldwide",
        source: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-tenants.html",
    },
    "aws:cloudfront/function:Function": {
        service: "CloudFront",
        reach: "runs its code at CloudFront edge locations worldwide",
        source: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-functions.html",
    },
};

export interface EdgePin {
    readonly service: string;
    /** Decided from the resource alone: every prop path must hold one of the values (case-insensitive). */
    readonly when?: Readonly<Record<string, readonly string[]>>;
    readonly why: string;
    readonly source: string;
}

/**
 * Types that, in us-east-1 (and matching `when`), are there because AWS requires it. A certificate
 * holds no customer data, so one in us-east-1 is treated as CloudFront's: if it serves a regional
 * load balancer instead, that load balancer is still checked where it lives.
 */
const wafCloudFront: EdgePin = {
    service: "CloudFront",
    when: { scope: ["CLOUDFRONT"] },
    why: "WAF resources of scope CLOUDFRONT must be created in us-east-1",
    source: "https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html",
};
const wafTypes = ["aws:wafv2/webAcl:WebAcl", "aws:wafv2/ruleGroup:RuleGroup", "aws:wafv2/ipSet:IpSet", "aws:wafv2/regexPatternSet:RegexPatternSet"];

export const edgePins: Readonly<Record<string, EdgePin>> = {
    "aws:acm/certificate:Certificate": {
        service: "CloudFront",
        why: "CloudFront accepts ACM certificates only from us-east-1",
        source: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-and-https-requirements.html",
    },
    // WAF resources of scope CLOUDFRONT, one row each.
    ...Object.fromEntries(wafTypes.map((t) => [t, wafCloudFront])),
};

/**
 * Types that create nothing in any region: a certificate validation only waits until its
 * certificate is issued, so it holds no data and has no location of its own.
 * Source: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate_validation
 */
export const createsNothing: ReadonlySet<string> = new Set(["aws:acm/certificateValidation:CertificateValidation"]);
