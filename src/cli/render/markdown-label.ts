// The Markdown report's label section: the level per stack and what blocks the next, with the
// disclaimer every report carries (docs/label.md). Over several stacks it is the estate table:
// the stacks that block most first, with their blocker counts (estate.ts).
import type { ReportDocument } from "../../engine/types";
import { LABEL_DISCLAIMER, LABEL_LEVELS } from "eu-sovereignty-policies/lib";
import { runTitle } from "./common";
import type { RenderOptions } from "./common";
import { estateOf, levelCounts } from "./estate";
import { labelOf } from "./label";
import type { LabelVerdict } from "./label";

const cell = (text: string): string => text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`);

function blockersCell(v: LabelVerdict): string {
    return v.next
        ? `level ${v.next.level}: ${v.next.blockers.map((b) => (b.notEvaluated ? `${cell(b.rule)} not evaluated (${cell(b.notEvaluated)})` : `${cell(b.rule)} ×${b.count}`)).join(", ")}`
        : "— (every level met)";
}

function waivedCell(v: LabelVerdict): string {
    return v.waived.length ? v.waived.map((w) => `${cell(w.rule)} ×${w.count} (${cell(w.reason)}, until ${w.expires})`).join(", ") : "—";
}

export function labelSection(doc: ReportDocument, opts: RenderOptions): string[] {
    const out = ["## Sovereignty label", "", `> ${LABEL_DISCLAIMER}`, ""];
    out.push(LABEL_LEVELS.map((l) => `**${l.name}**: ${l.summary}.`).join(" "), "");
    if (doc.runs.length > 1) {
        const estate = estateOf(doc, opts.cwd);
        out.push(`${levelCounts(estate)}; the stacks that block most come first.`, "");
        out.push("| Stack | Level | Blockers | Next level blocked by | Waived (counted as passed) |", "|---|---:|---:|---|---|");
        for (const s of estate.stacks) {
            const v = labelOf(doc.runs[s.run], doc.pack);
            out.push(`| ${cell(s.title)} | ${s.level} | ${s.blockers} | ${blockersCell(v)} | ${waivedCell(v)} |`);
        }
    } else {
        out.push("| Stack | Level | Next level blocked by | Waived (counted as passed) |", "|---|---:|---|---|");
        for (const run of doc.runs) {
            const v = labelOf(run, doc.pack);
            out.push(`| ${cell(runTitle(run, opts.cwd))} | ${v.level} | ${blockersCell(v)} | ${waivedCell(v)} |`);
        }
    }
    out.push("");
    return out;
}
