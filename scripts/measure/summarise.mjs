#!/usr/bin/env node
// Summarises a measurement run (scripts/measure/measure.mjs) as the Markdown table of docs/measurements.md.
// Usage: node scripts/measure/summarise.mjs SCRATCH_DIR
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const scratch = process.argv[2];
if (!scratch || !existsSync(join(scratch, "results"))) {
    console.error("usage: node scripts/measure/summarise.mjs SCRATCH_DIR (with results/ from measure.mjs)");
    process.exit(2);
}
const { programs } = JSON.parse(readFileSync(join(here, "programs.json"), "utf8"));

function read(path, stack) {
    const file = join(scratch, "results", `${path}.${stack}.json`);
    try {
        const doc = JSON.parse(readFileSync(file, "utf8"));
        const resources = doc.runs.flatMap((r) => r.resources).filter((r) => r.type !== "pulumi:pulumi:Stack");
        const diags = doc.runs.flatMap((r) => [...r.resources.flatMap((x) => x.diagnostics), ...r.stackDiagnostics]);
        const mandatory = diags.filter((d) => d.enforcementLevel === "mandatory");
        const rules = new Map();
        for (const d of mandatory) rules.set(d.policyName, (rules.get(d.policyName) ?? 0) + 1);
        return { resources: resources.length, mandatory: mandatory.length, advisory: diags.length - mandatory.length, rules };
    } catch {
        const err = join(scratch, "results", `${path}.${stack}.err`);
        const why = existsSync(err) ? readFileSync(err, "utf8").split("\n")[0].replace(/^eu-sovereignty: /, "").replace(resolve(scratch) + "/", "") : "no report";
        return { error: why.slice(0, 120) };
    }
}

const rules = (m) => [...m].map(([k, v]) => `${k} ${v}`).join(", ");
console.log("| program | cloud | resources | non-EU stack: mandatory / advisory | EU stack: mandatory / advisory | EU stack: mandatory by rule |");
console.log("|---|---|--:|--:|--:|---|");
for (const p of programs) {
    const us = read(p.path, "us");
    const eu = read(p.path, "eu");
    if (us.error || eu.error) {
        console.log(`| ${p.path} | ${p.cloud} | | did not run: ${(us.error ?? eu.error).replace(/\|/g, "\\|")} | | |`);
        continue;
    }
    console.log(`| ${p.path} | ${p.cloud} | ${eu.resources} | ${us.mandatory} / ${us.advisory} | ${eu.mandatory} / ${eu.advisory} | ${rules(eu.rules)} |`);
}
