// SARIF 2.1.0 for code scanning: the pack's policies as rules (titles, descriptions, help and
// security-severity from the policy metadata), one result per finding located by the program line or
// stack file and the resource's URN, a fingerprint per rule + URN + property path, and waived findings
// as suppressions. GitHub's rules for SARIF uploads:
// https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
// and its limits: https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit
// Over several stacks: one run per stack, and the estate table in the log's properties.
import { createHash } from "crypto";
import * as path from "path";
import { pathToFileURL } from "url";
import type { AnalyzerError, EnforcementLevel, PolicyInfo, ReportDocument, ResourceReport, RunReport, Severity } from "../../engine/types";
import { LABEL_DISCLAIMER } from "eu-sovereignty-policies/lib";
import { SECURITY_SEVERITY, configHash, relative, resourceFindings, ruleTitle, runTitle, stackFindings } from "./common";
import type { Finding, RenderOptions } from "./common";
import { exitCodeOf } from "../../engine/counts";
import { estateOf } from "./estate";
import { labelOf } from "./label";

type Level = "error" | "warning" | "note" | "none";
type Json = Record<string, unknown>;

const SRCROOT = "SRCROOT";
/** Code scanning stores at most 25,000 results per run and 20 tags per rule (hard limits). */
const MAX_RESULTS = 25_000;
const MAX_TAGS = 20;
/** Generous bounds for texts shown in code scanning (a rule's title is one line). */
const MAX_TITLE = 1024;

function levelOf(l: EnforcementLevel): Level {
    switch (l) {
        case "mandatory":
        case "remediate":
            return "error";
        case "advisory":
            return "warning";
        default:
            return "none";
    }
}

function clip(text: string, max: number): string {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function helpMarkdown(p: PolicyInfo): string {
    const parts = [`**${ruleTitle(p)}**`, "", p.description];
    if (p.remediationSteps) {
        parts.push("", `**How to fix:** ${p.remediationSteps}`);
    }
    if (p.framework?.name) {
        const fw = p.framework;
        parts.push("", `**Framework:** ${[fw.name, fw.version].filter(Boolean).join(" ")}${fw.reference ? `: ${fw.reference}` : ""}`);
    }
    if (p.url) {
        parts.push("", `[Documentation](${p.url})`);
    }
    return parts.join("\n");
}

function ruleOf(p: PolicyInfo): Json {
    const properties: Json = { enforcementLevel: p.enforcementLevel, policyType: p.type };
    if (p.severity) {
        properties.severity = p.severity;
        // Marks the rule as a security rule: code scanning shows critical/high/medium/low.
        properties["security-severity"] = SECURITY_SEVERITY[p.severity];
    }
    const tags = [...(p.severity ? ["security"] : []), ...(p.tags ?? [])].slice(0, MAX_TAGS);
    if (tags.length > 0) {
        properties.tags = tags;
    }
    const rule: Json = {
        id: p.name,
        name: p.name,
        shortDescription: { text: clip(ruleTitle(p), MAX_TITLE) },
        fullDescription: { text: p.description },
        defaultConfiguration: { level: levelOf(p.enforcementLevel), enabled: p.enforcementLevel !== "disabled" },
        help: { text: [p.description, p.remediationSteps ? `How to fix: ${p.remediationSteps}` : "", p.url ?? ""].filter(Boolean).join("\n\n"), markdown: helpMarkdown(p) },
        properties,
    };
    if (p.url) {
        rule.helpUri = p.url;
    }
    return rule;
}

export function renderSarif(doc: ReportDocument, opts: RenderOptions): string {
    // One stack, one run. Over several stacks (audit), one run per stack, each with its own
    // category (automationDetails.id): code scanning no longer combines runs of one tool and
    // category from one upload (https://github.blog/changelog/2024-05-06-code-scanning-will-stop-combining-runs-from-a-single-upload).
    const runs = doc.runs.length > 1
        ? categories(doc.runs).map((id, i) => sarifRun(doc, [doc.runs[i]], exitCodeOf(doc.runs[i].summary), opts, id))
        : [sarifRun(doc, doc.runs, doc.exitCode, opts)];
    const sarif = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs,
        ...(doc.runs.length > 1 ? { properties: { estate: estateOf(doc, opts.cwd) } } : {}),
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** A category per stack: eu-sovereignty/PROJECT/STACK/, made unique; the trailing slash leaves the run id empty. */
function categories(runs: readonly RunReport[]): string[] {
    const used = new Set<string>();
    return runs.map((run) => {
        const name = run.source.stack ? [run.source.project ?? "", run.source.stack].join("/") : path.basename(run.source.path ?? "resources", ".json");
        const base = `eu-sovereignty/${name.replace(/[^\w.@/-]+/g, "_")}`;
        let id = base;
        for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
        used.add(id);
        return `${id}/`;
    });
}

function sarifRun(doc: ReportDocument, runs: readonly RunReport[], exitCode: number, opts: RenderOptions, category?: string): Json {
    const rules = doc.pack.policies.map(ruleOf);
    const ctx: Context = {
        ruleIndex: new Map(doc.pack.policies.map((p, i) => [p.name, i])),
        severities: new Map(doc.pack.policies.map((p) => [p.name, p.severity])),
        seen: new Map(),
        opts,
    };
    const results: Json[] = [];
    const notifications: Json[] = [];
    for (const run of runs) {
        for (const r of run.resources) {
            for (const f of resourceFindings(r, doc.pack.config, run.source.stack)) {
                results.push(result(f, run, r, ctx));
            }
            for (const e of r.errors) {
                notifications.push(notification(e, run, r, opts));
            }
        }
        for (const f of stackFindings(run, doc.pack.config)) {
            results.push(result(f, run, undefined, ctx));
        }
        for (const e of run.errors) {
            notifications.push(notification(e, run, undefined, opts));
        }
        // Code scanning shows no result for what check never saw: say so where it lists the run's notes.
        for (const c of run.remoteComponents ?? []) {
            notifications.push({ level: "warning", message: { text: `${c.name} (${c.type}) is a multi-language component: its provider plugin creates its resources, which check cannot run offline, so no result covers them` } });
        }
    }
    if (results.length > MAX_RESULTS) {
        // Worst first, so what code scanning keeps is what blocks a deployment.
        const order: Record<string, number> = { error: 0, warning: 1, note: 2, none: 3 };
        results.sort((a, b) => order[a.level as string] - order[b.level as string]);
        notifications.push({ level: "warning", message: { text: `${results.length} results: only the first ${MAX_RESULTS} (mandatory first) are in this file, code scanning's limit per run` } });
        results.length = MAX_RESULTS;
    }
    return {
        tool: {
            driver: {
                name: "eu-sovereignty",
                version: doc.tool.version,
                informationUri: "https://github.com/eu-sovereignty/eu-sovereignty",
                rules,
                properties: { policyPack: `${doc.pack.name}@${doc.pack.version}` },
            },
        },
        ...(category ? { automationDetails: { id: category } } : {}),
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToUri(opts.cwd)}/` } },
        invocations: [{
            executionSuccessful: notifications.every((n) => n.level !== "error"),
            exitCode,
            toolExecutionNotifications: notifications,
            ...(opts.provenance ? { commandLine: opts.provenance.command, endTimeUtc: opts.provenance.generatedAt } : {}),
            properties: { configHash: configHash(doc.pack.config), ...(opts.provenance?.preset ? { preset: opts.provenance.preset } : {}) },
        }],
        results,
        properties: {
            label: {
                disclaimer: LABEL_DISCLAIMER,
                stacks: runs.map((run) => ({ stack: runTitle(run, opts.cwd), ...labelOf(run, doc.pack) })),
            },
        },
    };
}

/** Rule + URN + property path: two findings on one resource stay two alerts, and each is followed across runs. */
function fingerprint(f: Finding, urn: string | undefined, seen: Map<string, number>): string {
    const key = [f.rule, urn ?? "", f.path ?? f.reason].join("\u0000");
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return createHash("sha256").update(n === 1 ? key : `${key}\u0000${n}`).digest("hex");
}

interface Context {
    ruleIndex: Map<string, number>;
    severities: Map<string, Severity | undefined>;
    seen: Map<string, number>;
    opts: RenderOptions;
}

function result(f: Finding, run: RunReport, r: ResourceReport | undefined, ctx: Context): Json {
    const opts = ctx.opts;
    const d = f.diagnostic;
    const urn = d.urn ?? r?.urn;
    const subject = r ? `${r.type} "${r.name}": ` : "";
    const text = [f.reason.replace(/\.?$/, "."), f.fix ? `Fix: ${f.fix}` : "", f.note ?? ""].filter(Boolean).join(" ");
    // A waived violation is a note: code scanning does not act on `suppressions` by itself
    // (https://github.com/github/codeql-action/issues/1230), so a waived mandatory finding must not
    // come back as an open error; tools that read suppressions (advanced-security/dismiss-alerts) dismiss it.
    const level: Level = f.exemption ? "note" : levelOf(d.enforcementLevel);
    const severity = f.exemption ? ctx.severities.get(f.rule) : d.severity;
    const out: Json = {
        ruleId: f.rule,
        level,
        message: { text: `${subject}${text}` },
        locations: [location(run, r, urn, opts)],
        properties: {
            enforcementLevel: d.enforcementLevel,
            policyPack: `${d.policyPackName}@${d.policyPackVersion}`,
            phase: d.phase,
            ...(severity ? { severity } : {}),
            ...(urn ? { urn } : {}),
            ...(f.path ? { propertyPath: f.path } : {}),
            ...(f.row ? { rowId: f.row } : {}),
        },
        partialFingerprints: { "euSovereigntyFinding/v1": fingerprint(f, urn, ctx.seen) },
    };
    const index = ctx.ruleIndex.get(f.rule);
    if (index !== undefined) {
        out.ruleIndex = index;
    }
    if (f.exemption) {
        // A waiver recorded in the policy config: code scanning shows the alert as dismissed.
        out.suppressions = [{
            kind: "external",
            status: "accepted",
            justification: f.exemption.reason,
            properties: { expires: f.exemption.expires, ...(f.exemption.matcher ? { matcher: f.exemption.matcher } : {}) },
        }];
    }
    return out;
}

function location(run: RunReport, r: ResourceReport | undefined, urn: string | undefined, opts: RenderOptions): Json {
    const loc: Json = {};
    const file = r?.source?.file ?? run.source.file;
    if (file) {
        const rel = relative(file, opts.cwd);
        // Inside the working directory: relative to SRCROOT, as code scanning expects; else absolute.
        const artifactLocation = path.isAbsolute(rel) ? { uri: pathToFileURL(rel).href } : { uri: rel, uriBaseId: SRCROOT };
        const physical: Json = { artifactLocation };
        if (r?.source?.line) {
            physical.region = { startLine: r.source.line, ...(r.source.column ? { startColumn: r.source.column } : {}) };
        }
        loc.physicalLocation = physical;
    }
    if (urn) {
        loc.logicalLocations = [{ fullyQualifiedName: urn, name: urn.split("::").slice(3).join("::") || urn, kind: "resource" }];
    }
    return loc;
}

function notification(e: AnalyzerError, run: RunReport, r: ResourceReport | undefined, opts: RenderOptions): Json {
    const out: Json = { level: "error", message: { text: r ? `${r.type} "${r.name}": ${e.message}` : e.message }, locations: [location(run, r, e.urn ?? r?.urn, opts)] };
    if (e.policyName) {
        out.descriptor = { id: e.policyName };
    }
    return out;
}

function pathToUri(dir: string): string {
    return pathToFileURL(path.resolve(dir)).href.replace(/\/$/, "");
}
