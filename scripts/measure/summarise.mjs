#!/usr/bin/env node
// Summarises a measurement run (scripts/measure/measure.mjs) as the Markdown table of docs/measurements.md.
// Usage: node scripts/measure/summarise.mjs SCRATCH_DIR [--programs LIST.json]
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const scratch = process.argv[2];
if (!scratch || !existsSync(join(scratch, "results"))) {
    console.error("usage: node scripts/measure/summarise.mjs SCRATCH_DIR (with results/ from measure.mjs)");
    process.exit(2);
}
const rest = process.argv.slice(3);
const listAt = rest.indexOf("--programs");
const listFile = listAt >= 0 ? resolve(rest[listAt + 1]) : join(here, "programs.json");
const { programs } = JSON.parse(readFileSync(listFile, "utf8"));

function read(path, stack) {
    const key = path.replace(/\//g, "+"); // as measure.mjs names results of a program in a subfolder
    const file = join(scratch, "results", `${key}.${stack}.json`);
    try {
        const doc = JSON.parse(readFileSync(file, "utf8"));
        const resources = doc.runs.flatMap((r) => r.resources).filter((r) => r.type !== "pulumi:pulumi:Stack");
        const diags = doc.runs.flatMap((r) => [...r.resources.flatMap((x) => x.diagnostics), ...r.stackDiagnostics]);
        const mandatory = diags.filter((d) => d.enforcementLevel === "mandatory");
        const rules = new Map();
        for (const d of mandatory) rules.set(d.policyName, (rules.get(d.policyName) ?? 0) + 1);
        const remote = doc.runs.reduce((n, r) => n + (r.remoteComponents?.length ?? 0), 0);
        return { resources: resources.length, mandatory: mandatory.length, advisory: diags.length - mandatory.length, rules, remote };
    } catch {
        const err = join(scratch, "results", `${key}.${stack}.err`);
        const why = existsSync(err) ? readFileSync(err, "utf8").split("\n")[0].replace(/^eu-sovereignty: /, "").replace(resolve(scratch) + "/", "") : "no report";
        // The program column names the program: keep only why it failed.
        return { error: why.replace(/^the program in \S+ failed: /, "program failed: ").slice(0, 160) };
    }
}

const rules = (m) => [...m].map(([k, v]) => `${k} ${v}`).join(", ");
// Multi-language components hide their resources from check: the column says how many (docs/cli.md).
console.log("| program | cloud | resources | not seen (multi-language components) | non-EU stack: mandatory / advisory | EU stack: mandatory / advisory | EU stack: mandatory by rule |");
console.log("|---|---|--:|--:|--:|--:|---|");
for (const p of programs) {
    // A program run in one stack only (`"stacks": ["eu"]`) shows "not run" for the other.
    const runs = (stack) => !p.stacks || p.stacks.includes(stack);
    const us = runs("us") ? read(p.path, "us") : undefined;
    const eu = runs("eu") ? read(p.path, "eu") : undefined;
    if (us?.error || eu?.error) {
        console.log(`| ${p.path} | ${p.cloud} | | | did not run: ${(us?.error ?? eu?.error).replace(/\|/g, "\\|")} | | |`);
        continue;
    }
    const both = eu ?? us;
    const counts = (s) => (s ? `${s.mandatory} / ${s.advisory}` : "not run");
    console.log(`| ${p.path} | ${p.cloud} | ${both.resources} | ${both.remote || ""} | ${counts(us)} | ${counts(eu)} | ${eu ? rules(eu.rules) : ""} |`);
}
