// SARIF for code scanning (issue 14): one prefix per message, a fingerprint per finding, waivers as
// suppressions, security-severity and rule texts from the policy metadata, the 2.1.0 schema and
// GitHub's documented limits.
import * as assert from "assert";
import { renderSarif } from "../../../src/cli/render/sarif";
import type { ReportDocument } from "../../../src/engine/types";
import { ROOT } from "../../helpers/packs";
import { sarifSchemaErrors } from "../../helpers/schemas";
import { EXEMPTION, prodReport } from "./render-fixture";

interface SarifResult {
    ruleId: string;
    level: string;
    message: { text: string };
    partialFingerprints: Record<string, string>;
    properties: { urn?: string; propertyPath?: string; rowId?: string };
    suppressions?: { kind: string; status?: string; justification: string; properties: { expires: string; matcher?: Record<string, string> } }[];
}
interface SarifRule {
    id: string;
    shortDescription: { text: string };
    fullDescription: { text: string };
    help: { text: string; markdown: string };
    helpUri?: string;
    properties: { "security-severity"?: string; severity?: string; tags?: string[] };
}

describe("SARIF report", function () {
    this.timeout(120_000);
    let doc: ReportDocument;
    let results: SarifResult[];
    let rules: SarifRule[];
    let sarif: unknown;
    before(async () => {
        doc = await prodReport();
        sarif = JSON.parse(renderSarif(doc, { color: false, cwd: ROOT }));
        const run = (sarif as { runs: { results: SarifResult[]; tool: { driver: { rules: SarifRule[] } } }[] }).runs[0];
        results = run.results;
        rules = run.tool.driver.rules;
    });

    it("is valid SARIF 2.1.0", () => {
        assert.strictEqual(sarifSchemaErrors(sarif), "");
    });

    it("carries the row id a finding cites as `properties.rowId`", () => {
        const cited = results.filter((r) => /\[EU[A-Z]-[A-Z]{2,5}-\d{3}\]/.test(r.message.text));
        assert.ok(cited.length > 0, "the prod export has row-decided findings");
        for (const r of cited) assert.strictEqual(r.properties.rowId, /\[(EU[A-Z]-[A-Z]{2,5}-\d{3})\][^[]*$/.exec(r.message.text)?.[1], r.message.text);
        for (const r of results.filter((x) => !cited.includes(x))) assert.strictEqual(r.properties.rowId, undefined);
    });
    it("gives an open-format finding its entry's row id, waived or not", () => {
        const sessions = results.filter((r) => r.properties.urn?.endsWith("::sessions") && r.message.text.includes("keeps data behind a proprietary API or format"));
        assert.strictEqual(sessions.length, 1);
        assert.strictEqual(sessions[0].properties.rowId, "EUF-AWS-001");
        assert.strictEqual(sessions[0].suppressions?.length, 1, "the prod fixture waives it");
    });
    it("names the resource once per message", () => {
        assert.ok(results.length > 10);
        for (const r of results) {
            assert.doesNotMatch(r.message.text, /^(\S+ "[^"]*": )\S+ "[^"]*": /, r.message.text);
        }
        const sessions = results.filter((r) => r.properties.urn?.endsWith("::sessions"));
        for (const r of sessions) {
            assert.strictEqual(r.message.text.split('"sessions"').length - 1, 1, r.message.text);
        }
    });

    it("gives each finding its own fingerprint: rule + URN + property path", () => {
        const fps = results.map((r) => r.partialFingerprints["euSovereigntyFinding/v1"]);
        assert.ok(fps.every((f) => /^[0-9a-f]{64}$/.test(f)));
        assert.strictEqual(new Set(fps).size, fps.length);
        const keys = results.filter((r) => r.ruleId === "customer-managed-keys" && r.properties.urn?.endsWith("::sessions"));
        assert.deepStrictEqual(keys.map((r) => r.properties.propertyPath).sort(), ["replicas[0].kmsKeyArn", "serverSideEncryption.kmsKeyArn"]);
        // Stable across runs: the same document gives the same fingerprints.
        const again = JSON.parse(renderSarif(doc, { color: false, cwd: ROOT })).runs[0].results as SarifResult[];
        assert.deepStrictEqual(again.map((r) => r.partialFingerprints), results.map((r) => r.partialFingerprints));
    });

    it("reports a waived violation under its own rule, as an external suppression", () => {
        assert.deepStrictEqual(results.filter((r) => r.ruleId === "exempted-violations"), []);
        const waived = results.filter((r) => r.suppressions);
        assert.strictEqual(waived.length, 1);
        assert.strictEqual(waived[0].ruleId, "open-data-formats");
        assert.strictEqual(waived[0].level, "note");
        assert.ok(waived[0].properties.urn?.endsWith("::sessions"));
        assert.doesNotMatch(waived[0].message.text, /exempted from/);
        assert.deepStrictEqual(waived[0].suppressions, [{
            kind: "external", status: "accepted", justification: EXEMPTION.reason,
            properties: { expires: EXEMPTION.expires, matcher: { name: "sessions" } },
        }]);
    });

    it("scores rules with security-severity and describes them from the policy metadata", () => {
        const bands: Record<string, [number, number]> = { critical: [9, 10], high: [7, 8.9], medium: [4, 6.9], low: [0.1, 3.9] };
        for (const rule of rules) {
            const sev = rule.properties.severity;
            assert.ok(sev, rule.id);
            const score = Number(rule.properties["security-severity"]);
            assert.ok(score >= bands[sev][0] && score <= bands[sev][1], `${rule.id}: ${score} for ${sev}`);
            assert.notStrictEqual(rule.shortDescription.text, rule.id);
            assert.ok(rule.shortDescription.text.length <= 1024);
            assert.ok(rule.fullDescription.text.length > rule.shortDescription.text.length || rule.shortDescription.text === rule.fullDescription.text, rule.id);
            assert.ok(rule.helpUri && rule.help.markdown.includes(`(${rule.helpUri})`), rule.id);
            assert.ok((rule.properties.tags ?? []).length <= 20);
        }
        const residency = rules.find((r) => r.id === "eu-data-residency");
        assert.strictEqual(residency?.shortDescription.text, "Data lives in an allowed EU/EEA location");
        assert.match(residency?.help.markdown ?? "", /\*\*How to fix:\*\*/);
    });

    it("stays within code scanning's limits", () => {
        const run = (sarif as { runs: { results: unknown[]; tool: { driver: { rules: unknown[] } } }[] }).runs;
        assert.ok(run.length <= 20);
        assert.ok(run[0].results.length <= 25_000 && run[0].tool.driver.rules.length <= 25_000);
    });
});

describe("SARIF provenance", () => {
    it("records the command, the time and the config hash on the invocation, and stays valid", async () => {
        const doc = await prodReport();
        const sarif = JSON.parse(renderSarif(doc, { color: false, cwd: ROOT, provenance: { generatedAt: "2026-06-30T12:00:00.000Z", command: "eu-sovereignty audit prod.json --format sarif", preset: "strict" } }));
        assert.strictEqual(sarifSchemaErrors(sarif), "");
        const inv = sarif.runs[0].invocations[0];
        assert.strictEqual(inv.commandLine, "eu-sovereignty audit prod.json --format sarif");
        assert.strictEqual(inv.endTimeUtc, "2026-06-30T12:00:00.000Z");
        assert.match(inv.properties.configHash, /^[0-9a-f]{64}$/);
        assert.strictEqual(inv.properties.preset, "strict");
    });
});

describe("SARIF rule titles", () => {
    it("come from the policies' display names, every one of them", async () => {
        const doc = await prodReport();
        assert.ok(doc.pack.policies.every((p) => p.displayName && p.displayName.length <= 80), JSON.stringify(doc.pack.policies.map((p) => p.displayName)));
    });
});
