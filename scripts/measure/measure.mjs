#!/usr/bin/env node
// Re-runnable measurement harness (docs/measurements.md); not part of `npm test`.
// Usage: node scripts/measure/measure.mjs SCRATCH_DIR [--programs LIST.json] [PROGRAM...]
// SCRATCH_DIR holds `examples/` and `templates/` (checkouts of pulumi/examples and pulumi/templates at
// the commits in programs.json) and a node_modules with @pulumi/{pulumi,aws,azure-native,gcp} and mime.
// For each program it writes Pulumi.us.yaml and Pulumi.eu.yaml, runs `eu-sovereignty check --format json`
// and stores the report under SCRATCH_DIR/results/.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const cli = resolve(here, "../../bin/eu-sovereignty.js");
const scratch = process.argv[2];
if (!scratch || !existsSync(scratch)) {
    console.error("usage: node scripts/measure/measure.mjs SCRATCH_DIR");
    process.exit(2);
}
// --programs names another list (e.g. programs-sweep.json); the default is programs.json.
const rest = process.argv.slice(3);
const listAt = rest.indexOf("--programs");
const listFile = listAt >= 0 ? resolve(rest.splice(listAt, 2)[1]) : join(here, "programs.json");
const { programs } = JSON.parse(readFileSync(listFile, "utf8"));
const stacks = {
    aws: { us: { "aws:region": "us-east-1" }, eu: { "aws:region": "eu-west-1" } },
    azure: { us: { "azure-native:location": "eastus" }, eu: { "azure-native:location": "westeurope" } },
    "azure-classic": { us: { "azure:location": "eastus" }, eu: { "azure:location": "westeurope" } },
    // DigitalOcean programs name their region in code; the stack only names the run.
    digitalocean: { us: {}, eu: {} },
    alicloud: { us: { "alicloud:region": "us-east-1" }, eu: { "alicloud:region": "eu-central-1" } },
    gcp: {
        us: { "gcp:project": "measure-project", "gcp:region": "us-central1", "gcp:zone": "us-central1-a" },
        eu: { "gcp:project": "measure-project", "gcp:region": "europe-west1", "gcp:zone": "europe-west1-b" },
    },
};
const out = join(scratch, "results");
mkdirSync(out, { recursive: true });
const only = rest;
for (const p of programs) {
    if (only.length > 0 && !only.includes(p.path)) continue;
    const dir = join(scratch, p.repo, p.path);
    const project = `${p.path}`;
    const key = p.path.replace(/\//g, "+"); // results file name of a program in a subfolder
    // Templates carry ${PROJECT} placeholders that `pulumi new` fills in.
    const yamlPath = join(dir, "Pulumi.yaml");
    writeFileSync(yamlPath, readFileSync(yamlPath, "utf8").replace(/\$\{PROJECT\}/g, project).replace(/\$\{DESCRIPTION\}/g, "measured"));
    const name = /^name:\s*(\S+)/m.exec(readFileSync(yamlPath, "utf8"))?.[1] ?? project;
    for (const [stack, base] of Object.entries(stacks[p.cloud])) {
        // A program may run in one stack only (`"stacks": ["eu"]`).
        if (p.stacks && !p.stacks.includes(stack)) continue;
        const cfg = { ...base };
        for (const [k, v] of Object.entries(p.config ?? {})) cfg[`${name}:${k}`] = v;
        const yaml = "config:\n" + Object.entries(cfg).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`).join("\n") + "\n";
        writeFileSync(join(dir, `Pulumi.${stack}.yaml`), yaml);
        const args = [cli, "check", dir, "--stack", stack, "--format", "json"];
        if (p.invokes) {
            // Data-source answers a preview would get from the cloud (the harness has no account).
            const file = join(out, `${key}.invokes.json`);
            writeFileSync(file, JSON.stringify(p.invokes));
            args.push("--invokes", file);
        }
        let stdout = "";
        let code = 0;
        try {
            stdout = execFileSync(process.execPath, args, {
                encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"],
            });
        } catch (e) {
            stdout = e.stdout ?? "";
            code = e.status ?? -1;
            if (code === 2 || !stdout.trim().startsWith("{")) writeFileSync(join(out, `${key}.${stack}.err`), String(e.stderr ?? e));
        }
        writeFileSync(join(out, `${key}.${stack}.json`), stdout);
        let summary = `exit ${code}`;
        try {
            const r = JSON.parse(stdout);
            const lines = [];
            for (const run of r.runs ?? []) {
                for (const res of run.resources ?? []) {
                    for (const d of res.diagnostics ?? []) {
                        lines.push(`${d.enforcementLevel}\t${d.policyName}\t${res.type}\t${res.name}\t${String(d.message ?? "").trim().split("\n").pop()}`);
                    }
                    for (const e of res.errors ?? []) lines.push(`error\t-\t${res.type}\t${res.name}\t${JSON.stringify(e).slice(0, 300)}`);
                }
            }
            writeFileSync(join(out, `${key}.${stack}.tsv`), lines.join("\n") + "\n");
            const s = r.summary ?? {};
            summary += `, ${s.resources} resources, ${s.mandatory} mandatory, ${s.advisory} advisory, ${s.errors} errors`;
        } catch {
            summary += ", no JSON report";
        }
        console.log(`${p.path} [${stack}] ${summary}`);
    }
}
