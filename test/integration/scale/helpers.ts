// Shared by the scale tests: temporary files, the installed CLI as a child process, report
// normalisation (timings out), and a look for pack processes left behind.
import * as assert from "assert";
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const BIN = path.join(ROOT, "bin", "eu-sovereignty.js");
export const EU_PACK = path.join(ROOT, "policies");

export function scalePack(name: string): string {
    return path.join(ROOT, "test", "fixtures", "scale", "packs", name);
}

export function tempDir(): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-scale-"));
}

export interface BinResult {
    code: number | null;
    stdout: string;
    stderr: string;
    ms: number;
}

/** Runs `node bin/eu-sovereignty.js ...args` (the built CLI) and collects its output. */
export function runBin(args: readonly string[], cwd = ROOT): Promise<BinResult> {
    assert.ok(fs.existsSync(path.join(ROOT, "dist", "src", "cli", "main.js")), "dist is missing: run npm run build");
    const started = Date.now();
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on("data", (d: Buffer) => out.push(d));
        child.stderr.on("data", (d: Buffer) => err.push(d));
        child.on("error", reject);
        child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), ms: Date.now() - started }));
    });
}

/** One line of error, the CLI's prefix, and nothing that looks like a stack trace. */
export function assertOneLineError(stderr: string, expected: RegExp): void {
    const lines = stderr.split("\n").filter((l) => l.trim() !== "");
    assert.strictEqual(lines.length, 1, `one line expected on stderr, got:\n${stderr.slice(0, 2000)}`);
    assert.match(lines[0], /^eu-sovereignty: /);
    assertNoStackTrace(stderr);
    assert.match(lines[0], expected);
}

export function assertNoStackTrace(text: string): void {
    assert.ok(!/^\s+at .+(:\d+:\d+\)?|\(native\))$/m.test(text), `stack trace in:\n${text.slice(0, 2000)}`);
}

/** A report with the timings taken out, for comparing two runs. */
export function withoutTimings<T>(value: T): T {
    return JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === "durationMs" ? undefined : v))) as T;
}

/** Pids of processes whose working directory is `dir` (packs run in their directory); [] off Linux. */
export function processesIn(dir: string): number[] {
    if (!fs.existsSync("/proc")) {
        return [];
    }
    const found: number[] = [];
    for (const entry of fs.readdirSync("/proc")) {
        if (!/^\d+$/.test(entry)) {
            continue;
        }
        try {
            if (fs.readlinkSync(`/proc/${entry}/cwd`) === dir) {
                found.push(Number(entry));
            }
        } catch {
            // Gone, or not ours to look at.
        }
    }
    return found;
}

/** Waits until no process runs in `dir` (a pack being stopped takes a moment), up to `ms`. */
export async function assertNoProcessLeftIn(dir: string, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    let left = processesIn(dir);
    while (left.length > 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        left = processesIn(dir);
    }
    assert.deepStrictEqual(left, [], `pack processes left behind in ${dir}`);
}
