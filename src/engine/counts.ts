// Verdicts and counts over a run's results.
import type { AnalyzerError, Diagnostic, ResourceReport, Summary, Verdict } from "./types";

export function verdictOf(diagnostics: readonly Diagnostic[], errors: readonly AnalyzerError[]): Verdict {
    if (diagnostics.some((d) => d.enforcementLevel === "mandatory")) {
        return "fail";
    }
    if (errors.length > 0) {
        return "error";
    }
    return diagnostics.length > 0 ? "warn" : "pass";
}

export function emptySummary(): Summary {
    return { resources: 0, mandatory: 0, advisory: 0, remediations: 0, errors: 0, failing: 0, erroring: 0, warning: 0, passing: 0 };
}

export function summarizeRun(resources: readonly ResourceReport[], stackDiagnostics: readonly Diagnostic[], errors: readonly AnalyzerError[]): Summary {
    const s = emptySummary();
    const count = (d: Diagnostic): void => {
        if (d.enforcementLevel === "mandatory") {
            s.mandatory++;
        } else {
            s.advisory++;
        }
    };
    for (const r of resources) {
        s.resources++;
        r.diagnostics.forEach(count);
        s.remediations += r.remediations.filter((m) => m.properties !== undefined).length;
        s.errors += r.errors.length;
        switch (r.verdict) {
            case "fail":
                s.failing++;
                break;
            case "error":
                s.erroring++;
                break;
            case "warn":
                s.warning++;
                break;
            default:
                s.passing++;
        }
    }
    stackDiagnostics.forEach(count);
    s.errors += errors.length;
    return s;
}

export function addSummaries(summaries: readonly Summary[]): Summary {
    const total = emptySummary();
    for (const s of summaries) {
        for (const k of Object.keys(total) as (keyof Summary)[]) {
            total[k] += s[k];
        }
    }
    return total;
}

/** 1 when something must stop a deployment: a mandatory violation, or a policy that could not run. */
export function exitCodeOf(summary: Summary): 0 | 1 {
    return summary.mandatory > 0 || summary.errors > 0 ? 1 : 0;
}
