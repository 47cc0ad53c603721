// The report for people at a terminal: findings grouped by resource, worst first, then counts.
import type { AnalyzerError, Diagnostic, ReportDocument, ResourceReport, RunReport, Summary } from "../../engine/types";
import { plural, relative, resourcesWithFindings, runTitle, sortedDiagnostics, violationText } from "./common";
import type { RenderOptions } from "./common";

type Paint = (s: string) => string;
interface Palette {
    red: Paint;
    yellow: Paint;
    magenta: Paint;
    green: Paint;
    dim: Paint;
    bold: Paint;
}

function palette(color: boolean): Palette {
    const wrap = (open: number, close: number): Paint => (color ? (s) => `\u001b[${open}m${s}\u001b[${close}m` : (s) => s);
    return { red: wrap(31, 39), yellow: wrap(33, 39), magenta: wrap(35, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

export function renderText(doc: ReportDocument, opts: RenderOptions): string {
    const p = palette(opts.color);
    const out: string[] = [];
    const policies = plural(doc.pack.policies.length, "policy", "policies");
    out.push(p.dim(`eu-sovereignty ${doc.tool.version} · policy pack ${doc.pack.name} ${doc.pack.version} (${policies})`));
    for (const run of doc.runs) {
        out.push("", p.bold(`${runTitle(run, opts.cwd)}: ${plural(run.summary.resources, "resource")}`));
        renderRun(run, opts, p, out);
        out.push(summaryLine(run.summary, p));
    }
    if (doc.runs.length > 1) {
        out.push("", p.bold(`All ${plural(doc.runs.length, "stack")}:`), summaryLine(doc.summary, p));
    }
    out.push("", resultLine(doc.summary, p));
    return `${out.join("\n")}\n`;
}

function renderRun(run: RunReport, opts: RenderOptions, p: Palette, out: string[]): void {
    for (const r of resourcesWithFindings(run)) {
        out.push(resourceHeader(r, opts, p));
        for (const d of sortedDiagnostics(r.diagnostics)) {
            out.push(...diagnosticLines(d, p));
        }
        for (const e of r.errors) {
            out.push(...errorLines(e, p));
        }
        for (const m of r.remediations) {
            out.push(`    ${p.green("remediated".padEnd(10))} ${m.policyName}${m.properties ? "" : " (no change)"}`);
        }
    }
    if (run.stackDiagnostics.length > 0 || run.errors.length > 0) {
        out.push(`${p.bold("stack")}`);
        for (const d of sortedDiagnostics(run.stackDiagnostics)) {
            out.push(...diagnosticLines(d, p));
        }
        for (const e of run.errors) {
            out.push(...errorLines(e, p));
        }
    }
}

function resourceHeader(r: ResourceReport, opts: RenderOptions, p: Palette): string {
    const mark = { fail: p.red("✖"), error: p.magenta("!"), warn: p.yellow("⚠"), pass: p.green("✔") }[r.verdict];
    const where = r.source ? p.dim(`  ${relative(r.source.file, opts.cwd)}${r.source.line ? `:${r.source.line}` : ""}`) : "";
    return `${mark} ${p.bold(r.name)} ${p.dim(r.type)}${where}`;
}

function diagnosticLines(d: Diagnostic, p: Palette): string[] {
    const level = d.enforcementLevel === "mandatory" ? p.red("mandatory ") : p.yellow("advisory  ");
    const text = violationText(d).split(/\r?\n/);
    return [`    ${level} ${d.policyName}${d.severity ? p.dim(` (${d.severity})`) : ""}`, ...text.map((l) => `      ${l}`)];
}

function errorLines(e: AnalyzerError, p: Palette): string[] {
    return [`    ${p.magenta("error     ")} ${e.message}`];
}

function summaryLine(s: Summary, p: Palette): string {
    const parts = [
        s.mandatory > 0 ? p.red(plural(s.mandatory, "mandatory violation")) : "0 mandatory violations",
        s.advisory > 0 ? p.yellow(plural(s.advisory, "advisory", "advisories")) : "0 advisories",
    ];
    if (s.errors > 0) {
        parts.push(p.magenta(plural(s.errors, "analyzer error")));
    }
    if (s.remediations > 0) {
        parts.push(plural(s.remediations, "remediation"));
    }
    const resources = `${s.failing} failing, ${s.warning} with advisories${s.erroring ? `, ${s.erroring} with errors` : ""}, ${s.passing} passing`;
    return `${parts.join(", ")} · ${plural(s.resources, "resource")}: ${resources}`;
}

function resultLine(s: Summary, p: Palette): string {
    if (s.mandatory > 0) {
        return p.red(p.bold(`✖ Not compliant: ${plural(s.mandatory, "mandatory violation")} would block a deployment.`));
    }
    if (s.errors > 0) {
        return p.magenta(p.bold(`! Not proven compliant: ${plural(s.errors, "analyzer error")} (a policy could not run).`));
    }
    return p.green(p.bold(`✔ No mandatory violations${s.advisory > 0 ? ` (${plural(s.advisory, "advisory", "advisories")})` : ""}.`));
}
