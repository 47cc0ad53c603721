// The benchmark's results: the model written to docs/benchmarks.json, the checks against the
// targets of issue #7, and the table printed to the terminal and kept in docs/benchmarks.md.
import * as fs from "fs";
import type { Machine } from "./stats";
import { median, ratio, round } from "./stats";

export type PackKey = "empty" | "shaped" | "eu";

/** Repeated measurements of one thing, with their median. */
export interface Series {
    /** Wall times, ms. */
    runs: number[];
    median: number;
    /** CPU time of the pack process over the same span, ms. */
    packCpuRuns?: number[];
    packCpuMedian?: number;
}

export function series(runs: readonly number[], packCpu: readonly (number | undefined)[] = []): Series {
    const s: Series = { runs: runs.map((v) => round(v)), median: round(median(runs)) };
    const cpu = packCpu.filter((v): v is number => v !== undefined);
    if (cpu.length === runs.length && cpu.length > 0) {
        s.packCpuRuns = cpu.map((v) => round(v));
        s.packCpuMedian = round(median(cpu));
    }
    return s;
}

export interface Timing {
    ms: number;
    packCpuMs?: number;
    /** CPU time of the engine's (the bench's) process. */
    engineCpuMs: number;
}

export interface PackFigures {
    name: string;
    dir: string;
    policies: number;
    coldStart: Series;
    analyze: Series;
    analyzeStack: Series;
    analyzeStackLarge: Series;
    /** VmHWM of the pack after AnalyzeStack over the large estate, MiB, per run. */
    peakRssLarge: Series;
    /** VmHWM after Analyze and AnalyzeStack over the small estate, MiB, per run. */
    peakRssSmall: Series;
    /** What the pack reported for the small estate (Analyze, AnalyzeStack): a sanity check that it judged. */
    diagnostics: { analyze: number; analyzeStack: number; analyzeStackLarge: number };
    /**
     * One run through the offline engine's public API (PackSession.analyzeResources), when measured:
     * a preview of the small estate (Analyze then AnalyzeStack, report built), and AnalyzeStack alone
     * over both estates (the engine's own request encoding in Node included).
     */
    endToEnd?: { resources: number; mandatory: number; advisory: number; errors: number; preview: Timing; stackSmall: Timing; stackLarge: Timing };
}

export interface Check {
    id: "cold-start" | "analyze" | "analyze-stack" | "analyze-stack-growth";
    title: string;
    value: number;
    target: number;
    pass: boolean;
}

export interface BenchResult {
    generatedAt: string;
    command: string;
    machine: Machine;
    settings: { coldStartRuns: number; runs: number; largeRuns: number; small: number; large: number; concurrency: number; quick: boolean };
    estate: { catalogueTypes: number; perCloud: Record<string, number>; smallTypes: number; largeTypes: number; smallRequestMiB: number; largeRequestMiB: number };
    /** `shaped` (the empty pack with as many no-op stack policies as eu) is missing from older results. */
    packs: Record<"empty" | "eu", PackFigures> & { shaped?: PackFigures };
    checks: Check[];
    durationS: number;
    /** Peak RSS of the bench (the engine side) itself. */
    benchPeakRssMiB?: number;
}

export const TARGETS = { coldStart: 1.25, analyze: 1.3, analyzeStack: 1.5, growth: 12 } as const;

export function checksOf(packs: BenchResult["packs"], small: number, large: number): Check[] {
    const { empty, eu, shaped } = packs;
    // Three decimals, so that a figure at the limit is not rounded onto it.
    const precise = (a: number, b: number): number => (b > 0 ? round(a / b, 3) : NaN);
    const cold = precise(eu.coldStart.median, empty.coldStart.median);
    const analyze = precise(eu.analyze.median, empty.analyze.median);
    const growth = precise(eu.analyzeStackLarge.median, eu.analyzeStack.median);
    // AnalyzeStack against the same-shape baseline: @pulumi/policy deserialises the whole stack once
    // per stack policy, a cost any pack with that many stack policies pays; the rest is the pack's.
    const stackChecks: Check[] = shaped ? [{
        id: "analyze-stack",
        title: `AnalyzeStack of ${fmt(small)} resources vs the empty pack with as many stack policies`,
        value: precise(eu.analyzeStack.median, shaped.analyzeStack.median),
        target: TARGETS.analyzeStack,
        pass: precise(eu.analyzeStack.median, shaped.analyzeStack.median) <= TARGETS.analyzeStack,
    }] : [];
    return [
        { id: "cold-start", title: "cold start vs the empty pack", value: cold, target: TARGETS.coldStart, pass: cold <= TARGETS.coldStart },
        { id: "analyze", title: `Analyze of ${fmt(small)} resources vs the empty pack`, value: analyze, target: TARGETS.analyze, pass: analyze <= TARGETS.analyze },
        {
            id: "analyze-stack-growth",
            title: `AnalyzeStack ${fmt(large)} / ${fmt(small)} (linear: ${large / small}x the resources)`,
            value: growth,
            target: TARGETS.growth * (large / small / 10),
            pass: growth <= TARGETS.growth * (large / small / 10),
        },
        ...stackChecks,
    ];
}

export const fmt = (n: number): string => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "n/a");
const ms = (n: number | undefined): string => (n === undefined ? "" : `${fmt(n)} ms`);
const mib = (n: number | undefined): string => (n === undefined || !Number.isFinite(n) ? "n/a" : `${fmt(n)} MiB`);
const times = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(2)}x` : "n/a");

interface Row {
    measure: string;
    empty: string;
    eu: string;
    ratio: string;
    target: string;
    result: string;
}

// Against the empty pack with as many no-op resource and stack policies as eu (the "empty pack"
// column then holds that baseline's figures): what is left is the pack's own work.
function shapedRows(r: BenchResult, small: string, large: string): Row[] {
    const { shaped, eu } = r.packs;
    if (!shaped) return [];
    const c = r.checks.find((x) => x.id === "analyze-stack");
    return [
        {
            measure: `Analyze, ${small}, vs the empty pack with as many no-op policies (${shaped.policies})`,
            empty: ms(shaped.analyze.median), eu: ms(eu.analyze.median),
            ratio: times(ratio(eu.analyze.median, shaped.analyze.median)), target: "", result: "",
        },
        { measure: "  pack CPU", empty: ms(shaped.analyze.packCpuMedian), eu: ms(eu.analyze.packCpuMedian), ratio: times(ratio(eu.analyze.packCpuMedian ?? NaN, shaped.analyze.packCpuMedian ?? NaN)), target: "", result: "" },
        {
            measure: `AnalyzeStack, ${small}, vs the same baseline`,
            empty: ms(shaped.analyzeStack.median), eu: ms(eu.analyzeStack.median),
            ratio: c && Number.isFinite(c.value) ? `${c.value.toFixed(3)}x` : times(ratio(eu.analyzeStack.median, shaped.analyzeStack.median)),
            target: c ? `<= ${c.target}x` : "", result: c ? (c.pass ? "PASS" : "MISS") : "",
        },
        { measure: "  pack CPU", empty: ms(shaped.analyzeStack.packCpuMedian), eu: ms(eu.analyzeStack.packCpuMedian), ratio: times(ratio(eu.analyzeStack.packCpuMedian ?? NaN, shaped.analyzeStack.packCpuMedian ?? NaN)), target: "", result: "" },
        {
            measure: `AnalyzeStack, ${large}, vs the same baseline`,
            empty: ms(shaped.analyzeStackLarge.median), eu: ms(eu.analyzeStackLarge.median),
            ratio: times(ratio(eu.analyzeStackLarge.median, shaped.analyzeStackLarge.median)), target: "", result: "",
        },
    ];
}

function rows(r: BenchResult): Row[] {
    const { empty, eu } = r.packs;
    const check = (id: Check["id"]): Check | undefined => r.checks.find((c) => c.id === id);
    const verdict = (c: Check | undefined): string => (c ? (c.pass ? "PASS" : "MISS") : "");
    const checked = (c: Check | undefined, fallback: string): string => (c && Number.isFinite(c.value) ? `${c.value.toFixed(3)}x` : fallback);
    const target = (c: Check | undefined): string => (c ? `<= ${c.target}x` : "");
    const cpuRow = (label: string, a?: number, b?: number): Row => ({
        measure: `  ${label}`, empty: ms(a), eu: ms(b), ratio: a !== undefined && b !== undefined ? times(ratio(b, a)) : "", target: "", result: "",
    });
    const small = fmt(r.settings.small);
    const large = fmt(r.settings.large);
    const cold = check("cold-start");
    const analyze = check("analyze");
    const growth = check("analyze-stack-growth");
    const out: Row[] = [
        { measure: `cold start: spawn to port (median of ${r.settings.coldStartRuns})`, empty: ms(empty.coldStart.median), eu: ms(eu.coldStart.median), ratio: checked(cold, times(ratio(eu.coldStart.median, empty.coldStart.median))), target: target(cold), result: verdict(cold) },
        cpuRow("pack CPU until the port", empty.coldStart.packCpuMedian, eu.coldStart.packCpuMedian),
        { measure: `Analyze, ${small} resources (median of ${r.settings.runs})`, empty: ms(empty.analyze.median), eu: ms(eu.analyze.median), ratio: checked(analyze, times(ratio(eu.analyze.median, empty.analyze.median))), target: target(analyze), result: verdict(analyze) },
        cpuRow("pack CPU", empty.analyze.packCpuMedian, eu.analyze.packCpuMedian),
        { measure: `AnalyzeStack, ${small} resources`, empty: ms(empty.analyzeStack.median), eu: ms(eu.analyzeStack.median), ratio: times(ratio(eu.analyzeStack.median, empty.analyzeStack.median)), target: "", result: "" },
        cpuRow("pack CPU", empty.analyzeStack.packCpuMedian, eu.analyzeStack.packCpuMedian),
        { measure: `AnalyzeStack, ${large} resources (median of ${r.settings.largeRuns})`, empty: ms(empty.analyzeStackLarge.median), eu: ms(eu.analyzeStackLarge.median), ratio: times(ratio(eu.analyzeStackLarge.median, empty.analyzeStackLarge.median)), target: "", result: "" },
        cpuRow("pack CPU", empty.analyzeStackLarge.packCpuMedian, eu.analyzeStackLarge.packCpuMedian),
        ...shapedRows(r, small, large),
        {
            measure: `AnalyzeStack growth, ${large} / ${small}`,
            empty: times(ratio(empty.analyzeStackLarge.median, empty.analyzeStack.median)),
            eu: checked(growth, times(ratio(eu.analyzeStackLarge.median, eu.analyzeStack.median))),
            ratio: "", target: target(growth), result: verdict(growth),
        },
        {
            measure: "  growth in pack CPU",
            empty: times(ratio(empty.analyzeStackLarge.packCpuMedian ?? NaN, empty.analyzeStack.packCpuMedian ?? NaN)),
            eu: times(ratio(eu.analyzeStackLarge.packCpuMedian ?? NaN, eu.analyzeStack.packCpuMedian ?? NaN)),
            ratio: "", target: "", result: "",
        },
        { measure: `peak RSS of the pack, ${small} resources`, empty: mib(empty.peakRssSmall.median), eu: mib(eu.peakRssSmall.median), ratio: times(ratio(eu.peakRssSmall.median, empty.peakRssSmall.median)), target: "", result: "" },
        { measure: `peak RSS of the pack, ${large} resources`, empty: mib(empty.peakRssLarge.median), eu: mib(eu.peakRssLarge.median), ratio: times(ratio(eu.peakRssLarge.median, empty.peakRssLarge.median)), target: "", result: "" },
    ];
    const e = empty.endToEnd;
    const u = eu.endToEnd;
    if (e && u) {
        const row = (measure: string, a: number, b: number): Row => ({ measure, empty: ms(a), eu: ms(b), ratio: times(ratio(b, a)), target: "", result: "" });
        out.push(
            row(`offline engine (PackSession, 1 run): preview of ${small}`, e.preview.ms, u.preview.ms),
            row(`offline engine: AnalyzeStack, ${small}`, e.stackSmall.ms, u.stackSmall.ms),
            row(`offline engine: AnalyzeStack, ${large}`, e.stackLarge.ms, u.stackLarge.ms),
            cpuRow("engine's own CPU for it", e.stackLarge.engineCpuMs, u.stackLarge.engineCpuMs),
        );
    }
    return out;
}

const HEADERS: Row = { measure: "measure", empty: "empty pack", eu: "eu-sovereignty", ratio: "ratio", target: "target", result: "result" };

/** The table for the terminal. */
export function renderTable(r: BenchResult): string {
    const all = [HEADERS, ...rows(r)];
    const keys = Object.keys(HEADERS) as (keyof Row)[];
    const width = Object.fromEntries(keys.map((k) => [k, Math.max(...all.map((row) => row[k].length))])) as Record<keyof Row, number>;
    const line = (row: Row): string => keys.map((k, i) => (i === 0 ? row[k].padEnd(width[k]) : row[k].padStart(width[k]))).join("  ").trimEnd();
    const rule = keys.map((k) => "-".repeat(width[k])).join("  ");
    return [line(HEADERS), rule, ...rows(r).map(line)].join("\n");
}

/** The same table in Markdown, with the context needed to read it. */
export function renderMarkdown(r: BenchResult): string {
    const esc = (s: string): string => s.replace(/\|/g, "\\|").trim();
    const lines = [
        `Latest run: ${r.generatedAt.slice(0, 10)}, \`${r.command}\`, ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}; ` +
        `1-minute load average ${r.machine.loadAverage.start} at the start and ${r.machine.loadAverage.end ?? "?"} at the end; ${Math.round(r.durationS)} s in all.`,
        "",
        `Estate: ${fmt(r.settings.small)} and ${fmt(r.settings.large)} synthetic resources covering all ${fmt(r.estate.catalogueTypes)} catalogue types ` +
        `(${Object.entries(r.estate.perCloud).map(([c, n]) => `${c} ${fmt(n)}`).join(", ")}); AnalyzeStack requests of ${r.estate.smallRequestMiB} MiB and ${r.estate.largeRequestMiB} MiB.`,
        "",
        "| measure | empty pack | eu-sovereignty | ratio | target | result |",
        "|---|--:|--:|--:|--:|:-:|",
        ...rows(r).map((row) => `| ${esc(row.measure.startsWith("  ") ? `↳ ${row.measure.trim()}` : row.measure)} | ${esc(row.empty)} | ${esc(row.eu)} | ${esc(row.ratio)} | ${esc(row.target.replace("<=", "≤"))} | ${esc(row.result)} |`),
    ];
    return lines.join("\n");
}

export const BEGIN = "<!-- bench:begin (written by npm run bench) -->";
export const END = "<!-- bench:end -->";

/** Replaces the figures between the markers of a Markdown file; false when the markers are missing. */
export function updateMarkdownSection(file: string, markdown: string): boolean {
    if (!fs.existsSync(file)) {
        return false;
    }
    const text = fs.readFileSync(file, "utf8");
    const a = text.indexOf(BEGIN);
    const b = text.indexOf(END);
    if (a < 0 || b < a) {
        return false;
    }
    fs.writeFileSync(file, `${text.slice(0, a + BEGIN.length)}\n${markdown}\n${text.slice(b)}`);
    return true;
}
