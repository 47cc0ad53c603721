// The progress line: only on a terminal, only on long runs, throttled, cleared at the end.
import * as assert from "assert";
import { progress } from "../../src/cli/progress";

describe("progress line", () => {
    it("stays quiet when stderr is not a terminal", () => {
        let out = "";
        const p = progress({ isTTY: false, write: (s: string) => (out += s) });
        p.status("running");
        p.update(5, 10);
        p.done();
        assert.strictEqual(out, "");
    });

    it("shows counts after a second, at most every 100 ms, and clears itself", () => {
        let out = "";
        let t = 0;
        const p = progress({ isTTY: true, write: (s: string) => (out += s) }, () => t);
        p.update(1, 1000);
        assert.strictEqual(out, "", "nothing during the first second");
        t = 1000;
        p.update(10, 1000);
        t = 1050;
        p.update(20, 1000);
        t = 1200;
        p.update(1000, 1000);
        p.done();
        assert.strictEqual(out, "\r\u001b[Kanalyzing: 10/1000 resources (1%)\r\u001b[Kanalyzing: 1000/1000 resources (100%)\r\u001b[K");
    });
});
