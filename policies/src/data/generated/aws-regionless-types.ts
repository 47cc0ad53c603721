// PLACEHOLDER until `npm run gen:catalog` writes the generated list.
export const awsRegionlessTypes: ReadonlySet<string> = new Set([
    "aws:iam/role:Role",
    "aws:route53/zone:Zone",
]);
