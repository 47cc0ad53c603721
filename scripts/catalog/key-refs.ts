// Key references: every resource input (at any depth, in arrays and maps too) that names a key a
// service encrypts data with: an AWS KMS key id/ARN/alias, an Azure Key Vault or Managed HSM key
// (URI, key id, vault URI of a vault-and-key pair) or disk encryption set, a Cloud KMS key name.
// Found by name, or by a key-ish name whose doc says KMS / Key Vault; look-alikes are removed by the
// reviewed deny-list below, each entry with its reason.
import { containerSuffix, hopsOf, nameWords } from "./location-props";
import type { Cloud, PackageTypings, PropInfo, SdkPackage, TypeShape } from "./model";
import { compareStrings, familyOf } from "./model";

/** Deep enough for every reference the typings hold (the deepest seen is 6 levels below a top-level input). */
export const KEY_REF_DEPTH = 8;

export interface DenyEntry {
    readonly clouds?: readonly Cloud[];
    /** Matched against the type token. */
    readonly token?: RegExp;
    /** Matched against the full path (`a.b[].c`). */
    readonly path?: RegExp;
    readonly reason: string;
}

/** The reviewed deny-list: candidates that look like key references and are not. */
export const KEY_REF_DENY: readonly DenyEntry[] = [
    { path: /(?:^|\.)[\w]*(?:[sS]erviceAccount|[eE]mail)[\w]*(?:\[\])?$/, reason: "a service account (email) that calls KMS, not the key" },
    { path: /(?:^|\.)\w*(?:[sS]ecret|[cC]ertificate|[cC]ert(?=[A-Z]|$|\.)|[pP]assword|[cC]redential|[aA]ccountKey)/, reason: "a Key Vault secret, certificate or credential reference, not a key" },
    { path: /[pP]rivateEndpoint\w*(?:\[\])?$/, reason: "a private endpoint to the vault, not a key" },
    { clouds: ["azure-native"], path: /(?:^|\.)keyName(?:\[\])?$/, reason: "the key's name inside the vault its sibling vault URI names: that URI is catalogued, the vault decides the location" },
    { path: /[vV]ersion[\w]*(?:\[\])?$/, reason: "a key version (metadata the service reports, or a signing-key version), not the key that protects data" },
    { path: /(?:^|\.)(?:[\w]*[sS]tate|[\w]*[sS]tatus)(?:\[\])?$/, reason: "the key's state as the service reports it" },
    { clouds: ["gcp"], path: /(?:^|\.)(?:rsaEncryptedKey|rawKey)$/, reason: "customer-supplied key material (CSEK), judged as such by the key rows and never echoed" },
    { clouds: ["gcp"], path: /(?:^|\.)kmsProjectId$|^cloudKmsConfig\.key$/, reason: "a project id or a key's short name; the key's location is a sibling input (`cloudKmsConfig.kmsLocation`)" },
    { clouds: ["aws"], token: /^aws:route53\/keySigningKey:|^aws-native:route53:KeySigningKey$/, reason: "a DNSSEC signing key, which Route 53 requires in us-east-1 (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-configuring-dnssec-cmk-requirements.html); it protects no data" },
    { clouds: ["aws"], path: /^kmsKeyProviderUri$/, reason: "the Hadoop KMS of an HDFS cluster DataSync reads from, not an AWS key" },
    { clouds: ["azure-native"], path: /autoKeyConfigUrl$/, reason: "a diagnostics sink's key configuration URL, not a key" },
    { clouds: ["azure-native"], path: /ApplicationId$/, reason: "the Entra application (identity) that reads a key across tenants, not the key" },
    { clouds: ["gcp"], path: /\.metadataOptions\.kmsKey$/, reason: "a Storage Transfer option saying how objects' keys are preserved (KMS_KEY_DESTINATION_BUCKET_DEFAULT / KMS_KEY_PRESERVE), not a key" },
    { clouds: ["aws", "gcp"], token: /^(?:aws|gcp):kms\/|^aws-native:kms:/, reason: "the key resources themselves (aliases, grants, IAM bindings): eu-data-residency and eu-cross-border-replication judge them" },
    { clouds: ["azure-native"], token: /^azure-native:keyvault:|^azure-native:compute:DiskEncryptionSet$|^azure:keyvault\/|^azure:compute\/diskEncryptionSet:/, reason: "the key holders themselves (vaults, HSMs, disk encryption sets): eu-data-residency judges them, their consumers are resolved through them" },
    { clouds: ["azure-native"], token: /^azure-native:awsconnector:/, reason: "an Azure inventory record of an AWS resource: it configures nothing in AWS" },
];

/** Types whose values can hold a key reference: strings, lists of strings, maps of strings. */
function isStringish(shape: TypeShape): boolean {
    switch (shape.kind) {
        case "primitive": return shape.text === "string" || shape.text === "any";
        case "array": return isStringish(shape.element);
        case "map": return isStringish(shape.value);
        case "union": return shape.members.some(isStringish);
        default: return false;
    }
}

const KEYISH_TAIL = new Set(["key", "keys", "id", "ids", "arn", "arns", "name", "names", "link", "identifier", "uri", "url"]);
/** Doc text that says the value is a key in a KMS. */
const KMS_DOC = /\b(?:AWS KMS|KMS key|KMS CMK|Key Management Service|Cloud KMS|CryptoKey|Key ?Vault key|key vault key|Managed HSM key|KMS customer master key|CMK|customer[- ]managed (?:encryption )?key|CMEK)\b/i;

const AWS_ENCRYPTION_KEY_DOC = /\b(?:the|EBS) encryption key\b|CUSTOMER_MANAGED_CMK/;

/** The segments above an Azure vault reference that make it an encryption key's vault. */
const ENCRYPTION_CONTEXT = /encryption|cmk|keyVaultProperties|keyVaultMetaInfo|kms/i;
const AZURE_KEY_DOC = /\b(?:workspace|encryption|customer[- ]managed) key\b|\bCMK\b/i;

/**
 * Why a leaf input names a key, or undefined. `parent` is the name of the property holding it
 * (for `diskEncryptionSet.id`).
 */
export function keyRefReason(pkg: SdkPackage, prop: PropInfo, parent: string | undefined, path = prop.name): "name" | "doc" | undefined {
    if (!isStringish(prop.type)) return undefined;
    // AWS Cloud Control and classic Azure name keys as @pulumi/aws and azure-native do.
    const cloud = familyOf(pkg);
    const words = nameWords(prop.name);
    const last = words[words.length - 1] ?? "";
    const has = (w: string) => words.includes(w);
    if (cloud === "azure-native") {
        if (prop.name === "id" && parent !== undefined && /diskEncryptionSet$/i.test(parent)) return "name";
        if (has("disk") && has("encryption") && has("set") && (last === "id" || last === "ids")) return "name";
        // SQL TDE protector: a server key named <vault>_<key>_<version>.
        if (prop.name === "serverKeyName") return "name";
        // A key ("key" other than in "keyVault"): keyUrl, keyUri, keyVaultKeyUri, primaryKeyURI, keyEncryptionKeyUrl.
        const keyWord = words.some((w, i) => w === "key" && words[i + 1] !== "vault");
        if (keyWord && ["url", "uri"].includes(last)) return "name";
        if (keyWord && has("vault") && ["id", "identifier"].includes(last)) return "name";
        // A vault (of a vault-and-key pair): only where the path or doc is about encryption, since
        // vaults also hold the secrets and certificates many services read.
        if (has("vault") && ["uri", "url", "id", "identifier"].includes(last)) {
            return ENCRYPTION_CONTEXT.test(path.slice(0, path.length - prop.name.length)) || AZURE_KEY_DOC.test(prop.doc) ? "name" : undefined;
        }
    } else {
        if (has("kms") && KEYISH_TAIL.has(last)) return "name";
        if (cloud === "gcp" && has("crypto") && has("key") && ["key", "name", "id"].includes(last)) return "name";
        // GKE's `databaseEncryption.keyName`.
        if (cloud === "gcp" && prop.name === "keyName" && parent !== undefined && /encryption/i.test(parent)) return "name";
    }
    if ((has("key") || has("encryption") || has("cmk")) && KEYISH_TAIL.has(last) && KMS_DOC.test(prop.doc)) return "doc";
    // AWS: an encryption key named by ARN is a KMS key (Firehose `serverSideEncryption.keyArn`, DRS `ebsEncryptionKeyArn`).
    if (cloud === "aws" && has("key") && last === "arn" && AWS_ENCRYPTION_KEY_DOC.test(prop.doc)) return "doc";
    return undefined;
}

export function denyReason(pkg: SdkPackage, token: string, path: string): string | undefined {
    const cloud = familyOf(pkg);
    for (const d of KEY_REF_DENY) {
        if (d.clouds && !d.clouds.includes(cloud)) continue;
        if (d.token && !d.token.test(token)) continue;
        if (d.path && !d.path.test(path)) continue;
        return d.reason;
    }
    return undefined;
}

export interface KeyRefsOfType {
    readonly found: readonly string[];
    readonly denied: readonly { readonly path: string; readonly reason: string }[];
    readonly byDoc: readonly string[];
}

/** The key-reference paths of one resource type's inputs, sorted and unique. */
export function keyRefPathsOf(cloud: SdkPackage, token: string, args: readonly PropInfo[], inputTypes: ReadonlyMap<string, readonly PropInfo[]>): KeyRefsOfType {
    const found = new Set<string>();
    const byDoc = new Set<string>();
    const denied = new Map<string, string>();
    const walk = (prefix: string, props: readonly PropInfo[], depth: number, parent: string | undefined, seen: ReadonlySet<string>): void => {
        for (const prop of props) {
            const path = prefix === "" ? prop.name : `${prefix}.${prop.name}`;
            const why = keyRefReason(cloud, prop, parent, path);
            if (why !== undefined) {
                const shown = path + containerSuffix(prop.type);
                const deny = denyReason(cloud, token, shown);
                if (deny !== undefined) denied.set(shown, deny);
                else {
                    found.add(shown);
                    if (why === "doc") byDoc.add(shown);
                }
            }
            if (depth >= KEY_REF_DEPTH) continue;
            for (const hop of hopsOf(prop.type, inputTypes)) {
                // A recursive input type (JSON schemas, query trees) is not followed into itself.
                const via = hop.via[0];
                if (via !== undefined && seen.has(via)) continue;
                walk(path + hop.suffix, hop.props, depth + 1, prop.name, via !== undefined ? new Set([...seen, via]) : seen);
            }
        }
    };
    walk("", args, 1, undefined, new Set());
    const sorted = (s: Iterable<string>) => [...s].sort(compareStrings);
    return {
        found: sorted(found),
        denied: sorted(denied.keys()).map((path) => ({ path, reason: denied.get(path) ?? "" })),
        byDoc: sorted(byDoc),
    };
}

export interface KeyRefCatalogue {
    readonly cloud: SdkPackage;
    /** Type token -> key-reference paths (types with none are left out), sorted by token. */
    readonly types: ReadonlyMap<string, readonly string[]>;
    readonly found: number;
    readonly denied: number;
    /** Denied candidates by reason, with how many. */
    readonly deniedByReason: ReadonlyMap<string, number>;
    /** Found through their doc text rather than their name. */
    readonly byDoc: number;
}

export function keyRefCatalogue(typings: PackageTypings): KeyRefCatalogue {
    const types = new Map<string, readonly string[]>();
    const deniedByReason = new Map<string, number>();
    let found = 0;
    let denied = 0;
    let byDoc = 0;
    for (const r of typings.resources) {
        const refs = keyRefPathsOf(typings.cloud, r.token, r.args, typings.inputTypes);
        if (refs.found.length > 0) types.set(r.token, refs.found);
        found += refs.found.length;
        denied += refs.denied.length;
        byDoc += refs.byDoc.length;
        for (const d of refs.denied) deniedByReason.set(d.reason, (deniedByReason.get(d.reason) ?? 0) + 1);
    }
    return { cloud: typings.cloud, types, found, denied, deniedByReason, byDoc };
}

const GENERATED_BY = "GENERATED by `npm run gen:catalog` (scripts/gen-catalog.ts). Do not edit by hand.";

/** `policies/src/data/generated/key-refs.ts`: type token -> key-reference paths, one line per type. */
export function renderKeyRefs(catalogues: readonly KeyRefCatalogue[], versions: ReadonlyMap<SdkPackage, string>): string {
    const entries = catalogues.flatMap((c) => [...c.types.entries()]).sort((a, b) => compareStrings(a[0], b[0]));
    const lines = [
        `// ${GENERATED_BY}`,
        `// Source: ${catalogues.map((c) => `@pulumi/${c.cloud} ${versions.get(c.cloud) ?? "?"}`).join(", ")}: each resource's \`<Class>Args\``,
        "// and types/input.d.ts, walked to any depth. A path names an input that holds a key reference (an AWS",
        "// KMS key id/ARN/alias, an Azure Key Vault or Managed HSM key URI, vault or disk encryption set id, a",
        "// Cloud KMS key name); `[]` fans out over a list, `[key]` over a map's values. How they are found and",
        "// the reviewed deny-list of look-alikes: scripts/catalog/key-refs.ts; counts: docs/provider-shape.md.",
        `// ${catalogues.map((c) => `${c.cloud} ${c.found} paths in ${c.types.size} types (${c.denied} denied)`).join("; ")}.`,
        "//",
        "// A null-prototype object: an odd key (`constructor`) gives undefined.",
        "export const keyRefPaths: Readonly<Record<string, readonly string[]>> = Object.freeze(Object.assign(Object.create(null) as Record<string, readonly string[]>, {",
        ...entries.map(([t, paths]) => `    ${JSON.stringify(t)}: ${JSON.stringify(paths)},`),
        "}));",
        "",
        "/** Where {@link keyRefPaths} was read from. */",
        "export const keyRefSource = {",
        ...catalogues.map((c) => `    ${JSON.stringify(c.cloud)}: { version: ${JSON.stringify(versions.get(c.cloud) ?? "")}, types: ${c.types.size}, found: ${c.found}, denied: ${c.denied} },`),
        "} as const;",
        "",
    ];
    return lines.join("\n");
}

/** The docs/provider-shape.md section. */
export function renderKeyRefsMd(catalogues: readonly KeyRefCatalogue[]): string[] {
    const reasons = [...new Set(catalogues.flatMap((c) => [...c.deniedByReason.keys()]))].sort(compareStrings);
    const row = (label: string, f: (c: KeyRefCatalogue) => number | string) => `| ${label} | ${catalogues.map((c) => String(f(c))).join(" | ")} |`;
    const esc = (s: string) => s.replace(/\|/g, "\\|");
    return [
        "## Key references",
        "",
        "Inputs, at any depth, that name the key a service encrypts data with (`policies/src/data/generated/key-refs.ts`,",
        "read by `eu-key-location`): found by name (`kmsKeyId`, `kmsKeyArn`, `kmsKeyName(s)`, `keyVaultKeyUri`, `keyUrl`,",
        "`diskEncryptionSetId`, `diskEncryptionSet.id`, a vault URI or id under an encryption block, ...) or by a key-ish name whose",
        "doc says KMS / Key Vault, then filtered by the reviewed deny-list in `scripts/catalog/key-refs.ts`.",
        "",
        `|  | ${catalogues.map((c) => c.cloud).join(" | ")} |`,
        `| --- | ${catalogues.map(() => "---").join(" | ")} |`,
        row("key-reference inputs found", (c) => c.found),
        row("resource types with one", (c) => c.types.size),
        row("found through their doc text", (c) => c.byDoc),
        row("look-alikes denied", (c) => c.denied),
        ...reasons.map((r) => row(`denied: ${esc(r)}`, (c) => c.deniedByReason.get(r) ?? 0)),
        "",
    ];
}
