// `check`: run a program offline as a preview would, then put every resource through the pack.
import type { AnalyzeOptions } from "../analyze";
import { PackSession } from "../session";
import type { ConfigOptions, PackSessionOptions, StackContext } from "../session";
import type { EngineResource, RemoteComponent, Report, RunSource } from "../types";
import { readProject, requireStackFile } from "./project";
import type { ProgramProject } from "./project";
import { toEngineResources } from "./registrations";
import { runProgram } from "./runner";
import type { RunOptions } from "./runner";

export interface CheckOptions extends ConfigOptions, Omit<AnalyzeOptions, "source"> {
    /** Stack whose Pulumi.<stack>.yaml supplies the config. Default "dev". */
    stack?: string;
    /** Pack directory; ignored when `session` is given. */
    packDir?: string;
    /** A running pack to reuse (its configuration is kept). */
    session?: PackSession;
    /** How long the program may run. Default 5 min. */
    timeoutMs?: number;
    /** A JSON file answering the program's invokes (token → result, or token → [{args, result}]). */
    invokesFile?: string;
    /** Options for the pack session started when none is given. */
    sessionOptions?: Omit<PackSessionOptions, "packDir" | "config" | "preset" | "stack">;
}

export interface LoadedProgram {
    project: ProgramProject;
    resources: EngineResource[];
    source: RunSource;
    /** Components whose children only their provider plugin would create (not seen offline). */
    remoteComponents: RemoteComponent[];
}

/** Records on the report what the program's multi-language components hide from it. */
export function withRemoteComponents(report: Report, loaded: LoadedProgram): Report {
    if (loaded.remoteComponents.length > 0) {
        report.remoteComponents = loaded.remoteComponents.map((c) => ({ ...c }));
    }
    return report;
}

/** The stack the pack is told about for a program. */
export function stackContextOf(project: ProgramProject): StackContext {
    const config: Record<string, string> = {};
    const secretKeys: string[] = [];
    for (const [k, v] of Object.entries(project.config)) {
        config[k] = v.text;
        if (v.secret) {
            secretKeys.push(k);
        }
    }
    return { project: project.name, stack: project.stack, dryRun: true, config, secretKeys };
}

/** Runs the program under the mock runtime and returns the resources a preview would register. */
export async function loadProgram(project: ProgramProject, timeoutMs?: number, opts: RunOptions = {}): Promise<LoadedProgram> {
    const registrations = await runProgram(project, timeoutMs, opts);
    return {
        project,
        resources: toEngineResources(registrations, { project: project.name, stack: project.stack, config: project.config }),
        source: { kind: "program", path: project.dir, file: project.main, project: project.name, stack: project.stack },
        remoteComponents: registrations.filter((r) => r.remote === true && !r.custom).map((r) => ({ urn: r.urn, type: r.type, name: r.name })),
    };
}

/**
 * Checks the Pulumi program in `dir` offline: runs it in preview mode under the mock runtime with
 * the stack's config, then sends every resource (providers and components included) through the pack.
 */
export async function checkProgram(dir: string, opts: CheckOptions = {}): Promise<Report> {
    const project = readProject(dir, opts.stack ?? "dev");
    if (opts.stack !== undefined) {
        requireStackFile(project);
    }
    const analyze = (session: PackSession, loaded: LoadedProgram): Promise<Report> =>
        session.analyzeResources(loaded.resources, { source: loaded.source, describe: opts.describe, onProgress: opts.onProgress, phases: opts.phases })
            .then((report) => withRemoteComponents(report, loaded));
    if (opts.session) {
        const loaded = await loadProgram(project, opts.timeoutMs, { invokesFile: opts.invokesFile });
        await opts.session.configureStack(stackContextOf(project));
        return analyze(opts.session, loaded);
    }
    const starting = PackSession.start({ ...opts.sessionOptions, packDir: opts.packDir, config: opts.config, preset: opts.preset, stack: stackContextOf(project) });
    let loaded: LoadedProgram;
    try {
        loaded = await loadProgram(project, opts.timeoutMs, { invokesFile: opts.invokesFile });
    } catch (e) {
        await starting.then((s) => s.stop(), () => undefined);
        throw e;
    }
    const session = await starting;
    try {
        return await analyze(session, loaded);
    } finally {
        await session.stop();
    }
}
