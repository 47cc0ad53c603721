// What the multi-language components share. The Node.js component provider host of @pulumi/pulumi
// serves every component under `<package name>:index:<class name>` (it takes no other module), and
// infers the schema from these TypeScript types, so arguments here are plain: strings, numbers,
// booleans, arrays and interfaces of those, `pulumi.Input` of them; no unions, no functions.

/** The npm package name, which the host makes the Pulumi package name. */
export const packageName = "eu-sovereignty-components";

/** The type token the host expects for a component class, e.g. `eu-sovereignty-components:index:AwsSovereignBucket`. */
export function token(className: string): string {
    return `${packageName}:index:${className}`;
}

/** The location allow-list, with the meaning of the pack's policy config (give both the same values). */
export interface AllowList {
    /** Replaces the default allow-list (every catalogued EU/EEA location). */
    allowedLocations?: string[];
    /** Adds locations to the allow-list, e.g. `switzerlandnorth`. */
    additionalLocations?: string[];
}
