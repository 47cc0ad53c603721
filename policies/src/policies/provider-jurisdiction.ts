// provider-jurisdiction: resources of providers headquartered outside the EU/EEA are exposed to
// non-EU law wherever they are stored; flagged unless they run in a sovereign partition of that
// provider (operated by an EU entity under EU law), with EU-native alternatives named. Packages
// whose headquarters are not catalogued cannot be proven EU and are flagged too (fail closed).
//
// Jurisdiction is a fact of the provider, not of each resource: by default the finding is reported
// once, on the provider resource (the engine analyzes default and explicit providers like any other
// resource), and on a resource only where it leaves its provider's sovereign partition. A preview of
// 500 AWS resources then shows one finding, not 500. `report: "per-resource"` (the sovereign presets)
// reports every resource instead, so that a waiver can name a single resource.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { euAlternatives, headquartersByPackage, isEuHeadquartered, noJurisdictionPackages, sovereignRegionsByPackage, type Headquarters } from "../data/jurisdictions";
import { factsOf, type ResourceInput } from "../facts";
import { isProviderType, own, packageOf } from "../facts/read";
import { guardResource } from "./guard";
import { subject } from "./message";
import { docUrl, gaiaX } from "./metadata";

const name = "provider-jurisdiction";

interface Config {
    allowPackages?: unknown;
    report?: unknown;
}

const alternatives = euAlternatives.map((a) => `${a.name} (\`${a.package}\`)`).join(", ");

const allowSets = new WeakMap<object, ReadonlySet<string>>();
function allowed(value: unknown): ReadonlySet<string> | undefined {
    if (!Array.isArray(value)) return undefined;
    let s = allowSets.get(value);
    if (!s) {
        s = new Set(value.filter((v): v is string => typeof v === "string"));
        allowSets.set(value, s);
    }
    return s;
}

/** A package name is printed only in the shape package names have. */
function showPackage(pkg: string): string {
    return /^[a-z0-9][a-z0-9-]{0,62}$/.test(pkg) ? `\`${pkg}\`` : "(unprintable package name)";
}

/** The finding for a non-EU provider outside a sovereign partition: whose data, the law, the fix. */
function exposure(r: Parameters<typeof subject>[0], hq: Headquarters, whose: string): string {
    const partition = hq.sovereignOffer ? `, or ${hq.sovereignOffer}` : "";
    return `${subject(r)}: provider package \`${hq.package}\` belongs to ${hq.company}, headquartered in ${hq.seat}${hq.parent ? `, whose ultimate parent is ${hq.parent}` : ""}, so ${whose} is exposed to ${hq.law ?? "non-EU law"} wherever it is stored${hq.note ? ` (${hq.note})` : ""}. ` +
        `Rule ${name}. Fix: use an EU-headquartered provider (${alternatives})${partition}; or, after a legal assessment, add "${hq.package}" to \`allowPackages\` in this policy's config.`;
}

/** Every location of `input` is a sovereign region of the package (and there is at least one). */
function allSovereign(hq: Headquarters, input: ResourceInput): boolean {
    const regions = sovereignRegionsByPackage.get(hq.package);
    if (!regions) return false;
    const locations = factsOf(input).locations;
    return locations.length > 0 && locations.every((ref) => regions.has(ref.place.canonical));
}

/** A provider targets a sovereign universe (S3NS's s3nsapis.fr). */
function sovereignUniverse(hq: Headquarters, provider: ResourceInput): boolean {
    const universe = own(provider.props, "universeDomain");
    return typeof universe === "string" && hq.sovereignUniverses?.includes(universe.trim().toLowerCase()) === true;
}

/** A provider targets a sovereign universe, or its region is a sovereign region. */
function providerSovereign(hq: Headquarters, provider: ResourceInput): boolean {
    return sovereignUniverse(hq, provider) || allSovereign(hq, provider);
}

/**
 * In a sovereign partition when its provider targets a sovereign universe, or when every location of
 * the resource (or, for a resource without one, of its provider) is a sovereign region.
 */
function inSovereignPartition(hq: Headquarters, input: ResourceInput, provider: ResourceInput): boolean {
    if (sovereignUniverse(hq, provider)) return true;
    return factsOf(input).locations.length > 0 ? allSovereign(hq, input) : allSovereign(hq, provider);
}

export const providerJurisdiction: ResourceValidationPolicy = {
    name,
    description: "Resources run on providers headquartered in the EU/EEA, or in a provider's sovereign partition, so that no non-EU law reaches the data.",
    enforcementLevel: "advisory",
    severity: "high",
    framework: gaiaX,
    tags: ["jurisdiction", "gaia-x", "cloud-act", "sovereignty"],
    url: docUrl(name),
    remediationSteps: `Move the workload to an EU-headquartered provider (${alternatives}), or to the provider's sovereign partition where one exists (AWS European Sovereign Cloud region eusc-de-east-1; S3NS region u-france-east1). To accept a provider after a legal assessment, add its package to \`allowPackages\` in this policy's config.`,
    configSchema: {
        properties: {
            allowPackages: {
                type: "array",
                items: { type: "string", minLength: 1, maxLength: 64 },
                uniqueItems: true,
                description: "Provider packages accepted whatever their headquarters (e.g. after a legal assessment), e.g. cloudflare.",
            },
            report: {
                type: "string",
                enum: ["per-provider", "per-resource"],
                default: "per-provider",
                description: "per-provider (default): one finding on each provider resource outside a sovereign partition, plus any resource that leaves its provider's partition. per-resource: a finding on every resource, so that exemptions can name single resources (the sovereign presets).",
            },
        },
    },
    validateResource: guardResource(name, (args, report) => {
        const config = args.getConfig<Config>();
        const perResource = config.report === "per-resource";
        const onProvider = isProviderType(args.type);
        // Components have no provider and own nothing.
        if (!onProvider && args.provider === undefined) return;
        const pkg = packageOf(args.type);
        if (noJurisdictionPackages.has(pkg)) return;
        if (allowed(config.allowPackages)?.has(pkg)) return;
        const hq = headquartersByPackage.get(pkg);
        if (hq === undefined) {
            // An uncatalogued package's provider may serve only components: its resources carry the finding.
            if (onProvider) return;
            report(`${subject(args)}: the headquarters of provider package ${showPackage(pkg)} are not catalogued, so the provider cannot be proven to be out of reach of non-EU law. ` +
                `Rule ${name}. Fix: if the provider is headquartered in the EU/EEA, add ${showPackage(pkg)} to \`allowPackages\` in this policy's config (and propose it for the catalogue); otherwise use an EU-headquartered provider such as ${alternatives}.`);
            return;
        }
        if (isEuHeadquartered(hq)) return;
        if (onProvider) {
            if (perResource || providerSovereign(hq, { type: args.type, name: args.name, urn: args.urn, props: args.props })) return;
            report(exposure(args, hq, "the data of every resource this provider manages"));
            return;
        }
        const provider = args.provider;
        if (provider === undefined) return;
        const input: ResourceInput = { type: args.type, name: args.name, urn: args.urn, props: args.props, provider };
        const providerInput: ResourceInput = { type: provider.type, name: provider.name ?? "", urn: provider.urn ?? "", props: provider.props };
        // Per provider: a resource is reported only where it leaves a sovereign provider's partition.
        if (!perResource && !providerSovereign(hq, providerInput)) return;
        if (inSovereignPartition(hq, input, providerInput)) return;
        report(exposure(args, hq, "data it holds"));
    }),
};
