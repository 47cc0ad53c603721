// The HTML report's label section: per stack the level reached, and the blockers of the next level
// grouped by rule with counts (the same verdict as every other format: ./label.ts).
import type { ReportDocument } from "../../engine/types";
import { LABEL_LEVELS, LABEL_REQUIREMENTS } from "eu-sovereignty-policies/lib";
import { runTitle } from "./common";
import type { RenderOptions } from "./common";
import { escapeHtml as h } from "./html-escape";
import { labelOf } from "./label";

const requirementTitle = (id: string): string => LABEL_REQUIREMENTS.find((r) => r.id === id)?.title ?? id;

export function labelCards(doc: ReportDocument, opts: RenderOptions): string {
    const cards = doc.runs.map((run) => {
        const v = labelOf(run, doc.pack);
        const name = LABEL_LEVELS.find((l) => l.level === v.level)?.name ?? "no level met";
        const head = `<header><h3>${h(runTitle(run, opts.cwd))}</h3>`
            + `<p class="level level-${v.level}" data-level="${v.level}"><span class="level-number">Level ${v.level} of 3</span> <span class="level-name">${h(name)}</span></p></header>`;
        let next = `<p class="next">Every level met.</p>`;
        if (v.next) {
            const rows = v.next.blockers.map((b) => `<tr data-rule="${h(b.rule)}"><td><code>${h(b.rule)}</code></td><td>${h(requirementTitle(b.requirement))} <span class="req">${h(b.requirement)}</span></td>`
                + `<td class="num">${b.notEvaluated ? `not evaluated: ${h(b.notEvaluated)}` : b.count}</td></tr>`);
            next = `<p class="next">Level ${v.next.level} is blocked by:</p>`
                + `<table class="blockers"><thead><tr><th>Rule</th><th>Requirement</th><th class="num">Findings</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
        }
        const waived = v.waived.length === 0 ? "" : `<p class="waived">Waived (counted as passed): ${v.waived
            .map((w) => `<code>${h(w.rule)}</code> ×${w.count} (${h(w.reason)}, until ${h(w.expires)})`).join("; ")}</p>`;
        return `<article class="label-card">${head}${next}${waived}</article>`;
    });
    const levels = LABEL_LEVELS.map((l) => `<li><strong>${h(l.name)}</strong>: ${h(l.summary)}.</li>`).join("");
    return `<section id="label"><h2>Sovereignty label</h2><ul class="levels">${levels}</ul><div class="cards">${cards.join("")}</div></section>`;
}
