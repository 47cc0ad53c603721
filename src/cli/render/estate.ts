// The estate view of a report over many stacks (`audit`, docs/label.md): one row per stack with its
// label level and what blocks the next level, the stacks that block most first. Text, Markdown, JSON
// and SARIF all draw on estateOf, so every format ranks the stacks the same way.
import type { ReportDocument } from "../../engine/types";
import { LABEL_CRITERIA_VERSION, LABEL_DISCLAIMER } from "eu-sovereignty-policies/lib";
import type { LabelLevel } from "eu-sovereignty-policies/lib";
import { plural, relative, runTitle } from "./common";
import { blockerCount, labelOf } from "./label";
import type { LabelBlocker, LabelVerdict } from "./label";
import type { Palette } from "./palette";

export interface EstateStack {
    /** Index of the stack's run in `runs`. */
    run: number;
    /** The report's title for the stack: its file and stack name. */
    title: string;
    project?: string;
    stack?: string;
    file?: string;
    level: LabelLevel;
    /** Findings blocking the next level; a policy that did not run counts once. 0 at level 3. */
    blockers: number;
    next?: { level: 1 | 2 | 3; blockers: LabelBlocker[] };
    /** Findings an exemption waived (counted as passed). */
    waived: number;
}

export interface Estate {
    criteriaVersion: string;
    disclaimer: string;
    /** How many stacks reach each level. */
    levels: Record<`${LabelLevel}`, number>;
    /** Most blockers first, then the lowest level, then by title. */
    stacks: EstateStack[];
}

export function estateOf(doc: ReportDocument, cwd: string): Estate {
    const levels: Estate["levels"] = { 0: 0, 1: 0, 2: 0, 3: 0 };
    const stacks = doc.runs.map((run, i): EstateStack => {
        const v: LabelVerdict = labelOf(run, doc.pack);
        levels[v.level]++;
        return {
            run: i,
            title: runTitle(run, cwd),
            ...(run.source.project ? { project: run.source.project } : {}),
            ...(run.source.stack ? { stack: run.source.stack } : {}),
            ...(run.source.path ? { file: relative(run.source.path, cwd) } : {}),
            level: v.level,
            blockers: blockerCount(v),
            ...(v.next ? { next: v.next } : {}),
            waived: v.waived.reduce((n, w) => n + w.count, 0),
        };
    });
    stacks.sort((a, b) => b.blockers - a.blockers || a.level - b.level || a.title.localeCompare(b.title) || a.run - b.run);
    return { criteriaVersion: LABEL_CRITERIA_VERSION, disclaimer: LABEL_DISCLAIMER, levels, stacks };
}

/** "level 2: eu-data-residency ×3, eu-key-location not evaluated", or "every level met". */
export function blockedBy(s: EstateStack, code: (t: string) => string = (t) => t): string {
    if (!s.next) return "every level met";
    return `level ${s.next.level}: ${s.next.blockers.map((b) => (b.notEvaluated ? `${code(b.rule)} not evaluated` : `${code(b.rule)} ×${b.count}`)).join(", ")}`;
}

/** "3 stacks: 1 at level 3, 1 at level 1, 1 at level 0". */
export function levelCounts(e: Estate): string {
    const parts = ([3, 2, 1, 0] as const).filter((l) => e.levels[l] > 0).map((l) => `${e.levels[l]} at level ${l}`);
    return `${plural(e.stacks.length, "stack")}: ${parts.join(", ")}`;
}

/** The text report's estate table (a report over more than one stack). */
export function estateText(doc: ReportDocument, cwd: string, p: Palette): string[] {
    const e = estateOf(doc, cwd);
    const width = Math.max(5, ...e.stacks.map((s) => s.title.length));
    const row = (level: string, blockers: string, stack: string, by: string): string => `  ${level.padEnd(5)}  ${blockers.padStart(8)}  ${stack.padEnd(width)}  ${by}`;
    const paint = (s: EstateStack): ((t: string) => string) => (s.level === 3 ? p.green : s.level === 0 ? p.red : p.yellow);
    return [
        p.bold(`Estate: ${levelCounts(e)}; the stacks that block most first`),
        p.dim(`  ${e.disclaimer}`),
        p.dim(row("level", "blockers", "stack", "next level blocked by")),
        ...e.stacks.map((s) => paint(s)(row(String(s.level), String(s.blockers), s.title, blockedBy(s)))),
    ];
}
