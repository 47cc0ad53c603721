// `npm run bench`: the eu-sovereignty pack against an empty pack (one no-op policy, same
// @pulumi/policy), and an empty pack with as many no-op resource and stack policies, on the same machine, through the analyzer protocol with the offline engine:
// cold start, Analyze of 10,000 resources, AnalyzeStack over 10,000 and 100,000, peak memory.
// Prints a table and JSON; writes docs/benchmarks.json and the figures in docs/benchmarks.md.
//
//   npm run bench                      full run (about 5 minutes on 2 cores)
//   npm run bench -- --quick           2,000 / 20,000 resources, fewer runs, writes nothing
//   npm run bench -- --profile         CPU profiles of both packs (Analyze, AnalyzeStack), summarised
//   npm run bench -- --render FILE     re-render a results file (table, checks, docs) without measuring
//   options: --runs N (small estate, default 5)  --large-runs N (default 3)  --cold-runs N (default 5)  --sizes SMALL,LARGE  --no-write  --no-e2e  --strict  --out FILE
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PackSession } from "../src/engine/session";
import { toEngineResources } from "../src/engine/resources";
import type { EngineResource, Report } from "../src/engine/types";
import { loadProto } from "../src/engine/proto";
import { BenchPack, ENGINE_CONCURRENCY, analyzeRequestBytes, analyzeStackRequestBytes } from "./bench/driver";
import type { CallStats } from "./bench/driver";
import { formatProfile, profilingEnv, summarizeProfile } from "./bench/profile";
import { checksOf, fmt, renderMarkdown, renderTable, series, updateMarkdownSection } from "./bench/report";

import type { BenchResult, PackKey, Timing } from "./bench/report";
import { loadAverage, machine, median, processCpuMs, round } from "./bench/stats";
import { catalogueTypes, syntheticEstate } from "./bench/synthetic";

const ROOT = path.resolve(__dirname, "..");
/** Where the latest figures are recorded, between the bench markers: the benchmarks page only (the README links it). */
const FIGURE_FILES = [path.join("docs", "benchmarks.md")];
const PACKS: Record<PackKey, string> = {
    empty: path.join(ROOT, "test", "fixtures", "packs", "empty"),
    shaped: path.join(ROOT, "test", "fixtures", "packs", "same-shape"),
    eu: path.join(ROOT, "policies"),
};
const KEYS = Object.keys(PACKS) as PackKey[];

/** How many resource and stack policies the pack under test serves: the same-shape baseline gets as many no-op ones. */
function policyCounts(): { resource: number; stack: number } {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { policies } = require(path.join(PACKS.eu, "dist", "policies")) as { policies: { validateStack?: unknown; validateResource?: unknown }[] };
    return {
        resource: policies.filter((p) => p.validateResource !== undefined).length,
        stack: policies.filter((p) => typeof p.validateStack === "function").length,
    };
}
function packEnv(key: PackKey): Record<string, string> | undefined {
    if (key !== "shaped") return undefined;
    const n = policyCounts();
    return { EU_SOV_RESOURCE_POLICIES: String(n.resource), EU_SOV_STACK_POLICIES: String(n.stack) };
}
const STACK = { project: "estate", stack: "prod" };

interface Options {
    quick: boolean;
    profile: boolean;
    /** Runs of the small estate (Analyze, then AnalyzeStack). */
    runs: number;
    /** Runs of AnalyzeStack over the large estate. */
    largeRuns: number;
    coldRuns: number;
    small: number;
    large: number;
    write: boolean;
    e2e: boolean;
    strict: boolean;
    out: string;
}

function parseOptions(argv: readonly string[]): Options {
    const quick = argv.includes("--quick");
    const o: Options = {
        quick,
        profile: argv.includes("--profile"),
        runs: quick ? 1 : 5,
        largeRuns: quick ? 1 : 3,
        coldRuns: quick ? 3 : 5,
        small: quick ? 2_000 : 10_000,
        large: quick ? 20_000 : 100_000,
        write: !quick && !argv.includes("--no-write"),
        e2e: !quick && !argv.includes("--no-e2e"),
        strict: argv.includes("--strict"),
        out: path.join(ROOT, "docs", "benchmarks.json"),
    };
    const value = (flag: string): string | undefined => {
        const i = argv.indexOf(flag);
        return i >= 0 ? argv[i + 1] : undefined;
    };
    const int = (flag: string, min: number): number | undefined => {
        const v = value(flag);
        if (v === undefined) return undefined;
        const n = Number(v);
        if (!Number.isInteger(n) || n < min) {
            throw new Error(`${flag} needs an integer >= ${min}, got ${JSON.stringify(v)}`);
        }
        return n;
    };
    o.runs = int("--runs", 1) ?? o.runs;
    o.largeRuns = int("--large-runs", 1) ?? o.largeRuns;
    o.coldRuns = int("--cold-runs", 1) ?? o.coldRuns;
    const sizes = value("--sizes");
    if (sizes !== undefined) {
        const [a, b] = sizes.split(",").map(Number);
        if (!Number.isInteger(a) || !Number.isInteger(b) || a < 10 || b < a) {
            throw new Error(`--sizes needs SMALL,LARGE with 10 <= SMALL <= LARGE, got ${JSON.stringify(sizes)}`);
        }
        o.small = a;
        o.large = b;
    }
    const out = value("--out");
    if (out !== undefined) o.out = path.resolve(out);
    return o;
}

const t0 = Date.now();
function log(message: string): void {
    process.stderr.write(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
}

function gc(): void {
    (globalThis as { gc?: () => void }).gc?.();
}

/** Pack order per round: alternate, so drift on the machine does not always favour the same pack. */
const order = (round: number): PackKey[] => KEYS.map((_, i) => KEYS[(i + round) % KEYS.length]);

interface Estate {
    resources: EngineResource[];
    types: number;
}

function estate(count: number): Estate {
    const e = syntheticEstate(count, STACK);
    return { resources: toEngineResources(e.resources, STACK), types: e.catalogueTypes };
}

/** Re-renders a results file (the checks recomputed) without measuring anything. */
function render(file: string, write: boolean): void {
    const saved = JSON.parse(fs.readFileSync(file, "utf8")) as BenchResult;
    const result: BenchResult = { ...saved, checks: checksOf(saved.packs, saved.settings.small, saved.settings.large) };
    process.stdout.write(`${renderTable(result)}\n\n`);
    for (const c of result.checks) {
        process.stdout.write(`${c.pass ? "PASS" : "MISS"}  ${c.title}: ${c.value.toFixed(3)}x (target <= ${c.target}x)\n`);
    }
    if (write) {
        fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
        for (const md of FIGURE_FILES) {
            if (updateMarkdownSection(path.join(ROOT, md), renderMarkdown(result))) log(`updated the figures in ${md}`);
        }
    }
}

async function main(): Promise<void> {
    const argv = process.argv.slice(2);
    const renderIndex = argv.indexOf("--render");
    if (renderIndex >= 0) {
        render(path.resolve(argv[renderIndex + 1] ?? path.join(ROOT, "docs", "benchmarks.json")), !argv.includes("--no-write"));
        return;
    }
    const opts = parseOptions(argv);
    for (const [key, dir] of Object.entries(PACKS)) {
        if (key === "eu" && !fs.existsSync(path.join(dir, "dist", "index.js"))) {
            throw new Error("the eu-sovereignty pack is not built: run `npm run build` (npm run bench does)");
        }
    }
    const result: Partial<BenchResult> = { generatedAt: new Date().toISOString(), machine: machine() };
    log(`machine: ${result.machine?.cpus} cpus, load average ${result.machine?.loadAverage.start}; generating the estates`);
    if ((result.machine?.loadAverage.start ?? 0) > (result.machine?.cpus ?? 1)) {
        log("warning: the machine is busy (load average above its number of cores); wall times will be noisy, pack CPU times less so");
    }

    const types = catalogueTypes();
    const small = estate(opts.small);
    const large = estate(opts.large);
    const perCloud: Record<string, number> = {};
    for (const t of types) perCloud[t.cloud] = (perCloud[t.cloud] ?? 0) + 1;
    log(`catalogue: ${fmt(types.length)} types; the ${fmt(opts.small)} estate has ${fmt(small.types)}, the ${fmt(opts.large)} estate ${fmt(large.types)}`);

    if (opts.profile) {
        await profile(small.resources);
        return;
    }

    // Requests are built once as the engine builds them, serialized, and reused for every pack and run.
    const proto = loadProto(PACKS.empty);
    if (loadProto(PACKS.eu) !== proto) {
        throw new Error("the two packs load different copies of @pulumi/pulumi; the requests cannot be shared");
    }
    const analyzeRequests = analyzeRequestBytes(proto, small.resources);
    const smallStack = analyzeStackRequestBytes(proto, small.resources);
    const largeStack = analyzeStackRequestBytes(proto, large.resources);
    const smallRequestMiB = round(smallStack.length / 1024 ** 2, 1);
    const largeRequestMiB = round(largeStack.length / 1024 ** 2, 1);
    log(`requests built: ${fmt(analyzeRequests.length)} AnalyzeRequests (${round(analyzeRequests.reduce((n, b) => n + b.length, 0) / 1024 ** 2, 1)} MiB); AnalyzeStack ${smallRequestMiB} MiB and ${largeRequestMiB} MiB`);
    gc();

    const acc: Record<PackKey, { cold: { ms: number; cpuMs?: number }[]; analyze: CallStats[]; stack: CallStats[]; stackLarge: CallStats[]; rssSmall: number[]; rssLarge: number[]; name: string; policies: number }> = {
        empty: { cold: [], analyze: [], stack: [], stackLarge: [], rssSmall: [], rssLarge: [], name: "", policies: 0 },
        shaped: { cold: [], analyze: [], stack: [], stackLarge: [], rssSmall: [], rssLarge: [], name: "", policies: 0 },
        eu: { cold: [], analyze: [], stack: [], stackLarge: [], rssSmall: [], rssLarge: [], name: "", policies: 0 },
    };

    const start = async (key: PackKey): Promise<BenchPack> => {
        const p = await BenchPack.start(PACKS[key], packEnv(key));
        acc[key].name = p.name;
        acc[key].policies = p.policies;
        return p;
    };

    // 1. Cold start: spawning the pack until it prints its port (one warm-up each for the disk cache).
    log(`cold start: 1 warm-up + ${opts.coldRuns} runs per pack`);
    for (const key of order(0)) await BenchPack.coldStart(PACKS[key], packEnv(key));
    for (let i = 0; i < opts.coldRuns; i++) {
        for (const key of order(i)) acc[key].cold.push(await BenchPack.coldStart(PACKS[key], packEnv(key)));
    }
    log(`cold start medians: empty ${fmt(median(acc.empty.cold.map((c) => c.ms)))} ms, eu ${fmt(median(acc.eu.cold.map((c) => c.ms)))} ms`);

    // 2. A preview: Analyze for each resource (the engine's concurrency), then AnalyzeStack, on a fresh pack.
    log(`Analyze + AnalyzeStack over ${fmt(opts.small)}: 1 warm-up + ${opts.runs} runs per pack, fresh pack each`);
    for (const key of order(0)) {
        const p = await start(key);
        await p.analyzeAll(analyzeRequests.slice(0, Math.min(2_000, analyzeRequests.length)));
        await p.stop();
    }
    for (let i = 0; i < opts.runs; i++) {
        for (const key of order(i)) {
            gc();
            const p = await start(key);
            const a = await p.analyzeAll(analyzeRequests, ENGINE_CONCURRENCY);
            const s = await p.analyzeStack(smallStack);
            acc[key].analyze.push(a);
            acc[key].stack.push(s);
            acc[key].rssSmall.push(p.memory().peakRssMiB ?? NaN);
            await p.stop();
            log(`  ${key}: Analyze ${fmt(a.ms)} ms (pack CPU ${fmt(a.packCpuMs ?? NaN)} ms, ${fmt(a.diagnostics)} diagnostics, ${a.errors} errors), AnalyzeStack ${fmt(s.ms)} ms`);
        }
    }

    // 3. AnalyzeStack over the large estate: fresh pack, warmed by one AnalyzeStack over the small one.
    log(`AnalyzeStack over ${fmt(opts.large)}: ${opts.largeRuns} runs per pack, fresh pack each`);
    for (let i = 0; i < opts.largeRuns; i++) {
        for (const key of order(i)) {
            gc();
            const p = await start(key);
            await p.analyzeStack(smallStack);
            const s = await p.analyzeStack(largeStack);
            acc[key].stackLarge.push(s);
            acc[key].rssLarge.push(p.memory().peakRssMiB ?? NaN);
            await p.stop();
            log(`  ${key}: ${fmt(s.ms)} ms (pack CPU ${fmt(s.packCpuMs ?? NaN)} ms), peak RSS ${fmt(acc[key].rssLarge.at(-1) ?? NaN)} MiB`);
        }
    }

    const packs = {} as BenchResult["packs"];
    for (const key of KEYS) {
        const a = acc[key];
        packs[key] = {
            name: a.name,
            dir: path.relative(ROOT, PACKS[key]),
            policies: a.policies,
            coldStart: series(a.cold.map((c) => c.ms), a.cold.map((c) => c.cpuMs)),
            analyze: series(a.analyze.map((c) => c.ms), a.analyze.map((c) => c.packCpuMs)),
            analyzeStack: series(a.stack.map((c) => c.ms), a.stack.map((c) => c.packCpuMs)),
            analyzeStackLarge: series(a.stackLarge.map((c) => c.ms), a.stackLarge.map((c) => c.packCpuMs)),
            peakRssSmall: series(a.rssSmall),
            peakRssLarge: series(a.rssLarge),
            diagnostics: {
                analyze: a.analyze[0]?.diagnostics ?? 0,
                analyzeStack: a.stack[0]?.diagnostics ?? 0,
                analyzeStackLarge: a.stackLarge[0]?.diagnostics ?? 0,
            },
        };
    }
    analyzeRequests.length = 0;
    gc();

    // 4. The same through the offline engine's public API (PackSession), once per pack: what
    // `eu-sovereignty audit` costs, the engine's own Node-side encoding and decoding included.
    if (opts.e2e) {
        log(`end to end (PackSession.analyzeResources): a preview of ${fmt(opts.small)}, then AnalyzeStack alone over ${fmt(opts.small)} and ${fmt(opts.large)}; 1 run per pack`);
        // The same-shape baseline is a wire-level measure: the engine's rows compare the empty pack.
        for (const key of order(0).filter((k) => k !== "shaped")) {
            gc();
            const session = await PackSession.start({ packDir: PACKS[key], stack: STACK });
            try {
                const timed = async (resources: EngineResource[], phases?: ("analyze" | "analyze-stack")[]): Promise<{ timing: Timing; report: Report }> => {
                    const packCpu = processCpuMs(session.pid);
                    const engineCpu = process.cpuUsage();
                    const started = process.hrtime.bigint();
                    const report = await session.analyzeResources(resources, phases ? { phases, describe: false } : {});
                    const ms = Number(process.hrtime.bigint() - started) / 1e6;
                    const packNow = processCpuMs(session.pid);
                    const engine = process.cpuUsage(engineCpu);
                    const timing: Timing = { ms: round(ms), engineCpuMs: round((engine.user + engine.system) / 1000) };
                    if (packCpu !== undefined && packNow !== undefined) timing.packCpuMs = round(packNow - packCpu);
                    return { timing, report };
                };
                const preview = await timed(small.resources);
                const stackSmall = await timed(small.resources, ["analyze-stack"]);
                gc();
                const stackLarge = await timed(large.resources, ["analyze-stack"]);
                const s = preview.report.summary;
                packs[key].endToEnd = {
                    resources: s.resources, mandatory: s.mandatory, advisory: s.advisory, errors: s.errors,
                    preview: preview.timing, stackSmall: stackSmall.timing, stackLarge: stackLarge.timing,
                };
                log(`  ${key}: preview ${fmt(preview.timing.ms)} ms (${fmt(s.mandatory)} mandatory, ${fmt(s.advisory)} advisory, ${s.errors} errors); ` +
                    `AnalyzeStack ${fmt(stackSmall.timing.ms)} ms and ${fmt(stackLarge.timing.ms)} ms (engine CPU ${fmt(stackLarge.timing.engineCpuMs)} ms)`);
            } finally {
                await session.stop();
            }
        }
    }

    result.machine = { ...(result.machine as BenchResult["machine"]), loadAverage: { ...(result.machine as BenchResult["machine"]).loadAverage, end: loadAverage() } };
    const full: BenchResult = {
        generatedAt: result.generatedAt as string,
        command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
        machine: result.machine,
        settings: { coldStartRuns: opts.coldRuns, runs: opts.runs, largeRuns: opts.largeRuns, small: opts.small, large: opts.large, concurrency: ENGINE_CONCURRENCY, quick: opts.quick },
        estate: { catalogueTypes: types.length, perCloud, smallTypes: small.types, largeTypes: large.types, smallRequestMiB, largeRequestMiB },
        packs,
        checks: checksOf(packs, opts.small, opts.large),
        durationS: round((Date.now() - t0) / 1000),
        benchPeakRssMiB: round(process.resourceUsage().maxRSS / 1024),
    };

    process.stdout.write(`\n${renderTable(full)}\n\n`);
    for (const c of full.checks) {
        process.stdout.write(`${c.pass ? "PASS" : "MISS"}  ${c.title}: ${c.value.toFixed(3)}x (target <= ${c.target}x)\n`);
    }
    const json = `${JSON.stringify(full, null, 2)}\n`;
    process.stdout.write(`\n${json}`);
    if (opts.write) {
        fs.mkdirSync(path.dirname(opts.out), { recursive: true });
        fs.writeFileSync(opts.out, json);
        log(`wrote ${path.relative(ROOT, opts.out)}`);
        for (const md of FIGURE_FILES) {
            if (updateMarkdownSection(path.join(ROOT, md), renderMarkdown(full))) log(`updated the figures in ${md}`);
        }
    }
    log(`done in ${fmt((Date.now() - t0) / 1000)} s`);
    if (opts.strict && full.checks.some((c) => !c.pass)) {
        process.exitCode = 1;
    }
}

/** CPU profiles of both packs, one over an Analyze pass and one over an AnalyzeStack, each on a fresh pack. */
async function profile(resources: EngineResource[]): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eu-sovereignty-profile-"));
    const proto = loadProto(PACKS.empty);
    const analyze = analyzeRequestBytes(proto, resources);
    const stack = analyzeStackRequestBytes(proto, resources);
    for (const phase of ["Analyze", "AnalyzeStack"] as const) {
        for (const key of ["empty", "eu"] as PackKey[]) {
            const sub = path.join(dir, `${key}-${phase}`);
            const p = await BenchPack.start(PACKS[key], profilingEnv(sub));
            const stats = phase === "Analyze" ? await p.analyzeAll(analyze) : await p.analyzeStack(stack);
            await p.stop();
            log(`${key}: ${phase} of ${fmt(resources.length)} in ${fmt(stats.ms)} ms (pack CPU ${fmt(stats.packCpuMs ?? NaN)} ms)`);
            for (const f of fs.readdirSync(sub).filter((n) => n.endsWith(".cpuprofile"))) {
                process.stdout.write(`\n== ${key}, ${phase} of ${fmt(resources.length)} resources (start-up included)\n${formatProfile(summarizeProfile(path.join(sub, f), 20))}\n`);
            }
        }
    }
    log(`profiles kept in ${dir} (open them in Chrome DevTools or speedscope)`);
}

main().catch((e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
});
