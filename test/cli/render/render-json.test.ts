// The JSON report (schemaVersion 3; 2 came with issue 14): exemptions as structured data, exempted findings
// counted, exemptions that matched nothing listed, valid against docs/report.schema.json.
import * as assert from "assert";
import { findingOf } from "../../../src/cli/render/common";
import { renderJson } from "../../../src/cli/render/json";
import type { ReportDocument } from "../../../src/engine/types";
import { ROOT } from "../../helpers/packs";
import { reportSchemaErrors } from "../../helpers/schemas";
import { EXEMPTION, UNUSED_EXEMPTION, prodReport } from "./render-fixture";

interface JsonReport {
    schemaVersion: number;
    summary: { exempted: number; advisory: number };
    runs: { summary: { exempted: number }; resources: { name: string; diagnostics: { policyName: string; message: string; row?: string; exemption?: unknown }[] }[] }[];
    exemptions?: unknown[];
    provenance?: unknown;
}

describe("JSON report", function () {
    this.timeout(120_000);
    let doc: ReportDocument;
    let json: JsonReport;
    before(async () => {
        doc = await prodReport();
        json = JSON.parse(renderJson(doc, { color: false, cwd: ROOT, provenance: { generatedAt: "2026-06-30T12:00:00.000Z", command: "eu-sovereignty audit prod.json --format json" } })) as JsonReport;
    });

    it("is schema version 3 and valid against docs/report.schema.json", () => {
        assert.strictEqual(json.schemaVersion, 3);
        assert.strictEqual(reportSchemaErrors(json), "");
        assert.deepStrictEqual(json.provenance, { generatedAt: "2026-06-30T12:00:00.000Z", command: "eu-sovereignty audit prod.json --format json" });
        // A version 1 document (no exempted count, no exemptions list) is not a version 2 one.
        const v1 = JSON.parse(JSON.stringify(json)) as Record<string, unknown> & JsonReport;
        delete v1.exemptions;
        assert.notStrictEqual(reportSchemaErrors(v1), "");
        assert.notStrictEqual(reportSchemaErrors({ ...json, schemaVersion: 1 }), "");
    });

    it("gives an exempted finding its exemption as data", () => {
        const sessions = json.runs[0].resources.find((r) => r.name === "sessions");
        const waived = sessions?.diagnostics.filter((d) => d.exemption) ?? [];
        assert.deepStrictEqual(waived.map((d) => [d.policyName, d.exemption]), [
            ["exempted-violations", { policy: "open-data-formats", matcher: { name: "sessions" }, reason: EXEMPTION.reason, expires: EXEMPTION.expires }],
        ]);
    });

    it("gives a finding the row id its message cites", () => {
        const all = json.runs[0].resources.flatMap((r) => r.diagnostics);
        const cited = all.filter((d) => d.row !== undefined);
        assert.ok(cited.length > 0);
        for (const d of cited) assert.ok(d.message.includes(`[${d.row}]`), d.message);
        assert.ok(all.filter((d) => d.row === undefined).every((d) => !/\[EU[A-Z]-[A-Z]{2,5}-\d{3}\]/.test(d.message)));
    });

    it("gives an open-format finding its entry's row id", () => {
        const sessions = json.runs[0].resources.find((r) => r.name === "sessions");
        const formats = sessions?.diagnostics.filter((d) => d.message.includes("keeps data behind a proprietary API or format")) ?? [];
        assert.deepStrictEqual(formats.map((d) => d.row), ["EUF-AWS-001"]);
    });

    it("matches a `row` exemption against the row a waived finding cites", () => {
        const d = { ...doc.runs[0].resources[0].diagnostics[0], policyName: "exempted-violations", message: "[exempted from customer-managed-keys until 2099-12-31: keys in Q3] aws:ecr/repository:Repository \"app\": ECR repository encryption has provider-managed keys. Fix: set a key. [EUK-AWS-101]" };
        const config = { "customer-managed-keys": { properties: { exemptions: [{ row: "EUK-AWS-1*", reason: "keys in Q3", expires: "2099-12-31" }] } } } as unknown as ReportDocument["pack"]["config"];
        const target = { urn: "urn:pulumi:prod::shop::aws:ecr/repository:Repository::app", name: "app", type: "aws:ecr/repository:Repository" };
        const f = findingOf(d, config, target);
        assert.strictEqual(f.row, "EUK-AWS-101");
        assert.deepStrictEqual(f.exemption?.matcher, { row: "EUK-AWS-1*" });
        const other = findingOf({ ...d, message: d.message.replace("EUK-AWS-101", "EUK-AZ-101") }, config, target);
        assert.strictEqual(other.exemption?.matcher, undefined, "another row's finding is not this exemption's");
    });

    it("counts exempted findings in the summaries", () => {
        assert.strictEqual(json.runs[0].summary.exempted, 1);
        assert.strictEqual(json.summary.exempted, 1);
    });

    it("lists every configured exemption with what it waived, so an unused one shows", () => {
        assert.deepStrictEqual(json.exemptions, [
            { policy: "open-data-formats", position: 1, matcher: { name: "sessions" }, reason: EXEMPTION.reason, expires: EXEMPTION.expires, waived: 1, status: "used" },
            { policy: "provider-jurisdiction", position: 1, matcher: { type: UNUSED_EXEMPTION.type }, reason: UNUSED_EXEMPTION.reason, expires: UNUSED_EXEMPTION.expires, waived: 0, status: "unused" },
        ]);
    });
});
