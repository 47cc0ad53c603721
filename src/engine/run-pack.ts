// One-shot analysis of plain resource descriptions: start the pack, analyze, stop.
import type { AnalyzeOptions } from "./analyze";
import type { ResourceSpec } from "./resources";
import { PackSession } from "./session";
import type { PackSessionOptions } from "./session";
import type { Report } from "./types";

export interface RunPackOptions extends PackSessionOptions, Omit<AnalyzeOptions, "source"> {
    resources: readonly ResourceSpec[];
}

/**
 * Starts the pack (URNs are built from `stack.project` and `stack.stack` when not given), analyzes `resources` (Analyze each, AnalyzeStack once), stops the pack.
 * For many batches, start a {@link PackSession} once instead.
 */
export async function runPack(opts: RunPackOptions): Promise<Report> {
    const session = await PackSession.start(opts);
    try {
        return await session.analyze(opts.resources, { describe: opts.describe, onProgress: opts.onProgress, phases: opts.phases });
    } finally {
        await session.stop();
    }
}
