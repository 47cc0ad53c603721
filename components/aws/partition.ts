// The AWS partition of a region, for ARNs the components write themselves (managed policy ARNs,
// key policy conditions). The AWS European Sovereign Cloud is its own partition, `aws-eusc`
// (https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html names partitions;
// the `aws-eusc` name NOT verified with the search tool).
export function partitionOf(region: string): string {
    return region.startsWith("eusc-") ? "aws-eusc" : "aws";
}
