// The report document the CLI writes (docs/report.schema.json): runs, totals and the exit code.
import { addSummaries, exitCodeOf } from "./counts";
import { toolVersion } from "./paths";
import type { PackInfo, Report, ReportDocument, RunReport } from "./types";

/** Combines the runs judged by one pack into one document. */
export function buildDocument(pack: PackInfo, runs: readonly (RunReport | Report)[]): ReportDocument {
    const plain: RunReport[] = runs.map((r) => {
        const { pack: _pack, ...run } = r as Report;
        return run;
    });
    const summary = addSummaries(plain.map((r) => r.summary));
    return {
        schemaVersion: 1,
        tool: { name: "eu-sovereignty", version: toolVersion() },
        pack,
        runs: plain,
        summary,
        exitCode: exitCodeOf(summary),
    };
}
