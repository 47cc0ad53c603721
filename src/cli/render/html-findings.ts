// The HTML report's findings: per stack, each resource with something to say (worst first), its
// findings with rule, reason and fix, then the stack's own findings and the analyzer errors.
import type { ReportDocument, ResourceReport } from "../../engine/types";
import { resourceFindings, resourcesWithFindings, runTitle, stackFindings } from "./common";
import type { Finding, RenderOptions } from "./common";
import { escapeHtml as h } from "./html-escape";

/** A pack message with its `code` spans shown as code; everything else escaped. */
function prose(text: string): string {
    return text.split(/(`[^`\n]{1,300}`)/).map((part) => (/^`[^`]+`$/.test(part) ? `<code>${h(part.slice(1, -1))}</code>` : h(part))).join("");
}

function findingItem(f: Finding): string {
    const level = f.exemption ? "waived" : f.level;
    const fix = f.fix ? ` <span class="fix"><strong>Fix:</strong> ${prose(f.fix)}</span>` : "";
    const waiver = f.exemption ? ` <span class="waiver">Waived until ${h(f.exemption.expires)}: ${h(f.exemption.reason)}.</span>` : "";
    return `<li class="finding ${h(level)}"><span class="badge ${h(level)}">${h(level)}</span> <code class="rule">${h(f.rule)}</code>: ${prose(f.reason)}${fix}${waiver}</li>`;
}

function resourceBlock(doc: ReportDocument, r: ResourceReport, stack: string | undefined): string {
    const items = resourceFindings(r, doc.pack.config, stack).map(findingItem);
    items.push(...r.errors.map((e) => `<li class="finding error"><span class="badge error">error</span> ${h(e.message)}</li>`));
    items.push(...r.remediations.map((m) => `<li class="finding remediated"><span class="badge">remediated</span> by <code>${h(m.policyName)}</code></li>`));
    const where = r.placement?.lives.length ? ` · lives in ${h(r.placement.lives.join(", "))}` : "";
    return `<div class="resource ${h(r.verdict)}"><h4><code>${h(r.name)}</code> <span class="type">${h(r.type)}</span>${where}</h4><ul>${items.join("")}</ul></div>`;
}

export function findingsSection(doc: ReportDocument, opts: RenderOptions): string {
    const runs = doc.runs.map((run) => {
        const resources = resourcesWithFindings(run).map((r) => resourceBlock(doc, r, run.source.stack));
        const stack = [...stackFindings(run, doc.pack.config).map(findingItem), ...run.errors.map((e) => `<li class="finding error"><span class="badge error">error</span> ${h(e.message)}</li>`)];
        const stackBlock = stack.length ? `<div class="resource"><h4>Stack</h4><ul>${stack.join("")}</ul></div>` : "";
        const body = resources.length || stackBlock ? `${resources.join("")}${stackBlock}` : `<p>No findings.</p>`;
        return `<section class="run"><h3>${h(runTitle(run, opts.cwd))}</h3>${body}</section>`;
    });
    return `<section id="findings"><h2>Findings</h2>${runs.join("")}</section>`;
}
