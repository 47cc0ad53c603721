// Module hooks for TypeScript ES-module programs (registered with module.register, run in Node's
// loader thread): `.ts`/`.mts` files are transpiled to ES modules with the program's TypeScript, and a
// relative `./x.js` that does not exist resolves to `./x.ts` (tsc's node16/nodenext convention). ts-node's
// own ESM hooks compile transpile-only files as CommonJS under TypeScript 5, so they are not used.

/** The hooks' source: an ES module, registered as a data: URL so that it needs no file of its own. */
export const ESM_HOOKS_SOURCE = `
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
let ts;
export async function initialize(data) {
    ts = createRequire(data.typescript)(data.typescript);
}
const TS = /\\.(m?ts)$/;
export async function resolve(specifier, context, next) {
    try {
        return await next(specifier, context);
    } catch (e) {
        const m = /^(\\.{1,2}\\/.*)\\.(m?)js$/.exec(specifier);
        if (!m || !context.parentURL || !TS.test(context.parentURL)) throw e;
        const alt = new URL(m[1] + "." + m[2] + "ts", context.parentURL);
        if (!existsSync(fileURLToPath(alt))) throw e;
        return { url: alt.href, shortCircuit: true };
    }
}
export async function load(url, context, next) {
    if (!url.startsWith("file:") || !TS.test(url)) return next(url, context);
    const file = fileURLToPath(url);
    const source = await readFile(file, "utf8");
    const out = ts.transpileModule(source, {
        fileName: file,
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true, inlineSourceMap: true, inlineSources: true },
    });
    return { format: "module", source: out.outputText, shortCircuit: true };
}
`;
