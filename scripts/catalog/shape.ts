// The provider shape: per cloud, every resource type's location-ish inputs, the AWS regional
// split, the GCP provider-defaulted inputs and the nested location-ish input paths.
import type { AwsRegionInfo } from "./aws-regions";
import { awsRegionInfo, awsRegionlessTypes } from "./aws-regions";
import type { GcpDefaulted } from "./gcp-defaults";
import { gcpDefaultNearMisses, gcpProviderDefaulted } from "./gcp-defaults";
import type { TopLevelLocationProp } from "./location-props";
import { nestedLocationPaths, otherTopLevelLocationProps, TOP_LEVEL_LOCATION_PROPS, topLevelLocationProps } from "./location-props";
import type { Cloud, PackageTypings } from "./model";
import { CLOUDS, compareStrings } from "./model";

/** Aliases that only name an older API version (azure-native `.../v20240515:...`) are left out. */
export function isVersionedAlias(token: string): boolean {
    return /^[^:]+:[^:]*\/v\d{8}(?:preview|privatepreview|beta)?:/.test(token);
}

export interface TypeShapeEntry {
    readonly inputs: Partial<Record<TopLevelLocationProp, "required" | "optional">>;
    /** AWS only. */
    readonly regional?: boolean;
    /** AWS only, when false: the `region` input's doc is not the provider-default sentence. */
    readonly regionDefaultsToProvider?: boolean;
    /** GCP only: the location input that falls back to the provider's setting. */
    readonly providerDefault?: { readonly prop: string; readonly setting: string };
    /** Other top-level inputs whose names look like a location. */
    readonly otherLocationInputs?: readonly string[];
    readonly aliases?: readonly string[];
    readonly deprecated?: boolean;
}

export interface CloudSummary {
    readonly types: number;
    /** Types with the input at top level, and how many of them require it. */
    readonly topLevel: Record<TopLevelLocationProp, { readonly types: number; readonly required: number }>;
    /** Types with at least one of the top-level location inputs. */
    readonly withAnyTopLevelLocation: number;
    /** Types whose class has the output (for comparison with counts made on outputs). */
    readonly outputs: Record<TopLevelLocationProp, number>;
    readonly typesWithNestedPaths: number;
    readonly nestedPaths: number;
    readonly typesWithOtherLocationInputs: number;
    readonly regional?: number;
    readonly regionless?: number;
    readonly regionDefaultsToProvider?: number;
    readonly providerDefaulted?: Record<string, number>;
}

export interface CloudShape {
    readonly cloud: Cloud;
    readonly packageName: string;
    readonly version: string;
    readonly summary: CloudSummary;
    /** The provider resource's location inputs (`ProviderArgs`). */
    readonly providerLocationInputs: readonly string[];
    readonly types: ReadonlyMap<string, TypeShapeEntry>;
    readonly nested: ReadonlyMap<string, readonly string[]>;
    readonly aws?: {
        readonly regionless: readonly string[];
        readonly info: readonly AwsRegionInfo[];
        /** The SDK's `Region` enum values, sorted. */
        readonly regionEnum: readonly string[];
    };
    readonly gcp?: { readonly defaulted: readonly GcpDefaulted[]; readonly nearMisses: ReturnType<typeof gcpDefaultNearMisses> };
}

export function buildCloudShape(typings: PackageTypings): CloudShape {
    const types = new Map<string, TypeShapeEntry>();
    const nested = new Map<string, readonly string[]>();
    const awsInfo = typings.cloud === "aws" ? typings.resources.map(awsRegionInfo) : [];
    const awsByToken = new Map(awsInfo.map((i) => [i.token, i]));
    const defaulted = typings.cloud === "gcp" ? gcpProviderDefaulted(typings.resources) : [];
    const defaultedByToken = new Map(defaulted.map((d) => [d.token, d]));
    const zero = (): Record<TopLevelLocationProp, number> =>
        Object.fromEntries(TOP_LEVEL_LOCATION_PROPS.map((p) => [p, 0])) as Record<TopLevelLocationProp, number>;
    const present = zero();
    const required = zero();
    const outputs = zero();
    let withAny = 0;
    let withOther = 0;
    let nestedPaths = 0;
    for (const r of typings.resources) {
        const inputs = topLevelLocationProps(r.args);
        for (const [name, req] of Object.entries(inputs) as [TopLevelLocationProp, string][]) {
            present[name]++;
            if (req === "required") required[name]++;
        }
        for (const name of TOP_LEVEL_LOCATION_PROPS) if (r.outputs.includes(name)) outputs[name]++;
        if (Object.keys(inputs).length > 0) withAny++;
        const other = otherTopLevelLocationProps(r.args);
        if (other.length > 0) withOther++;
        const aliases = r.aliases.filter((a) => !isVersionedAlias(a));
        const aws = awsByToken.get(r.token);
        const gcp = defaultedByToken.get(r.token);
        types.set(r.token, {
            inputs,
            ...(aws ? { regional: aws.regional } : {}),
            ...(aws?.regional && !aws.regionDefaultsToProvider ? { regionDefaultsToProvider: false } : {}),
            ...(gcp ? { providerDefault: { prop: gcp.prop, setting: gcp.setting ?? "provider configuration" } } : {}),
            ...(other.length > 0 ? { otherLocationInputs: other } : {}),
            ...(aliases.length > 0 ? { aliases } : {}),
            ...(r.deprecated ? { deprecated: true } : {}),
        });
        const paths = nestedLocationPaths(r.args, typings.inputTypes).map((p) => p.path);
        if (paths.length > 0) {
            nested.set(r.token, paths);
            nestedPaths += paths.length;
        }
    }
    const topLevel = Object.fromEntries(TOP_LEVEL_LOCATION_PROPS.map((p) => [p, { types: present[p], required: required[p] }])) as CloudSummary["topLevel"];
    const regionless = typings.cloud === "aws" ? awsRegionlessTypes(typings.resources) : [];
    const countBy = (keys: string[]): Record<string, number> => {
        const out: Record<string, number> = {};
        for (const k of [...keys].sort(compareStrings)) out[k] = (out[k] ?? 0) + 1;
        return out;
    };
    const summary: CloudSummary = {
        types: typings.resources.length,
        topLevel,
        withAnyTopLevelLocation: withAny,
        outputs,
        typesWithNestedPaths: nested.size,
        nestedPaths,
        typesWithOtherLocationInputs: withOther,
        ...(typings.cloud === "aws" ? {
            regional: typings.resources.length - regionless.length,
            regionless: regionless.length,
            regionDefaultsToProvider: awsInfo.filter((i) => i.regionDefaultsToProvider).length,
        } : {}),
        ...(typings.cloud === "gcp" ? { providerDefaulted: countBy(defaulted.map((d) => d.prop)) } : {}),
    };
    const cloud = CLOUDS.find((c) => c === typings.cloud);
    if (cloud === undefined) throw new Error(`${typings.packageName}: shapes are built for ${CLOUDS.join(", ")} only`);
    return {
        cloud,
        packageName: typings.packageName,
        version: typings.version,
        summary,
        providerLocationInputs: typings.providerArgs.map((a) => a.name).filter((n) => (TOP_LEVEL_LOCATION_PROPS as readonly string[]).includes(n)),
        types,
        nested,
        ...(typings.cloud === "aws" ? {
            aws: { regionless, info: awsInfo, regionEnum: [...new Set(typings.regionEnum.values())].sort(compareStrings) },
        } : {}),
        ...(typings.cloud === "gcp" ? { gcp: { defaulted, nearMisses: gcpDefaultNearMisses(typings.resources) } } : {}),
    };
}
