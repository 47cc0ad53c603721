// Every component states the label level it is built to (a static `level`), consistent with the
// pack's label requirements: it meets every requirement up to its level that concerns it, and names
// only requirements that exist. docs/components.md shows the same level for each.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { LABEL_REQUIREMENTS } from "eu-sovereignty-policies/lib";
// The TypeScript entry (the directory's package.json `main` is the multi-language plugin entry).
import { aws, azure, gcp } from "../../components/index";

interface Stated { type: string; level: { level: number; meets: readonly string[]; toLevel3?: string } }

const components: Stated[] = ([...Object.values(aws), ...Object.values(azure), ...Object.values(gcp)] as unknown[])
    .filter((v): v is Stated => typeof v === "function" && typeof (v as Partial<Stated>).type === "string");
const docs = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "components.md"), "utf8");
const ids = new Set(LABEL_REQUIREMENTS.map((r) => r.id));
const guardrails = new Set(["eu-sovereignty:aws:RegionGuardrail", "eu-sovereignty:azure:LocationGuardrail", "eu-sovereignty:gcp:LocationGuardrail"]);

describe("components: sovereignty levels", () => {
    it("there are at least 16 components, the three guardrails among them", () => {
        assert.ok(components.length >= 16, `${components.length} components`);
        for (const g of guardrails) assert.ok(components.some((c) => c.type === g), g);
    });

    for (const c of components) {
        describe(c.type, () => {
            it("states a level from 1 to 3, and how to reach level 3 when it is lower", () => {
                assert.ok([1, 2, 3].includes(c.level.level), String(c.level.level));
                if (c.level.level < 3 && !guardrails.has(c.type)) assert.ok((c.level.toLevel3 ?? "").length > 0);
            });

            it("meets only real requirements, and every one up to its level that concerns it", () => {
                for (const id of c.level.meets) assert.ok(ids.has(id), id);
                const upTo = LABEL_REQUIREMENTS.filter((r) => r.level <= c.level.level).map((r) => r.id);
                // A data component meets all of them; a guardrail stores no data, so only the location ones.
                const expected = guardrails.has(c.type) ? upTo.filter((id) => id.startsWith("L2-")) : upTo;
                assert.deepStrictEqual([...c.level.meets], expected);
            });

            it("is documented with its level in docs/components.md", () => {
                const heading = docs.split("\n").find((l) => l.startsWith("### ") && l.includes(`\`${c.type}\``));
                assert.ok(heading, `a heading naming ${c.type}`);
                const section = docs.slice(docs.indexOf(heading)).split("\n### ")[0];
                assert.match(section, new RegExp(`\\*\\*Level ${c.level.level}\\*\\*`), `${c.type} states level ${c.level.level}`);
            });
        });
    }
});
