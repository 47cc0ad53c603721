// The long text report (--verbose): every finding's full message under its resource, worst first.
import type { AnalyzerError, ReportDocument, ResourceReport, RunReport } from "../../engine/types";
import { plural, relative, resourceFindings, resourcesWithFindings, runTitle, stackFindings } from "./common";
import type { Finding, RenderOptions } from "./common";
import { palette } from "./palette";
import type { Palette } from "./palette";
import { labelLine, labelOf } from "./label";
import { resultLine, summaryLine } from "./text-summary";
import { estateText } from "./estate";

export function renderVerbose(doc: ReportDocument, opts: RenderOptions): string {
    const p = palette(opts.color);
    const out: string[] = [];
    const policies = plural(doc.pack.policies.length, "policy", "policies");
    out.push(p.dim(`eu-sovereignty ${doc.tool.version} · policy pack ${doc.pack.name} ${doc.pack.version} (${policies})`));
    for (const run of doc.runs) {
        out.push("", p.bold(`${runTitle(run, opts.cwd)}: ${plural(run.summary.resources, "resource")}`));
        renderRun(doc, run, opts, p, out);
        out.push(summaryLine(run.summary, p));
        out.push(labelLine(labelOf(run, doc.pack)));
    }
    if (doc.runs.length > 1) {
        out.push("", ...estateText(doc, opts.cwd, p));
        out.push("", p.bold(`All ${plural(doc.runs.length, "stack")}:`), summaryLine(doc.summary, p));
    }
    out.push("", resultLine(doc.summary, p));
    return `${out.join("\n")}\n`;
}

function renderRun(doc: ReportDocument, run: RunReport, opts: RenderOptions, p: Palette, out: string[]): void {
    for (const r of resourcesWithFindings(run)) {
        out.push(resourceHeader(r, opts, p));
        for (const f of resourceFindings(r, doc.pack.config, run.source.stack)) {
            out.push(...findingLines(f, p));
        }
        out.push(...r.errors.map((e) => errorLine(e, p)));
        for (const m of r.remediations) {
            out.push(`    ${p.green("remediated".padEnd(10))} ${m.policyName}${m.properties ? "" : " (no change)"}`);
        }
    }
    if (run.stackDiagnostics.length > 0 || run.errors.length > 0) {
        out.push(`${p.bold("stack")}`);
        for (const f of stackFindings(run, doc.pack.config)) {
            out.push(...findingLines(f, p));
        }
        out.push(...run.errors.map((e) => errorLine(e, p)));
    }
}

function resourceHeader(r: ResourceReport, opts: RenderOptions, p: Palette): string {
    const mark = { fail: p.red("✖"), error: p.magenta("!"), warn: p.yellow("⚠"), pass: p.green("✔") }[r.verdict];
    const s = r.source;
    const where = s ? p.dim(`  ${relative(s.file, opts.cwd)}${s.line ? `:${s.line}${s.column ? `:${s.column}` : ""}` : ""}`) : "";
    return `${mark} ${p.bold(r.name)} ${p.dim(r.type)}${where}`;
}

function findingLines(f: Finding, p: Palette): string[] {
    const d = f.diagnostic;
    const level = f.exemption ? p.dim("waived    ") : d.enforcementLevel === "mandatory" ? p.red("mandatory ") : p.yellow("advisory  ");
    const waived = f.exemption ? p.dim(` [until ${f.exemption.expires}: ${f.exemption.reason}]`) : "";
    const text = [f.text, f.note ? `(${f.note})` : ""].filter(Boolean).join(" ").split(/\r?\n/);
    return [`    ${level} ${f.rule}${d.severity ? p.dim(` (${d.severity})`) : ""}${waived}`, ...text.map((l) => `      ${l}`)];
}

function errorLine(e: AnalyzerError, p: Palette): string {
    return `    ${p.magenta("error     ")} ${e.message}`;
}
