// The SVG label badge: well-formed, self-contained XML with the level text and its colour, written
// per stack by --badge (one .svg file, or a directory of PROJECT-STACK.svg).
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as sax from "sax";
import { BADGE_COLOURS, badgeSvg } from "../../../src/cli/render/badge";
import { runCli } from "../../helpers/cli";
import { ROOT } from "../../helpers/packs";

const ESTATE = path.join(ROOT, "test", "fixtures", "estate");

interface Parsed { root: string; attrs: Record<string, string>; texts: string[]; title: string; elements: string[]; fills: string[] }

/** Parses strictly (throws on any well-formedness error) and collects what the badge shows. */
function parse(svg: string): Parsed {
    const p = sax.parser(true, { xmlns: true });
    const out: Parsed = { root: "", attrs: {}, texts: [], title: "", elements: [], fills: [] };
    const open: string[] = [];
    p.onerror = (e) => {
        throw e;
    };
    p.onopentag = (t) => {
        const tag = t as sax.QualifiedTag;
        if (!out.root) {
            out.root = `${tag.uri} ${tag.local}`;
            out.attrs = Object.fromEntries(Object.entries(tag.attributes).map(([k, a]) => [k, a.value]));
        }
        out.elements.push(tag.local);
        if (tag.attributes.fill) out.fills.push(tag.attributes.fill.value);
        open.push(tag.local);
    };
    p.onclosetag = () => void open.pop();
    p.ontext = (t) => {
        if (open.at(-1) === "text") out.texts.push(t);
        if (open.at(-1) === "title") out.title += t;
    };
    p.write(svg).close();
    return out;
}

describe("label badge", function () {
    this.timeout(300_000);

    for (const level of [0, 1, 2, 3] as const) {
        it(`level ${level}: well-formed SVG with the level text and its own colour`, () => {
            const b = parse(badgeSvg(level, "shop (stack prod)"));
            assert.equal(b.root, "http://www.w3.org/2000/svg svg");
            assert.deepEqual(b.texts, ["EU sovereignty", `level ${level} of 3 · self-assessed`]);
            assert.ok(b.fills.includes(BADGE_COLOURS[level]), b.fills.join(" "));
            assert.match(b.attrs["aria-label"], new RegExp(`level ${level} of 3`));
            assert.match(b.title, /shop \(stack prod\).*not a Gaia-X certification/);
            assert.ok(Number(b.attrs.width) > 150, b.attrs.width);
        });
    }

    it("is self-contained: no scripts, styles, links or images", () => {
        const svg = badgeSvg(2, "x");
        assert.deepEqual([...new Set(parse(svg).elements)].sort(), ["g", "rect", "svg", "text", "title"]);
        assert.doesNotMatch(svg, /href|url\(|@import|<script|<style|<image/i);
        assert.equal(new Set(Object.values(BADGE_COLOURS)).size, 4, "one colour per level");
    });

    it("the example in docs/label.md is what the renderer writes today", () => {
        const shown = fs.readFileSync(path.join(ROOT, "docs", "label-badge.svg"), "utf8");
        assert.equal(shown, badgeSvg(2, "test/fixtures/label/level-2.json (stack prod)"), "regenerate docs/label-badge.svg with badgeSvg(2, ...)");
    });

    it("escapes the stack name", () => {
        const b = parse(badgeSvg(1, `a<b & "c"'</title><script>`));
        assert.match(b.title, /a<b & "c"'<\/title><script>/);
        assert.ok(!b.elements.includes("script"));
    });

    describe("--badge", () => {
        const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-badge-"));

        it("FILE.svg: the badge of the one stack", async () => {
            const file = path.join(tmp(), "badge.svg");
            const r = await runCli(["audit", path.join(ESTATE, "level-1.json"), "--badge", file, "--format", "json"], { cwd: ROOT });
            assert.equal(r.code, 1, r.stderr);
            assert.match(r.stderr, /wrote the label badge to .*badge\.svg/);
            assert.deepEqual(parse(fs.readFileSync(file, "utf8")).texts[1], "level 1 of 3 · self-assessed");
        });

        it("DIR: one PROJECT-STACK.svg per stack, made if missing", async () => {
            const dir = path.join(tmp(), "badges", "nested");
            const r = await runCli(["audit", path.join(ESTATE, "compliant.json"), path.join(ESTATE, "level-1.json"), path.join(ESTATE, "non-eu-data.json"), "--badge", dir], { cwd: ROOT });
            assert.equal(r.code, 1, r.stderr);
            assert.deepEqual(fs.readdirSync(dir).sort(), ["analytics-prod.svg", "billing-prod.svg", "shop-prod.svg"]);
            const level = (f: string) => parse(fs.readFileSync(path.join(dir, f), "utf8")).texts[1];
            assert.equal(level("billing-prod.svg"), "level 3 of 3 · self-assessed");
            assert.equal(level("analytics-prod.svg"), "level 1 of 3 · self-assessed");
            assert.equal(level("shop-prod.svg"), "level 0 of 3 · self-assessed");
        });

        it("two stacks of the same name get two files", async () => {
            const dir = tmp();
            const file = path.join(ESTATE, "compliant.json");
            const r = await runCli(["audit", file, file, "--badge", dir], { cwd: ROOT });
            assert.equal(r.code, 0, r.stderr);
            assert.deepEqual(fs.readdirSync(dir).sort(), ["billing-prod-2.svg", "billing-prod.svg"]);
        });

        it("a failed run leaves no stale badge file", async () => {
            const file = path.join(tmp(), "badge.svg");
            fs.writeFileSync(file, badgeSvg(3, "old"));
            const r = await runCli(["audit", path.join(ROOT, "package.json"), "--badge", file], { cwd: ROOT });
            assert.equal(r.code, 2);
            assert.match(r.stderr, /is not a stack export/);
            assert.equal(fs.existsSync(file), false);
        });

        it("refuses one file for many stacks, and a path that is a plain file, before any work", async () => {
            const dir = tmp();
            const many = await runCli(["audit", path.join(ESTATE, "compliant.json"), path.join(ESTATE, "level-1.json"), "--badge", path.join(dir, "b.svg")], { cwd: ROOT });
            assert.equal(many.code, 2);
            assert.match(many.stderr, /--badge .*b\.svg is one file, but 2 stacks are audited; give a directory/);
            const plain = path.join(dir, "plain");
            fs.writeFileSync(plain, "x");
            const r = await runCli(["audit", path.join(ESTATE, "compliant.json"), "--badge", plain], { cwd: ROOT });
            assert.equal(r.code, 2);
            assert.match(r.stderr, /is neither a directory nor a \.svg file name/);
            assert.equal(r.stdout, "");
        });
    });
});
