// The renderer registry: every format has its own renderer, FORMATS is derived from it, and no
// format falls through to text.
import { strict as assert } from "assert";
import { FORMATS, parseArgs } from "../../../src/cli/args";
import { USAGE } from "../../../src/cli/help";
import type { Format } from "../../../src/cli/args";
import { RENDERERS, render } from "../../../src/cli/render";
import type { Renderer } from "../../../src/cli/render";
import type { ReportDocument, Summary } from "../../../src/engine/types";

const ZERO: Summary = { resources: 0, mandatory: 0, advisory: 0, remediations: 0, errors: 0, failing: 0, erroring: 0, warning: 0, passing: 0 };
const DOC: ReportDocument = {
    schemaVersion: 1,
    tool: { name: "eu-sovereignty", version: "0.0.0-test" },
    pack: { name: "eu-sovereignty", version: "0.1.0", dir: "/nowhere", policies: [], config: {} },
    runs: [{ source: { kind: "stack-export", stack: "prod", project: "shop" }, resources: [], stackDiagnostics: [], stackNotApplicable: [], errors: [], summary: ZERO, durationMs: 1 }],
    summary: ZERO,
    exitCode: 0,
};
const OPTS = { color: false, cwd: "/", detail: "normal" as const };

// A registry that forgets a format does not compile (checked by `tsc -p tsconfig.json`).
// @ts-expect-error json, sarif, markdown, html and credential are missing
const _partial: Record<Format, Renderer> = { text: RENDERERS.text };
void _partial;

describe("renderer registry", () => {
    it("FORMATS are the registry's keys, text first", () => {
        assert.deepEqual([...FORMATS], Object.keys(RENDERERS));
        assert.deepEqual([...FORMATS], ["text", "json", "sarif", "markdown", "html", "credential"]);
    });

    it("every format renders with its own renderer, none falls through to text", () => {
        const text = render(DOC, "text", OPTS);
        for (const format of FORMATS) {
            const out = render(DOC, format, OPTS);
            assert.equal(out, RENDERERS[format](DOC, OPTS), format);
            if (format !== "text") assert.notEqual(out, text, `${format} rendered as text`);
        }
        assert.equal((JSON.parse(render(DOC, "json", OPTS)) as { schemaVersion: number }).schemaVersion, 3);
        assert.equal((JSON.parse(render(DOC, "sarif", OPTS)) as { version: string }).version, "2.1.0");
        assert.match(render(DOC, "markdown", OPTS), /^# /);
        assert.match(render(DOC, "html", OPTS), /^<!DOCTYPE html>/i);
    });

    it("--help lists every registered format", () => {
        assert.match(USAGE, /--format FORMAT +text \(default\), json, sarif, markdown, html or credential\n/);
    });

    it("--format accepts each registered format and nothing else, not even Object's own keys", () => {
        for (const format of FORMATS) assert.equal(parseArgs(["check", "--format", format]).format, format);
        for (const bad of ["xml", "toString", "constructor", "__proto__", "TEXT"]) {
            assert.throws(() => parseArgs(["check", "--format", bad]), new RegExp(`unknown format "${bad}"; use one of text, json, sarif, markdown, html, credential`));
        }
    });
});
