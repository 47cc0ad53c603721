// The text report leads to the fix (issue 14): counts per rule first, one line per finding with the
// fix under it, repeated advisories collapsed, resources in source order with file:line:col,
// --quiet and --verbose, and one verdict per policy and resource.
import * as assert from "assert";
import { findingOf, resourceFindings } from "../../../src/cli/render/common";
import { renderText } from "../../../src/cli/render/text";
import type { Diagnostic, ReportDocument, ResourceReport } from "../../../src/engine/types";
import { runCli } from "../../helpers/cli";
import type { CliResult } from "../../helpers/cli";
import { ROOT } from "../../helpers/packs";
import { prodReport } from "./render-fixture";

describe("text report of the root demo", function () {
    this.timeout(120_000);
    let normal: CliResult;
    let quiet: CliResult;
    let verbose: CliResult;
    // provider-jurisdiction on every resource, as the sovereign presets report it: many repeats.
    let perResource: CliResult;
    let perResourceVerbose: CliResult;
    before(async () => {
        normal = await runCli(["check", "."], { cwd: ROOT });
        quiet = await runCli(["check", ".", "--quiet"], { cwd: ROOT });
        verbose = await runCli(["check", ".", "--verbose"], { cwd: ROOT });
        const config = ["--config", "test/fixtures/config/jurisdiction-per-resource.json"];
        perResource = await runCli(["check", ".", ...config], { cwd: ROOT });
        perResourceVerbose = await runCli(["check", ".", "--verbose", ...config], { cwd: ROOT });
    });

    it("exits 1 in every mode, without colour when piped", () => {
        for (const r of [normal, quiet, verbose]) {
            assert.strictEqual(r.code, 1, r.stderr);
            assert.doesNotMatch(r.stdout, /\u001b\[/);
        }
    });

    it("is at most a third of the report before issue 14 (16,409 bytes), and of the full messages where findings repeat", () => {
        assert.ok(normal.stdout.length * 3 <= 16_409, `${normal.stdout.length} bytes`);
        assert.ok(normal.stdout.length < verbose.stdout.length, `${normal.stdout.length} bytes vs ${verbose.stdout.length} verbose`);
        assert.strictEqual(perResource.code, 1, perResource.stderr);
        assert.ok(perResource.stdout.length * 3 <= perResourceVerbose.stdout.length, `${perResource.stdout.length} bytes vs ${perResourceVerbose.stdout.length} verbose`);
    });

    it("starts with the counts, per rule", () => {
        const lines = normal.stdout.split("\n");
        const first = lines.findIndex((l) => /^[✖⚠!] /.test(l));
        const head = lines.slice(0, first).join("\n");
        assert.match(head, /\n10 mandatory violations, \d+ advisories · 11 resources: 6 failing/);
        assert.match(head, /\n {2}mandatory customer-managed-keys 7, eu-cross-border-replication 2, eu-data-residency 1\n/);
        assert.match(head, /\n {2}advisory {2}external-key-custody 6, provider-jurisdiction 3, /);
    });

    it("gives one line per finding with its fix, without repeating the resource", () => {
        const lines = normal.stdout.split("\n");
        const orders = lines.findIndex((l) => /^✖ index\.ts:\d+:\d+ orders aws:dynamodb\/table:Table$/.test(l));
        assert.ok(orders > 0, normal.stdout);
        assert.match(lines[orders + 1], /^ {2}mandatory eu-cross-border-replication {2}the location of a copy of its data, `replicas\[0\]\.regionName` is "us-east-1"/);
        assert.match(lines[orders + 2], /^ {4}fix: remove that replica or move it to an allowed location/);
        assert.match(lines[orders + 3], /^ {2}mandatory customer-managed-keys {2}DynamoDB table encryption at `serverSideEncryption\.kmsKeyArn` has provider-managed keys \(tier 1, exposed\)$/);
        assert.doesNotMatch(normal.stdout, /aws:dynamodb\/table:Table "orders"/);
        assert.doesNotMatch(normal.stdout, / Rule [a-z-]+[;.]/);
    });

    it("collapses an advisory repeated across resources into one line with a count", () => {
        const lines = normal.stdout.split("\n").filter((l) => l.includes("provider-jurisdiction"));
        assert.strictEqual(lines.length, 3, lines.join("\n")); // the count, the collapsed line, its rule link
        // One finding per default provider (gcp, aws, azure-native), not one per resource.
        assert.match(lines[1], /^ {2}advisory {2}provider-jurisdiction ×3 \(default_9_37_0, default_7_48_0, default_3_28_0\): /);
        const repeated = perResource.stdout.split("\n").filter((l) => l.includes("provider-jurisdiction"));
        assert.strictEqual(repeated.length, 3, repeated.join("\n"));
        assert.match(repeated[1], /^ {2}advisory {2}provider-jurisdiction ×7 \(invoices, orders, shop, media, catalog, backups and 1 more\): /);
    });

    it("lists resources in source order with file:line:col", () => {
        const at = [...normal.stdout.matchAll(/^[✖⚠!] index\.ts:(\d+):(\d+) /gm)].map((m) => Number(m[1]));
        assert.ok(at.length >= 6);
        assert.deepStrictEqual(at, [...at].sort((a, b) => a - b));
    });

    it("--quiet keeps the mandatory findings only; --verbose keeps every message", () => {
        assert.doesNotMatch(quiet.stdout, /^ {2}advisory/m);
        assert.strictEqual((quiet.stdout.match(/^ {2}mandatory \S+ {2}/gm) ?? []).length, 10);
        assert.match(verbose.stdout, /provider package `gcp` belongs to Google LLC/);
        assert.strictEqual((verbose.stdout.match(/^ {4}advisory {3}provider-jurisdiction/gm) ?? []).length, 3);
        assert.strictEqual((perResourceVerbose.stdout.match(/^ {4}advisory {3}provider-jurisdiction/gm) ?? []).length, 7);
    });
});

describe("one verdict per policy and resource", () => {
    const base = { policyPackName: "eu-sovereignty", policyPackVersion: "0.1.0", description: "", phase: "analyze" as const };
    const notice = (policy: string): Diagnostic => ({
        ...base, policyName: policy, enforcementLevel: "advisory",
        message: `can't run policy '${policy}' from policy pack 'eu-sovereignty@v0.1.0' during preview: string value at .kmsKeyId can't be known during preview`,
    });
    const resource = (diagnostics: Diagnostic[]): ResourceReport => ({
        urn: "urn:pulumi:dev::p::aws:ebs/volume:Volume::data", type: "aws:ebs/volume:Volume", name: "data", custom: true,
        diagnostics, notApplicable: [], remediations: [], errors: [], verdict: "fail",
    });

    it("drops the preview notice of a policy that gave a verdict on the same resource, keeps the others", () => {
        const verdict: Diagnostic = { ...base, phase: "analyze-stack", policyName: "eu-key-location", enforcementLevel: "mandatory",
            message: 'aws:ebs/volume:Volume "data": key at `kmsKeyId` is in us-east-1. Rule eu-key-location. Fix: use a key in an allowed location.' };
        const findings = resourceFindings(resource([notice("eu-key-location"), notice("external-key-custody"), verdict]));
        assert.deepStrictEqual(findings.map((f) => [f.rule, f.level, f.previewNotice]), [
            ["eu-key-location", "mandatory", false], ["external-key-custody", "advisory", true],
        ]);
        assert.strictEqual(findings[1].path, "kmsKeyId");
        assert.strictEqual(findings[1].reason, "not checked at preview, as `kmsKeyId` is known only after deployment.");
        assert.match(findings[1].fix ?? "", /checks it at `pulumi up`/);
    });

    it("keeps a preview notice when nothing else was said", () => {
        assert.strictEqual(resourceFindings(resource([notice("eu-key-location")])).length, 1);
    });
});

describe("the cause of a location inherited from provider config", function () {
    this.timeout(120_000);
    let text: string;
    let verbose: string;
    before(async () => {
        text = (await runCli(["check", "examples/aws-violating"], { cwd: ROOT })).stdout;
        verbose = (await runCli(["check", "examples/aws-violating", "--verbose"], { cwd: ROOT })).stdout;
    });

    it("names the stack config key and file on the default provider", () => {
        assert.match(text, /✖ default_7_48_0 pulumi:providers:aws\n {2}mandatory eu-data-residency {2}location `region` \(the stack's `aws:region` in Pulumi\.dev\.yaml\) is "us-east-1"[^\n]*\n {4}fix: set `aws:region` in Pulumi\.dev\.yaml to an allowed location/);
    });

    it("says in one line that a resource inherits it", () => {
        assert.match(text, /index\.ts:\d+:\d+ logs aws:s3\/bucket:Bucket\n {2}mandatory eu-data-residency {2}inherits "us-east-1" \(N\. Virginia, United States\) from `aws:region` \(the default aws provider\): fix it there\n {2}mandatory customer-managed-keys/);
        assert.match(verbose, /`provider\.region` \(inherited from the default aws provider, i\.e\. `aws:region` in Pulumi\.dev\.yaml\)[^\n]*Fix: set `aws:region` in Pulumi\.dev\.yaml/);
    });

    it("names an explicit provider's own property", () => {
        assert.match(text, /ml-training-data aws:s3\/bucket:Bucket\n {2}mandatory eu-data-residency {2}location `provider\.region` \(from its provider "oregon"\) is "us-west-2"[^\n]*\n {4}fix: set `region` on provider "oregon" to an allowed location/);
    });
});

describe("reading odd messages", () => {
    const d = (message: string, policyName = "p"): Diagnostic => ({
        policyName, policyPackName: "x", policyPackVersion: "1", description: "", message, enforcementLevel: "advisory", phase: "analyze",
    });
    it("never throws and keeps the text", () => {
        for (const m of ["", "Fix: ", "[exempted from", "[exempted from p until 2026-01-01: r] ", "`", "``` Rule p Fix:", "a".repeat(100_000), "\u0000\u001b[31m"]) {
            const f = findingOf(d(m));
            assert.strictEqual(typeof f.reason, "string", JSON.stringify(m.slice(0, 40)));
        }
        const waived = findingOf(d("[exempted from open-data-formats until 2026-12-31: ticket ] OPS-1] t \"n\": slow. Fix: go.", "exempted-violations"));
        assert.strictEqual(waived.rule, "open-data-formats");
        assert.strictEqual(waived.fix, "go.");
        // Only exempted-violations speaks for waivers.
        const forged = findingOf(d("[exempted from open-data-formats until 2026-12-31: r] t \"n\": slow. Fix: go.", "some-policy"));
        assert.strictEqual(forged.exemption, undefined);
        assert.strictEqual(forged.rule, "some-policy");
        // Notes the pack appends are kept apart from the fix.
        const noted = findingOf(d("t \"n\": slow. Rule p. Fix: go. (This policy's config has unknown keys, ignored: `x`.)"));
        assert.strictEqual(noted.fix, "go.");
        assert.strictEqual(noted.note, "This policy's config has unknown keys, ignored: `x`.");
        // With the config at hand, a reason holding "] " is read whole.
        const config = { "open-data-formats": { enforcementLevel: "advisory" as const, properties: { exemptions: [{ name: "n", reason: "ticket ] OPS-1", expires: "2026-12-31" }] } } };
        const whole = findingOf(d("[exempted from open-data-formats until 2026-12-31: ticket ] OPS-1] t \"n\": slow. Fix: go.", "exempted-violations"), config, { urn: "u", name: "n", type: "t" });
        assert.deepStrictEqual(whole.exemption, { policy: "open-data-formats", expires: "2026-12-31", reason: "ticket ] OPS-1", matcher: { name: "n" } });
        assert.strictEqual(whole.reason, "slow.");
    });
});

describe("waivers in the text report", function () {
    this.timeout(120_000);
    it("counts a waived finding apart, shows it under its rule, and names an exemption that matched nothing", async () => {
        const text = renderText(await prodReport(), { color: false, cwd: ROOT });
        assert.match(text, /\n7 mandatory violations, 10 advisories \(1 waived\) · 12 resources/);
        assert.match(text, /\n {2}waived {4}open-data-formats 1\n/);
        assert.match(text, /\n {2}waived {4}open-data-formats {2}Amazon DynamoDB keeps data behind a proprietary API or format \[waived until 2099-12-31: migration to PostgreSQL, ticket OPS-12\]\n/);
        assert.match(text, /\n1 exemption in the config matched no finding: provider-jurisdiction #1 \(type nothing:\*\)\. Remove it, or fix the pattern\.\n/);
        assert.doesNotMatch(text, /exempted-violations/);
    });

    it("keeps a waived finding under its resource when the rule's other advisories collapse", async () => {
        const doc = JSON.parse(JSON.stringify(await prodReport())) as ReportDocument;
        // Waive external-key-custody on sessions, as the pack reports it: under exempted-violations.
        const sessions = doc.runs[0].resources.find((r) => r.name === "sessions");
        const d = sessions?.diagnostics.find((x) => x.policyName === "external-key-custody");
        assert.ok(sessions && d);
        d.policyName = "exempted-violations";
        d.message = `[exempted from external-key-custody until 2099-12-31: assessed, ticket LEG-7] ${d.message.slice(d.description.length + 1)}`;
        d.description = "";
        const text = renderText(doc, { color: false, cwd: ROOT });
        const block = text.slice(text.indexOf("\n✖ sessions aws:dynamodb/table:Table\n"));
        const own = block.slice(1, block.indexOf("\n\n"));
        assert.match(own, /\n {2}waived {4}external-key-custody {2}[^\n]*\[waived until 2099-12-31: assessed, ticket LEG-7\]/);
        assert.match(text, /advisory {2}external-key-custody ×3 /);
    });
});
