// A stack export of 3,000 resources with every odd shape a real one can hold, audited with the
// eu-sovereignty pack through the API (auditExport) and the installed CLI: every live resource
// reported once, no analyzer error, no secret in the report, correct exit codes, the same JSON
// report each time; and big broken files rejected in one line before any pack starts.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { buildDocument } from "../../../src/engine/document";
import { auditExport } from "../../../src/engine/export/audit";
import type { Diagnostic, Report, ReportDocument } from "../../../src/engine/types";
import { SECRET_VALUES, buildExport } from "./export-builder";
import type { BuiltExport } from "./export-builder";
import { EU_PACK, assertNoStackTrace, assertOneLineError, runBin, tempDir, withoutTimings } from "./helpers";

const COUNT = 3000;

describe("scale: auditing a 3,000-resource stack export with odd shapes", function () {
    this.timeout(120_000);
    let dir: string;
    let file: string;
    let built: BuiltExport;
    let report: Report;
    let cli: { code: number | null; doc: ReportDocument; stderr: string; ms: number };

    before(async function () {
        this.timeout(180_000);
        dir = tempDir();
        file = path.join(dir, "big-stack.json");
        built = buildExport(COUNT);
        fs.writeFileSync(file, JSON.stringify(built.doc, null, 1));
        // The same file audited twice: through the API and through the CLI, each with a fresh pack.
        report = await auditExport(file, { packDir: EU_PACK });
        const r = await runBin(["audit", file, "--format", "json"]);
        let doc: ReportDocument;
        try {
            doc = JSON.parse(r.stdout) as ReportDocument;
        } catch {
            assert.fail(`the CLI did not print a JSON report (exit ${r.code}):\n${r.stderr.slice(0, 2000)}`);
        }
        cli = { code: r.code, doc, stderr: r.stderr, ms: r.ms };
    });

    after(() => {
        if (dir) {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("writes a file that is as large and as odd as intended", () => {
        assert.strictEqual(built.doc.deployment.resources.length, COUNT);
        assert.ok(Object.keys(built.odd).length >= 30, "every odd shape is in the file");
        assert.strictEqual(built.skipped, 2, "deleted and pending deletion");
        assert.ok(fs.statSync(file).size > 2 * 1024 * 1024);
    });

    it("reports every live resource exactly once, in file order", () => {
        assert.deepStrictEqual(report.resources.map((r) => r.urn), built.liveUrns);
        assert.strictEqual(report.summary.resources, COUNT - built.skipped);
        for (const [shape, urn] of Object.entries(built.odd)) {
            if (shape === "deleted") {
                assert.ok(!report.resources.some((r) => r.urn === urn), `${shape}: left out`);
            } else {
                assert.strictEqual(report.resources.filter((r) => r.urn === urn).length, 1, `${shape}: reported once`);
            }
        }
        const unicode = report.resources.find((r) => r.urn === built.odd["unicode name"]);
        assert.strictEqual(unicode?.name, "données-😀-名前");
    });

    it("judges every shape without a single analyzer error", () => {
        assert.deepStrictEqual(report.errors, []);
        const erroring = report.resources.filter((r) => r.errors.length > 0).map((r) => `${r.urn}: ${r.errors.map((e) => e.message).join("; ")}`);
        assert.deepStrictEqual(erroring, []);
        assert.strictEqual(report.summary.errors, 0);
        // The estate puts a fifth of its resources outside the EU: the pack must have said so.
        assert.ok(report.summary.mandatory > 100, `mandatory findings: ${report.summary.mandatory}`);
        // Like `pulumi policy analyze`, Analyze gets the stored inputs (none here) and AnalyzeStack the outputs.
        const outputsOnly = report.resources.find((r) => r.urn === built.odd["no inputs, only outputs"]);
        assert.ok(!outputsOnly?.diagnostics.some((d) => d.policyName === "eu-data-residency"), "Analyze saw no inputs, so no region");
        assert.ok(outputsOnly?.diagnostics.some((d) => d.phase === "analyze-stack" && d.policyName === "customer-managed-keys"),
            "a resource known only by its outputs is judged on them in AnalyzeStack");
    });

    it("never shows a secret's value, and leaves Object.prototype alone", () => {
        const text = JSON.stringify(report);
        for (const s of SECRET_VALUES) {
            assert.ok(!text.includes(s), `the report shows the secret ${s}`);
        }
        assert.strictEqual((({}) as Record<string, unknown>).polluted, undefined);
    });

    it("CLI: exit code 1 (mandatory findings), a JSON report on stdout, nothing else", () => {
        assert.strictEqual(cli.code, 1, cli.stderr);
        assertNoStackTrace(cli.stderr);
        assert.strictEqual(cli.stderr.trim(), "", "no progress or warnings when stderr is not a terminal");
        assert.strictEqual(cli.doc.exitCode, 1);
        assert.strictEqual(cli.doc.runs.length, 1);
        assert.deepStrictEqual(cli.doc.runs[0].resources.map((r) => r.urn), built.liveUrns);
    });

    it("gives the same JSON report both times (timings aside)", () => {
        const api = withoutTimings(JSON.parse(JSON.stringify(buildDocument(report.pack, [report]))) as ReportDocument);
        // The CLI writes the version-2 document (provenance, the exemptions list); buildDocument keeps
        // the version-1 shape (docs/reports.md), so those two fields are compared apart.
        const { provenance, exemptions, ...cliDoc } = cli.doc as ReportDocument & { provenance?: { command?: string }; exemptions?: unknown[] };
        assert.match(provenance?.command ?? "", /^eu-sovereignty audit .*--format json$/);
        assert.deepStrictEqual(exemptions, []);
        assert.strictEqual((cliDoc as { schemaVersion?: number }).schemaVersion, 3);
        // Version 2 also counts exempted findings in each summary (none here); version 3 adds each run's label.
        const runLabel = (cliDoc.runs[0] as { label?: { level?: number } }).label;
        assert.strictEqual(typeof runLabel?.level, "number");
        // Version 3 also gives each finding the catalogue row its message cites: checked here, then dropped.
        const rowless = JSON.parse(JSON.stringify(cliDoc)) as ReportDocument;
        for (const d of rowless.runs.flatMap((run) => [...run.stackDiagnostics, ...run.resources.flatMap((r) => r.diagnostics)]) as (Diagnostic & { row?: string })[]) {
            if (d.row !== undefined) {
                assert.ok(d.message.includes(d.row), `${d.urn ?? "stack"}: row ${d.row} is cited in its message`);
                delete d.row;
            }
        }
        const v1 = JSON.parse(JSON.stringify({ ...rowless, schemaVersion: 1 }, (k, v: unknown) => ((k === "exempted" && v === 0) || k === "label" ? undefined : v))) as ReportDocument;
        const fromCli = withoutTimings(v1);
        // Compare resource by resource first, for a readable failure.
        api.runs[0].resources.forEach((r, i) => assert.deepStrictEqual(fromCli.runs[0].resources[i], r, `resource #${i + 1} ${r.urn}`));
        assert.deepStrictEqual(fromCli, api);
    });

    describe("big broken files: one line, exit 2, before any pack starts", () => {
        it("a file cut off mid-way", async () => {
            const cut = path.join(dir, "cut.json");
            const text = fs.readFileSync(file, "utf8");
            fs.writeFileSync(cut, text.slice(0, Math.floor(text.length * 0.6)));
            const r = await runBin(["audit", cut, "--format", "json"]);
            assert.strictEqual(r.code, 2);
            assert.strictEqual(r.stdout, "");
            assertOneLineError(r.stderr, /cut\.json is not a stack export: it is not valid JSON/);
            assert.ok(r.ms < 15_000, `took ${r.ms} ms`);
        });

        it("a resource without a type deep in the file, named by its position", async () => {
            const bad = path.join(dir, "no-type.json");
            const doc = JSON.parse(JSON.stringify(built.doc)) as BuiltExport["doc"];
            delete (doc.deployment.resources[2416] as { type?: string }).type;
            fs.writeFileSync(bad, JSON.stringify(doc));
            const r = await runBin(["audit", bad]);
            assert.strictEqual(r.code, 2);
            assertOneLineError(r.stderr, /resource #2417 has no urn or type/);
        });

        it("a JSON file that is no stack export at all", async () => {
            const other = path.join(dir, "array.json");
            fs.writeFileSync(other, JSON.stringify(built.doc.deployment.resources));
            const r = await runBin(["audit", other]);
            assert.strictEqual(r.code, 2);
            assertOneLineError(r.stderr, /is not a stack export \(no deployment\.resources\)/);
        });
    });
});
