// The label verdict per stack (docs/label.md): the highest level whose requirements (and every lower
// level's) have no unwaived finding, and what blocks the next. Fails closed: a policy a level needs
// that did not run (disabled, missing from the pack, or threw) blocks that level as "not evaluated",
// and so does every policy when check could not see a multi-language component's resources.
// A finding an exemption waived counts as passed and is listed with its waiver.
import type { PackInfo, RunReport } from "../../engine/types";
import { LABEL_CRITERIA_VERSION, LABEL_DISCLAIMER, requirementsUpTo } from "eu-sovereignty-policies/lib";
import type { LabelLevel, LabelRequirement } from "eu-sovereignty-policies/lib";
import { findingOf } from "./common";
import { targetOfUrn } from "./exemptions";

export interface LabelBlocker {
    /** The pack policy. */
    rule: string;
    /** The label requirement it breaks. */
    requirement: string;
    /** Unwaived findings of the rule (0 when it did not run). */
    count: number;
    /** Set when the rule could not prove anything: why. */
    notEvaluated?: string;
}

export interface LabelWaiver {
    rule: string;
    reason: string;
    expires: string;
    count: number;
}

export interface LabelVerdict {
    level: LabelLevel;
    criteriaVersion: string;
    disclaimer: string;
    /** The next level and what blocks it (absent at level 3). */
    next?: { level: 1 | 2 | 3; blockers: LabelBlocker[] };
    /** Findings an exemption waived, counted as passed. */
    waived: LabelWaiver[];
}

const EXEMPTED_POLICY = "exempted-violations";

export function labelOf(run: RunReport, pack: PackInfo): LabelVerdict {
    const counts = new Map<string, number>();
    const waivers = new Map<string, LabelWaiver>();
    const all = [...run.resources.flatMap((r) => r.diagnostics.map((d) => ({ d, t: r as { urn: string; name: string; type: string } | undefined }))),
        ...run.stackDiagnostics.map((d) => ({ d, t: d.urn ? targetOfUrn(d.urn) : undefined }))];
    for (const { d, t } of all) {
        if (d.policyName === EXEMPTED_POLICY) {
            const f = findingOf(d, pack.config, t);
            if (f.exemption) {
                const key = `${f.exemption.policy}\0${f.exemption.reason}\0${f.exemption.expires}`;
                const w = waivers.get(key) ?? { rule: f.exemption.policy, reason: f.exemption.reason, expires: f.exemption.expires, count: 0 };
                w.count++;
                waivers.set(key, w);
                continue;
            }
        }
        counts.set(d.policyName, (counts.get(d.policyName) ?? 0) + 1);
    }
    const errors = [...run.resources.flatMap((r) => r.errors), ...(run.errors ?? [])];
    const threw = new Set(errors.map((e) => e.policyName ?? "*"));
    const known = new Set(pack.policies.map((p) => p.name));
    // check runs no provider plugin, so a multi-language component's resources were judged by no rule.
    const unseen = run.remoteComponents?.length ?? 0;
    const blockersOf = (req: LabelRequirement): LabelBlocker[] =>
        req.policies.flatMap((rule): LabelBlocker[] => {
            const level = pack.config[rule]?.enforcementLevel ?? pack.policies.find((p) => p.name === rule)?.enforcementLevel;
            const notEvaluated = !known.has(rule) ? "the pack has no such policy"
                : level === "disabled" ? "the policy is disabled in this configuration"
                : threw.has(rule) || threw.has("*") ? "the analyzer reported an error, so the policy's result is not proven"
                : unseen > 0 ? `the resources of ${unseen === 1 ? "a multi-language component" : `${unseen} multi-language components`} were not seen offline, so the policy's result is not proven`
                : undefined;
            const count = counts.get(rule) ?? 0;
            if (count === 0 && !notEvaluated) return [];
            return [{ rule, requirement: req.id, count, ...(notEvaluated ? { notEvaluated } : {}) }];
        });
    let level: LabelLevel = 0;
    let next: LabelVerdict["next"];
    for (const l of [1, 2, 3] as const) {
        const blockers = requirementsUpTo(l).filter((r) => r.level === l).flatMap(blockersOf);
        if (blockers.length > 0) {
            next = { level: l, blockers: blockers.sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)) };
            break;
        }
        level = l;
    }
    return {
        level,
        criteriaVersion: LABEL_CRITERIA_VERSION,
        disclaimer: LABEL_DISCLAIMER,
        ...(next ? { next } : {}),
        waived: [...waivers.values()],
    };
}

export function blockerCount(v: LabelVerdict): number {
    return v.next?.blockers.reduce((n, b) => n + Math.max(b.count, 1), 0) ?? 0;
}

/** One line: "Label: level 1 of 3 (self-assessment, not a Gaia-X certification) · level 2 blocked by eu-data-residency ×3". */
export function labelLine(v: LabelVerdict): string {
    const head = `Label: level ${v.level} of 3 (self-assessment, not a Gaia-X certification)`;
    if (!v.next) return `${head} · every level met`;
    const parts = v.next.blockers.map((b) => (b.notEvaluated ? `${b.rule} not evaluated` : `${b.rule} ×${b.count}`));
    const waived = v.waived.reduce((n, w) => n + w.count, 0);
    return `${head} · level ${v.next.level} blocked by ${parts.join(", ")}${waived ? ` · ${waived} waived` : ""}`;
}
