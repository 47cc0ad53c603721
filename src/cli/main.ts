// The eu-sovereignty command: check a program or audit stack exports (audit.ts), print a report, return
// the exit code (0 compliant, 1 mandatory violations or analyzer errors, 2 bad usage or input).
import * as fs from "fs";
import * as path from "path";
import { buildDocument } from "../engine/document";
import { InputError, errorMessage, firstLine, isEngineError } from "../engine/errors";
import { loadProgram, stackContextOf, withRemoteComponents } from "../engine/program/check";
import { readProject, requireStackFile } from "../engine/program/project";
import { toolVersion } from "../engine/paths";
import { PackSession } from "../engine/session";
import type { PackSessionOptions } from "../engine/session";
import type { ReportDocument } from "../engine/types";
import { killChildren } from "../engine/children";
import { parseArgs } from "./args";
import { auditExports, exportFiles } from "./audit";
import { badgeTarget, writeBadges } from "./badges";
import type { BadgeTarget } from "./badges";
import { prepareOutput, recordFailure } from "./output";
import type { CliArgs } from "./args";
import { USAGE } from "./help";
import { progress } from "./progress";
import type { Progress, ProgressStream } from "./progress";
import { render } from "./render";

/** Where the CLI writes; tests pass their own. */
export interface CliIO {
    stdout: ProgressStream;
    stderr: ProgressStream;
    env: NodeJS.ProcessEnv;
    cwd: string;
    /** Standard input's text, for `audit -` (default: the process's). */
    stdin?: () => string;
}

export async function main(argv: readonly string[], io?: CliIO): Promise<number> {
    // Only the real process stops its children on a signal; tests pass their own IO.
    const own = io === undefined;
    const stopOnSignal = own ? onSignals() : () => undefined;
    try {
        return await run(argv, io ?? { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
    } finally {
        stopOnSignal();
    }
}

/** SIGINT/SIGTERM sent to this process alone: stop the pack and program processes too, then exit. Returns the undo. */
function onSignals(): () => void {
    const handler = (signal: NodeJS.Signals): void => {
        killChildren();
        process.stderr.write(`eu-sovereignty: stopped by ${signal}\n`);
        process.exit(signal === "SIGINT" ? 130 : 143);
    };
    process.on("SIGINT", handler);
    process.on("SIGTERM", handler);
    return () => {
        process.off("SIGINT", handler);
        process.off("SIGTERM", handler);
    };
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
    let output: { file: string; format: CliArgs["format"] } | undefined;
    let badge: BadgeTarget | undefined;
    try {
        const args = parseArgs(argv);
        if (args.help) {
            io.stdout.write(USAGE);
            return 0;
        }
        if (args.version) {
            io.stdout.write(`${toolVersion()}\n`);
            return 0;
        }
        if (!args.command) {
            io.stderr.write(USAGE);
            return 2;
        }
        if (args.output !== undefined) {
            // A bad -o fails before any work, and a failed run leaves no stale report there.
            const file = path.resolve(io.cwd, args.output);
            prepareOutput(file, args.output);
            output = { file, format: args.format };
        }
        // A bad --badge fails before any work too.
        badge = args.badge === undefined ? undefined : badgeTarget(args.badge, io.cwd, args.command === "check" ? 1 : undefined);
        const bar = progress(io.stderr);
        try {
            const doc = args.command === "check" ? await check(args, io, bar) : await audit(args, io, bar, args.badge);
            bar.done();
            const code = emit(doc, args, io, argv);
            if (badge) {
                emitBadges(doc, badge, io);
            }
            return code;
        } finally {
            bar.done();
        }
    } catch (e) {
        const message = isEngineError(e) ? e.message : `internal error: ${firstLine(errorMessage(e))}`;
        io.stderr.write(`eu-sovereignty: ${message}\n`);
        if (output) {
            recordFailure(output.file, output.format, message, toolVersion());
        }
        if (badge?.kind === "file") {
            // No stale badge claims a level this run could not establish.
            try {
                fs.rmSync(badge.path, { force: true });
            } catch {
                // The run already failed with its own message.
            }
        }
        return 2;
    }
}

function sessionOptions(args: CliArgs, io: CliIO): PackSessionOptions {
    const opts: PackSessionOptions = {};
    if (args.pack) {
        opts.packDir = path.resolve(io.cwd, args.pack);
    }
    if (args.config) {
        opts.config = path.resolve(io.cwd, args.config);
    }
    if (args.preset) {
        opts.preset = args.preset;
    }
    if (args.timeout) {
        opts.startTimeoutMs = args.timeout * 1000;
    }
    return opts;
}

async function check(args: CliArgs, io: CliIO, bar: Progress): Promise<ReportDocument> {
    if (args.targets.length > 1) {
        throw new InputError(`check takes one directory, got ${args.targets.length}: ${args.targets.join(" ")}`);
    }
    const project = readProject(args.targets[0] ?? ".", args.stack ?? "dev", io.cwd);
    if (args.stack !== undefined) {
        requireStackFile(project);
    }
    bar.status(`running ${project.name} (stack ${project.stack}) offline...`);
    // The program and the pack start side by side; whichever fails first is reported.
    const starting = PackSession.start({ ...sessionOptions(args, io), stack: stackContextOf(project) });
    const invokesFile = args.invokes ? path.resolve(io.cwd, args.invokes) : undefined;
    const loading = loadProgram(project, args.timeout ? args.timeout * 1000 : undefined, { invokesFile });
    const [session, loaded] = await Promise.allSettled([starting, loading]);
    if (session.status === "rejected" || loaded.status === "rejected") {
        if (session.status === "fulfilled") {
            await session.value.stop();
        }
        throw loaded.status === "rejected" ? loaded.reason : (session as PromiseRejectedResult).reason;
    }
    try {
        const report = await session.value.analyzeResources(loaded.value.resources, {
            source: loaded.value.source,
            onProgress: (done, total) => bar.update(done, total),
        });
        return buildDocument(session.value.pack, [withRemoteComponents(report, loaded.value)]);
    } finally {
        await session.value.stop();
    }
}

async function audit(args: CliArgs, io: CliIO, bar: Progress, badge: string | undefined): Promise<ReportDocument> {
    if (args.targets.length === 0) {
        throw new InputError("audit needs at least one `pulumi stack export` file or directory; run `eu-sovereignty --help` for usage");
    }
    if (args.stack) {
        throw new InputError("--stack applies to check only: a stack export names its own stack");
    }
    if (args.invokes) {
        throw new InputError("--invokes applies to check only: a stack export holds no program to answer");
    }
    if (args.targets.filter((t) => t === "-").length > 1) {
        throw new InputError("audit reads standard input (-) once; give the other exports as files");
    }
    const files = exportFiles(args.targets, io.cwd);
    if (badge !== undefined) {
        badgeTarget(badge, io.cwd, files.length);
    }
    return auditExports(files, sessionOptions(args, io), io, bar);
}

function emitBadges(doc: ReportDocument, badge: BadgeTarget, io: CliIO): void {
    const files = writeBadges(doc, badge, io.cwd);
    const where = badge.kind === "file" ? badge.shown : `${badge.shown} (${files.map((f) => path.basename(f)).join(", ")})`;
    io.stderr.write(`eu-sovereignty: wrote ${files.length === 1 ? "the label badge" : `${files.length} label badges`} to ${where}\n`);
}

/** Colour only for text on a terminal, unless NO_COLOR is set or --no-color given. */
export function useColor(args: Pick<CliArgs, "color" | "format" | "output">, io: Pick<CliIO, "stdout" | "env">): boolean {
    return args.output === undefined && args.color && args.format === "text" && io.stdout.isTTY === true && !io.env.NO_COLOR;
}

function emit(doc: ReportDocument, args: CliArgs, io: CliIO, argv: readonly string[]): number {
    const toFile = args.output !== undefined;
    const provenance = {
        generatedAt: new Date().toISOString(),
        command: ["eu-sovereignty", ...argv].map((a) => (/^[\w./:=@+-]+$/.test(a) ? a : JSON.stringify(a))).join(" "),
        ...(args.preset ? { preset: args.preset } : {}),
        ...(args.config ? { configFile: args.config } : {}),
    };
    const text = render(doc, args.format, { color: useColor(args, io), cwd: io.cwd, detail: args.detail, provenance, ...(args.issuer ? { issuer: args.issuer } : {}) });
    if (toFile) {
        const file = path.resolve(io.cwd, args.output as string);
        try {
            fs.writeFileSync(file, text);
        } catch (e) {
            throw new InputError(`cannot write the report to ${args.output}: ${firstLine(errorMessage(e))}`);
        }
        const s = doc.summary;
        io.stderr.write(`eu-sovereignty: wrote the ${args.format} report to ${args.output} (${s.mandatory} mandatory, ${s.advisory} advisory, ${s.errors} errors)\n`);
    } else {
        io.stdout.write(text);
    }
    return doc.exitCode;
}
