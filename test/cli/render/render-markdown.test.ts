// Markdown an auditor can file (issue 14): provenance, a Key column that agrees with the findings,
// links to each rule's documentation, waivers shown as such, and code spans that survive backticks.
import * as assert from "assert";
import { code, prose, renderMarkdown } from "../../../src/cli/render/markdown";
import type { ReportDocument } from "../../../src/engine/types";
import { ROOT } from "../../helpers/packs";
import { EXEMPTION, prodReport } from "./render-fixture";

const provenance = { generatedAt: "2026-06-30T12:00:00.000Z", command: "eu-sovereignty audit prod.json --format markdown", configFile: "config.json" };

describe("Markdown report", function () {
    this.timeout(120_000);
    let doc: ReportDocument;
    let md: string;
    before(async () => {
        doc = await prodReport();
        md = renderMarkdown(doc, { color: false, cwd: ROOT, provenance });
    });

    it("records how it was produced", () => {
        assert.match(md, /\| Generated \| 2026-06-30T12:00:00\.000Z \|/);
        assert.match(md, new RegExp(`\\| Tool \\| eu-sovereignty ${doc.tool.version} \\|`));
        assert.match(md, /\| Policy pack \| eu-sovereignty \S+ \(@pulumi\/policy [\d.]+\), 10 policies \|/);
        assert.match(md, /\| Preset \| none \|\n\| Config file \| config\.json \|\n\| Config in force \(SHA-256\) \| [0-9a-f]{64} \|/);
        assert.match(md, /\| Command \| `eu-sovereignty audit prod\.json --format markdown` \|/);
    });

    it("hashes the config in force: another config, another hash", () => {
        const hash = (d: ReportDocument): string => /SHA-256\) \| ([0-9a-f]{64})/.exec(renderMarkdown(d, { color: false, cwd: ROOT }))?.[1] ?? "";
        const other = JSON.parse(JSON.stringify(doc)) as ReportDocument;
        other.pack.config["open-data-formats"].enforcementLevel = "mandatory";
        assert.strictEqual(hash(doc), hash(JSON.parse(JSON.stringify(doc)) as ReportDocument));
        assert.notStrictEqual(hash(doc), hash(other));
    });

    it("shows in the Key column the tier the findings use", () => {
        // legacy-logs has no encryption configuration: the findings call it provider-managed, tier 1.
        assert.match(md, /\| `legacy-logs` \| `aws:s3\/bucket:Bucket` \| [^|]+ \| [^|]+ \| provider-managed \(tier 1\) \| ❌/);
        assert.match(md, /- \*\*mandatory\*\* · \[`customer-managed-keys`\]\([^)]+\) \(high\): S3 bucket encryption has provider-managed keys \(tier 1, exposed\)/);
    });

    it("links every rule to its documentation", () => {
        for (const p of doc.pack.policies) {
            assert.ok(md.includes(`| [\`${p.name}\`](${p.url}) |`), p.name);
        }
    });

    it("shows a waived finding under its rule, with the reason and expiry", () => {
        assert.match(md, new RegExp(`- \\*\\*waived\\*\\* · \\[\`open-data-formats\`\\]\\([^)]+\\) \\(medium\\): Amazon DynamoDB keeps data[^\\n]* Waived until ${EXEMPTION.expires}: ${EXEMPTION.reason}\\.`));
        assert.doesNotMatch(md, /exempted from/);
    });
});

describe("Markdown escaping", () => {
    it("fences a code span with a longer backtick run, padded when needed", () => {
        assert.strictEqual(code("a"), "`a`");
        assert.strictEqual(code("a`b"), "``a`b``");
        assert.strictEqual(code("`x`"), "`` `x` ``");
        assert.strictEqual(code("a|b"), "`a\\|b`");
        assert.strictEqual(code("a|b", false), "`a|b`");
    });

    it("keeps a nested span inside its outer span and escapes the rest", () => {
        assert.strictEqual(prose("add `{ Resource: [arn, `${arn}/*`] }` now"), "add ``{ Resource: [arn, `${arn}/*`] }`` now");
        assert.strictEqual(prose("a | b * c"), "a \\| b \\* c");
        assert.strictEqual(prose("unbalanced ` tick"), "unbalanced \\` tick");
        assert.strictEqual(prose("`x` and `y`"), "`x` and `y`");
    });
});
