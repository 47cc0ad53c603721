// The eu-sovereignty command: exit codes, one-line errors, and each output format validated.
import * as assert from "assert";
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main, useColor } from "../../src/cli/main";
import type { ReportDocument } from "../../src/engine/types";
import { runCli } from "../helpers/cli";
import type { CliResult } from "../helpers/cli";
import { ROOT, fixturePack } from "../helpers/packs";
import { reportSchemaErrors, sarifSchemaErrors } from "../helpers/schemas";

const PROD = "examples/stack-export/prod.json";
const STAGING = "examples/stack-export/staging.json";
const ANSI = /\u001b\[/;

function tempDir(): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-cli-"));
}

function tempFile(name: string, content: string): string {
    const file = path.join(tempDir(), name);
    fs.writeFileSync(file, content);
    return file;
}

/** A bad-input run: exit 2, nothing on stdout, one line on stderr matching `expected`. */
async function expectUsageError(argv: string[], expected: RegExp): Promise<void> {
    const r = await runCli(argv, { cwd: ROOT });
    assert.strictEqual(r.code, 2, `${argv.join(" ")}: ${r.stderr}`);
    assert.strictEqual(r.stdout, "");
    assert.strictEqual(r.stderr.split("\n").filter((l) => l).length, 1, r.stderr);
    assert.match(r.stderr, /^eu-sovereignty: /);
    assert.ok(!/\n\s+at /.test(r.stderr), `stack trace in: ${r.stderr}`);
    assert.match(r.stderr.trim(), expected);
}

describe("eu-sovereignty command", function () {
    this.timeout(120_000);

    describe("usage", () => {
        it("prints help and the version", async () => {
            const help = await runCli(["--help"]);
            assert.strictEqual(help.code, 0);
            assert.match(help.stdout, /Usage:\n {2}eu-sovereignty check \[DIR\]/);
            assert.match(help.stdout, /Exit codes: 0 no mandatory violation, 1 mandatory violations/);
            const version = await runCli(["--version"]);
            assert.deepStrictEqual(version, { code: 0, stdout: `${JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version}\n`, stderr: "" });
            const none = await runCli([]);
            assert.strictEqual(none.code, 2);
            assert.match(none.stderr, /Usage:/);
        });

        it("rejects bad arguments with one line", async () => {
            await expectUsageError(["check", "--bogus"], /unknown option --bogus; run `eu-sovereignty --help` for usage$/);
            await expectUsageError(["scan"], /unknown command "scan"/);
            await expectUsageError(["check", "--format", "pdf"], /unknown format "pdf"/);
            await expectUsageError(["check", "a", "b"], /check takes one directory, got 2: a b$/);
            await expectUsageError(["audit"], /audit needs at least one `pulumi stack export` file/);
            await expectUsageError(["audit", PROD, "--stack", "prod"], /--stack applies to check only/);
        });
    });

    describe("bad input", () => {
        it("names a missing directory, a directory without Pulumi.yaml, a program that throws", async () => {
            await expectUsageError(["check", "no/such/dir"], /^eu-sovereignty: directory no\/such\/dir does not exist; pass the directory of a Pulumi project \(with Pulumi\.yaml\)$/);
            await expectUsageError(["check", "docs"], /docs has no Pulumi\.yaml/);
            await expectUsageError(["check", "test/fixtures/programs/throws", "--pack", fixturePack("empty")], /^eu-sovereignty: the program in test\/fixtures\/programs\/throws failed: the program gave up$/);
        });

        it("refuses a --stack with no Pulumi.<stack>.yaml, as pulumi refuses an unknown stack", async () => {
            await expectUsageError(["check", "test/fixtures/programs/wiring", "--stack", "prdo"],
                /^eu-sovereignty: stack "prdo" has no Pulumi\.prdo\.yaml in .*wiring \(stacks here: dev\); create it with `pulumi stack init prdo` or pick an existing stack$/);
            await expectUsageError(["audit", "-", "-"], /audit reads standard input \(-\) once/);
            await expectUsageError(["audit", STAGING, "--invokes", "a.json"], /--invokes applies to check only/);
        });

        it("audits an export read from standard input (audit -), and notes pending operations", async () => {
            const doc = JSON.parse(fs.readFileSync(path.join(ROOT, STAGING), "utf8")) as { deployment: { resources: { urn: string; type: string }[]; pending_operations?: unknown[] } };
            const first = doc.deployment.resources[0];
            doc.deployment.pending_operations = [{ resource: first, type: "updating" }];
            let stdout = "";
            let stderr = "";
            const code = await main(["audit", "-", "--pack", fixturePack("empty"), "--format", "json"], {
                stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env: {}, cwd: ROOT,
                stdin: () => JSON.stringify(doc),
            });
            assert.strictEqual(code, 0, stderr);
            const report = JSON.parse(stdout) as ReportDocument;
            assert.strictEqual(report.runs[0].source.stack, "staging");
            assert.deepStrictEqual(report.runs[0].pendingOperations, [{ urn: first.urn, operation: "updating" }]);
            assert.strictEqual(reportSchemaErrors(report), "");
            assert.match(stderr, new RegExp(`^eu-sovereignty: standard input has 1 pending operation\\(s\\) from an interrupted update \\(updating ${first.urn.replace(/[$.*+?()[\]{}|^\\]/g, "\\$&")}\\); .*run \`pulumi refresh\``));
        });

        it("says which multi-language components check cannot see into (aws-ts-eks: eks.Cluster passed with no finding)", async () => {
            const dir = "test/fixtures/programs/remote-component";
            const json = await runCli(["check", dir, "--pack", fixturePack("empty"), "--format", "json"]);
            assert.strictEqual(json.code, 0, json.stderr);
            const report = JSON.parse(json.stdout) as ReportDocument;
            assert.deepStrictEqual(report.runs[0].remoteComponents, [
                { urn: "urn:pulumi:dev::remote-component::eks:index:Cluster::cluster", type: "eks:index:Cluster", name: "cluster" },
            ]);
            assert.strictEqual(reportSchemaErrors(report), "");
            const text = await runCli(["check", dir, "--pack", fixturePack("empty")]);
            assert.match(text.stdout, /not seen 1 multi-language component cluster \(eks:index:Cluster\): its provider plugin creates its resources, which check cannot run offline, so this verdict does not cover them; judge them with the pack in `pulumi preview --policy-pack`, or audit a `pulumi stack export`/);
            assert.doesNotMatch(text.stdout, /acme:index:Local\)/);
            const md = await runCli(["check", dir, "--pack", fixturePack("empty"), "--format", "markdown"]);
            assert.match(md.stdout, /\*\*Not seen:\*\* the resources of the multi-language component `cluster` \(`eks:index:Cluster`\)/);
            const sarif = JSON.parse((await runCli(["check", dir, "--pack", fixturePack("empty"), "--format", "sarif"])).stdout);
            assert.strictEqual(sarifSchemaErrors(sarif), "");
            assert.deepStrictEqual(sarif.runs[0].invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text),
                ["cluster (eks:index:Cluster) is a multi-language component: its provider plugin creates its resources, which check cannot run offline, so no result covers them"]);
        });

        it("names a file that is not a stack export", async () => {
            await expectUsageError(["audit", "package.json"], /package\.json is not a stack export \(no deployment\.resources\)/);
            await expectUsageError(["audit", STAGING, "missing.json"], /stack export missing\.json does not exist/);
        });

        it("rejects bad policy config and unknown presets before analyzing", async () => {
            await expectUsageError(["audit", STAGING, "--config", tempFile("c.json", "{ nope")], /config file .*c\.json is not valid JSON/);
            await expectUsageError(["audit", STAGING, "--config", tempFile("c.json", '{"eu-data-residency": "sometimes"}')],
                /"sometimes" for policy "eu-data-residency" is not an enforcement level/);
            await expectUsageError(["audit", STAGING, "--config", tempFile("c.json", '{"eu-data-residency": {"allowedLocations": "eu"}}')],
                /^eu-sovereignty: invalid config for policy "eu-data-residency" \(config file .*\): allowedLocations must be array$/);
            await expectUsageError(["audit", STAGING, "--pack", fixturePack("regions"), "--preset", "nope"], /unknown preset "nope"; available presets: lenient, wide$/);
            await expectUsageError(["audit", STAGING, "--pack", fixturePack("empty"), "--preset", "audit"], /unknown preset "audit"; the pack at .*empty has no presets$/);
        });

        it("reports a pack that fails to start or hangs", async () => {
            await expectUsageError(["audit", STAGING, "--pack", fixturePack("crash")], /exited with code \d+ before it started: Error: fixture pack crashed while loading$/);
            await expectUsageError(["audit", STAGING, "--pack", fixturePack("hang"), "--timeout", "2"], /did not start within 2s \(no port printed\); it was stopped$/);
            await expectUsageError(["audit", STAGING, "--pack", "no/such/pack"], /policy pack directory .*no\/such\/pack does not exist/);
        });
    });

    describe("reports (audit of two stacks with the eu-sovereignty pack)", () => {
        let json: CliResult;
        let doc: ReportDocument;
        before(async function () {
            this.timeout(120_000);
            json = await runCli(["audit", PROD, STAGING, "--format", "json"], { cwd: ROOT });
            doc = JSON.parse(json.stdout) as ReportDocument;
        });

        it("JSON: valid against docs/report.schema.json, one run per file, totals, exit 1", () => {
            assert.strictEqual(json.code, 1, json.stderr);
            assert.strictEqual(reportSchemaErrors(doc), "");
            assert.deepStrictEqual(doc.runs.map((r) => [r.source.kind, path.relative(ROOT, r.source.path!), r.source.stack]), [
                ["stack-export", PROD, "prod"], ["stack-export", STAGING, "staging"],
            ]);
            assert.strictEqual(doc.summary.resources, doc.runs[0].summary.resources + doc.runs[1].summary.resources);
            assert.strictEqual(doc.summary.mandatory, doc.runs[0].summary.mandatory + doc.runs[1].summary.mandatory);
            assert.ok(doc.runs[0].summary.mandatory >= 3);
            assert.strictEqual(doc.exitCode, 1);
            assert.strictEqual(doc.pack.name, "eu-sovereignty");
        });

        it("the schema rejects what it should", () => {
            assert.notStrictEqual(reportSchemaErrors({ ...doc, exitCode: 2 }), "");
            const broken = JSON.parse(JSON.stringify(doc)) as ReportDocument;
            (broken.runs[0].resources[0] as unknown as Record<string, unknown>).verdict = "maybe";
            assert.notStrictEqual(reportSchemaErrors(broken), "");
        });

        it("SARIF: valid 2.1.0, rules from the pack, levels from enforcement, URNs as logical locations", async () => {
            const r = await runCli(["audit", PROD, "--format", "sarif"], { cwd: ROOT });
            assert.strictEqual(r.code, 1);
            const sarif = JSON.parse(r.stdout);
            assert.strictEqual(sarifSchemaErrors(sarif), "");
            assert.strictEqual(sarif.version, "2.1.0");
            const run = sarif.runs[0];
            assert.deepStrictEqual(run.tool.driver.rules.map((x: { id: string }) => x.id), doc.pack.policies.map((p) => p.name));
            const residency = run.results.filter((x: { ruleId: string; level: string }) => x.ruleId === "eu-data-residency" && x.level === "error");
            assert.deepStrictEqual(residency.map((x: { locations: { logicalLocations: { fullyQualifiedName: string }[] }[] }) => x.locations[0].logicalLocations[0].fullyQualifiedName).sort(), [
                "urn:pulumi:prod::shop::aws:s3/bucket:Bucket::legacy-logs", "urn:pulumi:prod::shop::pulumi:providers:aws::default_7_48_0",
            ]);
            assert.deepStrictEqual(residency[0].locations[0].physicalLocation.artifactLocation, { uri: PROD, uriBaseId: "SRCROOT" });
            const advisory = run.results.find((x: { properties: { enforcementLevel: string } }) => x.properties.enforcementLevel === "advisory");
            assert.strictEqual(advisory?.level, "warning");
            assert.strictEqual(run.invocations[0].executionSuccessful, true);
        });

        it("Markdown: where each resource lives, its key, its verdict, and a summary", async () => {
            const r = await runCli(["audit", PROD, STAGING, "--format", "markdown"], { cwd: ROOT });
            assert.strictEqual(r.code, 1);
            const md = r.stdout;
            assert.match(md, /^# EU sovereignty report\n/);
            assert.match(md, /❌ \*\*Not compliant\*\*: \d+ mandatory violations on \d+ resources\./);
            assert.match(md, /\| examples\/stack-export\/prod\.json \(stack prod\) \| 12 \| \d+ \| \d+ \| 0 \| \d+ \| ❌ \|/);
            assert.match(md, /\| Resource \| Type \| Lives in \| Replicates to \| Key \| Verdict \|/);
            assert.match(md, /\| `legacy-logs` \| `aws:s3\/bucket:Bucket` \| [^|]+ \| [^|]+ \| [^|]+ \| ❌ \d+ mandatory/);
            assert.match(md, /#### ❌ `sessions` \(`aws:dynamodb\/table:Table`\)\n\nURN: `urn:pulumi:prod::shop::aws:dynamodb\/table:Table::sessions`\n\n- \*\*mandatory\*\* · \[`eu-cross-border-replication`\]\(https:\/\/[^)]+\/docs\/policies\/eu-cross-border-replication\.md\)/);
            assert.match(md, /## examples\/stack-export\/staging\.json \(stack staging\)/);
            // Providers and components are not data resources: not in the resource table.
            assert.ok(!/\| `eu_west` \|/.test(md));
        });

        it("text: grouped by resource, mandatory first, counts and the result", async () => {
            const r = await runCli(["audit", PROD, STAGING], { cwd: ROOT });
            assert.strictEqual(r.code, 1);
            const lines = r.stdout.split("\n");
            assert.match(lines[0], /^eu-sovereignty \S+ · policy pack eu-sovereignty \S+ \(\d+ policies\)$/);
            assert.strictEqual(lines[2], "examples/stack-export/prod.json (stack prod): 12 resources");
            assert.match(lines[3], /^\d+ mandatory violations, \d+ advisories · 12 resources: /); // the counts come first
            const sessions = lines.findIndex((l) => /^✖ sessions aws:dynamodb\/table:Table$/.test(l));
            assert.ok(sessions > 0, r.stdout);
            assert.match(lines[sessions + 1], /^ {2}mandatory /);
            assert.match(r.stdout, /\nAll 2 stacks:\n\d+ mandatory violations, \d+ advisories · 15 resources: /);
            assert.match(r.stdout, /\n✖ Not compliant: \d+ mandatory violations would block a deployment\.\n.*--verbose.*\n$/);
            assert.ok(!ANSI.test(r.stdout), "no colour when stdout is not a terminal");
        });

        it("colours text only on a terminal without NO_COLOR or --no-color", async () => {
            const colored = await runCli(["audit", STAGING], { cwd: ROOT, tty: true });
            assert.ok(ANSI.test(colored.stdout));
            const tty = { stdout: { isTTY: true, write: () => true }, env: {} };
            const text = { color: true, format: "text" as const, output: undefined };
            assert.strictEqual(useColor(text, tty), true);
            assert.strictEqual(useColor(text, { ...tty, env: { NO_COLOR: "1" } }), false);
            assert.strictEqual(useColor({ ...text, color: false }, tty), false);
            assert.strictEqual(useColor({ ...text, format: "markdown" }, tty), false);
            assert.strictEqual(useColor({ ...text, output: "r.txt" }, tty), false);
            assert.strictEqual(useColor(text, { ...tty, stdout: { isTTY: false, write: () => true } }), false);
        });
    });

    it("exits 0 when nothing mandatory is found, and writes --output files", async () => {
        const dir = tempDir();
        const config = tempFile("all-advisory.json", JSON.stringify({ all: "advisory" }));
        const r = await runCli(["audit", STAGING, "--config", config, "--format", "markdown", "-o", path.join(dir, "out", "report.md")], { cwd: ROOT });
        assert.strictEqual(r.code, 0, r.stderr);
        assert.strictEqual(r.stdout, "");
        assert.match(r.stderr, /^eu-sovereignty: wrote the markdown report to .*report\.md \(0 mandatory, \d+ advisory, 0 errors\)\n$/);
        assert.match(fs.readFileSync(path.join(dir, "out", "report.md"), "utf8"), /✅ \*\*Compliant\*\*: no mandatory violations/);
    });

    it("says when the report cannot be written", async () => {
        await expectUsageError(["audit", STAGING, "--pack", fixturePack("empty"), "-o", "package.json/report.txt"], /^eu-sovereignty: cannot write the report to package\.json\/report\.txt: /);
    });

    it("fails fast on an output path that cannot be created, in one line", async () => {
        await expectUsageError(["audit", STAGING, "-o", "/proc/nope/x.txt"], /^eu-sovereignty: cannot write the report to \/proc\/nope\/x\.txt: ENOENT/);
    });

    it("leaves no stale report when the run fails: removed, or for SARIF a report of the failure", async () => {
        const dir = tempDir();
        const json = path.join(dir, "report.json");
        fs.writeFileSync(json, "an old report");
        const r = await runCli(["check", "test/fixtures/programs/throws", "--pack", fixturePack("empty"), "--format", "json", "-o", json], { cwd: ROOT });
        assert.strictEqual(r.code, 2);
        assert.ok(!fs.existsSync(json), "the old report is gone");
        const sarifFile = path.join(dir, "report.sarif");
        fs.writeFileSync(sarifFile, "an old report");
        const s = await runCli(["check", "test/fixtures/programs/throws", "--pack", fixturePack("empty"), "--format", "sarif", "-o", sarifFile], { cwd: ROOT });
        assert.strictEqual(s.code, 2);
        const sarif = JSON.parse(fs.readFileSync(sarifFile, "utf8"));
        assert.strictEqual(sarifSchemaErrors(sarif), "");
        assert.strictEqual(sarif.runs[0].invocations[0].executionSuccessful, false);
        assert.match(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text, /the program in test\/fixtures\/programs\/throws failed: the program gave up/);
        assert.deepStrictEqual(sarif.runs[0].results, []);
    });

    it("stops its pack and program processes when SIGTERM is sent to the CLI process alone", async () => {
        const script = "require('./src/cli/main').main(process.argv.slice(1)).then((c) => { process.exitCode = c; })";
        const cli = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script, "check", "test/fixtures/programs/hangs", "--pack", fixturePack("empty")],
            { cwd: ROOT, stdio: "ignore" });
        const childrenOf = (pid: number): number[] => {
            const ps = spawnSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" });
            return ps.stdout.split("\n").map((l) => Number(l.trim())).filter((n) => n > 0);
        };
        let children: number[] = [];
        // The pack and the program each run in a process of their own.
        for (let i = 0; i < 600 && children.length < 2; i++) {
            await new Promise((r) => setTimeout(r, 100));
            children = childrenOf(cli.pid!);
        }
        assert.ok(children.length >= 2, `children: ${children.join(", ")}`);
        const exited = new Promise<number | null>((resolve) => cli.once("exit", (code) => resolve(code)));
        cli.kill("SIGTERM");
        assert.strictEqual(await exited, 143);
        const alive = (pid: number): boolean => {
            try {
                process.kill(pid, 0);
                return true;
            } catch {
                return false;
            }
        };
        for (let i = 0; i < 50 && children.some(alive); i++) {
            await new Promise((r) => setTimeout(r, 100));
        }
        assert.deepStrictEqual(children.filter(alive), [], "no orphaned children");
    });

    it("exits 1 when a policy throws, and shows the error on the resource", async () => {
        const file = tempFile("export.json", JSON.stringify({ version: 3, deployment: { resources: [
            { urn: "urn:pulumi:s::p::t:i:R::explode", type: "t:i:R", custom: true, inputs: {} },
            { urn: "urn:pulumi:s::p::t:i:R::calm", type: "t:i:R", custom: true, inputs: {} },
        ] } }));
        const r = await runCli(["audit", file, "--pack", fixturePack("throws")], { cwd: ROOT });
        assert.strictEqual(r.code, 1);
        assert.match(r.stdout, /\n! explode t:i:R\n {2}error {5}policy 'explodes' threw: policy blew up on purpose\n/);
        assert.match(r.stdout, /! Not proven compliant: 1 analyzer error \(a policy could not run\)\./);
    });

    it("checks a program: findings point at its lines (SARIF), exit 1", async () => {
        const r = await runCli(["check", "examples/aws-violating", "--format", "sarif"], { cwd: ROOT });
        assert.strictEqual(r.code, 1, r.stderr);
        const sarif = JSON.parse(r.stdout);
        assert.strictEqual(sarifSchemaErrors(sarif), "");
        const orders = sarif.runs[0].results.find((x: { ruleId: string; locations: { logicalLocations: { name: string }[] }[] }) =>
            x.ruleId === "eu-cross-border-replication" && x.locations[0].logicalLocations[0].name === "orders");
        const lines = fs.readFileSync(path.join(ROOT, "examples", "aws-violating", "index.ts"), "utf8").split("\n");
        const line = lines.findIndex((l) => l.includes('new dynamodb.Table("orders"')) + 1;
        assert.deepStrictEqual(orders.locations[0].physicalLocation, {
            artifactLocation: { uri: "examples/aws-violating/index.ts", uriBaseId: "SRCROOT" },
            region: { startLine: line, startColumn: 1 },
        });
    });

    it("runs as the installed bin (built dist)", () => {
        const bin = path.join(ROOT, "bin", "eu-sovereignty.js");
        assert.ok(fs.existsSync(path.join(ROOT, "dist", "src", "cli", "main.js")), "dist is missing: run npm run build");
        const bad = spawnSync(process.execPath, [bin, "check", "no/such/dir"], { cwd: ROOT, encoding: "utf8" });
        assert.strictEqual(bad.status, 2);
        assert.match(bad.stderr, /^eu-sovereignty: directory no\/such\/dir does not exist/);
        const config = tempFile("c.json", JSON.stringify({ all: "advisory" }));
        const ok = spawnSync(process.execPath, [bin, "audit", STAGING, "--config", config, "--format", "json"], { cwd: ROOT, encoding: "utf8" });
        assert.strictEqual(ok.status, 0, ok.stderr);
        assert.strictEqual(reportSchemaErrors(JSON.parse(ok.stdout)), "");
    });
});
