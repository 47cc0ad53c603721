import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { keyClouds } from "eu-sovereignty-policies/lib";
import { renderKeyServices } from "../../scripts/key-docs";

// docs/keys-services.md is generated from the key rows: a row added, changed or removed without
// `npm run gen:key-docs` makes the committed file differ.
const file = path.resolve(__dirname, "../../docs/keys-services.md");

describe("docs/keys-services.md", () => {
    const rendered = renderKeyServices(keyClouds);
    it("is the table rendered from the rows (run `npm run gen:key-docs`)", () => {
        assert.equal(fs.readFileSync(file, "utf8"), rendered);
    });
    it("lists every row by id, with its type token and default custody", () => {
        for (const c of keyClouds) {
            for (const [token, rows] of Object.entries(c.rows)) {
                for (const r of rows) {
                    const line = rendered.split("\n").find((l) => l.startsWith(`| ${r.id} |`));
                    assert.ok(line, r.id);
                    assert.ok(line.includes(`\`${token}\``), r.id);
                    const verdict = r.absent ?? r.noKey;
                    if (verdict) assert.ok(line.includes(verdict.reason.replace(/\|/g, "\\|")), r.id);
                }
            }
        }
    });
    it("changes when a row does", () => {
        const aws = keyClouds.find((c) => c.cloud === "aws")!;
        const fewer = { ...aws, rows: Object.fromEntries(Object.entries(aws.rows).filter(([t]) => t !== "aws:ecr/repository:Repository")) };
        assert.notEqual(renderKeyServices(keyClouds.map((c) => (c === aws ? fewer : c))), rendered);
    });
});
