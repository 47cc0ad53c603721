// provider-jurisdiction: resources of providers headquartered outside the EU/EEA are exposed to
// non-EU law wherever they are stored; flagged unless they run in a sovereign partition of that
// provider (operated by an EU entity under EU law), with EU-native alternatives named. Packages
// whose headquarters are not catalogued cannot be proven EU and are flagged too (fail closed).
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

/**
 * In a sovereign partition when every location of the resource (or, for a resource without one,
 * of its provider) is a sovereign region, or when its provider targets a sovereign universe.
 */
function inSovereignPartition(hq: Headquarters, input: ResourceInput): boolean {
    const universe = own(input.provider?.props, "universeDomain");
    if (typeof universe === "string" && hq.sovereignUniverses?.includes(universe.trim().toLowerCase())) return true;
    const regions = sovereignRegionsByPackage.get(hq.package);
    if (!regions) return false;
    let locations = factsOf(input).locations;
    if (locations.length === 0 && input.provider) {
        locations = factsOf({ type: input.provider.type, name: input.provider.name ?? "", urn: input.provider.urn ?? "", props: input.provider.props }).locations;
    }
    return locations.length > 0 && locations.every((ref) => regions.has(ref.place.canonical));
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
        },
    },
    validateResource: guardResource(name, (args, report) => {
        // Providers themselves hold no data; components have no provider and own nothing.
        if (isProviderType(args.type) || args.provider === undefined) return;
        const pkg = packageOf(args.type);
        if (noJurisdictionPackages.has(pkg)) return;
        if (allowed(args.getConfig<Config>().allowPackages)?.has(pkg)) return;
        const hq = headquartersByPackage.get(pkg);
        if (hq === undefined) {
            report(`${subject(args)}: the headquarters of provider package ${showPackage(pkg)} are not catalogued, so the provider cannot be proven to be out of reach of non-EU law. ` +
                `Rule ${name}. Fix: if the provider is headquartered in the EU/EEA, add ${showPackage(pkg)} to \`allowPackages\` in this policy's config (and propose it for the catalogue); otherwise use an EU-headquartered provider such as ${alternatives}.`);
            return;
        }
        if (isEuHeadquartered(hq)) return;
        const input: ResourceInput = { type: args.type, name: args.name, urn: args.urn, props: args.props, provider: args.provider };
        if (inSovereignPartition(hq, input)) return;
        const partition = hq.sovereignOffer ? `, or ${hq.sovereignOffer}` : "";
        report(`${subject(args)}: provider package \`${hq.package}\` belongs to ${hq.company}, headquartered in ${hq.seat}${hq.parent ? `, whose ultimate parent is ${hq.parent}` : ""}, so data it holds is exposed to ${hq.law ?? "non-EU law"} wherever it is stored${hq.note ? ` (${hq.note})` : ""}. ` +
            `Rule ${name}. Fix: use an EU-headquartered provider (${alternatives})${partition}; or, after a legal assessment, add "${hq.package}" to \`allowPackages\` in this policy's config.`);
    }),
};
