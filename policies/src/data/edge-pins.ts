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
    "aws:cloudfront/multitenantDistribution:MultitenantDistribution": {
        service: "CloudFront",
        reach: "caches content and terminates TLS at edge locations worldwide for each of its tenants",
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
const wafTypes = [
    "aws:wafv2/webAcl:WebAcl", "aws:wafv2/ruleGroup:RuleGroup", "aws:wafv2/ipSet:IpSet", "aws:wafv2/regexPatternSet:RegexPatternSet",
    // The same resources through AWS Cloud Control (@pulumi/aws-native), with the same `scope` input.
    "aws-native:wafv2:WebAcl", "aws-native:wafv2:RuleGroup", "aws-native:wafv2:IpSet", "aws-native:wafv2:RegexPatternSet",
];
const acmForCloudFront: EdgePin = {
    service: "CloudFront",
    why: "CloudFront accepts ACM certificates only from us-east-1",
    source: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-and-https-requirements.html",
};

export const edgePins: Readonly<Record<string, EdgePin>> = {
    "aws:acm/certificate:Certificate": acmForCloudFront,
    "aws-native:certificatemanager:Certificate": acmForCloudFront,
    // WAF resources of scope CLOUDFRONT, one row each.
    ...Object.fromEntries(wafTypes.map((t) => [t, wafCloudFront])),
};

/**
 * Types that create nothing in any region: a certificate validation only waits until its
 * certificate is issued, so it holds no data and has no location of its own.
 * Source: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate_validation
 */
export const createsNothing: ReadonlySet<string> = new Set(["aws:acm/certificateValidation:CertificateValidation"]);

/** A resource that refers to a pinned one: where its references (ARNs) are, and which props' dependencies name it. */
export interface EdgeUser {
    readonly type: string;
    readonly arns: readonly string[];
    readonly dependsOn: readonly string[];
}

export interface UsePin {
    readonly service: string;
    readonly why: string;
    readonly source: string;
    readonly users: readonly EdgeUser[];
}

const lambdaAssociations = "lambdaFunctionAssociations[].lambdaArn";

/**
 * Types that AWS pins to us-east-1 only when an edge service uses them, so the stack decides: a
 * Lambda function there is Lambda@Edge when a CloudFront distribution of the stack associates it
 * (by ARN or property dependency); otherwise it is an ordinary function in the wrong region.
 */
export const usePins: Readonly<Record<string, UsePin>> = {
    "aws:lambda/function:Function": {
        service: "Lambda@Edge",
        why: "Lambda@Edge functions are created in US East (N. Virginia) only, and CloudFront runs them at edge locations worldwide",
        source: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-the-edge.html",
        users: [
            {
                type: "aws:cloudfront/distribution:Distribution",
                arns: [`defaultCacheBehavior.${lambdaAssociations}`, `orderedCacheBehaviors[].${lambdaAssociations}`],
                dependsOn: ["defaultCacheBehavior", "orderedCacheBehaviors"],
            },
            {
                type: "aws:cloudfront/multitenantDistribution:MultitenantDistribution",
                arns: [`defaultCacheBehavior.${lambdaAssociations}`, `cacheBehaviors[].${lambdaAssociations}`],
                dependsOn: ["defaultCacheBehavior", "cacheBehaviors"],
            },
        ],
    },
};
