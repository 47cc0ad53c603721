// The JSON report (docs/report.schema.json, schemaVersion 2): the engine's document plus what a
// program needs to act on waivers: each exempted finding carries its exemption (the policy it was
// waived from, the matcher, reason and expiry), the summaries count exempted findings, and every
// configured exemption is listed with how many findings it waived, so one that matched nothing is seen.
import type { Diagnostic, ReportDocument, RunReport, Summary } from "../../engine/types";
import { findingOf, globMatch } from "./common";
import type { RenderOptions } from "./common";

export const JSON_SCHEMA_VERSION = 2;

interface ExemptionUseJson {
    policy: string;
    matcher?: Record<string, string>;
    reason: string;
    expires: string;
}

interface ExemptionEntryJson {
    policy: string;
    /** 1-based position in the policy's `exemptions` list, as the pack's messages number them. */
    position: number;
    matcher: Record<string, string>;
    reason: string;
    expires: string;
    /** Findings it waived in this report. */
    waived: number;
    /** "used" waived a finding; "expired" matched a finding after its expiry; "unused" matched no finding. */
    status: "used" | "expired" | "unused";
}

type SummaryJson = Summary & { exempted: number };

export function renderJson(doc: ReportDocument, opts: RenderOptions): string {
    const uses: { policy: string; reason: string; expires: string; urn: string; name: string; type: string }[] = [];
    const expired = new Set<string>();
    const runs = doc.runs.map((run) => {
        let exempted = 0;
        const mark = (d: Diagnostic, target?: { urn: string; name: string; type: string }): Diagnostic & { exemption?: ExemptionUseJson } => {
            const f = findingOf(d, doc.pack.config, target);
            const n = f.note ? /^Exemption #(\d+) for this resource expired/.exec(f.note) : null;
            if (n) {
                expired.add(`${d.policyName}#${n[1]}`);
            }
            if (!f.exemption) {
                return d;
            }
            exempted++;
            const t = target ?? (d.urn ? targetOfUrn(d.urn) : undefined);
            if (t) {
                uses.push({ policy: f.exemption.policy, reason: f.exemption.reason, expires: f.exemption.expires, ...t });
            }
            return { ...d, exemption: { ...f.exemption } };
        };
        const resources = run.resources.map((r) => ({ ...r, diagnostics: r.diagnostics.map((d) => mark(d, r)) }));
        const stackDiagnostics = run.stackDiagnostics.map((d) => mark(d));
        const summary: SummaryJson = { ...run.summary, exempted };
        return { ...run, resources, stackDiagnostics, summary } as RunReport & { summary: SummaryJson };
    });
    const exemptions = configuredExemptions(doc).map((e) => {
        const waived = uses.filter((u) => u.policy === e.policy && u.reason === e.reason && u.expires === e.expires &&
            Object.entries(e.matcher).every(([k, p]) => globMatch(p, u[k as "urn" | "name" | "type"]))).length;
        const status: ExemptionEntryJson["status"] = waived > 0 ? "used" : expired.has(`${e.policy}#${e.position}`) ? "expired" : "unused";
        return { ...e, waived, status };
    });
    const out = {
        ...doc,
        schemaVersion: JSON_SCHEMA_VERSION,
        runs,
        summary: { ...doc.summary, exempted: runs.reduce((n, r) => n + r.summary.exempted, 0) },
        exemptions,
        ...(opts.provenance ? { provenance: opts.provenance } : {}),
    };
    return `${JSON.stringify(out, null, 2)}\n`;
}

/** Every well-formed exemption in the config in force (the pack reports malformed ones itself). */
function configuredExemptions(doc: ReportDocument): Omit<ExemptionEntryJson, "waived" | "status">[] {
    const out: Omit<ExemptionEntryJson, "waived" | "status">[] = [];
    for (const [policy, c] of Object.entries(doc.pack.config)) {
        const list = c.properties?.exemptions;
        if (!Array.isArray(list)) {
            continue;
        }
        list.forEach((entry: unknown, i) => {
            if (typeof entry !== "object" || entry === null) {
                return;
            }
            const e = entry as Record<string, unknown>;
            const matcher: Record<string, string> = {};
            for (const k of ["urn", "name", "type"]) {
                if (typeof e[k] === "string") {
                    matcher[k] = e[k] as string;
                }
            }
            if (typeof e.reason === "string" && typeof e.expires === "string" && Object.keys(matcher).length > 0) {
                out.push({ policy, position: i + 1, matcher, reason: e.reason.replace(/\s+/g, " ").trim(), expires: e.expires });
            }
        });
    }
    return out;
}

/** Name and type from a URN (urn:pulumi:stack::project::parent$type::name). */
function targetOfUrn(urn: string): { urn: string; name: string; type: string } {
    const parts = urn.split("::");
    const qualified = parts[2] ?? "";
    return { urn, name: parts.slice(3).join("::"), type: qualified.slice(qualified.lastIndexOf("$") + 1) };
}
