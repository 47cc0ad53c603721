// Loads a program's main module as @pulumi/pulumi's cmd/run does: ES modules ("type": "module" in the
// nearest package.json, or .mjs/.mts) by dynamic import, CommonJS by require; TypeScript through
// ts-node for CommonJS, our loader hooks for ES modules (esm-hooks.ts, registered with module.register).
import * as fs from "fs";
import Module from "module";
import * as path from "path";
import { pathToFileURL } from "url";
import { ESM_HOOKS_SOURCE } from "./esm-hooks";
import type { ProgramJob } from "./protocol";

// A real dynamic import: TypeScript compiles `import()` to require() under CommonJS.
const dynamicImport = new Function("u", "return import(u)") as (u: string) => Promise<Record<string, unknown>>;

const TS_EXTS = new Set([".ts", ".mts", ".cts"]);

function packageTypeOf(file: string): string | undefined {
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
        const manifest = path.join(dir, "package.json");
        if (fs.existsSync(manifest)) {
            try {
                const type = (JSON.parse(fs.readFileSync(manifest, "utf8")) as { type?: unknown }).type;
                return typeof type === "string" ? type : undefined;
            } catch {
                return undefined;
            }
        }
        if (path.dirname(dir) === dir) {
            return undefined;
        }
    }
}

/** True when Node loads `file` as an ES module. */
export function isEsModule(file: string): boolean {
    const ext = path.extname(file);
    if (ext === ".mjs" || ext === ".mts") {
        return true;
    }
    if (ext === ".cjs" || ext === ".cts") {
        return false;
    }
    return packageTypeOf(file) === "module";
}

function resolver(job: ProgramJob): (id: string) => string {
    return (id) => {
        try {
            return require.resolve(id, { paths: [job.dir] });
        } catch {
            return require.resolve(id);
        }
    };
}

function tsOptions(job: ProgramJob): Record<string, unknown> {
    const from = resolver(job);
    return {
        transpileOnly: true,
        compiler: from("typescript"),
        skipProject: !fs.existsSync(path.join(job.dir, "tsconfig.json")),
        compilerOptions: { target: "ES2020", module: "commonjs", moduleResolution: "node", esModuleInterop: true, sourceMap: true },
    };
}

// Under CommonJS, `import "./util.js"` written for a `util.ts` (as tsc's node16/nodenext resolution
// wants) is retried with the TypeScript extension when the .js file does not exist.
function resolveJsToTs(): void {
    const mod = Module as unknown as { _resolveFilename: (request: string, parent: unknown, ...rest: unknown[]) => string };
    const original = mod._resolveFilename;
    mod._resolveFilename = function (request, parent, ...rest) {
        try {
            return original.call(this, request, parent, ...rest);
        } catch (e) {
            const m = /^(\.{1,2}\/.*)\.(c|m)?js$/.exec(request);
            const from = (parent as { filename?: unknown } | undefined)?.filename;
            if (!m || typeof from !== "string" || !TS_EXTS.has(path.extname(from))) {
                throw e;
            }
            return original.call(this, `${m[1]}.${m[2] ?? ""}ts`, parent, ...rest);
        }
    };
}

function registerTypeScript(job: ProgramJob, esm: boolean): void {
    if (esm) {
        (Module as unknown as { register(specifier: string, opts: unknown): void })
            .register(`data:text/javascript,${encodeURIComponent(ESM_HOOKS_SOURCE)}`, { data: { typescript: resolver(job)("typescript") } });
        return;
    }
    resolveJsToTs();
    if ((process as unknown as Record<symbol, unknown>)[Symbol.for("ts-node.register.instance")]) {
        return;
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const tsnode = require(resolver(job)("ts-node")) as { register(opts: unknown): void };
    tsnode.register(tsOptions(job));
}

/** Loads the program's main module and returns what it exports (a default export alone unwrapped). */
export async function loadMain(job: ProgramJob): Promise<unknown> {
    const esm = isEsModule(job.main);
    if (job.typescript && TS_EXTS.has(path.extname(job.main))) {
        registerTypeScript(job, esm);
    }
    if (esm) {
        const exported = await dynamicImport(pathToFileURL(job.main).href);
        if (Object.getOwnPropertyDescriptor(exported, "default") !== undefined) {
            if (Object.keys(exported).length !== 1) {
                throw new Error("the program's main module has both a default export and named exports; keep one of them");
            }
            return exported.default;
        }
        return { ...exported };
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    let exported = require(job.main) as unknown;
    if (typeof exported === "object" && exported !== null && Object.keys(exported).length === 1 && "default" in exported) {
        exported = (exported as { default: unknown }).default;
    }
    return exported;
}
