// The hand-written rows of the EU-native and region-first clouds (data/regional-clouds.ts, and the
// generator's rules in scripts/catalog/regional-rules.ts) checked against the installed SDKs' typings,
// or for a cloud whose SDK is not installable its vendored schema extract: every token, module and path
// a row names exists, with the value type the row reads.
import * as path from "path";
import { lookupPath } from "../../../scripts/catalog/location-props";
import type { PackageTypings, TypeShape } from "../../../scripts/catalog/model";
import { npmPackageDir, readPackage } from "../../../scripts/catalog/package-reader";
import type { RegionalRules, RegionalSdkId } from "../../../scripts/catalog/regional-rules";
import { coversType } from "../../../scripts/catalog/regional-rules";
import type { RegionalVendoredId } from "../../../scripts/catalog/vendored-model";
import { readVendoredFile, vendoredTypings } from "../../../scripts/catalog/vendored-reader";

const root = path.resolve(__dirname, "../../..");

/** Read an SDK's resources, only in the module folders named (case-insensitive; "index" is the top level). */
export function readSdk(rules: RegionalRules, modules: readonly string[]): PackageTypings<RegionalSdkId> {
    const wanted = new Set(modules.map((m) => m.toLowerCase()));
    if (rules.vendored) {
        const all: PackageTypings<RegionalSdkId> = vendoredTypings(rules.id as RegionalVendoredId, readVendoredFile(root, rules.id as RegionalVendoredId));
        return { ...all, resources: all.resources.filter((r) => wanted.has(moduleOf(r.token).toLowerCase())) };
    }
    return readPackage(rules.id, npmPackageDir(root, rules.npm), {
        fileFilter: (rel) => {
            const parts = rel.split("/");
            return parts.length === 1 ? wanted.has("index") || parts[0] === "provider.js" : parts.length === 2 && wanted.has(parts[0].toLowerCase());
        },
    });
}

function isString(shape: TypeShape): boolean {
    if (shape.kind === "primitive") return shape.text === "string" || shape.text === "enum";
    return shape.kind === "union" && shape.members.every(isString);
}

/** What the row path reads: `a[]` an array of strings, `a` a string. */
function kindError(shape: TypeShape | undefined, rowPath: string): string | undefined {
    if (shape === undefined) return `${rowPath}: no type`;
    if (rowPath.endsWith("[]")) {
        return shape.kind === "array" && isString(shape.element) ? undefined : `${rowPath}: the row reads an array of strings, the typings have ${JSON.stringify(shape)}`;
    }
    return isString(shape) ? undefined : `${rowPath}: the row reads a string, the typings have ${JSON.stringify(shape)}`;
}

/** Problems with a row reading `rowPath` on `token` (empty when the typings agree). */
export function pathErrors(typings: PackageTypings<RegionalSdkId>, token: string, rowPath: string): string[] {
    const r = typings.resources.find((x) => x.token === token);
    if (r === undefined) return [`${token}: no such resource type in ${typings.packageName} ${typings.version}`];
    const found = lookupPath(r.args, rowPath, typings);
    if (found.status !== "verified" || found.actualPath !== rowPath) {
        return [`${token} ${rowPath}: ${found.status}${found.note ? ` (${found.note})` : ""}${found.actualPath ? `; the typings spell it ${found.actualPath}` : ""}`];
    }
    const kind = kindError(found.type, rowPath);
    return kind === undefined ? [] : [`${token} ${kind}`];
}

/** Problems with a module a row names as global: no resource type of the SDK is in it. */
export function moduleErrors(typings: PackageTypings<RegionalSdkId>, module: string): string[] {
    return typings.resources.some((r) => r.token.startsWith(`${typings.cloud}:${module}/`)) ? [] : [`module ${module}: no resource type of ${typings.packageName} is in it`];
}

/** Problems with a set-aside rule: it matches no type, or names an input none of its types has. */
export function notOwnErrors(typings: PackageTypings<RegionalSdkId>, where: string, inputs: readonly string[]): string[] {
    const types = typings.resources.filter((r) => coversType(where, r.token));
    if (types.length === 0) return [`${where}: matches no resource type`];
    return inputs.filter((i) => !types.some((t) => t.args.some((a) => a.name === i))).map((i) => `${where}: no type there has an input \`${i}\``);
}

export function moduleOf(token: string): string {
    return (token.split(":")[1] ?? "").split("/")[0];
}
