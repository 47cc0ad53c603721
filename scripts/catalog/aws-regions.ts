// AWS: which resource types are regional (their Args carry a top-level `region` input, which in
// @pulumi/aws 7 defaults to the provider's region) and which are global (no `region` input).
import type { ResourceTyping, TypeShape } from "./model";
import { compareStrings } from "./model";

/** The sentence @pulumi/aws 7 puts on the `region` input it adds to every regional resource. */
export const AWS_PROVIDER_REGION_DOC_RE =
    /\bdefaults? to the region (?:set )?in the (?:\[)?provider configuration|\bthe region configured in the provider will be used\b|\bthe default provider region is used\b/i;

export interface AwsRegionInfo {
    readonly token: string;
    readonly regional: boolean;
    /** For regional types: does the `region` doc say it defaults to the provider's region? */
    readonly regionDefaultsToProvider?: boolean;
    /** For regional types: the `region` input is a plain string (not a list or object). */
    readonly regionIsString?: boolean;
    readonly regionDoc?: string;
    readonly regionDeprecated?: boolean;
}

function isString(shape: TypeShape): boolean {
    if (shape.kind === "primitive") return shape.text === "string" || shape.text === "enum";
    if (shape.kind === "union") return shape.members.every(isString);
    return false;
}

export function awsRegionInfo(resource: ResourceTyping): AwsRegionInfo {
    const region = resource.args.find((a) => a.name === "region");
    if (!region) return { token: resource.token, regional: false };
    return {
        token: resource.token,
        regional: true,
        regionDefaultsToProvider: AWS_PROVIDER_REGION_DOC_RE.test(region.doc),
        regionIsString: isString(region.type),
        regionDoc: region.doc,
        regionDeprecated: /@deprecated\b/.test(region.doc),
    };
}

/** AWS resource types without a top-level `region` input, sorted. */
export function awsRegionlessTypes(resources: readonly ResourceTyping[]): string[] {
    return resources
        .filter((r) => !r.args.some((a) => a.name === "region"))
        .map((r) => r.token)
        .sort(compareStrings);
}
