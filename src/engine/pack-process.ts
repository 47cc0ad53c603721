// Starts a policy pack the way the Pulumi CLI does and reads the port it prints.
import { spawn } from "child_process";
import { trackChild } from "./children";
import type { ChildProcess } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as yaml from "js-yaml";
import { PackError, errorMessage, firstLine } from "./errors";
import { pulumiDirFrom } from "./paths";

export interface PackProject {
    dir: string;
    /** Runtime options from PulumiPolicy.yaml, passed as `-key=value` arguments like the CLI does. */
    runtimeOptions: Record<string, unknown>;
    /** PulumiPolicy.yaml's version, which the CLI prefers over the pack's own. */
    version?: string;
}

export interface PackProcessOptions {
    packDir: string;
    /** Extra environment for the pack (the CLI passes PULUMI_CONFIG, PULUMI_PROJECT, ...). */
    env?: Record<string, string>;
    /** How long the pack may take to print its port. */
    startTimeoutMs?: number;
}

/** A running pack. */
export interface PackProcess {
    port: number;
    pid: number;
    /** From spawning the pack to its port being printed. */
    startupMs: number;
    project: PackProject;
    /** Set once the process has exited. */
    exit?: { code: number | null; signal: NodeJS.Signals | null };
    /** What the pack printed after its port and on stderr (bounded), for diagnosing crashes. */
    output(): string;
    /** Stops the pack (SIGTERM, then SIGKILL) and waits for it to exit. */
    kill(): Promise<void>;
    /** Resolves when the process has exited, or after `ms` if it is still running. */
    waitForExit(ms: number): Promise<void>;
}

// The CLI hands the pack its engine's gRPC address, but run-policy-pack drops that argument and the
// CLI does not set PULUMI_NODEJS_ENGINE for analyzers, so nothing ever dials it: a placeholder will do.
const ENGINE_ADDRESS = "127.0.0.1:0";
const OUTPUT_LIMIT = 64 * 1024;
const PORT_LINE_LIMIT = 1024;
const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Reads and checks PulumiPolicy.yaml, as the CLI does before starting a pack. */
export function readPackProject(packDir: string): PackProject {
    const dir = path.resolve(packDir);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
        throw new PackError(`policy pack directory ${dir} does not exist; pass a directory with PulumiPolicy.yaml to --pack`);
    }
    const file = path.join(dir, "PulumiPolicy.yaml");
    if (!fs.existsSync(file)) {
        throw new PackError(`${dir} is not a policy pack: it has no PulumiPolicy.yaml`);
    }
    let doc: unknown;
    try {
        doc = yaml.load(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new PackError(`cannot read ${file}: ${firstLine(errorMessage(e))}`);
    }
    const project = (doc ?? {}) as { runtime?: unknown; version?: unknown };
    const runtime = project.runtime;
    const name = typeof runtime === "string" ? runtime : (runtime as { name?: unknown } | undefined)?.name;
    if (name !== "nodejs") {
        throw new PackError(`policy pack ${dir} has runtime ${JSON.stringify(name ?? null)}; only nodejs packs can run offline`);
    }
    const options = typeof runtime === "object" && runtime !== null ? (runtime as { options?: unknown }).options : undefined;
    return {
        dir,
        runtimeOptions: typeof options === "object" && options !== null ? (options as Record<string, unknown>) : {},
        version: typeof project.version === "string" ? project.version : undefined,
    };
}

/** Spawns `node <@pulumi/pulumi>/cmd/run-policy-pack <engine> .` in the pack directory and waits for its port. */
export function startPackProcess(opts: PackProcessOptions): Promise<PackProcess> {
    const project = readPackProject(opts.packDir);
    const script = path.join(pulumiDirFrom(project.dir), "cmd", "run-policy-pack");
    const args = [script, ENGINE_ADDRESS, "."];
    for (const [k, v] of Object.entries(project.runtimeOptions)) {
        const s = String(v);
        if (s !== "") {
            args.push(`-${k}=${s}`);
        }
    }
    const started = Date.now();
    const child = spawn(process.execPath, args, {
        cwd: project.dir,
        env: { ...process.env, ...opts.env },
        stdio: ["ignore", "pipe", "pipe"],
    });
    trackChild(child);
    track(child);

    let output = "";
    const record = (text: string): void => {
        output = (output + text).slice(-OUTPUT_LIMIT);
    };
    const state: { exit?: PackProcess["exit"] } = {};
    const exited = new Promise<void>((resolve) => {
        child.once("exit", (code, signal) => {
            state.exit = { code, signal };
            live.delete(child);
            resolve();
        });
    });

    const kill = async (): Promise<void> => {
        // Nothing to stop if it has exited, or never started (then no exit event will come).
        if (state.exit || child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
            return;
        }
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 2000);
        await exited;
        clearTimeout(timer);
    };

    return new Promise<PackProcess>((resolve, reject) => {
        let stdout = "";
        let settled = false;
        const timeoutMs = opts.startTimeoutMs ?? 60_000;
        const fail = (message: string): void => {
            if (settled) {
                return;
            }
            settled = true;
            clearTimeout(timer);
            void kill().then(() => reject(new PackError(message, output)));
        };
        const timer = setTimeout(() => {
            fail(`policy pack ${project.dir} did not start within ${Math.round(timeoutMs / 1000)}s (no port printed); it was stopped`);
        }, timeoutMs);

        child.on("error", (e) => fail(`cannot start policy pack ${project.dir}: ${e.message}`));
        child.stderr.setEncoding("utf8");
        child.stderr.on("data", (d: string) => record(d));
        child.stdout.setEncoding("utf8");
        child.stdout.on("data", (d: string) => {
            if (settled) {
                record(d);
                return;
            }
            stdout += d;
            const nl = stdout.indexOf("\n");
            if (nl < 0) {
                // A port is a few digits: a long first line is not one, so stop buffering it.
                if (stdout.length > PORT_LINE_LIMIT) {
                    fail(`policy pack ${project.dir} printed ${JSON.stringify(stdout.trim().slice(0, 80))}… instead of its port; a pack must print nothing on stdout before it serves`);
                }
                return;
            }
            const line = stdout.slice(0, nl).trim();
            record(stdout.slice(nl + 1));
            if (!/^\d+$/.test(line)) {
                fail(`policy pack ${project.dir} printed ${JSON.stringify(line.slice(0, 80))} instead of its port; a pack must print nothing on stdout before it serves`);
                return;
            }
            settled = true;
            clearTimeout(timer);
            resolve({
                port: Number(line),
                pid: child.pid ?? -1,
                startupMs: Date.now() - started,
                project,
                get exit() {
                    return state.exit;
                },
                output: () => output,
                kill,
                waitForExit: (ms) => new Promise<void>((done) => {
                    const timer = setTimeout(done, ms);
                    void exited.then(() => {
                        clearTimeout(timer);
                        done();
                    });
                }),
            });
        });
        child.once("exit", (code, signal) => {
            const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
            fail(`policy pack ${project.dir} ${how} before it started: ${crashReason(output)}`);
        });
    });
}

/** One line explaining why a pack died, from what it printed on stderr. */
export function crashReason(output: string): string {
    const text = stripAnsi(output);
    if (/failed to locate the entry point/i.test(text)) {
        return `its entry point is missing (${firstLine(text.slice(text.search(/We failed to locate/i)))}); build the pack (npm run build) or check "main" in its package.json`;
    }
    const error = text.split(/\r?\n/).map((l) => l.trim()).find((l) => /^[A-Za-z]*(Error|Exception)\b.*:/.test(l));
    if (error) {
        return error;
    }
    const last = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
    return last.length ? last[last.length - 1].slice(0, 200) : "it printed nothing";
}

export function stripAnsi(text: string): string {
    return text.replace(/\u001b\[[0-9;]*m/g, "");
}

// Never leave a pack behind, even if our own process exits abruptly.
function track(child: ChildProcess): void {
    live.add(child);
    if (!exitHookInstalled) {
        exitHookInstalled = true;
        process.once("exit", () => {
            for (const c of live) {
                c.kill("SIGKILL");
            }
        });
    }
}
