// Command-line parsing.
import * as assert from "assert";
import { parseArgs } from "../../src/cli/args";

describe("cli arguments", () => {
    it("parses commands, targets and options in both spellings", () => {
        const a = parseArgs(["audit", "a.json", "--format=sarif", "-o", "out.sarif", "b.json", "--preset", "audit", "--no-color"]);
        assert.deepStrictEqual(a, {
            command: "audit", targets: ["a.json", "b.json"], format: "sarif", output: "out.sarif", preset: "audit",
            color: false, detail: "normal", help: false, version: false,
        });
        assert.strictEqual(parseArgs(["check", "-q"]).detail, "quiet");
        assert.strictEqual(parseArgs(["check", "--verbose"]).detail, "verbose");
        assert.throws(() => parseArgs(["check", "--quiet", "--verbose"]), /--quiet and --verbose cannot be combined/);
        assert.strictEqual(parseArgs(["check", "--policy-pack-config", "c.json"]).config, "c.json");
        assert.strictEqual(parseArgs(["check", "--timeout", "2.5"]).timeout, 2.5);
        assert.strictEqual(parseArgs(["check", ".", "--invokes=answers.json"]).invokes, "answers.json");
    });

    it("rejects what it does not know, with a hint", () => {
        assert.throws(() => parseArgs(["check", "--colour"]), /^InputError: unknown option --colour; run `eu-sovereignty --help` for usage$/);
        assert.throws(() => parseArgs(["deploy"]), /unknown command "deploy" \(commands: check, audit\)/);
        assert.throws(() => parseArgs(["check", "--format", "xml"]), /unknown format "xml"; use one of text, json, sarif, markdown/);
        assert.throws(() => parseArgs(["check", "--config"]), /option --config needs a value/);
        assert.throws(() => parseArgs(["check", "--stack", "a", "--stack=b"]), /option --stack is given more than once/);
        assert.throws(() => parseArgs(["check", "--timeout", "soon"]), /--timeout needs a number of seconds/);
    });
});
