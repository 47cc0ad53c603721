// Actions of AWS global services, exempted from the region deny through `NotAction`: their requests
// go to a single endpoint (mostly us-east-1), so denying outside the allowed regions would break them.
// Modelled on AWS Control Tower's Region deny control (SCP "GRREGIONDENY"):
// https://docs.aws.amazon.com/controltower/latest/userguide/primary-region-deny-policy.html
// and the IAM example https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_deny-requested-region.html.
// Verified with the search tool (the head of Control Tower's list and the IAM page): a4b through
// compute-optimizer below, plus cloudfront, iam, organizations, route53, support, budgets,
// globalaccelerator, importexport, waf, devicefarm. The rest follow Control Tower's published list as
// of writing and were NOT verified in full: compare with the page above and extend with `exemptActions`.
export const globalServiceActions: readonly string[] = [
    // Verified (Control Tower list head).
    "a4b:*", "access-analyzer:*", "account:*", "acm:*", "activate:*", "artifact:*",
    "aws-marketplace-management:*", "aws-marketplace:*", "aws-portal:*", "billing:*", "billingconductor:*",
    "budgets:*", "ce:*", "chatbot:*", "chime:*", "cloudfront:*", "cloudtrail:LookupEvents", "compute-optimizer:*",
    // Verified (IAM example): the global services it names.
    "devicefarm:*", "globalaccelerator:*", "iam:*", "importexport:*", "organizations:*", "route53:*", "support:*", "waf:*",
    // NOT verified with the search tool.
    "config:*", "cur:*", "directconnect:*", "ec2:DescribeRegions", "ec2:DescribeTransitGateways", "ec2:DescribeVpnGateways",
    "ecr-public:*", "fms:*", "health:*", "iq:*", "license-manager:ListReceivedLicenses", "networkmanager:*",
    "notifications:*", "pricing:*", "route53-recovery-cluster:*", "route53-recovery-control-config:*",
    "route53-recovery-readiness:*", "route53domains:*", "s3:GetAccountPublic*", "s3:ListAllMyBuckets",
    "s3:ListMultiRegionAccessPoints", "s3:PutAccountPublic*", "savingsplans:*", "shield:*", "sso:*", "sts:*",
    "supportapp:*", "supportplans:*", "sustainability:*", "tag:GetResources", "tax:*",
    "trustedadvisor:*", "vendor-insights:ListEntitledSecurityProfiles", "waf-regional:*", "wafv2:*", "wellarchitected:*",
];
