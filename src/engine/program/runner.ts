// Runs a program in a child process (a program that throws or hangs must not take the engine down)
// and collects its resource registrations.
import { fork } from "child_process";
import * as path from "path";
import { trackChild } from "../children";
import { ProgramError } from "../errors";
import { crashReason } from "../pack-process";
import { packageRoot } from "../paths";
import { readInvokeFixtures } from "./invokes";
import { configEnv } from "./project";
import type { ProgramProject } from "./project";
import { JOB_ENV } from "./protocol";
import type { ChildMessage, ProgramJob, Registration } from "./protocol";

const OUTPUT_LIMIT = 64 * 1024;

export interface RunOptions {
    /** A --invokes fixtures file (read and validated here, before the program starts). */
    invokesFile?: string;
}

export function runProgram(project: ProgramProject, timeoutMs = 300_000, opts: RunOptions = {}): Promise<Registration[]> {
    const job: ProgramJob = { dir: project.dir, main: project.main, project: project.name, stack: project.stack, typescript: project.typescript };
    if (opts.invokesFile) {
        job.invokesFile = path.resolve(opts.invokesFile);
        readInvokeFixtures(job.invokesFile);
    }
    // Under ts-node (tests) the child is TypeScript too.
    const ext = path.extname(__filename);
    const execArgv = ext === ".ts" ? ["-r", require.resolve("ts-node/register/transpile-only")] : [];
    const env: NodeJS.ProcessEnv = { ...process.env, ...configEnv(project.config), [JOB_ENV]: JSON.stringify(job) };
    for (const k of ["PULUMI_NODEJS_MONITOR", "PULUMI_NODEJS_ENGINE", "PULUMI_NODEJS_DRY_RUN"]) {
        delete env[k];
    }
    if (ext === ".ts") {
        // Our own compiler settings for the child, wherever the program lives.
        env.TS_NODE_PROJECT = path.join(packageRoot(), "tsconfig.json");
    }
    const child = fork(path.join(__dirname, `child${ext}`), [], {
        cwd: project.dir,
        env,
        execArgv,
        stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    trackChild(child);
    let output = "";
    const keep = (d: Buffer): void => {
        output = (output + d.toString("utf8")).slice(-OUTPUT_LIMIT);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);

    const rel = path.relative(process.cwd(), project.dir);
    const where = rel === "" ? "." : rel.startsWith("..") ? project.dir : rel;
    return new Promise<Registration[]>((resolve, reject) => {
        let settled = false;
        const settle = (fn: () => void): void => {
            if (!settled) {
                settled = true;
                clearTimeout(timer);
                fn();
            }
        };
        const timer = setTimeout(() => {
            settle(() => reject(new ProgramError(`the program in ${where} did not finish within ${Math.round(timeoutMs / 1000)}s and was stopped; does it wait on something that never completes?`)));
            child.kill("SIGKILL");
        }, timeoutMs);
        child.on("message", (msg: ChildMessage) => {
            if (msg.kind === "done") {
                settle(() => resolve(msg.registrations));
            } else {
                settle(() => reject(new ProgramError(`the program in ${where} failed: ${msg.message}`, msg.detail)));
            }
        });
        child.on("error", (e) => settle(() => reject(new ProgramError(`cannot run the program in ${where}: ${e.message}`))));
        // "close" comes after the IPC channel and stdio are drained, so a final message is never lost.
        child.on("close", (code, signal) => {
            const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
            settle(() => reject(new ProgramError(`the program in ${where} ${how} before it finished: ${crashReason(output)}`, output)));
        });
    });
}
