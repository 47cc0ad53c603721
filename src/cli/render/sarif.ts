// SARIF 2.1.0 for code-scanning tools: the pack's policies as rules, one result per violation,
// located by the resource's URN (logical) and the program line or stack file (physical).
import * as path from "path";
import { pathToFileURL } from "url";
import type { AnalyzerError, Diagnostic, EnforcementLevel, ReportDocument, ResourceReport, RunReport } from "../../engine/types";
import { relative, violationText } from "./common";
import type { RenderOptions } from "./common";

type Level = "error" | "warning" | "note" | "none";
type Json = Record<string, unknown>;

const SRCROOT = "SRCROOT";

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

export function renderSarif(doc: ReportDocument, opts: RenderOptions): string {
    const rules = doc.pack.policies.map((p) => {
        const rule: Json = {
            id: p.name,
            name: p.name,
            shortDescription: { text: p.displayName ?? p.name },
            fullDescription: { text: p.description },
            defaultConfiguration: { level: levelOf(p.enforcementLevel), enabled: p.enforcementLevel !== "disabled" },
            properties: {
                enforcementLevel: p.enforcementLevel,
                policyType: p.type,
                ...(p.severity ? { severity: p.severity } : {}),
                ...(p.tags ? { tags: p.tags } : {}),
            },
        };
        if (p.url) {
            rule.helpUri = p.url;
        }
        if (p.remediationSteps) {
            rule.help = { text: p.remediationSteps };
        }
        return rule;
    });
    const ruleIndex = new Map(doc.pack.policies.map((p, i) => [p.name, i]));
    const results: Json[] = [];
    const notifications: Json[] = [];
    for (const run of doc.runs) {
        for (const r of run.resources) {
            for (const d of r.diagnostics) {
                results.push(result(d, run, r, ruleIndex, opts));
            }
            for (const e of r.errors) {
                notifications.push(notification(e, run, r, opts));
            }
        }
        for (const d of run.stackDiagnostics) {
            results.push(result(d, run, undefined, ruleIndex, opts));
        }
        for (const e of run.errors) {
            notifications.push(notification(e, run, undefined, opts));
        }
    }
    const sarif = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [{
            tool: {
                driver: {
                    name: "eu-sovereignty",
                    version: doc.tool.version,
                    rules,
                    properties: { policyPack: `${doc.pack.name}@${doc.pack.version}` },
                },
            },
            originalUriBaseIds: { [SRCROOT]: { uri: `${pathToUri(opts.cwd)}/` } },
            invocations: [{
                executionSuccessful: notifications.length === 0,
                exitCode: doc.exitCode,
                toolExecutionNotifications: notifications,
            }],
            results,
        }],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}

function result(d: Diagnostic, run: RunReport, r: ResourceReport | undefined, ruleIndex: Map<string, number>, opts: RenderOptions): Json {
    const urn = d.urn ?? r?.urn;
    const out: Json = {
        ruleId: d.policyName,
        level: levelOf(d.enforcementLevel),
        message: { text: r ? `${r.type} "${r.name}": ${violationText(d)}` : violationText(d) },
        locations: [location(run, r, urn, opts)],
        properties: {
            enforcementLevel: d.enforcementLevel,
            policyPack: `${d.policyPackName}@${d.policyPackVersion}`,
            phase: d.phase,
            ...(d.severity ? { severity: d.severity } : {}),
            ...(urn ? { urn } : {}),
        },
    };
    const index = ruleIndex.get(d.policyName);
    if (index !== undefined) {
        out.ruleIndex = index;
    }
    if (urn) {
        // Stable across runs, so code scanning can follow a finding.
        out.partialFingerprints = { "resourceUrn/v1": `${d.policyName}:${urn}` };
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
