import { strict as assert } from "assert";
import { execFileSync } from "child_process";
import * as path from "path";

// Loads the built pack in a fresh Node process with a hook on the module loader, and lists every
// module file it pulls in. The pack runs in every preview: a provider SDK there costs seconds.
describe("pack runtime import graph", () => {
    it("contains no provider SDK (aws, azure-native, gcp) and no TypeScript compiler", () => {
        const packDir = path.resolve(__dirname, "../../policies");
        const script = `
            const Module = require("module");
            const seen = new Set();
            const load = Module._load;
            Module._load = function (request, parent, isMain) {
                const r = load.apply(this, arguments);
                try { seen.add(Module._resolveFilename(request, parent, isMain)); } catch { seen.add(request); }
                return r;
            };
            // Load the policy modules only: starting the pack would also open its gRPC server.
            require(${JSON.stringify(path.join(packDir, "dist/policies/index.js"))});
            process.stdout.write(JSON.stringify([...seen]));`;
        const files = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" })) as string[];
        assert.ok(files.some((f) => f.endsWith(path.join("dist", "data", "catalogue.js"))), "the hook saw the pack's own modules");
        const offending = files.filter((f) => /[\\/]@pulumi[\\/](aws|azure-native|gcp)[\\/]/.test(f) || /[\\/]typescript[\\/]/.test(f));
        assert.deepEqual(offending, []);
    });
});
