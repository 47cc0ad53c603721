// `audit`: put the resources of an existing stack (a `pulumi stack export` file) through the pack.
import type { AnalyzeOptions } from "../analyze";
import { PackSession } from "../session";
import type { ConfigOptions, PackSessionOptions, StackContext } from "../session";
import type { Report, RunReport } from "../types";
import { readStackExport } from "./stack-export";
import type { LoadedExport } from "./stack-export";

export interface AuditOptions extends ConfigOptions, Omit<AnalyzeOptions, "source"> {
    /** Pack directory; ignored when `session` is given. */
    packDir?: string;
    /** A running pack to reuse (its configuration is kept). */
    session?: PackSession;
    sessionOptions?: Omit<PackSessionOptions, "packDir" | "config" | "preset" | "stack">;
}

/** The stack the pack is told about for an export: deployed state, so not a dry run. */
export function stackContextOfExport(loaded: LoadedExport): StackContext {
    return { project: loaded.project, stack: loaded.stack, dryRun: false };
}

/**
 * How an export is analyzed: like `pulumi policy analyze`, remediations are reported, not applied
 * (AnalyzeSnapshot in pulumi's pkg/resource/deploy/analyze_snapshot.go).
 */
export const EXPORT_ANALYSIS = { applyRemediations: false } as const;

/** Adds what the export itself says about its state (pending operations, unreadable secrets) to its run. */
export function withExportNotes<T extends RunReport>(run: T, loaded: LoadedExport): T {
    if (loaded.pendingOperations.length > 0) {
        run.pendingOperations = loaded.pendingOperations.map((o) => ({ ...o }));
    }
    if (loaded.encryptedSecrets > 0) {
        run.encryptedSecrets = loaded.encryptedSecrets;
    }
    return run;
}

/**
 * Audits a `pulumi stack export` file: Analyze for each resource with its inputs and its provider
 * (resolved from the provider reference in the file), then AnalyzeStack over the final states.
 */
export async function auditExport(file: string, opts: AuditOptions = {}): Promise<Report> {
    const loaded = readStackExport(file);
    const analyzeOpts = { ...EXPORT_ANALYSIS, source: loaded.source, describe: opts.describe, onProgress: opts.onProgress, phases: opts.phases };
    if (opts.session) {
        await opts.session.configureStack(stackContextOfExport(loaded));
        return withExportNotes(await opts.session.analyzeResources(loaded.resources, analyzeOpts), loaded);
    }
    const session = await PackSession.start({ ...opts.sessionOptions, packDir: opts.packDir, config: opts.config, preset: opts.preset, stack: stackContextOfExport(loaded) });
    try {
        return withExportNotes(await session.analyzeResources(loaded.resources, analyzeOpts), loaded);
    } finally {
        await session.stop();
    }
}
