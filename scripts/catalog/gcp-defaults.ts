// GCP: which resources' `region`/`zone`/`location` input falls back to the provider's setting,
// decided from the input's own TSDoc text in the installed `@pulumi/gcp` typings.
import type { PropInfo, ResourceTyping } from "./model";
import { compareStrings } from "./model";

export type GcpLocationProp = "region" | "zone" | "location";
export const GCP_LOCATION_PROPS: readonly GcpLocationProp[] = ["region", "zone", "location"];

/** The provider setting a defaulted input falls back to, when the doc names it. */
export type GcpProviderSetting = "region" | "zone";

/**
 * The rule, applied to the input's doc text (whitespace collapsed): the input is optional and its
 * doc says it falls back to the provider's configuration. The phrasings found in @pulumi/gcp 9.x:
 * each pattern captures the provider setting it names (`undefined`: "the provider configuration").
 */
export const GCP_PROVIDER_DEFAULT_PATTERNS: readonly {
    readonly re: RegExp;
    readonly setting: (m: RegExpExecArray, prop: string) => GcpProviderSetting | undefined;
}[] = [
    // "If it is not provided, the provider region is used." / "If not set, the provider zone is used."
    // "If a region is not provided in the resource definition, the provider region will be used instead."
    { re: /\bthe (?:default )?provider(?:'s)? (region|zone) (?:is|will be) used\b/i, setting: (m) => setting(m[1]) },
    // "If unspecified, this defaults to the region configured in the provider."
    { re: /\bdefaults? to the (region|zone) (?:configured|set) in the provider\b/i, setting: (m) => setting(m[1]) },
    // Cloud Scheduler: "If it is not provided, this provider will use the provider default." The
    // provider default of a `region` input is the provider's `region`.
    { re: /\bwill use the provider default\b/i, setting: (_m, prop) => setting(prop) },
    // IAM resources: "If no region is provided in the parent identifier and no region is specified,
    // it is taken from the provider configuration."
    { re: /\bno (region|zone|location) is specified, it is taken from the provider configuration\b/i, setting: (m) => setting(m[1]) },
];

/** `region`/`zone` name a provider setting; anything else (`location`) does not. */
function setting(word: string): GcpProviderSetting | undefined {
    const w = word.toLowerCase();
    return w === "region" || w === "zone" ? w : undefined;
}

/**
 * The phrase recorded for an optional `region`/`zone` whose doc does not say it: the Google provider
 * resolves every such field with its provider-level fallback (the provider's `region`/`zone`
 * "if not specified by a given resource", per its configuration reference), so a doc that only
 * says "The GCP region for this subnetwork." still defaults to the provider.
 */
export const GCP_PROVIDER_FALLBACK = "optional region/zone: the provider's region/zone applies when the resource sets none";

/** The result of the rule for one input: undefined if it does not apply. */
export function providerDefaultOf(prop: PropInfo): { setting: GcpProviderSetting | undefined; phrase: string } | undefined {
    if (!prop.optional) return undefined;
    for (const pattern of GCP_PROVIDER_DEFAULT_PATTERNS) {
        const m = pattern.re.exec(prop.doc);
        if (m) return { setting: pattern.setting(m, prop.name), phrase: m[0] };
    }
    if (prop.name === "region" || prop.name === "zone") return { setting: prop.name, phrase: GCP_PROVIDER_FALLBACK };
    return undefined;
}

export interface GcpDefaulted {
    readonly token: string;
    readonly prop: GcpLocationProp;
    /** The provider setting named by the doc; undefined when it only says "the provider configuration". */
    readonly setting: GcpProviderSetting | undefined;
    readonly phrase: string;
}

/**
 * Every resource with a provider-defaulted location input, sorted by token. A resource with more
 * than one (none in 9.37) is listed under the first of `region`, `zone`, `location`.
 */
export function gcpProviderDefaulted(resources: readonly ResourceTyping[]): GcpDefaulted[] {
    const out: GcpDefaulted[] = [];
    for (const r of resources) {
        for (const name of GCP_LOCATION_PROPS) {
            const prop = r.args.find((a) => a.name === name);
            const hit = prop && providerDefaultOf(prop);
            if (hit) {
                out.push({ token: r.token, prop: name, ...hit });
                break;
            }
        }
    }
    return out.sort((a, b) => compareStrings(a.token, b.token));
}

/**
 * Optional location inputs whose doc talks about a default or the provider without matching the
 * rule: listed for reviewers (e.g. "the provider will use a default", "the project region").
 */
export function gcpDefaultNearMisses(resources: readonly ResourceTyping[]): { token: string; prop: GcpLocationProp; doc: string }[] {
    const out: { token: string; prop: GcpLocationProp; doc: string }[] = [];
    for (const r of resources) {
        for (const name of GCP_LOCATION_PROPS) {
            const prop = r.args.find((a) => a.name === name);
            if (!prop || !prop.optional || providerDefaultOf(prop)) continue;
            if (/\bprovider\b|\bproject (?:region|zone)\b/i.test(prop.doc)) out.push({ token: r.token, prop: name, doc: prop.doc });
        }
    }
    return out.sort((a, b) => compareStrings(a.token, b.token) || compareStrings(a.prop, b.prop));
}
