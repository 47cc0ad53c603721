// The exemptions of the config in force and what each did in a report: how many findings it waived,
// whether it only matched after its expiry, or whether it matched nothing (a stale waiver or a typo
// in its pattern). Shared by the JSON and text reports.
import type { PackInfo, ReportDocument } from "../../engine/types";
import { EXEMPTION_MATCHERS, globMatch } from "eu-sovereignty-policies/lib";
import { findingOf } from "./common";

export interface ExemptionEntry {
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

interface Target {
    urn: string;
    name: string;
    type: string;
    /** The row the waived finding cites. */
    row?: string;
}

/** Name and type from a URN (urn:pulumi:stack::project::parent$type::name). */
export function targetOfUrn(urn: string): Target {
    const parts = urn.split("::");
    const qualified = parts[2] ?? "";
    return { urn, name: parts.slice(3).join("::"), type: qualified.slice(qualified.lastIndexOf("$") + 1) };
}

export function exemptionEntries(doc: ReportDocument): ExemptionEntry[] {
    // Waived targets by policy, reason and expiry: each exemption is then matched against its own only.
    const uses = new Map<string, Target[]>();
    const keyOf = (policy: string, reason: string, expires: string): string => JSON.stringify([policy, reason, expires]);
    const expired = new Set<string>();
    for (const run of doc.runs) {
        const seen = [...run.resources.flatMap((r) => r.diagnostics.map((d) => ({ d, t: r as Target | undefined }))),
            ...run.stackDiagnostics.map((d) => ({ d, t: d.urn ? targetOfUrn(d.urn) : undefined }))];
        for (const { d, t } of seen) {
            const f = findingOf(d, doc.pack.config, t);
            const n = f.note ? /^Exemption #(\d+) for this resource expired/.exec(f.note) : null;
            if (n) {
                expired.add(`${d.policyName}#${n[1]}`);
            }
            if (f.exemption && t) {
                const key = keyOf(f.exemption.policy, f.exemption.reason, f.exemption.expires);
                const list = uses.get(key) ?? [];
                list.push(f.row ? { ...t, row: f.row } : t);
                uses.set(key, list);
            }
        }
    }
    return configuredExemptions(doc.pack.config).map((e) => {
        const targets = uses.get(keyOf(e.policy, e.reason, e.expires)) ?? [];
        const waived = targets.filter((t) => Object.entries(e.matcher).every(([k, p]) => globMatch(p, t[k as keyof Target] ?? ""))).length;
        const status: ExemptionEntry["status"] = waived > 0 ? "used" : expired.has(`${e.policy}#${e.position}`) ? "expired" : "unused";
        return { ...e, waived, status };
    });
}

/** Every well-formed exemption in the config in force (the pack reports malformed ones itself). */
function configuredExemptions(config: PackInfo["config"]): Omit<ExemptionEntry, "waived" | "status">[] {
    const out: Omit<ExemptionEntry, "waived" | "status">[] = [];
    for (const [policy, c] of Object.entries(config)) {
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
            for (const k of EXEMPTION_MATCHERS) {
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
