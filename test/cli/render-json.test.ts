// The JSON report (schemaVersion 3; 2 came with issue 14): exemptions as structured data, exempted findings
// counted, exemptions that matched nothing listed, valid against docs/report.schema.json.
import * as assert from "assert";
import { renderJson } from "../../src/cli/render/json";
import type { ReportDocument } from "../../src/engine/types";
import { ROOT } from "../helpers/packs";
import { reportSchemaErrors } from "../helpers/schemas";
import { EXEMPTION, UNUSED_EXEMPTION, prodReport } from "./render-fixture";

interface JsonReport {
    schemaVersion: number;
    summary: { exempted: number; advisory: number };
    runs: { summary: { exempted: number }; resources: { name: string; diagnostics: { policyName: string; exemption?: unknown }[] }[] }[];
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
