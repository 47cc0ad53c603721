// Helpers shared by the report formats.
import * as path from "path";
import type { Diagnostic, ResourceReport, RunReport, Verdict } from "../../engine/types";

export interface RenderOptions {
    /** ANSI colours (text format only). */
    color: boolean;
    /** Paths in reports are shown relative to this directory. */
    cwd: string;
}

const VERDICT_ORDER: Record<Verdict, number> = { fail: 0, error: 1, warn: 2, pass: 3 };

/** Resources with something to say, worst first; the order of the run within a verdict. */
export function resourcesWithFindings(run: RunReport): ResourceReport[] {
    return run.resources
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => r.verdict !== "pass" || r.remediations.length > 0)
        .sort((a, b) => VERDICT_ORDER[a.r.verdict] - VERDICT_ORDER[b.r.verdict] || a.i - b.i)
        .map(({ r }) => r);
}

/** Mandatory before advisory, otherwise as reported. */
export function sortedDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
    return [...ds].sort((a, b) => rank(a) - rank(b));
}

function rank(d: Diagnostic): number {
    return d.enforcementLevel === "mandatory" ? 0 : 1;
}

/**
 * The policy's own words: the SDK prefixes a violation reported with a string by the policy's
 * description and a newline, which every report already shows as the rule.
 */
export function violationText(d: Diagnostic): string {
    if (d.description && d.message.startsWith(`${d.description}\n`)) {
        return d.message.slice(d.description.length + 1);
    }
    return d.message;
}

export function relative(file: string, cwd: string): string {
    const rel = path.relative(cwd, file);
    return (rel === "" ? "." : rel.startsWith("..") && path.isAbsolute(file) ? file : rel).split(path.sep).join("/");
}

export function runTitle(run: RunReport, cwd: string): string {
    const where = run.source.path ? relative(run.source.path, cwd) : "resources";
    const stack = run.source.stack ? ` (stack ${run.source.stack})` : "";
    return `${where}${stack}`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
    return `${n} ${n === 1 ? word : many}`;
}
