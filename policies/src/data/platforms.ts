// Data platforms whose region is a property of their own, in a vocabulary of their own that names a
// region of AWS, Azure or Google Cloud (MongoDB Atlas EU_WEST_1, Aiven google-europe-west1). They have
// no region table: each value is mapped onto the big three's (data/platform-vocabularies.ts).

export const PLATFORM_IDS = ["mongodbatlas", "confluentcloud", "aiven", "ec", "snowflake"] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

/** Names for messages. */
export const platformNames: Readonly<Record<PlatformId, string>> = {
    mongodbatlas: "MongoDB Atlas",
    confluentcloud: "Confluent Cloud",
    aiven: "Aiven",
    ec: "Elastic Cloud",
    snowflake: "Snowflake",
};

/** The platform of a type-token package (the package name is the platform id), or undefined. */
export function platformOfPackage(pkg: string): PlatformId | undefined {
    return (PLATFORM_IDS as readonly string[]).includes(pkg) ? (pkg as PlatformId) : undefined;
}
