// AWS Cloud Control (@pulumi/aws-native) modules of global services: their resources are not held in
// the provider's region (the provider's region only routes the API call), so they carry no location,
// as the regionless @pulumi/aws types of the same services do (data/generated/aws-regionless-types.ts).
// Every other aws-native module is regional and located by its provider's `region`.
// Written by hand from the modules of @pulumi/aws-native 1.79 and the services' own pages; not generated.
// Verified 2026-12-03 through the search tool: Global Accelerator ("a global service", its page below);
// IAM, CloudFront, Route 53, Global Accelerator, Network Manager and Shield as the global services that
// AWS's own region-deny example exempts (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_deny-requested-region.html,
// seen quoted on re:Post). Not verified on a fetched page: Organizations, Route 53 recovery services,
// Budgets and Cost Explorer (their @pulumi/aws types are regionless in the generated list).
export const awsNativeGlobalModules: Readonly<Record<string, string>> = Object.freeze(Object.assign(Object.create(null) as Record<string, string>, {
    iam: "https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html", // "IAM is a global service"
    cloudfront: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Introduction.html",
    route53: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/Welcome.html",
    route53recoverycontrol: "https://docs.aws.amazon.com/r53recovery/latest/dg/what-is-route53-recovery.html",
    route53recoveryreadiness: "https://docs.aws.amazon.com/r53recovery/latest/dg/what-is-route53-recovery.html",
    organizations: "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html",
    globalaccelerator: "https://docs.aws.amazon.com/global-accelerator/latest/dg/what-is-global-accelerator.html",
    networkmanager: "https://docs.aws.amazon.com/network-manager/latest/cloudwan/what-is-cloudwan.html",
    shield: "https://docs.aws.amazon.com/waf/latest/developerguide/shield-chapter.html",
    budgets: "https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-managing-costs.html",
    ce: "https://docs.aws.amazon.com/cost-management/latest/userguide/ce-what-is.html",
}));
