// Writer for policies/src/data/generated/provider-shape.json (read by tests, benchmarks and
// reviewers; never loaded by the pack at run time).
import { LOCATION_NAME_RE, NESTED_DEPTH, TOP_LEVEL_LOCATION_PROPS } from "./location-props";
import { GCP_PROVIDER_DEFAULT_PATTERNS } from "./gcp-defaults";
import type { RegionalShape } from "./regional-shape";
import type { CloudShape } from "./shape";

/**
 * JSON with objects and arrays expanded down to `expandDepth` levels and written on one line below
 * that: one line per resource type keeps the file readable and its diffs small.
 */
export function formatJson(value: unknown, expandDepth: number, indent = "  ", depth = 0): string {
    if (value === null || typeof value !== "object" || depth >= expandDepth) return JSON.stringify(value);
    const pad = indent.repeat(depth + 1);
    const end = indent.repeat(depth);
    if (Array.isArray(value)) {
        if (value.length === 0) return "[]";
        return `[\n${value.map((v) => pad + formatJson(v, expandDepth, indent, depth + 1)).join(",\n")}\n${end}]`;
    }
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${formatJson(v, expandDepth, indent, depth + 1)}`).join(",\n")}\n${end}}`;
}

export function providerShapeDocument(shapes: readonly CloudShape[], regional: readonly RegionalShape[] = []): unknown {
    return {
        generatedBy: "npm run gen:catalog (scripts/gen-catalog.ts); do not edit by hand",
        packages: Object.fromEntries(shapes.map((s) => [s.packageName, s.version])),
        rules: {
            resourceTypes: "every class with `static __pulumiType = '<cloud>:...'` in its .js (the provider resource itself excluded); inputs from `<Class>Args` in the .d.ts",
            topLevelLocationInputs: TOP_LEVEL_LOCATION_PROPS,
            inputs: "per type, the top-level location inputs present in Args: required (no `?`) or optional",
            awsRegional: "aws only: regional = Args has a top-level `region`; regionDefaultsToProvider: false where its doc lacks the provider-default sentence",
            gcpProviderDefault: GCP_PROVIDER_DEFAULT_PATTERNS.map((p) => p.re.source),
            otherLocationInputs: "other top-level inputs whose name has region(s)/location(s)/zone(s) as a camelCase word (not time or DNS zones) and can hold a string",
            nested: `input paths 1..${NESTED_DEPTH} levels below a top-level input (through types/input.d.ts) whose last name matches ${String(LOCATION_NAME_RE)} as a camelCase word, same exclusions; [] marks an array (also a trailing list of values), [key] a map`,
            aliases: "non-versioned aliases declared by the class (azure-native API-version aliases left out)",
            regionEnum: "aws only: the values of the SDK's `Region` enum (types/enums/index.d.ts)",
        },
        clouds: Object.fromEntries(shapes.map((s) => [s.cloud, {
            package: s.packageName,
            version: s.version,
            summary: s.summary,
            providerLocationInputs: s.providerLocationInputs,
            ...(s.aws ? {
                regionEnum: s.aws.regionEnum,
                regionless: s.aws.regionless,
                regionInputNotProviderDefault: Object.fromEntries(s.aws.info
                    .filter((i) => i.regional && !i.regionDefaultsToProvider)
                    .map((i) => [i.token, i.regionDoc ?? ""])),
            } : {}),
            ...(s.gcp ? {
                providerDefaulted: Object.fromEntries(s.gcp.defaulted.map((d) => [d.token, d.prop])),
                providerDefaultNearMisses: s.gcp.nearMisses.map((n) => ({ type: n.token, input: n.prop, doc: n.doc })),
            } : {}),
            types: Object.fromEntries(s.types),
            nested: Object.fromEntries(s.nested),
        }])),
        ...(regional.length > 0 ? {
            regional: Object.fromEntries(regional.map((s) => [s.id, {
                package: s.packageName,
                version: s.version,
                summary: { types: s.types, located: s.located.size - s.alsoOnly, zoneOnly: s.alsoOnly, unread: s.unread.size, nestedCandidates: s.nestedCandidates },
                providerSettings: s.providerSettings,
                docValues: s.docValues.map((d) => `${d.value} (${d.type} ${d.input})`),
                // `placedIn` only where a type has one, so the other clouds' rows read as before.
                located: Object.fromEntries([...s.located].map(([t, { placedIn, ...row }]) => [t, placedIn.length > 0 ? { ...row, placedIn } : row])),
                unread: Object.fromEntries(s.unread),
            }])),
        } : {}),
    };
}

export function renderProviderShapeJson(shapes: readonly CloudShape[], regional: readonly RegionalShape[] = []): string {
    // clouds -> <cloud> -> types -> <token> -> entry: entries are at depth 4, written on one line.
    return `${formatJson(providerShapeDocument(shapes, regional), 4)}\n`;
}
