// The JSON report (docs/report.schema.json, schemaVersion 3; 3 added each run's `label`, and `estate` over several stacks): the engine's document plus what a
// program needs to act on waivers: each exempted finding carries its exemption (the policy it was
// waived from, the matcher, reason and expiry), the summaries count exempted findings, and every
// configured exemption is listed with how many findings it waived, so one that matched nothing is seen.
import type { Diagnostic, ReportDocument, RunReport, Summary } from "../../engine/types";
import { findingOf } from "./common";
import type { ExemptionUse, RenderOptions } from "./common";
import { estateOf } from "./estate";
import { exemptionEntries, targetOfUrn } from "./exemptions";
import { labelOf } from "./label";
import type { LabelVerdict } from "./label";

export const JSON_SCHEMA_VERSION = 3;

type SummaryJson = Summary & { exempted: number };

export function renderJson(doc: ReportDocument, opts: RenderOptions): string {
    const runs = doc.runs.map((run) => {
        let exempted = 0;
        const mark = (d: Diagnostic, target?: { urn: string; name: string; type: string }): Diagnostic & { exemption?: ExemptionUse; row?: string } => {
            const f = findingOf(d, doc.pack.config, target ?? (d.urn ? targetOfUrn(d.urn) : undefined));
            const row = f.row ? { row: f.row } : {};
            if (!f.exemption) {
                return { ...d, ...row };
            }
            exempted++;
            return { ...d, ...row, exemption: { ...f.exemption } };
        };
        const resources = run.resources.map((r) => ({ ...r, diagnostics: r.diagnostics.map((d) => mark(d, r)) }));
        const stackDiagnostics = run.stackDiagnostics.map((d) => mark(d));
        const summary: SummaryJson = { ...run.summary, exempted };
        return { ...run, resources, stackDiagnostics, summary, label: labelOf(run, doc.pack) } as RunReport & { summary: SummaryJson; label: LabelVerdict };
    });
    const out = {
        ...doc,
        schemaVersion: JSON_SCHEMA_VERSION,
        runs,
        summary: { ...doc.summary, exempted: runs.reduce((n, r) => n + r.summary.exempted, 0) },
        exemptions: exemptionEntries(doc),
        // Over several stacks (audit): the estate table, the stacks that block most first.
        ...(doc.runs.length > 1 ? { estate: estateOf(doc, opts.cwd) } : {}),
        ...(opts.provenance ? { provenance: opts.provenance } : {}),
    };
    return `${JSON.stringify(out, null, 2)}\n`;
}
