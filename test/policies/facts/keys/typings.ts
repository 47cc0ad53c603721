// Reads the installed provider SDKs' typings (as text, through scripts/catalog's reader) and resolves
// the property paths the key rows read: "rules[].applyServerSideEncryptionByDefault" walks the
// `<Class>Args` interface, then the nested input types of types/input.d.ts, fanning out over arrays.
import * as path from "path";
import { packageDir, readPackage } from "../../../../scripts/catalog/package-reader";
import type { Cloud, PropInfo, TypeShape } from "../../../../scripts/catalog/model";

export type ValueKind = "string" | "boolean" | "number" | "object" | "array" | "map" | "any";

export interface Typings {
    /** The `<Class>Args` inputs of a token, undefined when no resource of the SDK has that token. */
    args(token: string): readonly PropInfo[] | undefined;
    /** The type at a row path (relative to the args), or why it cannot be followed. */
    shapeAt(token: string, rowPath: string): { shape: TypeShape } | { error: string };
}

const root = path.resolve(__dirname, "../../../..");

/** Only the module folders the tokens live in are read: "aws:glue/x:X" -> glue, "azure-native:sql:Server" -> sql. */
function moduleOf(token: string): string {
    return token.split(":")[1].split("/")[0];
}

/** A type-token package whose typings the rows are checked against: the catalogue's clouds, and classic azure. */
export type SdkPackage = Cloud | "azure" | "aws-native";

export function readTypings(sdk: SdkPackage, tokens: readonly string[]): Typings {
    const modules = new Set(tokens.map(moduleOf));
    // The reader matches tokens by the `<package>:` prefix and resolves `@pulumi/<package>`; classic azure
    // has the same layout, though the catalogue generator does not read it (hence the cast).
    const cloud = sdk as Cloud;
    const pkg = readPackage(cloud, packageDir(root, cloud), { fileFilter: (rel) => { const parts = rel.split("/"); return parts.length === 2 && modules.has(parts[0]); } });
    const byToken = new Map(pkg.resources.map((r) => [r.token, r]));
    const resolveRef = (shape: TypeShape): TypeShape | string => {
        if (shape.kind !== "ref") return shape;
        const props = pkg.inputTypes.get(shape.name);
        return props ? { kind: "object", props } : `input type ${shape.name} is not in types/input.d.ts`;
    };
    return {
        args: (token) => byToken.get(token)?.args,
        shapeAt(token, rowPath) {
            const r = byToken.get(token);
            if (!r) return { error: `${token} is not a resource of ${pkg.packageName} ${pkg.version}` };
            let shape: TypeShape = { kind: "object", props: r.args };
            if (rowPath === "") return { shape };
            let walked = "";
            const steps = rowPath.split(".");
            for (const [i, step] of steps.entries()) {
                const fan = step.endsWith("[]");
                const name = fan ? step.slice(0, -2) : step;
                const obj = resolveRef(shape);
                if (typeof obj === "string") return { error: `${token}: ${obj} (at \`${walked}\`)` };
                if (obj.kind !== "object") return { error: `${token}: \`${walked}\` is ${kindsOf(obj).join("|")}, not an object with \`${name}\`` };
                const prop = obj.props.find((p) => p.name === name);
                walked = walked === "" ? name : `${walked}.${name}`;
                if (!prop) return { error: `${token}: no input \`${walked}\` in its typings` };
                shape = prop.type;
                if (fan) {
                    if (shape.kind !== "array") return { error: `${token}: \`${walked}\` is ${kindsOf(shape).join("|")}, not an array (the row fans out with [])` };
                    shape = shape.element;
                } else if (shape.kind === "array" && i < steps.length - 1) {
                    return { error: `${token}: \`${walked}\` is an array; the row must fan out with \`${name}[]\`` };
                }
            }
            const end = resolveRef(shape);
            return typeof end === "string" ? { error: `${token}: ${end}` } : { shape: end };
        },
    };
}

/** The kinds of value a shape admits (a union may admit several). */
export function kindsOf(shape: TypeShape): ValueKind[] {
    switch (shape.kind) {
        case "array": return ["array"];
        case "map": return ["map"];
        case "object":
        case "ref": return ["object"];
        case "union": return [...new Set(shape.members.flatMap(kindsOf))].sort();
        case "primitive":
            if (shape.text === "string" || shape.text === "enum" || /^".*"$/.test(shape.text)) return ["string"];
            if (shape.text === "boolean" || shape.text === "true" || shape.text === "false") return ["boolean"];
            if (shape.text === "number") return ["number"];
            if (shape.text === "any") return ["any"];
            return ["object"];
    }
}

/** A row as the typings check sees it (ProtectionRow's paths and the kinds it assumes). */
export interface RowPaths {
    at: string;
    key: string;
    supplied?: readonly string[];
    gates?: readonly { path: string; kind: string }[];
}

const join = (a: string, b: string): string => (a === "" ? b : `${a}.${b}`);

/** What is wrong with a row against the typings of its token (empty when every path and kind holds). */
export function rowProblems(t: Typings, token: string, row: RowPaths): string[] {
    if (!t.args(token)) return [`${token} is not a resource of the installed SDK`];
    const problems: string[] = [];
    const expect = (what: string, path: string, kind: string): void => {
        const s = t.shapeAt(token, path);
        if ("error" in s) {
            problems.push(`${what}: ${s.error}`);
            return;
        }
        const kinds = kindsOf(s.shape);
        if (kinds.length !== 1 || kinds[0] !== kind) problems.push(`${what}: ${token} \`${path}\` is ${kinds.join("|")}, the row assumes ${kind}`);
    };
    if (row.at !== "") expect("at", row.at, "object");
    expect("key", join(row.at, row.key), "string");
    for (const s of row.supplied ?? []) expect("supplied", join(row.at, s), "string");
    for (const g of row.gates ?? []) expect(`gate ${g.path}`, join(row.at, g.path), g.kind);
    return problems;
}
