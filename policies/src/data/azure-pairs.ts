// Azure region pairs: geo-redundant storage (GRS, RA-GRS, GZRS, RA-GZRS) copies data to the primary
// region's pair. A region with no pair listed here cannot prove where its secondary copy lives.
// Source: https://learn.microsoft.com/azure/reliability/cross-region-replication-azure

const pairs: ReadonlyArray<readonly [string, string]> = [
    ["westeurope", "northeurope"],
    ["francecentral", "francesouth"],
    ["germanywestcentral", "germanynorth"],
    ["swedencentral", "swedensouth"],
    ["norwayeast", "norwaywest"],
    ["uksouth", "ukwest"],
    ["switzerlandnorth", "switzerlandwest"],
    ["eastus", "westus"],
    ["eastus2", "centralus"],
    ["northcentralus", "southcentralus"],
    ["westus2", "westcentralus"],
    ["canadacentral", "canadaeast"],
    ["brazilsouth", "southcentralus"],
    ["eastasia", "southeastasia"],
    ["japaneast", "japanwest"],
    ["koreacentral", "koreasouth"],
    ["australiaeast", "australiasoutheast"],
    ["centralindia", "southindia"],
    ["southafricanorth", "southafricawest"],
    ["uaenorth", "uaecentral"],
];

const pairOf = new Map<string, string>();
for (const [a, b] of pairs) {
    if (!pairOf.has(a)) pairOf.set(a, b);
    if (!pairOf.has(b)) pairOf.set(b, a);
}
// Brazil South replicates to South Central US, but South Central US pairs with North Central US.
pairOf.set("southcentralus", "northcentralus");

export function azurePairedRegion(location: string): string | undefined {
    return pairOf.get(location);
}
