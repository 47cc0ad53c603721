// Key facts for any resource: pick the key adapter by the type's package. Types no adapter lists
// (and other clouds) yield no protections: they are not judged by the key policies.
import { memoByProps } from "../memo";
import { packageOf } from "../read";
import type { ResourceInput } from "../types";
import { awsKeys } from "./aws";
import { azureKeys } from "./azure";
import { evaluateRows } from "./evaluate";
import { gcpKeys } from "./gcp";
import { isPlatformKeyType, platformKeyFactsOf } from "./platforms";
import type { KeyCloud } from "./table";
import type { KeyFacts } from "./types";

export const keyClouds: readonly KeyCloud[] = [awsKeys, azureKeys, gcpKeys];

const byPackage = new Map<string, KeyCloud>(keyClouds.flatMap((c) => c.packages.map((p) => [p, c] as const)));

export function keyCloudOf(type: string): KeyCloud | undefined {
    return byPackage.get(packageOf(type));
}

function derive(resource: Pick<ResourceInput, "type" | "props">): KeyFacts {
    // Data platforms name keys in the big three's KMSs (facts/keys/platforms.ts).
    if (isPlatformKeyType(resource.type)) return platformKeyFactsOf(resource.type, resource.props);
    const cloud = keyCloudOf(resource.type);
    if (!cloud) return { cloud: undefined, protections: [], pending: [] };
    return evaluateRows(cloud, resource.type, resource.props);
}

/** The key facts of a resource; the same object for every policy of a request (../memo.ts): never change it. */
export const keyFactsOf: (resource: Pick<ResourceInput, "type" | "props">) => KeyFacts = memoByProps(derive, (r) => [r.type]);

export type { KeyFacts, KeyRef, KeyService, KeyTier, PendingProtection, Protection } from "./types";
export type { ResolvedKey } from "./table";
