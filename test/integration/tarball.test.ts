// The pack as Pulumi Cloud runs it: `npm pack` of policies/, unpacked into a clean folder, its runtime
// dependencies installed with `npm install --omit=dev` (which runs no build: the tarball ships dist/),
// then started through the engine and asked for a verdict.
import { strict as assert } from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PackSession } from "../../src/engine/session";
import { EU_PACK, flaggedBy } from "../helpers/packs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(args: string[], cwd: string): string {
    return execFileSync(npm, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

describe("the packed pack (npm pack, npm install, start)", function () {
    this.timeout(600_000);
    let tmp = "";
    let files: string[] = [];
    let installed = "";

    before(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "eu-pack-"));
        // --ignore-scripts: the build ran already (prepack would rebuild dist/ under other tests' feet).
        const out = JSON.parse(run(["pack", "--json", "--ignore-scripts", "--pack-destination", tmp], EU_PACK)) as { filename: string; files: { path: string }[] }[];
        files = out[0].files.map((f) => f.path);
        installed = path.join(tmp, "pack");
        fs.mkdirSync(installed);
        execFileSync("tar", ["-xzf", path.join(tmp, out[0].filename), "-C", installed, "--strip-components=1"]);
        // The runtime dependencies at the versions the lock file pins, from the local cache when it has them.
        const lock = JSON.parse(fs.readFileSync(path.join(EU_PACK, "..", "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string }> };
        const pinned = ["@pulumi/policy", "@pulumi/pulumi"].map((n) => {
            const v = lock.packages[`node_modules/${n}`]?.version;
            assert.ok(v, `${n} is in the lock file`);
            return `${n}@${v}`;
        });
        const pkgPath = path.join(installed, "package.json");
        const pkg = JSON.parse(fs.readFileSync(pkgPath, "utf8")) as { dependencies: Record<string, string> };
        for (const spec of pinned) {
            const at = spec.lastIndexOf("@");
            pkg.dependencies[spec.slice(0, at)] = spec.slice(at + 1);
        }
        fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2));
        run(["install", "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline"], installed);
    });
    after(() => {
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    it("ships the built pack, its presets and manifest, and no build state, tests or sources", () => {
        for (const f of ["PulumiPolicy.yaml", "package.json", "dist/index.js", "dist/lib.js"]) assert.ok(files.includes(f), f);
        assert.ok(files.some((f) => f.startsWith("presets/")), "presets");
        assert.deepEqual(files.filter((f) => f.endsWith(".tsbuildinfo")), []);
        assert.deepEqual(files.filter((f) => /(^|\/)(test|tests)\/|\.test\.[jt]s$/.test(f)), []);
        assert.deepEqual(files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")), []);
    });

    it("ships no source map that points at a source the tarball lacks", () => {
        for (const map of files.filter((f) => f.endsWith(".map"))) {
            const { sources, sourcesContent } = JSON.parse(fs.readFileSync(path.join(installed, map), "utf8")) as { sources: string[]; sourcesContent?: unknown[] };
            if (sourcesContent && sourcesContent.length === sources.length) continue;
            for (const s of sources) assert.ok(fs.existsSync(path.resolve(path.dirname(path.join(installed, map)), s)), `${map} -> ${s}`);
        }
    });

    it("installs with no build step (no prepare/install script needs the sources)", () => {
        const { scripts = {} } = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8")) as { scripts?: Record<string, string> };
        for (const s of ["preinstall", "install", "postinstall", "prepare"]) assert.equal(scripts[s], undefined, s);
        assert.ok(fs.existsSync(path.join(installed, "node_modules", "@pulumi", "policy", "package.json")));
    });

    it("starts through the engine and flags a us-east-1 bucket as a mandatory eu-data-residency violation", async () => {
        const session = await PackSession.start({ packDir: installed, startTimeoutMs: 120_000 });
        try {
            const report = await session.analyze([
                { type: "aws:s3/bucket:Bucket", name: "faraway", props: { bucket: "faraway-1" }, provider: { type: "aws", props: { region: "us-east-1" } } },
                { type: "aws:s3/bucket:Bucket", name: "nearby", props: { bucket: "nearby-1" }, provider: { type: "aws", props: { region: "eu-central-1" } } },
            ]);
            assert.deepEqual(flaggedBy(report, "eu-data-residency", "mandatory"), ["faraway"]);
        } finally {
            await session.stop();
        }
    });
});
