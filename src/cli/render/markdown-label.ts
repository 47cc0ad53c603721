// The Markdown report's label section: the level per stack and what blocks the next, with the
// disclaimer every report carries (docs/label.md).
import type { ReportDocument } from "../../engine/types";
import { LABEL_DISCLAIMER, LABEL_LEVELS } from "eu-sovereignty-policies/lib";
import { runTitle } from "./common";
import type { RenderOptions } from "./common";
import { labelOf } from "./label";

const cell = (text: string): string => text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`);

export function labelSection(doc: ReportDocument, opts: RenderOptions): string[] {
    const out = ["## Sovereignty label", "", `> ${LABEL_DISCLAIMER}`, ""];
    out.push(LABEL_LEVELS.map((l) => `**${l.name}**: ${l.summary}.`).join(" "), "");
    out.push("| Stack | Level | Next level blocked by | Waived (counted as passed) |", "|---|---:|---|---|");
    for (const run of doc.runs) {
        const v = labelOf(run, doc.pack);
        const blockers = v.next
            ? `level ${v.next.level}: ${v.next.blockers.map((b) => (b.notEvaluated ? `${cell(b.rule)} not evaluated (${cell(b.notEvaluated)})` : `${cell(b.rule)} ×${b.count}`)).join(", ")}`
            : "— (every level met)";
        const waived = v.waived.length ? v.waived.map((w) => `${cell(w.rule)} ×${w.count} (${cell(w.reason)}, until ${w.expires})`).join(", ") : "—";
        out.push(`| ${cell(runTitle(run, opts.cwd))} | ${v.level} | ${blockers} | ${waived} |`);
    }
    out.push("");
    return out;
}
