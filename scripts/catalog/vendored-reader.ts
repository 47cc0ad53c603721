// Reads a committed schema extract (scripts/catalog/vendored/<id>.json) as the typings of an installed
// SDK are read, so the regional rules and shapes apply to it unchanged.
import * as fs from "fs";
import * as path from "path";
import type { PackageTypings, PropInfo, ResourceTyping, TypeShape } from "./model";
import type { VendoredFile, VendoredId, VendoredInput } from "./vendored-model";

export function vendoredPath(root: string, id: VendoredId): string {
    return path.join(root, "scripts", "catalog", "vendored", `${id}.json`);
}

export function readVendoredFile(root: string, id: VendoredId): VendoredFile {
    return JSON.parse(fs.readFileSync(vendoredPath(root, id), "utf8")) as VendoredFile;
}

export function shapeOf(type: string): TypeShape {
    if (type.endsWith("[]")) return { kind: "array", element: shapeOf(type.slice(0, -2)) };
    if (type.startsWith("ref:")) return { kind: "ref", name: type.slice(4) };
    if (type === "map") return { kind: "map", value: { kind: "primitive", text: "string" } };
    if (type === "object") return { kind: "object", props: [] };
    return { kind: "primitive", text: type };
}

function propsOf(inputs: Readonly<Record<string, VendoredInput>>): PropInfo[] {
    return Object.entries(inputs).map(([name, i]) => ({ name, optional: i.required !== true, doc: i.doc ?? "", type: shapeOf(i.type) }));
}

/** The extract as typings: the resources' args hold only the extracted inputs; the package version is the repository tag. */
export function vendoredTypings<C extends VendoredId>(id: C, file: VendoredFile): PackageTypings<C> {
    const resources: ResourceTyping[] = Object.entries(file.resources).map(([token, inputs]) => ({
        token,
        className: token.split(":").at(-1) ?? token,
        file: `schema.json#/resources/${token}`,
        args: propsOf(inputs),
        outputs: [],
        aliases: [],
        deprecated: false,
    }));
    return {
        cloud: id,
        packageName: file.npm,
        version: `${file.source.version} (schema at ${file.source.commit.slice(0, 12)})`,
        resources,
        providerArgs: propsOf(file.config),
        inputTypes: new Map(Object.entries(file.inputTypes).map(([name, props]) => [name, propsOf(props)])),
        regionEnum: new Map(),
    };
}
