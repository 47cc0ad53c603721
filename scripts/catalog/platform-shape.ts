// The inputs of a data platform's SDK that carry a region vocabulary of its own (Atlas `regionName`,
// Aiven `cloudName`, R2 `jurisdiction`) and those that name a customer key, at any depth up to
// NESTED_DEPTH below a top-level input. Candidates by name, filtered by the reviewed rules of
// platform-rules.ts; which of them the adapters read is held by test/policies/facts/adapters/platforms/platform-inputs.test.ts.
import { canHoldLocation, containerSuffix, hopsOf, isLocationName, NESTED_DEPTH, nameWords } from "./location-props";
import type { PackageTypings, PropInfo, TypeShape } from "./model";
import { compareStrings } from "./model";
import type { PlatformRules, PlatformSdkId } from "./platform-rules";
import { setAsideName } from "./platform-rules";

export interface PlatformShape {
    readonly id: PlatformSdkId;
    readonly packageName: string;
    readonly version: string;
    readonly types: number;
    /** Per type: region-vocabulary input paths (lists `[]`, maps `[key]`), sorted. */
    readonly region: ReadonlyMap<string, readonly string[]>;
    /** Per type: key-reference input paths, sorted. */
    readonly keys: ReadonlyMap<string, readonly string[]>;
    /** How many candidates each name rule set aside (a Cloudflare `zoneId` is a DNS zone). */
    readonly setAside: ReadonlyMap<string, number>;
    /** The provider's own inputs of a region vocabulary (`datadog:apiUrl` is read as the site). */
    readonly providerInputs: readonly string[];
    /** Read from a committed schema extract (the registry serves no SDK): its path and the schema's commit. */
    readonly vendored?: { readonly path: string; readonly commit: string };
}

/** Names beside the location words that carry a platform's region vocabulary. */
const VOCABULARY_NAMES: ReadonlySet<string> = new Set(["cloudName", "jurisdiction"]);

export function isVocabularyName(name: string): boolean {
    return VOCABULARY_NAMES.has(name) || isLocationName(name);
}

const KEY_TAIL = new Set(["arn", "id", "identifier", "path", "uri", "url"]);
/** Credentials and other keys that are not an encryption key (an API key's id, an access key id). */
const NOT_AN_ENCRYPTION_KEY = /(?:api|app|access|private|ssh|service|account|signing|public)Key/i;

/**
 * A key reference: a `kms` name (`kmsKeyId`, `ssekmsKeyId`), a key id/ARN/identifier/path (Elastic's
 * `encryptionKeyPath`, a KMS key ARN), an encryption key,
 * Atlas's `customerMasterKeyId` and `keyVersionResourceId`, or the `id` of a Confluent `byokKey`.
 */
export function isKeyRefName(prop: PropInfo, parent: string | undefined): boolean {
    if (NOT_AN_ENCRYPTION_KEY.test(prop.name)) return false;
    if (prop.name === "id") return parent !== undefined && /byok/i.test(parent);
    const words = nameWords(prop.name);
    const last = words[words.length - 1] ?? "";
    if (words.includes("kms") && words.length > 1 && (words.includes("key") || KEY_TAIL.has(last))) return true;
    if (words.includes("encryption") && last === "key") return true;
    return (words.includes("key") && KEY_TAIL.has(last)) || prop.name === "keyVersionResourceId" || prop.name === "customerMasterKeyId";
}

function isStringish(shape: TypeShape): boolean {
    switch (shape.kind) {
        case "primitive": return shape.text === "string" || shape.text === "enum" || shape.text === "any";
        case "array": return isStringish(shape.element);
        case "map": return isStringish(shape.value);
        case "union": return shape.members.some(isStringish);
        default: return false;
    }
}

/** Every string-valued input path (to NESTED_DEPTH levels below the top) whose last name passes `test`. */
function pathsWhere(args: readonly PropInfo[], inputTypes: ReadonlyMap<string, readonly PropInfo[]>, test: (p: PropInfo, parent: string | undefined) => boolean): string[] {
    const found = new Set<string>();
    const walk = (prefix: string, parent: string | undefined, props: readonly PropInfo[], depth: number): void => {
        for (const prop of props) {
            const path = prefix === "" ? prop.name : `${prefix}.${prop.name}`;
            if (isStringish(prop.type) && test(prop, parent)) found.add(path + containerSuffix(prop.type));
            if (depth < NESTED_DEPTH) for (const hop of hopsOf(prop.type, inputTypes)) walk(path + hop.suffix, prop.name, hop.props, depth + 1);
        }
    };
    walk("", undefined, args, 0);
    return [...found].sort(compareStrings);
}

export function buildPlatformShape(rules: PlatformRules, typings: PackageTypings<PlatformSdkId>): PlatformShape {
    const region = new Map<string, readonly string[]>();
    const keys = new Map<string, readonly string[]>();
    const setAside = new Map<string, number>();
    for (const r of typings.resources) {
        const regionPaths = pathsWhere(r.args, typings.inputTypes, (p) => {
            if (!isVocabularyName(p.name) || !canHoldLocation(p.type)) return false;
            const why = setAsideName(rules, p.name);
            if (why !== undefined) setAside.set(why, (setAside.get(why) ?? 0) + 1);
            return why === undefined;
        });
        if (regionPaths.length > 0) region.set(r.token, regionPaths);
        const keyPaths = pathsWhere(r.args, typings.inputTypes, isKeyRefName);
        if (keyPaths.length > 0) keys.set(r.token, keyPaths);
    }
    return {
        id: rules.id,
        packageName: typings.packageName,
        version: typings.version,
        types: typings.resources.length,
        region,
        keys,
        setAside,
        providerInputs: typings.providerArgs.map((a) => a.name).filter((n) => isVocabularyName(n) || rules.providerInputs.includes(n)).sort(compareStrings),
    };
}
