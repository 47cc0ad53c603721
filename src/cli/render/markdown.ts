// The sovereignty report in Markdown, for an auditor's file: how it was produced (date, tool and
// pack versions, preset, config hash, command), per resource where it lives, which key protects it
// (the tier the findings use) and the verdict; the findings with their fixes and links to each
// rule's documentation. Text from the pack is escaped so that no backtick or pipe in a message
// breaks a table or a code span.
import type { ReportDocument, ResourceReport, RunReport, Summary, Verdict } from "../../engine/types";
import { configHash, plural, resourceFindings, resourcesWithFindings, runTitle, stackFindings } from "./common";
import type { Finding, RenderOptions } from "./common";
import { labelSection } from "./markdown-label";

const MARK: Record<Verdict, string> = { fail: "❌", error: "❗", warn: "⚠️", pass: "✅" };
/** The policies whose findings name the key tier a resource's data has at rest. */
const KEY_RULES = new Set(["customer-managed-keys", "external-key-custody", "eu-key-location"]);

/** Plain text for a Markdown paragraph or table cell: Markdown punctuation escaped, one line. */
function escape(text: string): string {
    return text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`).replace(/\r?\n/g, "<br>");
}

/**
 * A CommonMark code span: fenced by a backtick run longer than any inside, padded when the text
 * starts or ends with a backtick. In a table cell, `|` is escaped (GFM reads \| inside spans).
 */
export function code(text: string, inTable = true): string {
    const oneLine = text.replace(/\r?\n/g, " ");
    const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((r) => r.length));
    const fence = "`".repeat(longest + 1);
    const pad = oneLine.startsWith("`") || oneLine.endsWith("`") || (oneLine.startsWith(" ") && oneLine.endsWith(" ") && oneLine.trim() !== "") ? " " : "";
    const body = inTable ? oneLine.replace(/\|/g, "\\|") : oneLine;
    return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * A pack message: its `code` spans kept as spans when the backticks pair up, the rest escaped. A
 * span holding a nested span (`{ Resource: `${arn}/*` }`) is read as one span up to the last
 * backtick of the run, so it cannot leak into the text around it.
 */
export function prose(text: string): string {
    const parts: string[] = [];
    let i = 0;
    while (i < text.length) {
        const open = text.indexOf("`", i);
        if (open < 0) {
            parts.push(escape(text.slice(i)));
            break;
        }
        parts.push(escape(text.slice(i, open)));
        const close = closingTick(text, open);
        if (close < 0) {
            parts.push(escape(text.slice(open)));
            break;
        }
        parts.push(code(text.slice(open + 1, close)));
        i = close + 1;
    }
    return parts.join("");
}

/** The backtick that closes the span opened at `open`: nested spans open after "[", "(", "{", "," or ": ". */
function closingTick(text: string, open: number): number {
    let depth = 0;
    for (let j = open + 1; j < text.length; j++) {
        if (text[j] !== "`") {
            continue;
        }
        const before = text[j - 1] ?? "";
        const after = text[j + 1] ?? "";
        const opensNested = /[[({,\s]/.test(before) && /[\w$"'{[]/.test(after) && j > open + 1;
        if (opensNested && text.indexOf("`", j + 1) > 0 && depth === 0 && /[[{(]/.test(text.slice(open + 1, j))) {
            depth++;
            continue;
        }
        if (depth > 0) {
            depth--;
            continue;
        }
        return j;
    }
    return -1;
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

function resourceVerdict(r: ResourceReport, findings: readonly Finding[]): string {
    const mandatory = findings.filter((f) => f.level === "mandatory").length;
    const waived = findings.filter((f) => f.exemption).length;
    const advisory = findings.length - mandatory - waived;
    const parts: string[] = [];
    if (mandatory) {
        parts.push(`${mandatory} mandatory`);
    }
    if (advisory) {
        parts.push(`${advisory} advisory`);
    }
    if (waived) {
        parts.push(`${waived} waived`);
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

/**
 * The key column says what the findings say: "provider-managed (tier 1)" where a key policy found
 * provider-managed keys, else the pack's summary of the key, else "—".
 */
export function keyOf(r: ResourceReport, findings: readonly Finding[]): string {
    const tiers = new Map<string, number>();
    for (const f of findings) {
        if (!KEY_RULES.has(f.rule)) {
            continue;
        }
        const m = /has ([a-z][a-z -]{0,40}?) keys? \(tier (\d)/.exec(f.reason);
        if (m) {
            tiers.set(m[1], Number(m[2]));
        }
    }
    if (tiers.size > 0) {
        // The weakest tier found is the one that decides.
        const [label, tier] = [...tiers.entries()].sort((a, b) => a[1] - b[1])[0];
        return `${label} (tier ${tier})`;
    }
    return r.placement?.key ?? "—";
}

// " (default: the provider's `location`)" when a provider default supplied the property.
function defaultNote(r: ResourceReport, property: string): string {
    const d = r.defaults?.find((x) => x.property === property);
    return d ? ` (default: ${prose(d.from).replace(/\|/g, "\\|")})` : "";
}

export function renderMarkdown(doc: ReportDocument, opts: RenderOptions): string {
    const out: string[] = ["# EU sovereignty report", ""];
    out.push(...provenance(doc, opts), "");
    out.push(verdictText(doc.summary), "");

    out.push("## Summary", "");
    out.push("| Stack | Resources | Mandatory | Advisory | Errors | Failing resources | Verdict |", "|---|---:|---:|---:|---:|---:|---|");
    for (const run of doc.runs) {
        const s = run.summary;
        const v: Verdict = s.mandatory > 0 ? "fail" : s.errors > 0 ? "error" : s.advisory > 0 ? "warn" : "pass";
        out.push(`| ${escape(runTitle(run, opts.cwd))} | ${s.resources} | ${s.mandatory} | ${s.advisory} | ${s.errors} | ${s.failing} | ${MARK[v]} |`);
    }
    out.push("");
    out.push(...labelSection(doc, opts));
    const findingsOf = new Map<ResourceReport, Finding[]>();
    for (const run of doc.runs) {
        for (const r of run.resources) {
            findingsOf.set(r, resourceFindings(r, doc.pack.config, run.source.stack));
        }
    }
    const keyLabel = (r: ResourceReport): string => keyOf(r, findingsOf.get(r) ?? []);
    out.push(...tally("Where the data lives", "Location", doc.runs, (r) => (r.placement?.lives.length ? r.placement.lives : ["not known"])));
    out.push(...tally("Where it is copied to", "Location", doc.runs, (r) => r.placement?.replicates ?? []));
    out.push(...tally("What protects it at rest", "Key", doc.runs, (r) => [keyLabel(r) === "—" ? "not known" : keyLabel(r)]));
    out.push(...policyTable(doc, findingsOf));

    for (const run of doc.runs) {
        out.push(`## ${escape(runTitle(run, opts.cwd))}`, "");
        const pending = run.pendingOperations ?? [];
        if (pending.length > 0) {
            out.push(`**Pending operations** of an interrupted update (their resources may exist): ${pending.map((o) => `${o.operation} ${code(o.urn, false)}`).join(", ")}. Run \`pulumi refresh\` and export again for the settled state.`, "");
        }
        const remote = run.remoteComponents ?? [];
        if (remote.length > 0) {
            out.push(`**Not seen:** the resources of the multi-language ${remote.length === 1 ? "component" : "components"} ${remote.map((c) => `${code(c.name, false)} (${code(c.type, false)})`).join(", ")}, which their provider plugin creates and check cannot run offline; this verdict does not cover them. Judge them with the pack in \`pulumi preview --policy-pack\`, or audit a \`pulumi stack export\`.`, "");
        }
        const resources = dataResources(run);
        if (resources.length > 0) {
            out.push("| Resource | Type | Lives in | Replicates to | Key | Verdict |", "|---|---|---|---|---|---|");
            for (const r of resources) {
                const lives = r.placement?.lives.join(", ") || "—";
                const replicates = r.placement?.replicates.join(", ") || "—";
                out.push(`| ${code(r.name)} | ${code(r.type)} | ${escape(lives)}${defaultNote(r, "location")} | ${escape(replicates)} | ${escape(keyLabel(r))} | ${resourceVerdict(r, findingsOf.get(r) ?? [])} |`);
            }
            out.push("");
        }
        const withFindings = resourcesWithFindings(run);
        const stack = stackFindings(run, doc.pack.config);
        if (withFindings.length > 0 || stack.length > 0 || run.errors.length > 0) {
            out.push("### Findings", "");
            for (const r of withFindings) {
                out.push(`#### ${MARK[r.verdict]} ${code(r.name, false)} (${code(r.type, false)})`, "");
                out.push(`URN: ${code(r.urn, false)}`, "");
                out.push(...(findingsOf.get(r) ?? []).map((f) => findingLine(doc, f)));
                out.push(...(r.defaults ?? []).map((d) => `- **default**: ${code(d.property, false)} from ${prose(d.from)} (the program leaves it unset)`));
                out.push(...r.errors.map((e) => `- **error**: ${prose(e.message)}`));
                out.push(...r.remediations.map((m) => `- **remediated** by ${code(m.policyName, false)}${m.properties ? "" : " (no change)"}`));
                out.push("");
            }
            if (stack.length > 0 || run.errors.length > 0) {
                out.push("#### Stack", "");
                out.push(...stack.map((f) => findingLine(doc, f)));
                out.push(...run.errors.map((e) => `- **error**: ${prose(e.message)}`));
                out.push("");
            }
        } else {
            out.push("No findings.", "");
        }
    }
    return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

function provenance(doc: ReportDocument, opts: RenderOptions): string[] {
    const p = opts.provenance;
    const rows: [string, string][] = [
        ["Generated", p?.generatedAt ?? "not recorded"],
        ["Tool", `eu-sovereignty ${doc.tool.version}`],
        ["Policy pack", `${doc.pack.name} ${doc.pack.version}${doc.pack.sdkVersion ? ` (@pulumi/policy ${doc.pack.sdkVersion})` : ""}, ${plural(doc.pack.policies.length, "policy", "policies")}`],
        ["Preset", p?.preset ?? "none"],
        ["Config file", p?.configFile ?? "none"],
        ["Config in force (SHA-256)", configHash(doc.pack.config)],
    ];
    if (p?.command) {
        rows.push(["Command", code(p.command)]);
    }
    return ["| Provenance | |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${k === "Command" ? v : escape(v)} |`)];
}

function ruleLink(doc: ReportDocument, rule: string): string {
    const url = doc.pack.policies.find((p) => p.name === rule)?.url;
    return url && /^https?:\/\/[^\s()<>]+$/.test(url) ? `[${code(rule, false)}](${url})` : code(rule, false);
}

function findingLine(doc: ReportDocument, f: Finding): string {
    // A waived finding keeps the severity of the rule it was waived from.
    const severity = f.exemption ? doc.pack.policies.find((p) => p.name === f.rule)?.severity : f.diagnostic.severity;
    const sev = severity ? ` (${severity})` : "";
    const level = f.exemption ? "waived" : f.level;
    const waiver = f.exemption ? ` Waived until ${escape(f.exemption.expires)}: ${prose(f.exemption.reason)}.` : "";
    const fix = f.fix ? ` **Fix:** ${prose(f.fix)}` : "";
    const note = f.note ? ` (${prose(f.note)})` : "";
    return `- **${level}** · ${ruleLink(doc, f.rule)}${sev}: ${prose(f.reason.replace(/\.?$/, "."))}${fix}${note}${waiver}`;
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
    return [`### ${title}`, "", `| ${column} | Resources |`, "|---|---:|", ...rows.map(([k, n]) => `| ${escape(k)} | ${n} |`), ""];
}

function policyTable(doc: ReportDocument, findingsOf: ReadonlyMap<ResourceReport, Finding[]>): string[] {
    if (doc.pack.policies.length === 0) {
        return [];
    }
    const counts = new Map<string, number>();
    const all = [...findingsOf.values()].flat().concat(doc.runs.flatMap((run) => stackFindings(run, doc.pack.config)));
    for (const f of all) {
        counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    }
    return [
        "### Policies", "",
        "| Policy | Level | Findings | What it checks |", "|---|---|---:|---|",
        ...doc.pack.policies.map((p) => `| ${ruleLink(doc, p.name)} | ${p.enforcementLevel} | ${counts.get(p.name) ?? 0} | ${escape(p.description)} |`),
        "",
    ];
}
