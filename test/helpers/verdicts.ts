// Comparing the eu pack's verdicts with one of its optimisations switched off by an opt-out
// variable (EU_SOV_DESERIALIZE_PER_POLICY, EU_SOV_NO_MEMO): same estate, same lines both ways.
import { PackSession } from "../../src/engine/session";
import type { Report } from "../../src/engine/types";
import { EU_PACK } from "./packs";

/** Every diagnostic as one comparable line, in a stable order. */
export function verdicts(report: Report): string[] {
    const lines = report.resources.flatMap((r) => r.diagnostics.map((d) => `${r.urn} ${d.policyName} ${d.enforcementLevel} ${d.message}`));
    lines.push(...report.stackDiagnostics.map((d) => `${d.urn ?? "(stack)"} ${d.policyName} ${d.enforcementLevel} ${d.message}`));
    return lines.sort();
}

/** Analyzes `resources` with a fresh eu pack, the variable `optOutVar` set to 1 when `optOut`, else unset. */
export async function analyzeWith(optOutVar: string, optOut: boolean, resources: Parameters<PackSession["analyzeResources"]>[0]): Promise<Report> {
    const before = process.env[optOutVar];
    if (optOut) process.env[optOutVar] = "1";
    else delete process.env[optOutVar];
    try {
        const session = await PackSession.start({ packDir: EU_PACK, stack: { project: "estate", stack: "prod" }, startTimeoutMs: 120_000 });
        try {
            return await session.analyzeResources(resources);
        } finally {
            await session.stop();
        }
    } finally {
        if (before === undefined) delete process.env[optOutVar];
        else process.env[optOutVar] = before;
    }
}
