// Verification of ../shared/domain/sovereignty-facts.md against the installed typings: every type
// token and property path it names, and its counts. Tokens written in full (`aws:...:X.path`) are
// found automatically; paths written apart from their token are listed in CONTEXT_CLAIMS with the
// text they are read from, so a change to the facts file shows up as a stale claim.
import type { PathLookup } from "./location-props";
import { lookupPath } from "./location-props";
import type { Cloud, PackageTypings, ResourceTyping } from "./model";
import { compareStrings } from "./model";
import type { CloudShape } from "./shape";
import { thousands } from "./render-modules";

export type Status = "verified" | "different" | "not found" | "stale claim";

export interface Verdict {
    /** Where the claim comes from: `facts L42`, `brief`. */
    readonly origin: string;
    readonly claim: string;
    readonly status: Status;
    /** The value found in the typings (or why it differs). */
    readonly actual: string;
    /** Package and file(s) the answer was read from. */
    readonly source: string;
}

export interface VerificationSection { readonly title: string; readonly verdicts: readonly Verdict[] }

const TOKEN_RE = /^(aws|azure-native|gcp):([\w./-]*):(\w+)/;

/** The 1-based line of the facts file where `quote` starts (line breaks in the file count as spaces), or undefined. */
export function lineOf(facts: string, quote: string): number | undefined {
    const pattern = quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
    const m = new RegExp(pattern).exec(facts);
    return m ? facts.slice(0, m.index).split("\n").length : undefined;
}

/** `facts L<n>` for a quote, `facts (stale)` when the facts file no longer says it. */
export function originOf(facts: string, quote: string): string {
    const line = lineOf(facts, quote);
    return line === undefined ? "facts (stale)" : `facts L${line}`;
}

/** Collapse whitespace (the facts file wraps lines inside backtick spans). */
export function normalise(text: string): string {
    return text.replace(/\s+/g, " ");
}

/** `a{b, c.d}` -> [`a.b`, `a.c.d`]; `{b, c}` -> [`b`, `c`]; values after `:` dropped. */
export function expandPaths(expr: string): string[] {
    const e = expr.replace(/\s+/g, "");
    const m = /^(.*?)\{([^}]*)\}$/.exec(e);
    const strip = (p: string): string => p.replace(/:.*$/, "").replace(/^\./, "");
    if (!m) return e === "" ? [] : [strip(e)];
    const prefix = strip(m[1]);
    return m[2].split(",").filter((p) => p.length > 0).map((p) => (prefix ? `${prefix}.${strip(p)}` : strip(p)));
}

export interface TokenSpan { readonly line: number; readonly span: string; readonly token: string; readonly paths: readonly string[] }

/** Every backtick span of the facts file that starts with a full type token. */
export function extractTokenSpans(text: string): TokenSpan[] {
    const out: TokenSpan[] = [];
    const re = /`([^`]+)`/g;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const span = normalise(m[1]).trim();
        const t = TOKEN_RE.exec(span);
        if (!t) continue;
        const line = text.slice(0, m.index).split("\n").length;
        out.push({ line, span, token: t[0], paths: expandPaths(span.slice(t[0].length)) });
    }
    return out;
}

/** A path the facts file names apart from its token, with the text that says so. */
export interface ContextClaim {
    /** Text that must occur in the facts file (whitespace-normalised). */
    readonly quote: string;
    readonly token: string;
    readonly paths: readonly string[];
    /** Values the last property's doc should mention. */
    readonly docMentions?: readonly string[];
}

export const CONTEXT_CLAIMS: readonly ContextClaim[] = [
    {
        quote: "AWS (provider `region`,",
        token: "pulumi:providers:aws",
        paths: ["region"],
    },
    {
        quote: "provider `region`/`zone`; a zone's region",
        token: "pulumi:providers:gcp",
        paths: ["region", "zone"],
    },
    {
        quote: "`rules[].applyServerSideEncryptionByDefault{sseAlgorithm, kmsMasterKeyId}`",
        token: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
        paths: ["rules[].applyServerSideEncryptionByDefault.sseAlgorithm", "rules[].applyServerSideEncryptionByDefault.kmsMasterKeyId"],
    },
    {
        quote: "`aws:kms/key:Key` has `multiRegion`, `customKeyStoreId`, `enableKeyRotation`, `region`",
        token: "aws:kms/key:Key",
        paths: ["multiRegion", "customKeyStoreId", "enableKeyRotation", "region"],
    },
    {
        quote: "with `customKeyStoreType: \"EXTERNAL_KEY_STORE\"`",
        token: "aws:kms/customKeyStore:CustomKeyStore",
        paths: ["customKeyStoreType"],
        docMentions: ["EXTERNAL_KEY_STORE"],
    },
    {
        quote: "keys via `customKeyStoreId`/`xksKeyId`",
        token: "aws:kms/key:Key",
        paths: ["customKeyStoreId", "xksKeyId"],
    },
    {
        quote: "`gcp:kms/cryptoKey:CryptoKey.versionTemplate.protectionLevel` `EXTERNAL` or `EXTERNAL_VPC`",
        token: "gcp:kms/cryptoKey:CryptoKey",
        paths: ["versionTemplate.protectionLevel"],
        docMentions: ["EXTERNAL", "EXTERNAL_VPC"],
    },
    {
        quote: "Azure storage `sku.name` *GRS/*GZRS",
        token: "azure-native:storage:StorageAccount",
        paths: ["sku.name"],
    },
    {
        quote: "A configurable dual-region lists `customPlacementConfig.dataLocations[]`",
        token: "gcp:storage/bucket:Bucket",
        paths: ["customPlacementConfig.dataLocations[]"],
    },
];

/** Tokens and paths the task brief and issue 2 name (checked too: other engineers copy them). */
export const BRIEF_CLAIMS: readonly { readonly token: string; readonly paths: readonly string[] }[] = [
    { token: "aws:iam/role:Role", paths: [] },
    { token: "aws:route53/zone:Zone", paths: [] },
    { token: "aws:s3/bucket:Bucket", paths: ["region"] },
    { token: "aws:kms/key:Key", paths: ["region"] },
    { token: "aws:kms/replicaKey:ReplicaKey", paths: ["region", "primaryKeyArn"] },
    { token: "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2", paths: [] },
    { token: "aws:s3/bucketReplicationConfig:BucketReplicationConfig", paths: ["rules[].destination.bucket"] },
    { token: "aws:dynamodb/table:Table", paths: ["replicas[].regionName"] },
    { token: "aws:secretsmanager/secret:Secret", paths: ["replicas[].region"] },
    { token: "azure-native:documentdb:DatabaseAccount", paths: ["locations[].locationName"] },
    { token: "azure-native:cosmosdb:DatabaseAccount", paths: ["locations[].locationName"] },
    { token: "gcp:pubsub/topic:Topic", paths: ["messageStoragePolicy.allowedPersistenceRegions"] },
    { token: "gcp:storage/bucket:Bucket", paths: ["customPlacementConfig.dataLocations"] },
    { token: "gcp:secretmanager/secret:Secret", paths: ["replication.auto"] },
];

/** Lookups over the three packages. */
export class TypingsIndex {
    private readonly byToken = new Map<string, { pkg: PackageTypings; resource: ResourceTyping }>();
    private readonly aliasOf = new Map<string, string[]>();
    private readonly byClass = new Map<string, string[]>();

    constructor(readonly packages: ReadonlyMap<Cloud, PackageTypings>) {
        for (const pkg of packages.values()) {
            for (const resource of pkg.resources) {
                this.byToken.set(resource.token, { pkg, resource });
                const cls = resource.token.slice(resource.token.lastIndexOf(":") + 1).toLowerCase();
                this.byClass.set(cls, [...(this.byClass.get(cls) ?? []), resource.token]);
                for (const alias of resource.aliases) this.aliasOf.set(alias, [...(this.aliasOf.get(alias) ?? []), resource.token]);
            }
        }
    }

    get(token: string): { pkg: PackageTypings; resource: ResourceTyping } | undefined {
        return this.byToken.get(token);
    }

    /** Resource types that declare `token` as an alias. */
    canonicalOf(token: string): string[] {
        return [...(this.aliasOf.get(token) ?? [])].sort(compareStrings);
    }

    /** Types of the same cloud with the same class name. */
    sameClassName(token: string): string[] {
        const cls = token.slice(token.lastIndexOf(":") + 1).toLowerCase();
        const cloud = token.slice(0, token.indexOf(":"));
        return (this.byClass.get(cls) ?? []).filter((t) => t.startsWith(`${cloud}:`) && t !== token).sort(compareStrings);
    }

    /** The provider resource of a cloud (`pulumi:providers:aws`). */
    provider(token: string): PackageTypings | undefined {
        const m = /^pulumi:providers:(.+)$/.exec(token);
        return m ? this.packages.get(m[1] as Cloud) : undefined;
    }
}

function pkgLabel(pkg: PackageTypings): string {
    return `${pkg.packageName}@${pkg.version}`;
}

function sourceOf(pkg: PackageTypings, file: string, iface: string, lookup?: PathLookup): string {
    const parts = [`${pkgLabel(pkg)} ${file} (${iface})`];
    if (lookup && lookup.via.length > 0) parts.push(`types/input.d.ts (${lookup.via.join(", ")})`);
    return parts.join("; ");
}

/** Verify a token and its paths. */
export function verifyToken(index: TypingsIndex, origin: string, token: string, paths: readonly string[], docMentions: readonly string[] = []): Verdict[] {
    const provider = index.provider(token);
    if (provider) {
        return paths.map((path) => {
            const lookup = lookupPath(provider.providerArgs, path, provider);
            return {
                origin,
                claim: `${token}.${path}`,
                status: lookup.status,
                actual: lookup.status === "verified" ? "input of the provider resource" : lookup.note ?? "",
                source: `${pkgLabel(provider)} provider.d.ts (ProviderArgs)`,
            };
        });
    }
    const hit = index.get(token);
    const canonical = index.canonicalOf(token);
    let target = hit;
    const tokenVerdict: Verdict[] = [];
    if (!hit) {
        const resolved = canonical.length > 0 ? index.get(canonical[0]) : undefined;
        const similar = index.sameClassName(token);
        const cloud = token.slice(0, token.indexOf(":")) as Cloud;
        const pkg = index.packages.get(cloud);
        tokenVerdict.push({
            origin,
            claim: token,
            status: canonical.length > 0 || similar.length > 0 ? "different" : "not found",
            actual: canonical.length > 0
                ? `no class registers this token; it is only an alias declared by ${canonical.map((c) => `\`${c}\``).join(", ")} (use that token)`
                : similar.length > 0 ? `no such type; same class name: ${similar.slice(0, 4).map((c) => `\`${c}\``).join(", ")}` : "no such type",
            source: resolved ? `${pkgLabel(resolved.pkg)} ${resolved.resource.file.replace(/\.d\.ts$/, ".js")} (aliases)` : pkg ? `${pkgLabel(pkg)} (all resource .js files)` : "",
        });
        target = resolved;
    } else if (paths.length === 0 || hit.resource.deprecated || canonical.length > 0) {
        const notes = [`resource class \`${hit.resource.className}\``];
        if (hit.resource.deprecated) notes.push("deprecated");
        if (canonical.length > 0) notes.push(`also an alias of ${canonical.map((c) => `\`${c}\``).join(", ")}`);
        tokenVerdict.push({
            origin,
            claim: token,
            status: "verified",
            actual: notes.join("; "),
            source: `${pkgLabel(hit.pkg)} ${hit.resource.file.replace(/\.d\.ts$/, ".js")}`,
        });
    }
    if (!target) {
        return [...tokenVerdict, ...paths.map((path): Verdict => ({ origin, claim: `${token}.${path}`, status: "not found", actual: "type not found", source: "" }))];
    }
    const { pkg, resource } = target;
    return [...tokenVerdict, ...paths.map((path): Verdict => {
        const lookup = lookupPath(resource.args, path, pkg);
        const notes: string[] = [];
        let status: Status = lookup.status;
        if (target !== hit) {
            notes.push(`on \`${resource.token}\``);
            if (status === "verified") status = "different";
        }
        if (lookup.note) notes.push(lookup.note);
        if (lookup.actualPath && lookup.actualPath !== path) notes.push(`typings: \`${lookup.actualPath}\``);
        if (lookup.status === "not found" && path.indexOf(".") < 0 && resource.outputs.includes(path)) notes.push("it is an output only");
        for (const value of docMentions) {
            if (!(lookup.doc ?? "").includes(value)) {
                notes.push(`doc does not mention \`${value}\``);
                if (status === "verified") status = "different";
            }
        }
        if (lookup.status !== "not found") {
            notes.push(lookup.required ? "required" : "optional");
            if (docMentions.length > 0 && status === "verified") notes.push(`doc lists ${docMentions.map((v) => `\`${v}\``).join(", ")}`);
        }
        return {
            origin,
            claim: `${token}.${path}`,
            status,
            actual: notes.join("; "),
            source: sourceOf(pkg, resource.file, `${resource.className}Args`, lookup),
        };
    })];
}

function countVerdict(origin: string, claim: string, claimed: number, actual: number, actualText: string, source: string): Verdict {
    return { origin, claim, status: claimed === actual ? "verified" : "different", actual: actualText, source };
}

function num(s: string): number {
    return Number(s.replace(/,/g, ""));
}

/** Verify the facts file's counts ("region on 1,558 of 1,738 v7 types", ...). */
export function verifyCounts(facts: string, shapes: ReadonlyMap<Cloud, CloudShape>): Verdict[] {
    const text = normalise(facts);
    const out: Verdict[] = [];
    const aws = shapes.get("aws");
    const m1 = /per-resource `region` on ([\d,]+) of ([\d,]+) v7 types/.exec(text);
    const line = (m: RegExpExecArray): string => originOf(facts, m[0]);
    if (aws && m1) {
        const s = aws.summary;
        const src = `${aws.packageName}@${aws.version}: \`<Class>Args\` in every resource .d.ts`;
        out.push(countVerdict(line(m1), `${m1[2]} AWS resource types`, num(m1[2]), s.types, thousands(s.types), src));
        out.push(countVerdict(line(m1), `\`region\` on ${m1[1]} AWS types`, num(m1[1]), s.topLevel.region.types,
            `${thousands(s.topLevel.region.types)} types have a top-level \`region\` input (${thousands(s.outputs.region)} have a \`region\` output); `
            + `${thousands(s.regionDefaultsToProvider ?? 0)} of the inputs' docs say it defaults to the provider's region; none is required`, src));
    } else {
        out.push({ origin: "facts", claim: "AWS `region` count", status: "stale claim", actual: "the sentence was not found in the facts file", source: "" });
    }
    const az = shapes.get("azure-native");
    const m2 = /`location` on ([\d,]+) of ([\d,]+) azure-native types/.exec(text);
    if (az && m2) {
        const s = az.summary;
        const src = `${az.packageName}@${az.version}: \`<Class>Args\` in every resource .d.ts`;
        out.push(countVerdict(line(m2), `${m2[2]} azure-native resource types`, num(m2[2]), s.types, thousands(s.types), src));
        out.push(countVerdict(line(m2), `\`location\` on ${m2[1]} azure-native types`, num(m2[1]), s.topLevel.location.types,
            `${thousands(s.topLevel.location.types)} types have a top-level \`location\` input (${s.topLevel.location.required} required; ${thousands(s.outputs.location)} have a \`location\` output)`, src));
    } else {
        out.push({ origin: "facts", claim: "azure-native `location` count", status: "stale claim", actual: "the sentence was not found in the facts file", source: "" });
    }
    const gcp = shapes.get("gcp");
    const m3 = /`location` ([\d,]+), `region` ([\d,]+), `zone` ([\d,]+) of ([\d,]+) types/.exec(text);
    if (gcp && m3) {
        const s = gcp.summary;
        const src = `${gcp.packageName}@${gcp.version}: \`<Class>Args\` in every resource .d.ts`;
        const where = line(m3);
        out.push(countVerdict(where, `${m3[4]} GCP resource types`, num(m3[4]), s.types, thousands(s.types), src));
        const names = ["location", "region", "zone"] as const;
        names.forEach((name, i) => {
            const t = s.topLevel[name];
            out.push(countVerdict(where, `\`${name}\` on ${m3[i + 1]} GCP types`, num(m3[i + 1]), t.types,
                `${thousands(t.types)} types have a top-level \`${name}\` input (${t.required} required; ${thousands(s.outputs[name])} have the output)`, src));
        });
    } else {
        out.push({ origin: "facts", claim: "GCP location/region/zone counts", status: "stale claim", actual: "the sentence was not found in the facts file", source: "" });
    }
    return out;
}

/** "Global services have no region (IAM, CloudFront, Route 53, Organizations, WAF classic...)". */
export function verifyGlobalServices(facts: string, aws: CloudShape | undefined): Verdict[] {
    const quote = "Global services have no region (IAM, CloudFront, Route 53, Organizations, WAF classic...)";
    if (!aws) return [];
    const origin = originOf(facts, quote);
    const modules: [string, string][] = [["IAM", "iam"], ["CloudFront", "cloudfront"], ["Route 53", "route53"], ["Organizations", "organizations"], ["WAF classic", "waf"]];
    return modules.map(([label, mod]) => {
        const all = [...aws.types.entries()].filter(([t]) => t.startsWith(`aws:${mod}/`));
        const regional = all.filter(([, e]) => e.regional).map(([t]) => t);
        return {
            origin,
            claim: `${label} (\`aws:${mod}/*\`) types have no \`region\``,
            status: all.length === 0 ? "not found" : regional.length === 0 ? "verified" : "different",
            actual: all.length === 0 ? "no such module"
                : regional.length === 0 ? `all ${all.length} types regionless`
                    : `${all.length - regional.length} of ${all.length} regionless; regional: ${regional.map((t) => `\`${t}\``).join(", ")}`,
            source: `${aws.packageName}@${aws.version} ${mod}/*.d.ts`,
        };
    });
}

/** "the V2 token is a deprecated alias". */
export function verifyV2Alias(facts: string, index: TypingsIndex): Verdict[] {
    const quote = "the V2 token is a deprecated alias";
    const v1 = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
    const v2 = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";
    const origin = originOf(facts, quote);
    const a = index.get(v1);
    const b = index.get(v2);
    const facts2: string[] = [];
    if (b) facts2.push(`\`${v2}\` exists as its own class${b.resource.deprecated ? " marked @deprecated" : " (not marked @deprecated)"}`);
    if (a) facts2.push(a.resource.aliases.includes(v2) ? `\`${v1}\` declares it as an alias` : `\`${v1}\` does not declare it as an alias`);
    const ok = !!a && !!b && b.resource.deprecated && a.resource.aliases.includes(v2);
    return [{
        origin,
        claim: "`...bucketServerSideEncryptionConfigurationV2...` is a deprecated alias",
        status: !a || !b ? "not found" : ok ? "verified" : "different",
        actual: `${facts2.join("; ")}. A program using the V2 class registers resources of type \`${v2}\`: policies must match both tokens`,
        source: a && b ? `${pkgLabel(a.pkg)} s3/bucketServerSideEncryptionConfiguration.js, s3/bucketServerSideEncryptionConfigurationV2.d.ts` : "",
    }];
}

/** The AWS region names of the facts file's AWS section, checked against the SDK's `Region` enum. */
export function verifyAwsRegionNames(facts: string, aws: PackageTypings | undefined): Verdict[] {
    if (!aws || aws.regionEnum.size === 0) return [];
    const lines = facts.split("\n");
    const start = lines.findIndex((l) => /^AWS \(provider/.test(l));
    if (start < 0) return [{ origin: "facts (stale)", claim: "AWS region list", status: "stale claim", actual: "no line starting `AWS (provider` in the facts file", source: "" }];
    let end = lines.findIndex((l, i) => i > start && /^\S/.test(l) && !l.startsWith("- "));
    if (end < 0) end = lines.length;
    const byValue = new Map([...aws.regionEnum].map(([k, v]) => [v, k]));
    const source = `${pkgLabel(aws)} types/enums/index.d.ts (\`Region\`)`;
    const named = new Map<string, number>();
    for (let i = start; i < end; i++) {
        for (const m of lines[i].matchAll(/\b[a-z]{2,4}(?:-[a-z]+)+-\d+\b/g)) if (!named.has(m[0])) named.set(m[0], i + 1);
    }
    const out: Verdict[] = [...named].map(([region, line]) => {
        const member = byValue.get(region);
        return {
            origin: `facts L${line}`,
            claim: `AWS region \`${region}\``,
            status: member ? "verified" : "not found",
            actual: member ? `\`aws.Region.${member}\`` : "not in the SDK's `Region` enum",
            source,
        };
    });
    const european = [...byValue.keys()].filter((r) => /^eu/.test(r) && !named.has(r)).sort(compareStrings);
    out.push({
        origin: `facts L${start + 1}`,
        claim: "the AWS section names every `eu*` region the SDK knows",
        status: european.length === 0 ? "verified" : "different",
        actual: european.length === 0 ? `all ${[...byValue.keys()].filter((r) => /^eu/.test(r)).length} named` : `not named: ${european.map((r) => `\`${r}\``).join(", ")}`,
        source,
    });
    return out;
}

/** One row per claim: the same claim made on several lines gets its origins joined ("facts L43, L77"). */
export function mergeSameClaims(verdicts: readonly Verdict[]): Verdict[] {
    const out: Verdict[] = [];
    const byClaim = new Map<string, number>();
    for (const v of verdicts) {
        const i = byClaim.get(v.claim);
        if (i === undefined) {
            byClaim.set(v.claim, out.length);
            out.push(v);
        } else if (!out[i].origin.split(", ").includes(v.origin.replace(/^facts /, ""))) {
            out[i] = { ...out[i], origin: `${out[i].origin}, ${v.origin.replace(/^facts /, "")}` };
        }
    }
    return out;
}

/** The whole verification, in sections. */
export function verifyFacts(facts: string, packages: ReadonlyMap<Cloud, PackageTypings>, shapes: ReadonlyMap<Cloud, CloudShape>): VerificationSection[] {
    const index = new TypingsIndex(packages);
    const tokenVerdicts: Verdict[] = [];
    for (const span of extractTokenSpans(facts)) {
        tokenVerdicts.push(...verifyToken(index, `facts L${span.line}`, span.token, span.paths));
    }
    const contextVerdicts: Verdict[] = [];
    for (const claim of CONTEXT_CLAIMS) {
        const origin = originOf(facts, claim.quote);
        if (lineOf(facts, claim.quote) === undefined) {
            contextVerdicts.push({ origin, claim: claim.quote, status: "stale claim", actual: "this text is no longer in the facts file; update CONTEXT_CLAIMS", source: "" });
            continue;
        }
        contextVerdicts.push(...verifyToken(index, origin, claim.token, claim.paths, claim.docMentions));
    }
    contextVerdicts.push(...verifyV2Alias(facts, index));
    const briefVerdicts = BRIEF_CLAIMS.flatMap((c) => verifyToken(index, "brief", c.token, c.paths));
    return [
        { title: "Type tokens and property paths written in full", verdicts: mergeSameClaims(tokenVerdicts) },
        { title: "Property paths named apart from their token", verdicts: mergeSameClaims(contextVerdicts) },
        { title: "Counts", verdicts: verifyCounts(facts, shapes) },
        { title: "Global AWS services", verdicts: verifyGlobalServices(facts, shapes.get("aws")) },
        { title: "AWS region names", verdicts: verifyAwsRegionNames(facts, packages.get("aws")) },
        { title: "Tokens and paths named in the task brief and issue 2", verdicts: briefVerdicts },
    ];
}
