// The report for people at a terminal. By default: the verdict and counts per rule first, then per
// resource in source order one line per finding (level, rule, property, short reason) with the fix
// under it; advisories that repeat across resources collapse into one line with a count. --quiet
// keeps mandatory findings and errors; --verbose prints every message in full (renderVerbose).
import type { AnalyzerError, ReportDocument, ResourceReport, RunReport } from "../../engine/types";
import { inheritedFrom, plural, relative, resourceFindings, resourcesWithFindings, ruleTitle, runTitle, stackFindings } from "./common";
import type { Finding, RenderOptions } from "./common";
import { exemptionEntries } from "./exemptions";
import { palette } from "./palette";
import type { Palette } from "./palette";
import { estateText } from "./estate";
import { labelLine, labelOf } from "./label";
import { resultLine, summaryLine } from "./text-summary";
import { renderVerbose } from "./text-verbose";

/** At most this many resource names on a collapsed line. */
const NAMES_SHOWN = 6;

interface Located {
    r: ResourceReport;
    findings: Finding[];
}

export function renderText(doc: ReportDocument, opts: RenderOptions): string {
    if (opts.detail === "verbose") {
        return renderVerbose(doc, opts);
    }
    const p = palette(opts.color);
    const out: string[] = [];
    const policies = plural(doc.pack.policies.length, "policy", "policies");
    out.push(p.dim(`eu-sovereignty ${doc.tool.version} · policy pack ${doc.pack.name} ${doc.pack.version} (${policies})`));
    for (const run of doc.runs) {
        renderRun(doc, run, opts, p, out);
    }
    if (doc.runs.length > 1) {
        out.push("", ...estateText(doc, opts.cwd, p));
        out.push("", p.bold(`All ${plural(doc.runs.length, "stack")}:`), summaryLine(doc.summary, p));
    }
    const unused = unusedExemptions(doc, p);
    if (unused.length > 0) {
        out.push("", ...unused);
    }
    out.push("", resultLine(doc.summary, p));
    if (doc.summary.mandatory + doc.summary.advisory > 0) {
        out.push(p.dim("Full messages: --verbose; mandatory only: --quiet; rule docs: --format markdown."));
    }
    return `${out.join("\n")}\n`;
}

function renderRun(doc: ReportDocument, run: RunReport, opts: RenderOptions, p: Palette, out: string[]): void {
    const quiet = opts.detail === "quiet";
    const located: Located[] = sourceOrder(resourcesWithFindings(run)).map((r) => ({
        r,
        findings: resourceFindings(r, doc.pack.config, run.source.stack).filter((f) => !quiet || f.level === "mandatory"),
    }));
    const stack = stackFindings(run, doc.pack.config).filter((f) => !quiet || f.level === "mandatory");
    const all = [...located.flatMap((l) => l.findings), ...stack];

    out.push("", p.bold(`${runTitle(run, opts.cwd)}: ${plural(run.summary.resources, "resource")}`));
    out.push(summaryLine(run.summary, p, all.filter((f) => f.exemption).length));
    out.push(labelLine(labelOf(run, doc.pack)));
    out.push(...ruleCounts(all, p));
    out.push(...pendingLines(run, p));
    out.push(...remoteLines(run, p));

    // Advisories of one rule on several resources: one line, printed after the resources.
    const collapsed = collapsible(located);
    const fixesShown = new Map<string, string>();
    for (const { r, findings } of located) {
        const own = findings.filter((f) => !collapsed.has(collapseKey(f) ?? ""));
        if (own.length === 0 && r.errors.length === 0 && (quiet || r.remediations.length === 0)) {
            continue;
        }
        out.push("", resourceHeader(r, opts, p));
        for (const f of own) {
            out.push(...findingLines(f, r.name, fixesShown, p));
        }
        out.push(...defaultLines(r, p));
        out.push(...r.errors.map((e) => errorLine(e, p)));
        if (!quiet) {
            out.push(...r.remediations.map((m) => `  ${p.green("remediated")} ${m.policyName}${m.properties ? "" : " (no change)"}`));
        }
    }
    if (stack.length > 0 || run.errors.length > 0) {
        out.push("", p.bold("stack"));
        for (const f of stack) {
            out.push(...findingLines(f, "the stack", fixesShown, p));
        }
        out.push(...run.errors.map((e) => errorLine(e, p)));
    }
    if (collapsed.size > 0) {
        out.push("", p.bold("Advisories on several resources"));
        for (const group of collapsed.values()) {
            out.push(...collapsedLines(doc, group[0].f.rule, group, p));
        }
    }
}

/** Program resources by file and line; resources without a source keep the run's order. */
function sourceOrder(rs: readonly ResourceReport[]): ResourceReport[] {
    return rs.map((r, i) => ({ r, i })).sort((a, b) => {
        const fa = a.r.source?.file ?? "";
        const fb = b.r.source?.file ?? "";
        if (fa !== fb) {
            return fa < fb ? -1 : 1;
        }
        return (a.r.source?.line ?? 0) - (b.r.source?.line ?? 0) || (a.r.source?.column ?? 0) - (b.r.source?.column ?? 0) || a.i - b.i;
    }).map(({ r }) => r);
}

function ruleCounts(findings: readonly Finding[], p: Palette): string[] {
    const lines: string[] = [];
    const kindOf = (f: Finding): string => (f.exemption ? "waived" : f.level === "mandatory" ? "mandatory" : "advisory");
    for (const level of ["mandatory", "advisory", "waived"] as const) {
        const counts = new Map<string, number>();
        for (const f of findings) {
            if (kindOf(f) === level) {
                counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
            }
        }
        if (counts.size === 0) {
            continue;
        }
        const list = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, n]) => `${rule} ${n}`).join(", ");
        lines.push(`  ${levelWord(level, p)} ${list}`);
    }
    return lines;
}

function levelWord(level: string, p: Palette): string {
    return level === "mandatory" ? p.red("mandatory") : level === "waived" ? p.dim("waived   ") : p.yellow("advisory ");
}

/** Exemptions that waived nothing: a stale waiver, or a pattern that does not match what it should. */
function unusedExemptions(doc: ReportDocument, p: Palette): string[] {
    const unused = exemptionEntries(doc).filter((e) => e.status === "unused");
    if (unused.length === 0) {
        return [];
    }
    const shown = unused.slice(0, NAMES_SHOWN).map((e) => `${e.policy} #${e.position} (${Object.entries(e.matcher).map(([k, v]) => `${k} ${v}`).join(", ")})`);
    const more = unused.length > NAMES_SHOWN ? ` and ${unused.length - NAMES_SHOWN} more` : "";
    return [p.yellow(`${plural(unused.length, "exemption")} in the config matched no finding: ${shown.join("; ")}${more}. Remove ${unused.length === 1 ? "it" : "them"}, or fix the pattern.`)];
}

/**
 * Advisories (not waived) collapse per rule; preview notices apart from verdicts, as "not checked"
 * is not "not met". Mandatory and waived findings always stay under their resource.
 */
function collapseKey(f: Finding): string | undefined {
    if (f.level === "mandatory" || f.exemption) {
        return undefined;
    }
    return `${f.rule}${f.previewNotice ? " (preview)" : ""}`;
}

/** Collapse keys whose findings appear on more than one resource. */
function collapsible(located: readonly Located[]): Map<string, { r: ResourceReport; f: Finding }[]> {
    const byRule = new Map<string, { r: ResourceReport; f: Finding }[]>();
    for (const { r, findings } of located) {
        for (const f of findings) {
            const key = collapseKey(f);
            if (key === undefined) {
                continue;
            }
            const list = byRule.get(key) ?? [];
            list.push({ r, f });
            byRule.set(key, list);
        }
    }
    for (const [rule, list] of byRule) {
        if (new Set(list.map((x) => x.r.urn)).size < 2) {
            byRule.delete(rule);
        }
    }
    return byRule;
}

function collapsedLines(doc: ReportDocument, rule: string, group: readonly { r: ResourceReport; f: Finding }[], p: Palette): string[] {
    const names = [...new Set(group.map((x) => x.r.name))];
    const shown = names.slice(0, NAMES_SHOWN).join(", ") + (names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : "");
    const reasons = new Set(group.map((x) => shortReason(x.f.reason)));
    const policy = doc.pack.policies.find((x) => x.name === rule);
    const what = reasons.size === 1 ? [...reasons][0]
        : group[0].f.previewNotice ? "not checked at preview, as values it needs are known only after deployment"
            : policy ? `not met: ${lowerFirst(ruleTitle(policy))}` : "see --verbose";
    const lines = [`  ${levelWord("advisory", p)} ${rule} ×${group.length} ${p.dim(`(${shown})`)}: ${what}`];
    const fixes = new Set(group.map((x) => x.f.fix ?? ""));
    if (fixes.size === 1 && group[0].f.fix) {
        lines.push(`    ${p.dim("fix:")} ${group[0].f.fix}`);
    } else if (policy?.url) {
        // The fixes differ per resource: --verbose shows each (the report's last line says so once).
        lines.push(`    ${p.dim("rule:")} ${policy.url}`);
    }
    return lines;
}

function lowerFirst(s: string): string {
    return s.length > 1 && /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

/** The verdict part of a reason: up to the first colon that starts the evidence, without a final period. */
export function shortReason(reason: string): string {
    let inCode = false;
    for (let i = 0; i < reason.length - 1; i++) {
        if (reason[i] === "`") {
            inCode = !inCode;
        } else if (!inCode && i > 20 && reason[i] === ":" && reason[i + 1] === " ") {
            return reason.slice(0, i);
        }
    }
    return reason.replace(/\.$/, "");
}

function findingLines(f: Finding, owner: string, fixesShown: Map<string, string>, p: Palette): string[] {
    const inherited = inheritedFrom(f);
    if (inherited && !f.exemption) {
        // The cause is the stack's provider config, fixed once for every resource that inherits it.
        return [`  ${levelWord(f.level, p)} ${f.rule}  inherits ${inherited.value} from \`${inherited.key}\` (the default ${inherited.pkg} provider): fix it there`];
    }
    // The property path, unless the reason already names it.
    const where = f.path && !f.reason.includes(`\`${f.path}\``) ? `${f.path}: ` : "";
    const waived = f.exemption ? p.dim(` [waived until ${f.exemption.expires}: ${f.exemption.reason}]`) : "";
    const level = levelWord(f.exemption ? "waived" : f.level, p);
    const lines = [`  ${level} ${f.rule}  ${where}${shortReason(f.reason)}${waived}`];
    if (f.fix && !f.exemption) {
        const earlier = fixesShown.get(f.fix);
        lines.push(`    ${p.dim("fix:")} ${earlier ? `as for ${earlier} above` : f.fix}`);
        if (!earlier) {
            fixesShown.set(f.fix, owner);
        }
    }
    if (f.note) {
        lines.push(`    ${p.dim("note:")} ${f.note}`);
    }
    return lines;
}

function resourceHeader(r: ResourceReport, opts: RenderOptions, p: Palette): string {
    const mark = { fail: p.red("✖"), error: p.magenta("!"), warn: p.yellow("⚠"), pass: p.green("✔") }[r.verdict];
    const s = r.source;
    const where = s ? `${relative(s.file, opts.cwd)}${s.line ? `:${s.line}${s.column ? `:${s.column}` : ""}` : ""} ` : "";
    return `${mark} ${where}${p.bold(r.name)} ${p.dim(r.type)}`;
}

// The program left these inputs unset; the verdict read the value a provider default supplies.
function defaultLines(r: ResourceReport, p: Palette): string[] {
    return (r.defaults ?? []).map((d) => `  ${p.dim("default  ")} ${d.property} from ${d.from}: the program leaves it unset; set it on the resource or change that default`);
}

// An interrupted update left these operations pending: their resources may exist in the cloud.
function pendingLines(run: RunReport, p: Palette): string[] {
    const ops = run.pendingOperations ?? [];
    if (ops.length === 0) {
        return [];
    }
    return [`${p.yellow("pending")} ${plural(ops.length, "operation")} of an interrupted update (${ops.map((o) => o.operation).join(", ")}); run \`pulumi refresh\` and export again for the settled state`];
}

// Multi-language components: their provider plugin creates their resources, which check never sees.
function remoteLines(run: RunReport, p: Palette): string[] {
    const cs = run.remoteComponents ?? [];
    if (cs.length === 0) {
        return [];
    }
    const names = cs.map((c) => `${c.name} (${c.type})`).join(", ");
    return [`${p.yellow("not seen")} ${plural(cs.length, "multi-language component")} ${names}: ${cs.length === 1 ? "its" : "their"} provider plugin creates ${cs.length === 1 ? "its" : "their"} resources, which check cannot run offline, so this verdict does not cover them; ` +
        "judge them with the pack in `pulumi preview --policy-pack`, or audit a `pulumi stack export`"];
}

function errorLine(e: AnalyzerError, p: Palette): string {
    return `  ${p.magenta("error    ")} ${e.message}`;
}
