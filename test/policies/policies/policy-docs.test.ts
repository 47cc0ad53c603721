// Each policy page (docs/policies/<name>.md) shows, under "## Example message", exactly the message the
// pack gives for the example resource of test/policies/policies/policy-examples.ts: a changed message fails
// here until the page shows it. `UPDATE_POLICY_DOCS=1` rewrites the blocks instead of comparing.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "../../helpers/packs";
import { exampleMessages, examples } from "./policy-examples";

const HEADING = "## Example message";
const block = /## Example message\n\n[^\n]*\n\n```text\n([\s\S]*?)\n```\n/;

function expected(name: string): string {
    const r = examples[name];
    const lead = `For the example in \`test/policies/policies/policy-examples.ts\` (a \`${r.type}\` named "${r.name ?? "res"}"):`;
    return `${HEADING}\n\n${lead}\n\n\`\`\`text\n${exampleMessages(name).join("\n\n")}\n\`\`\`\n`;
}

describe("policy pages show the pack's real messages", () => {
    for (const name of Object.keys(examples)) {
        it(`docs/policies/${name}.md`, () => {
            const file = path.join(ROOT, "docs", "policies", `${name}.md`);
            const page = fs.readFileSync(file, "utf8");
            const want = expected(name);
            assert.ok(exampleMessages(name).length > 0, "the example violates its policy");
            if (process.env.UPDATE_POLICY_DOCS === "1") {
                fs.writeFileSync(file, block.test(page) ? page.replace(block, want) : `${page.trimEnd()}\n\n${want}`);
                return;
            }
            const m = block.exec(page);
            assert.ok(m, `${name}.md has a "${HEADING}" block`);
            assert.equal(m[0], want);
        });
    }
});
