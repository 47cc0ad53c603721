// The sovereignty report in Markdown: per resource where it lives, which key protects it and the
// verdict; a summary of each stack; the findings in full.
import type { Diagnostic, ReportDocument, ResourceReport, RunReport, Summary, Verdict } from "../../engine/types";
import { plural, resourcesWithFindings, runTitle, sortedDiagnostics, violationText } from "./common";
import type { RenderOptions } from "./common";

const MARK: Record<Verdict, string> = { fail: "❌", error: "❗", warn: "⚠️", pass: "✅" };

function cell(text: string): string {
    return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

function code(text: string): string {
    const ticks = text.includes("`") ? "``" : "`";
    return `${ticks}${text.replace(/\r?\n/g, " ")}${ticks}`;
}

function verdictText(s: Summary): string {
    if (s.mandatory > 0) {
        return `${MARK.fail} **Not compliant**: ${plural(s.mandatory, "mandatory violation")} on ${plural(s.failing, "resource")}.`;
    }
    if (s.errors > 0) {
        return `${MARK.error} **Not proven compliant**: ${plural(s.errors, "analyzer error")} (a policy could not run).`;
    }
    return `${MARK.pass} **Compliant**: no mandatory violations${s.advisory > 0 ? ` (${plural(s.advisory, "advisory", "advisories")})` : ""}.`;
}

function resourceVerdict(r: ResourceReport): string {
    const mandatory = r.diagnostics.filter((d) => d.enforcementLevel === "mandatory").length;
    const advisory = r.diagnostics.length - mandatory;
    const parts: string[] = [];
    if (mandatory) {
        parts.push(`${mandatory} mandatory`);
    }
    if (advisory) {
        parts.push(`${advisory} advisory`);
    }
    if (r.errors.length) {
        parts.push(plural(r.errors.length, "error"));
    }
    return `${MARK[r.verdict]} ${parts.join(", ") || "pass"}`;
}

/** Resources that hold data or run workloads: custom resources other than providers. */
function dataResources(run: RunReport): ResourceReport[] {
    return run.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"));
}

export function renderMarkdown(doc: ReportDocument, opts: RenderOptions): string {
    const out: string[] = [];
    out.push("# EU sovereignty report", "");
    out.push(`Checked with policy pack **${doc.pack.name} ${doc.pack.version}** (${plural(doc.pack.policies.length, "policy", "policies")}) by eu-sovereignty ${doc.tool.version}.`, "");
    out.push(verdictText(doc.summary), "");

    out.push("## Summary", "");
    out.push("| Stack | Resources | Mandatory | Advisory | Errors | Failing resources | Verdict |", "|---|---:|---:|---:|---:|---:|---|");
    for (const run of doc.runs) {
        const s = run.summary;
        const v: Verdict = s.mandatory > 0 ? "fail" : s.errors > 0 ? "error" : s.advisory > 0 ? "warn" : "pass";
        out.push(`| ${cell(runTitle(run, opts.cwd))} | ${s.resources} | ${s.mandatory} | ${s.advisory} | ${s.errors} | ${s.failing} | ${MARK[v]} |`);
    }
    out.push("");
    out.push(...tally("Where the data lives", "Location", doc.runs, (r) => (r.placement?.lives.length ? r.placement.lives : ["not known"])));
    out.push(...tally("Where it is copied to", "Location", doc.runs, (r) => r.placement?.replicates ?? []));
    out.push(...tally("What protects it at rest", "Key", doc.runs, (r) => [r.placement?.key ?? "not known"]));
    out.push(...policyTable(doc));

    for (const run of doc.runs) {
        out.push(`## ${cell(runTitle(run, opts.cwd))}`, "");
        const resources = dataResources(run);
        if (resources.length > 0) {
            out.push("| Resource | Type | Lives in | Replicates to | Key | Verdict |", "|---|---|---|---|---|---|");
            for (const r of resources) {
                const lives = r.placement?.lives.join(", ") || "—";
                const replicates = r.placement?.replicates.join(", ") || "—";
                const key = r.placement?.key ?? "—";
                out.push(`| ${code(r.name)} | ${code(r.type)} | ${cell(lives)} | ${cell(replicates)} | ${cell(key)} | ${resourceVerdict(r)} |`);
            }
            out.push("");
        }
        const findings = resourcesWithFindings(run);
        if (findings.length > 0 || run.stackDiagnostics.length > 0 || run.errors.length > 0) {
            out.push("### Findings", "");
            for (const r of findings) {
                out.push(`#### ${MARK[r.verdict]} ${code(r.name)} (${code(r.type)})`, "");
                out.push(`URN: ${code(r.urn)}`, "");
                out.push(...sortedDiagnostics(r.diagnostics).map(finding));
                out.push(...r.errors.map((e) => `- **error**: ${cell(e.message)}`));
                out.push(...r.remediations.map((m) => `- **remediated** by ${code(m.policyName)}${m.properties ? "" : " (no change)"}`));
                out.push("");
            }
            if (run.stackDiagnostics.length > 0 || run.errors.length > 0) {
                out.push("#### Stack", "");
                out.push(...sortedDiagnostics(run.stackDiagnostics).map(finding));
                out.push(...run.errors.map((e) => `- **error**: ${cell(e.message)}`));
                out.push("");
            }
        } else {
            out.push("No findings.", "");
        }
    }
    return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

function finding(d: Diagnostic): string {
    const severity = d.severity ? ` (${d.severity})` : "";
    return `- **${d.enforcementLevel}** · ${code(d.policyName)}${severity}: ${cell(violationText(d))}`;
}

function tally(title: string, column: string, runs: readonly RunReport[], keys: (r: ResourceReport) => string[]): string[] {
    const counts = new Map<string, number>();
    for (const run of runs) {
        for (const r of dataResources(run)) {
            for (const k of new Set(keys(r))) {
                counts.set(k, (counts.get(k) ?? 0) + 1);
            }
        }
    }
    if (counts.size === 0) {
        return [];
    }
    const rows = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return [`### ${title}`, "", `| ${column} | Resources |`, "|---|---:|", ...rows.map(([k, n]) => `| ${cell(k)} | ${n} |`), ""];
}

function policyTable(doc: ReportDocument): string[] {
    if (doc.pack.policies.length === 0) {
        return [];
    }
    const counts = new Map<string, number>();
    for (const run of doc.runs) {
        const all = [...run.stackDiagnostics, ...run.resources.flatMap((r) => r.diagnostics)];
        for (const d of all) {
            counts.set(d.policyName, (counts.get(d.policyName) ?? 0) + 1);
        }
    }
    return [
        "### Policies", "",
        "| Policy | Level | Findings | What it checks |", "|---|---|---:|---|",
        ...doc.pack.policies.map((p) => `| ${code(p.name)} | ${p.enforcementLevel} | ${counts.get(p.name) ?? 0} | ${cell(p.description)} |`),
        "",
    ];
}
