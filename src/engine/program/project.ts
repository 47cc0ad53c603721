// A Pulumi project on disk: Pulumi.yaml (name, runtime, main, project config) and the stack's
// Pulumi.<stack>.yaml config, read the way the CLI reads them for a program run.
import * as fs from "fs";
import * as path from "path";
import * as yaml from "js-yaml";
import { InputError, errorMessage, firstLine } from "../errors";

/** One stack config value: the string the program sees, and its structured form. */
export interface ConfigValue {
    /** What PULUMI_CONFIG carries: scalars as strings, objects and arrays as JSON. */
    text: string;
    /** The value as providers get it: a string, or the parsed object/array. */
    value: unknown;
    /** A `secure:` value. We cannot decrypt it, so its ciphertext stands in for the value. */
    secret: boolean;
}

export interface ProgramProject {
    dir: string;
    name: string;
    stack: string;
    /** The file to run. */
    main: string;
    typescript: boolean;
    /** Namespaced keys ("aws:region", "<project>:name") to values. */
    config: Record<string, ConfigValue>;
    /** The stack config file, when it exists. */
    stackFile?: string;
}

/** Reads the project in `dirArg` (relative to `cwd`) for stack `stack`; messages name `dirArg` as given. */
export function readProject(dirArg: string, stack: string, cwd = process.cwd()): ProgramProject {
    const dir = path.resolve(cwd, dirArg);
    if (!fs.existsSync(dir)) {
        throw new InputError(`directory ${dirArg} does not exist; pass the directory of a Pulumi project (with Pulumi.yaml)`);
    }
    if (!fs.statSync(dir).isDirectory()) {
        throw new InputError(`${dirArg} is not a directory; pass the directory of a Pulumi project (with Pulumi.yaml)`);
    }
    const projectFile = ["Pulumi.yaml", "Pulumi.yml"].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    if (!projectFile) {
        throw new InputError(`${dirArg} has no Pulumi.yaml; pass the directory of a Pulumi project, or create one with \`pulumi new\``);
    }
    const doc = loadYaml(projectFile) as Record<string, unknown> | undefined;
    const name = doc?.name;
    if (typeof name !== "string" || name === "") {
        throw new InputError(`${projectFile} has no project name (name:)`);
    }
    const runtime = doc?.runtime;
    const runtimeName = typeof runtime === "string" ? runtime : (runtime as { name?: unknown } | undefined)?.name;
    if (runtimeName !== "nodejs") {
        throw new InputError(`${projectFile} has runtime ${JSON.stringify(runtimeName ?? null)}; check runs nodejs (TypeScript or JavaScript) programs only`);
    }
    const options = typeof runtime === "object" && runtime !== null ? ((runtime as { options?: Record<string, unknown> }).options ?? {}) : {};
    const main = resolveMain(dir, typeof doc?.main === "string" ? doc.main : undefined);
    const config: Record<string, ConfigValue> = {};
    readProjectConfig(name, doc?.config, config);
    const stackFile = ["yaml", "yml"].map((ext) => path.join(dir, `Pulumi.${stack}.${ext}`)).find((f) => fs.existsSync(f));
    if (stackFile) {
        const stackDoc = loadYaml(stackFile) as { config?: unknown } | undefined;
        readStackConfig(name, stackDoc?.config, config, stackFile);
    }
    const typescript = options.typescript !== false && options.typescript !== "false";
    return { dir, name, stack, main, typescript, config, ...(stackFile ? { stackFile } : {}) };
}

/** Like `pulumi`, refuses a stack that does not exist: one with no Pulumi.<stack>.yaml, naming the ones that do. */
export function requireStackFile(project: ProgramProject): void {
    if (project.stackFile) {
        return;
    }
    const stacks = fs.readdirSync(project.dir)
        .map((f) => /^Pulumi\.(.+)\.ya?ml$/.exec(f)?.[1])
        .filter((s): s is string => s !== undefined)
        .sort();
    const have = stacks.length > 0 ? `stacks here: ${stacks.join(", ")}` : "it has no stack config files";
    throw new InputError(`stack "${project.stack}" has no Pulumi.${project.stack}.yaml in ${project.dir} (${have}); create it with \`pulumi stack init ${project.stack}\` or pick an existing stack`);
}

function loadYaml(file: string): unknown {
    try {
        return yaml.load(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new InputError(`cannot read ${file}: ${firstLine(errorMessage(e))}`);
    }
}

/** Pulumi.yaml `main:` (a file or a directory), else the directory's package.json main, else index.ts/index.js. */
function resolveMain(dir: string, main: string | undefined): string {
    const base = main ? path.resolve(dir, main) : dir;
    if (main && !fs.existsSync(base)) {
        throw new InputError(`main ${main} in ${path.join(dir, "Pulumi.yaml")} does not exist`);
    }
    if (fs.existsSync(base) && fs.statSync(base).isFile()) {
        return base;
    }
    const manifest = path.join(base, "package.json");
    let missingMain: string | undefined;
    if (fs.existsSync(manifest)) {
        try {
            const pkg = JSON.parse(fs.readFileSync(manifest, "utf8")) as { main?: unknown };
            if (typeof pkg.main === "string") {
                const file = path.resolve(base, pkg.main);
                for (const candidate of [file, `${file}.ts`, `${file}.js`, path.join(file, "index.ts"), path.join(file, "index.js")]) {
                    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) {
                        return candidate;
                    }
                }
                // Pulumi's language host warns and falls back to the directory, whose index file Node then
                // loads (@pulumi/pulumi cmd/run resolveEntrypoint): aws-ts-containers says "main": "index.js"
                // beside an index.ts.
                missingMain = pkg.main;
            }
        } catch (e) {
            if (e instanceof InputError) {
                throw e;
            }
            throw new InputError(`cannot read ${manifest}: ${firstLine(errorMessage(e))}`);
        }
    }
    for (const candidate of ["index.ts", "index.js"]) {
        const file = path.join(base, candidate);
        if (fs.existsSync(file)) {
            return file;
        }
    }
    if (missingMain !== undefined) {
        throw new InputError(`the program's main file ${missingMain} (from ${manifest}) does not exist; build the program or fix "main"`);
    }
    throw new InputError(`no program found in ${base}: expected index.ts, index.js, or "main" in Pulumi.yaml or package.json`);
}

function namespaced(project: string, key: string): string {
    return key.includes(":") ? key : `${project}:${key}`;
}

function plain(v: unknown): ConfigValue {
    if (typeof v === "string") {
        return { text: v, value: v, secret: false };
    }
    if (typeof v === "number" || typeof v === "boolean") {
        return { text: String(v), value: String(v), secret: false };
    }
    return { text: JSON.stringify(v), value: v, secret: false };
}

// Project-level config in Pulumi.yaml: `key: value` or `key: {type, default|value, secret}`.
function readProjectConfig(project: string, section: unknown, out: Record<string, ConfigValue>): void {
    if (typeof section !== "object" || section === null) {
        return;
    }
    for (const [key, spec] of Object.entries(section as Record<string, unknown>)) {
        if (typeof spec === "object" && spec !== null && !Array.isArray(spec)) {
            const s = spec as Record<string, unknown>;
            const v = "value" in s ? s.value : s.default;
            if (v !== undefined) {
                out[namespaced(project, key)] = { ...plain(v), secret: s.secret === true };
            }
        } else if (spec !== undefined && spec !== null) {
            out[namespaced(project, key)] = plain(spec);
        }
    }
}

function readStackConfig(project: string, section: unknown, out: Record<string, ConfigValue>, file: string): void {
    if (section === undefined || section === null) {
        return;
    }
    if (typeof section !== "object" || Array.isArray(section)) {
        throw new InputError(`config in ${file} must be a map of keys to values`);
    }
    for (const [key, v] of Object.entries(section as Record<string, unknown>)) {
        if (v === null || v === undefined) {
            continue;
        }
        if (typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as { secure?: unknown }).secure === "string") {
            const cipher = (v as { secure: string }).secure;
            out[namespaced(project, key)] = { text: cipher, value: cipher, secret: true };
        } else {
            out[namespaced(project, key)] = plain(v);
        }
    }
}

/** PULUMI_CONFIG and PULUMI_CONFIG_SECRET_KEYS as the language host sets them. */
export function configEnv(config: Record<string, ConfigValue>): Record<string, string> {
    const values: Record<string, string> = {};
    const secretKeys: string[] = [];
    for (const [k, v] of Object.entries(config)) {
        values[k] = v.text;
        if (v.secret) {
            secretKeys.push(k);
        }
    }
    return { PULUMI_CONFIG: JSON.stringify(values), PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(secretKeys) };
}
