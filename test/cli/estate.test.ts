// The estate view (`audit` over many exports): one report over test/fixtures/estate (a level 3, a
// level 1 and a level 0 stack), ranked by what blocks most in text, JSON, Markdown and SARIF (one
// run per stack); directories give their .json files; a bad export fails the audit with exit 2.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { exportFiles } from "../../src/cli/audit";
import type { Estate } from "../../src/cli/render/estate";
import { runCli } from "../helpers/cli";
import { ROOT } from "../helpers/packs";
import { reportSchemaErrors, sarifSchemaErrors } from "../helpers/schemas";

const ESTATE = "test/fixtures/estate";
const RANKED = ["non-eu-data.json", "level-1.json", "compliant.json"];

interface SarifRun { automationDetails?: { id: string }; results: { ruleId: string; locations: { physicalLocation?: { artifactLocation: { uri: string } } }[] }[]; invocations: { exitCode: number }[]; properties: { label: { stacks: { level: number }[] } } }

describe("estate audit", function () {
    this.timeout(300_000);

    describe("the files a directory gives", () => {
        it("its .json files, recursively in name order, skipping hidden folders and node_modules", () => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-estate-"));
            for (const f of ["b.json", "a/z.json", "a/y.JSON", "notes.txt", ".pulumi/x.json", "node_modules/m/package.json", ".hidden.json"]) {
                fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
                fs.writeFileSync(path.join(dir, f), "{}");
            }
            assert.deepEqual(exportFiles([dir, "-"], "/"), [path.join(dir, "a/y.JSON"), path.join(dir, "a/z.json"), path.join(dir, "b.json"), "-"]);
            assert.deepEqual(exportFiles(["estate"], path.join(ROOT, "test", "fixtures")), ["estate/compliant.json", "estate/level-1.json", "estate/non-eu-data.json"]);
        });

        it("an empty directory or a missing path is bad input (exit 2) before any pack starts", async () => {
            const empty = fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-estate-"));
            const r = await runCli(["audit", empty], { cwd: ROOT });
            assert.equal(r.code, 2);
            assert.match(r.stderr, /^eu-sovereignty: directory .* holds no \.json file; put `pulumi stack export --file STACK\.json` files there\n$/);
            const missing = await runCli(["audit", ESTATE, "no/such.json"], { cwd: ROOT });
            assert.equal(missing.code, 2);
            assert.match(missing.stderr, /stack export no\/such\.json does not exist/);
        });
    });

    describe("one report over three stacks", () => {
        let json: { runs: { source: { path: string } }[]; estate: Estate; summary: { resources: number } };
        before(async () => {
            const r = await runCli(["audit", ESTATE, "--format", "json"], { cwd: ROOT });
            assert.equal(r.code, 1, r.stderr);
            json = JSON.parse(r.stdout) as typeof json;
        });

        it("JSON: the estate ranks the stacks by blockers, with levels, counts and what blocks", () => {
            assert.equal(reportSchemaErrors(json), "");
            const rows = json.estate.stacks;
            assert.deepEqual(rows.map((s) => [path.basename(s.file ?? ""), s.project, s.level, s.blockers]), [
                ["non-eu-data.json", "shop", 0, 2], ["level-1.json", "analytics", 1, 1], ["compliant.json", "billing", 3, 0],
            ]);
            assert.deepEqual(rows[0].next?.blockers.map((b) => [b.rule, b.count]), [["customer-managed-keys", 1], ["encryption-in-transit", 1]]);
            assert.deepEqual(rows[1].next, { level: 2, blockers: [{ rule: "eu-data-residency", requirement: "L2-residency", count: 1 }] });
            assert.equal(rows[2].next, undefined);
            assert.deepEqual(json.estate.levels, { 0: 1, 1: 1, 2: 0, 3: 1 });
            assert.match(json.estate.disclaimer, /not a Gaia-X certification/);
            // Each row points at its own run.
            for (const s of rows) assert.equal(path.basename(json.runs[s.run].source.path), path.basename(s.file ?? ""));
        });

        it("text: an estate table after the stacks, most blocked first", async () => {
            const r = await runCli(["audit", ESTATE, "--no-color"], { cwd: ROOT });
            const lines = r.stdout.split("\n");
            const head = lines.findIndex((l) => l.startsWith("Estate: 3 stacks: 1 at level 3, 1 at level 1, 1 at level 0"));
            assert.ok(head > 0, r.stdout);
            assert.match(lines[head + 1], /not a Gaia-X certification/);
            assert.match(lines[head + 2], /^ {2}level +blockers +stack +next level blocked by$/);
            assert.match(lines[head + 3], /^ {2}0 +2 +test\/fixtures\/estate\/non-eu-data\.json \(stack prod\) +level 1: customer-managed-keys ×1, encryption-in-transit ×1$/);
            assert.match(lines[head + 4], /^ {2}1 +1 +test\/fixtures\/estate\/level-1\.json \(stack prod\) +level 2: eu-data-residency ×1$/);
            assert.match(lines[head + 5], /^ {2}3 +0 +test\/fixtures\/estate\/compliant\.json \(stack prod\) +every level met$/);
        });

        it("Markdown: the label table ranked, with a blockers column", async () => {
            const r = await runCli(["audit", ESTATE, "--format", "markdown"], { cwd: ROOT });
            assert.match(r.stdout, /3 stacks: 1 at level 3, 1 at level 1, 1 at level 0; the stacks that block most come first\./);
            const label = r.stdout.slice(r.stdout.indexOf("## Sovereignty label"));
            const rows = label.slice(0, label.indexOf("\n\n#")).split("\n").filter((l) => /^\| test\/fixtures\/estate\//.test(l));
            assert.deepEqual(rows.map((l) => l.split(" | ").slice(1, 3)), [["0", "2"], ["1", "1"], ["3", "0"]]);
            assert.deepEqual(rows.map((l) => path.basename(l.split(" ")[1])), RANKED);
            assert.match(rows[1], /\| level 2: eu-data-residency ×1 \|/);
        });

        it("SARIF: one run per stack, each with its own category, results and exit code", async () => {
            const r = await runCli(["audit", ESTATE, "--format", "sarif"], { cwd: ROOT });
            const sarif = JSON.parse(r.stdout) as { runs: SarifRun[]; properties: { estate: Estate } };
            assert.equal(sarifSchemaErrors(sarif), "");
            assert.deepEqual(sarif.runs.map((x) => x.automationDetails?.id), ["eu-sovereignty/billing/prod/", "eu-sovereignty/analytics/prod/", "eu-sovereignty/shop/prod/"]);
            assert.deepEqual(sarif.runs.map((x) => x.properties.label.stacks.map((s) => s.level)), [[3], [1], [0]]);
            assert.deepEqual(sarif.runs.map((x) => x.invocations[0].exitCode), [0, 1, 1]);
            const files = sarif.runs.map((x) => [...new Set(x.results.flatMap((res) => res.locations.map((l) => path.basename(l.physicalLocation?.artifactLocation.uri ?? ""))))]);
            assert.deepEqual(files, [[], ["level-1.json"], ["non-eu-data.json"]]);
            assert.deepEqual(sarif.properties.estate.stacks.map((s) => path.basename(s.file ?? "")), RANKED);
        });

        it("one stack keeps one SARIF run with no category (the upload chooses it) and no estate", async () => {
            const r = await runCli(["audit", `${ESTATE}/level-1.json`, "--format", "sarif"], { cwd: ROOT });
            const sarif = JSON.parse(r.stdout) as { runs: SarifRun[]; properties?: unknown };
            assert.equal(sarif.runs.length, 1);
            assert.equal(sarif.runs[0].automationDetails, undefined);
            assert.equal(sarif.properties, undefined);
            const j = JSON.parse((await runCli(["audit", `${ESTATE}/level-1.json`, "--format", "json"], { cwd: ROOT })).stdout) as { estate?: unknown };
            assert.equal(j.estate, undefined);
        });
    });

    it("two stacks of the same project and name get distinct SARIF categories", async () => {
        const file = `${ESTATE}/compliant.json`;
        const r = await runCli(["audit", file, file, "--format", "sarif"], { cwd: ROOT });
        const sarif = JSON.parse(r.stdout) as { runs: SarifRun[] };
        assert.deepEqual(sarif.runs.map((x) => x.automationDetails?.id), ["eu-sovereignty/billing/prod/", "eu-sovereignty/billing/prod-2/"]);
    });

    it("an export that is not one, among good ones, fails the whole audit (exit 2, no report) and is named", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-estate-"));
        for (const f of ["a.json", "b.json"]) fs.copyFileSync(path.join(ROOT, ESTATE, "compliant.json"), path.join(dir, f));
        fs.writeFileSync(path.join(dir, "c.json"), '{"version": 3, "deployment": {}}');
        const r = await runCli(["audit", dir, "--format", "json"], { cwd: ROOT });
        assert.equal(r.code, 2);
        assert.equal(r.stdout, "");
        assert.match(r.stderr, /c\.json is not a stack export/);
    });
});
