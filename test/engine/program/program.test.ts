// Running programs offline: how a program is found and configured, and every way it can fail.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputError, ProgramError } from "../../../src/engine/errors";
import { loadProgram } from "../../../src/engine/program/check";
import { readProject } from "../../../src/engine/program/project";
import { ARCHIVE_SIG } from "../../../src/engine/values";
import { ROOT } from "../../helpers/packs";

const program = (name: string) => path.join(ROOT, "test", "fixtures", "programs", name);

function tempProject(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-prog-"));
    for (const [name, text] of Object.entries(files)) {
        fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
}

async function programError(dir: string, timeoutMs?: number): Promise<ProgramError> {
    try {
        await loadProgram(readProject(dir, "dev"), timeoutMs);
    } catch (e) {
        assert.ok(e instanceof ProgramError, `expected a ProgramError, got ${String(e)}`);
        assert.ok(!e.message.includes("\n"), `one line expected: ${e.message}`);
        return e;
    }
    assert.fail("the program ran");
}

describe("running a program offline", function () {
    this.timeout(60_000);

    it("runs a JavaScript program from package.json main with the chosen stack's config", async () => {
        const loaded = await loadProgram(readProject(program("js-program"), "prod"));
        const thing = loaded.resources.find((r) => r.name === "js-thing");
        assert.deepStrictEqual(thing?.inputs, { zone: "eu-west-1a" });
        assert.strictEqual(thing?.urn, "urn:pulumi:prod::js-program::test:index:Thing::js-thing");
        assert.strictEqual(loaded.project.main, path.join(program("js-program"), "app.js"));
        assert.strictEqual(loaded.project.typescript, false);
    });

    it("runs ES-module programs as pulumi preview does: \"type\": \"module\", .mjs, and .js specifiers naming .ts files", async () => {
        const zones: Record<string, [string, string]> = {
            "esm-js": ["esm-thing", "eu-west-1a"],
            "esm-ts": ["esm-ts-thing", "eu-central-1b"],
            "mjs-program": ["mjs-thing", "eu-north-1a"],
            "cjs-ts-js-specifiers": ["cjs-thing", "eu-south-1a"],
        };
        for (const [dir, [name, zone]] of Object.entries(zones)) {
            const loaded = await loadProgram(readProject(program(dir), "dev"));
            assert.deepStrictEqual(loaded.resources.find((r) => r.name === name)?.inputs, { zone }, dir);
        }
        // Named exports and a default export's result become the stack's outputs.
        const esm = await loadProgram(readProject(program("esm-js"), "dev"));
        assert.deepStrictEqual(esm.resources[0].outputs, { thing: "urn:pulumi:dev::esm-js::test:index:Thing::esm-thing" });
        const ts = await loadProgram(readProject(program("esm-ts"), "dev"));
        assert.deepStrictEqual(ts.resources[0].outputs, { urn: "urn:pulumi:dev::esm-ts::test:index:Thing::esm-ts-thing" });
    });

    it("serialises callback functions (magic lambdas) into the function's code, as a preview does", async () => {
        const loaded = await loadProgram(readProject(program("callback"), "dev"));
        const fn = loaded.resources.find((r) => r.type === "aws:lambda/function:Function");
        const code = JSON.stringify(fn?.inputs.code ?? null);
        assert.ok(code.includes(ARCHIVE_SIG), code.slice(0, 200));
        assert.match(code, /hello/);
    });

    it("reports a program that throws with its message and no stack trace", async () => {
        const e = await programError(program("throws"));
        assert.match(e.message, /^the program in .*throws failed: the program gave up$/);
    });

    it("names the resource class and the program's line when an SDK says a required property is missing", async () => {
        // pulumi/examples azure-ts-aks said only "Missing required property 'clientId'" (azuread 6 renamed applicationId).
        const e = await programError(program("missing-property"));
        assert.match(e.message, /failed: Missing required property 'policy' of BucketPolicy, created at index\.ts:6:1$/);
    });

    it("reports a program that exits on its own before it finishes", async () => {
        const e = await programError(program("exits"));
        assert.match(e.message, /^the program in .*exits exited with code 4 before it finished: giving up early$/);
    });

    it("names missing configuration and where to set it", async () => {
        const e = await programError(program("missing-config"));
        assert.match(e.message, /failed: Missing required configuration variable 'missing-config:databaseName' \(set it in Pulumi\.dev\.yaml\)$/);
    });

    it("reports a program that does not compile", async () => {
        const e = await programError(program("syntax-error"));
        assert.match(e.message, /failed: cannot compile the program: index\.ts\(2,11\): error TS1109: Expression expected\.$/);
    });

    it("stops a program that never finishes", async () => {
        const started = Date.now();
        const e = await programError(program("hangs"), 3000);
        assert.match(e.message, /^the program in .*hangs did not finish within 3s and was stopped/);
        assert.ok(Date.now() - started < 15_000);
    });

    it("reports a program that cannot load a module, or the Pulumi SDK", async () => {
        assert.match((await programError(program("missing-module"))).message, /failed: Cannot find module '@pulumi\/not-installed'$/);
        const outside = tempProject({ "Pulumi.yaml": "name: nosdk\nruntime: nodejs\n", "index.js": "" });
        assert.match((await programError(outside)).message, /failed: cannot find @pulumi\/pulumi from .*; run npm install for the program$/);
    });

    it("rejects directories that are not Pulumi nodejs projects with one line", () => {
        const cases: [string, RegExp][] = [
            [path.join(ROOT, "no-such-dir"), /^directory .*no-such-dir does not exist; pass the directory of a Pulumi project \(with Pulumi\.yaml\)$/],
            [path.join(ROOT, "package.json"), /package\.json is not a directory/],
            [path.join(ROOT, "test", "fixtures"), /fixtures has no Pulumi\.yaml; pass the directory of a Pulumi project, or create one with `pulumi new`$/],
            [tempProject({ "Pulumi.yaml": "name: py\nruntime: python\n" }), /has runtime "python"; check runs nodejs \(TypeScript or JavaScript\) programs only$/],
            [tempProject({ "Pulumi.yaml": "name: m\nruntime: nodejs\nmain: src/missing.ts\n" }), /main src\/missing\.ts in .*Pulumi\.yaml does not exist$/],
            [tempProject({ "Pulumi.yaml": "name: e\nruntime: nodejs\n" }), /no program found in .*: expected index\.ts, index\.js, or "main" in Pulumi\.yaml or package\.json$/],
            [tempProject({ "Pulumi.yaml": "name: b\nruntime: nodejs\n", "package.json": '{"main": "bin/index.js"}' }),
                /the program's main file bin\/index\.js \(from .*package\.json\) does not exist; build the program or fix "main"$/],
            [tempProject({ "Pulumi.yaml": "runtime: nodejs\n" }), /has no project name/],
            [tempProject({ "Pulumi.yaml": "name: [unclosed\n" }), /cannot read .*Pulumi\.yaml: /],
        ];
        for (const [dir, expected] of cases) {
            assert.throws(() => readProject(dir, "dev"), (e: Error) => e instanceof InputError && expected.test(e.message) && !e.message.includes("\n"), dir);
        }
    });

    it("falls back to the directory's index file when package.json's main does not exist, as Pulumi's language host does", () => {
        // pulumi/examples aws-ts-containers: "main": "index.js" beside index.ts only.
        const dir = tempProject({ "Pulumi.yaml": "name: c\nruntime: nodejs\n", "package.json": '{"main": "index.js"}', "index.ts": "" });
        assert.strictEqual(readProject(dir, "dev").main, path.join(dir, "index.ts"));
    });

    it("reads project config defaults, namespaces bare keys, and marks secure values secret", () => {
        const p = readProject(program("wiring"), "dev");
        assert.deepStrictEqual(p.config["wiring:greeting"], { text: "hi", value: "hi", secret: false });
        assert.deepStrictEqual(p.config["wiring:fromProject"], { text: "project-default", value: "project-default", secret: false });
        assert.deepStrictEqual(p.config["test:settings"], { text: '{"retries":3}', value: { retries: 3 }, secret: false });
        assert.strictEqual(p.config["wiring:apiKey"].secret, true);
        assert.strictEqual(p.stackFile, path.join(program("wiring"), "Pulumi.dev.yaml"));
    });
});
