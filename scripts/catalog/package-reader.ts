// Reading one installed provider package (`@pulumi/aws`, `@pulumi/azure-native`, `@pulumi/gcp`)
// as text: tokens and aliases from each resource's `.js`, inputs from its `.d.ts`, nested input
// types from `types/input.d.ts`. The SDK itself is never loaded.
import * as fs from "fs";
import * as path from "path";
import { constEnumOf, declarationsOf, docOf, inputTypesOf, parseDts, propsOf } from "./dts-reader";
import type { PackageTypings, PropInfo, ResourceTyping, SdkPackage } from "./model";
import { compareStrings } from "./model";

// `static __pulumiType = '...'` in newer tsc output, `<Class>.__pulumiType = '...';` in older (OVHcloud, Linode).
const TOKEN_RE = /(?:static |^\w+\.)__pulumiType = '([^']+)'/m;
const CLASS_RE = /^class (\w+) extends pulumi\.(?:CustomResource|ProviderResource)/m;
const ALIASES_RE = /const aliasOpts = \{ aliases: \[(.*)\] \};/;
const ALIAS_TYPE_RE = /type: "([^"]+)"/g;

/** The installed package directory of a cloud's SDK, resolved from `root` (the repository). */
export function packageDir(root: string, cloud: SdkPackage): string {
    return npmPackageDir(root, `@pulumi/${cloud}`);
}

/** The installed directory of an npm package (`@ovhcloud/pulumi-ovh`), resolved from `root`. */
export function npmPackageDir(root: string, npmName: string): string {
    return path.dirname(require.resolve(`${npmName}/package.json`, { paths: [root] }));
}

/** Every `.js` file under `dir` (recursively, skipping `types/` and nested `node_modules/`), sorted. */
export function listJsFiles(dir: string): string[] {
    const out: string[] = [];
    const walk = (rel: string): void => {
        const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
        for (const entry of entries) {
            const child = rel === "" ? entry.name : `${rel}/${entry.name}`;
            if (entry.isDirectory()) {
                if (child === "types" || entry.name === "node_modules") continue;
                walk(child);
            } else if (entry.isFile() && entry.name.endsWith(".js")) {
                out.push(child);
            }
        }
    };
    walk("");
    return out.sort(compareStrings);
}

/** What a resource's `.js` says: its token, class name and aliases; undefined if it is no resource. */
export function readResourceJs(jsText: string): { token: string; className: string; aliases: string[] } | undefined {
    const token = TOKEN_RE.exec(jsText)?.[1];
    const className = CLASS_RE.exec(jsText)?.[1];
    if (token === undefined || className === undefined) return undefined;
    const aliasList = ALIASES_RE.exec(jsText)?.[1] ?? "";
    const aliases = [...aliasList.matchAll(ALIAS_TYPE_RE)]
        .map((m) => m[1])
        .filter((a) => a !== token);
    return { token, className, aliases: [...new Set(aliases)].sort(compareStrings) };
}

/** What a resource's `.d.ts` says: the `<ClassName>Args` inputs, the class outputs, deprecation. */
export function readResourceDts(fileName: string, dtsText: string, className: string): {
    args: PropInfo[]; outputs: string[]; deprecated: boolean;
} {
    const file = parseDts(fileName, dtsText);
    const { interfaces, classes } = declarationsOf(file);
    const argsDecl = interfaces.get(`${className}Args`);
    const classDecl = classes.get(className);
    return {
        args: argsDecl ? propsOf(argsDecl.members, dtsText) : [],
        outputs: classDecl ? propsOf(classDecl.members, dtsText).map((p) => p.name) : [],
        deprecated: classDecl ? /@deprecated\b/.test(docOf(classDecl, dtsText)) : false,
    };
}

export interface ReadOptions {
    /** Only read resources whose `.js` path (relative to the package) passes this filter. */
    readonly fileFilter?: (relJsPath: string) => boolean;
    /** Skip `types/input.d.ts` (no nested paths then). */
    readonly skipInputTypes?: boolean;
}

/** Read one provider package's typings; `cloud` is its type-token package (`aws` in `aws:s3/bucket:Bucket`). */
export function readPackage<C extends string = SdkPackage>(cloud: C, dir: string, options: ReadOptions = {}): PackageTypings<C> {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { name: string; version: string };
    const resources: ResourceTyping[] = [];
    let providerArgs: PropInfo[] = [];
    for (const rel of listJsFiles(dir)) {
        if (options.fileFilter && !options.fileFilter(rel)) continue;
        const jsText = fs.readFileSync(path.join(dir, rel), "utf8");
        if (!jsText.includes("__pulumiType = '")) continue;
        const js = readResourceJs(jsText);
        if (!js) continue;
        const dtsRel = rel.replace(/\.js$/, ".d.ts");
        const dtsPath = path.join(dir, dtsRel);
        if (!fs.existsSync(dtsPath)) continue;
        const dts = readResourceDts(dtsRel, fs.readFileSync(dtsPath, "utf8"), js.className);
        if (js.token === cloud) {
            providerArgs = dts.args;
            continue;
        }
        if (!js.token.startsWith(`${cloud}:`)) continue;
        resources.push({ token: js.token, className: js.className, file: dtsRel, aliases: js.aliases, ...dts });
    }
    resources.sort((a, b) => compareStrings(a.token, b.token));
    const inputPath = path.join(dir, "types", "input.d.ts");
    const inputTypes = options.skipInputTypes || !fs.existsSync(inputPath)
        ? new Map<string, PropInfo[]>()
        : inputTypesOf(parseDts("types/input.d.ts", fs.readFileSync(inputPath, "utf8")));
    const enumsPath = path.join(dir, "types", "enums", "index.d.ts");
    const regionEnum = fs.existsSync(enumsPath)
        ? constEnumOf(parseDts("types/enums/index.d.ts", fs.readFileSync(enumsPath, "utf8")), "Region")
        : new Map<string, string>();
    return { cloud, packageName: pkg.name, version: pkg.version, resources, providerArgs, inputTypes, regionEnum };
}
