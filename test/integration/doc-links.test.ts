// Every relative link of the README and docs/ resolves: to an existing file, and for a `#anchor` to a
// heading (GitHub's slug) or an explicit `<a id>` of that file.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "../helpers/packs";

/** Markdown files of the README and docs/, recursively. */
export function markdownFiles(): string[] {
    const out = [path.join(ROOT, "README.md")];
    const walk = (dir: string): void => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
            const p = path.join(dir, e.name);
            if (e.isDirectory()) walk(p);
            else if (e.name.endsWith(".md")) out.push(p);
        }
    };
    walk(path.join(ROOT, "docs"));
    return out;
}

/** Text outside fenced code blocks and inline code. */
function prose(md: string): string {
    return md.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, (m) => (m.includes("](") ? m : ""));
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
    return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
}

/** The anchors a markdown file defines. */
export function anchorsOf(file: string): Set<string> {
    const md = fs.readFileSync(file, "utf8").replace(/^```[\s\S]*?^```/gm, "");
    const anchors = new Set<string>();
    const seen = new Map<string, number>();
    for (const m of md.matchAll(/^#{1,6} (.+)$/gm)) {
        const base = slug(m[1]);
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        anchors.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const m of md.matchAll(/<a id="([^"]+)"/g)) anchors.add(m[1]);
    return anchors;
}

describe("documentation links", () => {
    it("the README stays a quick start of at most 250 lines (the reference lives in docs/)", () => {
        const lines = fs.readFileSync(path.join(ROOT, "README.md"), "utf8").trimEnd().split("\n").length;
        assert.ok(lines <= 250, `README.md has ${lines} lines`);
    });
    for (const file of markdownFiles()) {
        const rel = path.relative(ROOT, file);
        it(`${rel}: every relative link resolves`, () => {
            const broken: string[] = [];
            for (const m of prose(fs.readFileSync(file, "utf8")).matchAll(/\]\(([^)\s]+)\)/g)) {
                const link = m[1];
                if (/^[a-z]+:/i.test(link)) continue;
                const [target, anchor] = link.split("#");
                const dest = target === "" ? file : path.resolve(path.dirname(file), decodeURIComponent(target));
                if (!fs.existsSync(dest)) {
                    broken.push(`${link} (no file)`);
                } else if (anchor !== undefined && dest.endsWith(".md") && !anchorsOf(dest).has(anchor)) {
                    broken.push(`${link} (no anchor)`);
                }
            }
            assert.deepEqual(broken, []);
        });
    }
});
