// PLACEHOLDER until `npm run gen:catalog` writes the generated list.
export const gcpProviderDefaulted: Readonly<Record<string, "region" | "zone" | "location">> = {
    "gcp:compute/subnetwork:Subnetwork": "region",
    "gcp:compute/instance:Instance": "zone",
};
