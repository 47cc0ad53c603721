// Starting a pack: every way it can go wrong gives one clear line, and no process is left behind.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PackError } from "../../src/engine/errors";
import { PackSession } from "../../src/engine/session";
import { ROOT, fixturePack } from "../helpers/packs";

function alive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch {
        return false;
    }
}

async function startError(opts: Parameters<typeof PackSession.start>[0]): Promise<PackError> {
    try {
        const s = await PackSession.start(opts);
        await s.stop();
    } catch (e) {
        assert.ok(e instanceof PackError, `expected a PackError, got ${String(e)}`);
        assert.ok(!e.message.includes("\n"), `one line expected: ${e.message}`);
        assert.ok(!/\bat .*:\d+:\d+/.test(e.message), `no stack trace expected: ${e.message}`);
        return e;
    }
    assert.fail("the pack started");
}

describe("starting a pack", function () {
    this.timeout(60_000);

    it("reports a pack that crashes while loading, with its error", async () => {
        const e = await startError({ packDir: fixturePack("crash") });
        assert.match(e.message, /^policy pack .*crash exited with code \d+ before it started: Error: fixture pack crashed while loading$/);
    });

    it("stops a pack that never prints its port", async () => {
        const started = Date.now();
        const e = await startError({ packDir: fixturePack("hang"), startTimeoutMs: 2500 });
        assert.match(e.message, /^policy pack .*hang did not start within 3s \(no port printed\); it was stopped$/);
        assert.ok(Date.now() - started < 10_000);
    });

    it("rejects a pack that prints something other than its port", async () => {
        const e = await startError({ packDir: fixturePack("garbage") });
        assert.match(e.message, /printed "Welcome to the garbage pack!" instead of its port/);
    });

    it("refuses a pack whose runtime is not nodejs", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-pack-"));
        fs.writeFileSync(path.join(dir, "PulumiPolicy.yaml"), "runtime: python\n");
        assert.match((await startError({ packDir: dir })).message, /has runtime "python"; only nodejs packs can run offline$/);
    });

    it("names a directory that is not a pack", async () => {
        assert.match((await startError({ packDir: path.join(ROOT, "test", "fixtures") })).message, /is not a policy pack: it has no PulumiPolicy.yaml$/);
        assert.match((await startError({ packDir: path.join(ROOT, "no-such-pack") })).message, /policy pack directory .*no-such-pack does not exist/);
    });

    it("starts, answers GetAnalyzerInfo, and leaves no process behind when stopped", async () => {
        const session = await PackSession.start({ packDir: fixturePack("empty") });
        const pid = session.pid;
        assert.ok(alive(pid));
        assert.strictEqual(session.pack.name, "empty");
        assert.strictEqual(session.pack.version, "0.0.1");
        assert.deepStrictEqual(session.pack.policies.map((p) => [p.name, p.type, p.enforcementLevel]), [["no-op", "resource", "advisory"]]);
        assert.match(session.pack.sdkVersion ?? "", /^\d+\.\d+\.\d+/);
        assert.ok(session.startupMs > 0);
        await session.stop();
        assert.ok(!alive(pid), "the pack process is still running");
        await session.stop(); // idempotent
    });
});
