// The offline engine against packs that misbehave at scale or in ways test/engine does not cover:
// garbage on stdout/stderr while serving thousands of resources, calls that are never answered, a
// pack stuck in a busy loop, huge or numerous violations, death in the middle of a CLI audit of a
// big export, and start-ups that print a useless port or flood stdout. Each ends with a clear
// result or one clear line, in bounded time, with no process left behind.
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { exitCodeOf } from "../../../src/engine/counts";
import { PackError } from "../../../src/engine/errors";
import { PackSession } from "../../../src/engine/session";
import type { PackSessionOptions } from "../../../src/engine/session";
import type { Report } from "../../../src/engine/types";
import { ROOT } from "../../helpers/packs";
import { assertNoProcessLeftIn, assertNoStackTrace, assertOneLineError, runBin, scalePack, tempDir } from "./helpers";

const UNRULY = scalePack("unruly");
const R = "t:i:R";

/** Starts, expects a one-line PackError, and returns it with the time it took. */
async function startFailure(opts: PackSessionOptions): Promise<{ error: PackError; ms: number }> {
    const started = Date.now();
    try {
        const s = await PackSession.start(opts);
        await s.stop();
    } catch (e) {
        assert.ok(e instanceof PackError, `expected a PackError, got ${String(e)}`);
        assert.ok(!e.message.includes("\n"), `one line expected: ${e.message}`);
        assertNoStackTrace(e.message);
        return { error: e, ms: Date.now() - started };
    }
    return assert.fail("the pack started");
}

describe("scale: packs that misbehave while serving", function () {
    this.timeout(60_000);

    describe("garbage output, unanswered calls, huge and numerous violations (3,000 resources)", () => {
        let session: PackSession;
        let report: Report;
        const names = Array.from({ length: 3000 }, (_, i) => (i % 500 === 250 ? `hang-${i}` : i % 10 === 3 ? `noise-${i}` : i % 7 === 0 ? `flag-${i}` : `ok-${i}`));

        before(async function () {
            this.timeout(60_000);
            session = await PackSession.start({ packDir: UNRULY, callTimeoutMs: 2000 });
            report = await session.analyze([...names, "loud", "many"].map((name) => ({ type: R, name })));
        });
        after(async () => {
            await session?.stop();
            await assertNoProcessLeftIn(UNRULY);
        });

        it("reports every resource, each with the right verdict", () => {
            assert.deepStrictEqual(report.resources.map((r) => r.name), [...names, "loud", "many"]);
            const expected = (n: string): string => (n.startsWith("hang") ? "error" : n.startsWith("flag") || n === "loud" || n === "many" ? "fail" : "pass");
            const wrong = report.resources.filter((r) => r.verdict !== expected(r.name)).map((r) => `${r.name}: ${r.verdict}`);
            assert.deepStrictEqual(wrong, []);
        });

        it("turns calls never answered into a clear error on those resources only", () => {
            const hung = report.resources.filter((r) => r.errors.length > 0);
            assert.deepStrictEqual(hung.map((r) => r.name), names.filter((n) => n.startsWith("hang")));
            for (const r of hung) {
                assert.deepStrictEqual(r.errors.map((e) => [e.phase, e.message]), [["analyze", "the pack did not answer Analyze in time"]]);
            }
            assert.strictEqual(report.summary.errors, hung.length);
            assert.strictEqual(exitCodeOf(report.summary), 1);
        });

        it("keeps the pack's garbage output out of the results, and bounded", () => {
            for (const r of report.resources.filter((x) => x.name.startsWith("noise"))) {
                assert.deepStrictEqual(r.diagnostics, []);
            }
            const output = session.output();
            assert.ok(output.includes("partial line without newline"), "the output is kept for diagnosis");
            assert.ok(output.length <= 64 * 1024, `output kept: ${output.length} characters`);
        });

        it("carries a 1 MiB violation message and 500 violations of one resource intact", () => {
            const loud = report.resources.find((r) => r.name === "loud");
            assert.ok(loud && loud.diagnostics.length === 1 && loud.diagnostics[0].message.includes("L".repeat(1024 * 1024)));
            assert.strictEqual(report.resources.find((r) => r.name === "many")?.diagnostics.length, 500);
        });
    });

    it("ends a run against a pack stuck in a busy loop, in bounded time, with clear errors", async function () {
        this.timeout(60_000);
        const session = await PackSession.start({ packDir: UNRULY, callTimeoutMs: 1000, stackTimeoutMs: 1500 });
        const started = Date.now();
        try {
            // A pack that answers nothing any more ends the run with one line, after one deadline.
            await assert.rejects(session.analyze(Array.from({ length: 40 }, (_, i) => ({ type: R, name: i === 5 ? "spin" : `ok-${i}` }))), (e: unknown) => {
                assert.ok(e instanceof PackError, String(e));
                assert.match(e.message, /^policy pack stopped answering during analysis: Analyze timed out and the pack no longer answers at all/);
                assert.ok(!e.message.includes("\n"));
                return true;
            });
        } finally {
            await session.stop();
        }
        assert.ok(Date.now() - started < 30_000, `took ${Date.now() - started} ms`);
        await assertNoProcessLeftIn(UNRULY);
    });

    it("fails with one line when the pack dies during AnalyzeStack", async () => {
        const session = await PackSession.start({ packDir: UNRULY });
        try {
            await assert.rejects(session.analyze([{ type: R, name: "ok" }, { type: R, name: "stack-die" }]), (e: Error) => {
                assert.ok(e instanceof PackError);
                assert.match(e.message, /^policy pack stopped answering during analysis: the pack exited with code 4: Error: the unruly pack died in AnalyzeStack on purpose$/);
                return true;
            });
        } finally {
            await session.stop();
        }
    });

    it("CLI: a pack dying mid-audit of a 3,000-resource export exits 2 with one line, leaving no process", async () => {
        const dir = tempDir();
        try {
            const file = path.join(dir, "stack.json");
            const urn = (name: string): string => `urn:pulumi:prod::estate::${R}::${name}`;
            const resources = Array.from({ length: 3000 }, (_, i) => ({ urn: urn(i === 2000 ? "die" : `r-${i}`), type: R, custom: true, inputs: { i } }));
            fs.writeFileSync(file, JSON.stringify({ version: 3, deployment: { manifest: {}, resources } }));
            const r = await runBin(["audit", file, "--pack", UNRULY, "--format", "json"]);
            assert.strictEqual(r.code, 2, r.stderr);
            assert.strictEqual(r.stdout, "");
            assertOneLineError(r.stderr, /policy pack stopped answering during analysis: the pack exited with code 3: Error: the unruly pack died on purpose$/);
            await assertNoProcessLeftIn(UNRULY);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe("scale: start-ups test/engine does not cover", function () {
    this.timeout(30_000);

    it("a port nothing listens on: one line within the start timeout", async () => {
        // The connection attempt waits out the start timeout; 8 s leaves a loaded machine room to print the port first.
        const { error, ms } = await startFailure({ packDir: scalePack("bogus-port"), startTimeoutMs: 8000 });
        assert.match(error.message, /^policy pack .*bogus-port failed during start-up: could not connect to the port it printed \(1\): /);
        assert.ok(!error.message.includes("printed nothing"), "no words about the process the engine killed itself");
        // Bounded by the timeout twice over (spawn to port, then the connection), never by the test's 30 s.
        assert.ok(ms < 2 * 8000 + 4000, `took ${ms} ms`);
        await assertNoProcessLeftIn(scalePack("bogus-port"));
    });

    it("a pack that exits right after printing its port: its own error, within the start timeout", async () => {
        // A start timeout far beyond the test's own: only the exit can end the wait in time, and the
        // message says it did (no wall-clock budget that a loaded machine could miss).
        const { error } = await startFailure({ packDir: scalePack("exit-after-port"), startTimeoutMs: 600_000 });
        assert.match(error.message, /^policy pack .*exit-after-port failed during start-up: it exited right after printing its port \d+: Error: lost my configuration right after start-up$/);
    });

    it("after a pack that exits right after printing its port, nothing holds the process for the start timeout", function () {
        this.timeout(200_000);
        // In a child process that does nothing after the failed start: it must end on its own. grpc-js kept a
        // connection deadline as long as the start timeout (here 600 s) alive after the client was closed.
        const script = `
            const { PackSession } = require("eu-sovereignty");
            PackSession.start({ packDir: ${JSON.stringify(scalePack("exit-after-port"))}, startTimeoutMs: 600000 }).then(
                () => { console.log("started?"); process.exitCode = 3; },
                (e) => console.log(e.message.includes("exited right after printing its port") ? "failed as expected" : e.message));`;
        let out = "";
        try {
            // Far below the 600 s the bug held the process, far above the second a quiet machine needs.
            out = execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", timeout: 150_000 });
        } catch (e) {
            assert.fail(`the process did not end on its own after the failed start: ${String((e as Error).message).slice(0, 200)}`);
        }
        assert.strictEqual(out.trim(), "failed as expected");
    });

    it("8 MiB on stdout without a newline: stopped at once, one line", async () => {
        // A first line longer than any port ends the start at once, and is not buffered further: with a
        // start timeout far beyond the test's own, only that can end it, and the message says so.
        const { error } = await startFailure({ packDir: scalePack("flood"), startTimeoutMs: 600_000 });
        assert.match(error.message, /^policy pack .*flood printed ".*"… instead of its port/);
        assert.ok(error.message.length < 500, "the flood is not echoed");
        await assertNoProcessLeftIn(scalePack("flood"));
    });

    it("CLI: the same three exit 2 with one line", async () => {
        const dir = tempDir();
        try {
            const file = path.join(dir, "stack.json");
            fs.writeFileSync(file, JSON.stringify({ version: 3, deployment: { manifest: {}, resources: [{ urn: `urn:pulumi:prod::estate::${R}::x`, type: R, custom: true, inputs: {} }] } }));
            const runs = await Promise.all(["bogus-port", "exit-after-port", "flood"].map((p) => runBin(["audit", file, "--pack", scalePack(p), "--timeout", "8"])));
            for (const r of runs) {
                assert.strictEqual(r.code, 2, r.stderr);
                assert.strictEqual(r.stdout, "");
                assertOneLineError(r.stderr, /^eu-sovereignty: policy pack .*(failed during start-up|printed ".*"… instead of its port)/);
            }
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
