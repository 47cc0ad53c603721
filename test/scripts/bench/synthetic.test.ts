// The synthetic estates behind `npm run bench` and the scale tests: every catalogue type, all
// three clouds with their providers, locations in and out of the EU, keys, replicas, secrets and
// unknowns; the same estate for the same seed. And the bench's checks against the targets.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BEGIN, END, checksOf, renderMarkdown, renderTable, series, updateMarkdownSection } from "../../../scripts/bench/report";
import type { BenchResult, PackFigures } from "../../../scripts/bench/report";
import { median, ratio } from "../../../scripts/bench/stats";
import { CLOUDS, catalogueTypes, syntheticEstate } from "../../../scripts/bench/synthetic";
import { Secret, unknown } from "../../../src/engine/values";

function walk(value: unknown, visit: (v: unknown) => void, depth = 0): void {
    visit(value);
    if (depth < 50 && value !== null && typeof value === "object" && !(value instanceof Secret)) {
        for (const v of Object.values(value)) walk(v, visit, depth + 1);
    }
}

describe("scale: synthetic estates from the catalogue", function () {
    this.timeout(30_000);
    const estate = syntheticEstate(10_000);

    it("has every catalogue type, across the three clouds", () => {
        const types = catalogueTypes();
        assert.ok(types.length > 3000, `catalogue types: ${types.length}`);
        const present = new Set(estate.resources.map((r) => r.type));
        assert.deepStrictEqual(types.filter((t) => !present.has(t.type)).map((t) => t.type), []);
        assert.strictEqual(estate.catalogueTypes, types.length);
        assert.strictEqual(estate.resources.length, 10_000);
        for (const cloud of CLOUDS) {
            assert.ok(estate.perCloud[cloud] > 1000, `${cloud}: ${estate.perCloud[cloud]}`);
            assert.ok(estate.resources.some((r) => r.type === `pulumi:providers:${cloud}`), `${cloud} provider resource`);
        }
    });

    it("has unique URNs, providers per cloud, locations in and out of the EU, keys, replicas, secrets and unknowns", () => {
        const urns = new Set(estate.resources.map((r) => r.urn));
        assert.strictEqual(urns.size, estate.resources.length);
        for (const r of estate.resources.filter((x) => /^(aws|azure-native|gcp):/.test(x.type))) {
            assert.strictEqual(r.provider?.type, r.type.split(":")[0], r.type);
        }
        const seen = { secret: 0, unknown: 0, nonEu: 0, replicas: 0, keys: 0 };
        for (const r of estate.resources) {
            walk(r.props, (v) => {
                if (v instanceof Secret) seen.secret++;
                if (v === unknown) seen.unknown++;
                if (typeof v === "string" && /^(us-east-1|us-central1|eastus|asia-east1|ap-southeast-1)$/.test(v)) seen.nonEu++;
            });
            const props = r.props ?? {};
            if (Array.isArray(props.replicas) && props.replicas.length > 0) seen.replicas++;
            if (/kms|keyVault|KmsKey/i.test(JSON.stringify(props))) seen.keys++;
        }
        for (const [k, n] of Object.entries(seen)) {
            assert.ok(n > 10, `${k}: ${n}`);
        }
        assert.ok(estate.resources.some((r) => r.parent), "some resources have a component parent");
        assert.ok(estate.resources.some((r) => (r.dependencies ?? []).length > 0), "some resources have dependencies");
    });

    it("is the same for the same seed, and different for another", () => {
        const again = syntheticEstate(10_000);
        assert.deepStrictEqual(again.resources, estate.resources);
        assert.notDeepStrictEqual(syntheticEstate(2_000, { seed: 2 }).resources, syntheticEstate(2_000).resources);
    });
});

describe("scale: the benchmark's checks and tables", () => {
    const figures = (cold: number, analyze: number, stack: number, large: number): PackFigures => ({
        name: "p", dir: "d", policies: 1,
        coldStart: series([cold, cold + 10, cold - 10]),
        analyze: series([analyze], [analyze / 2]),
        analyzeStack: series([stack], [stack / 2]),
        analyzeStackLarge: series([large], [large / 2]),
        peakRssSmall: series([100]),
        peakRssLarge: series([1000]),
        diagnostics: { analyze: 1, analyzeStack: 1, analyzeStackLarge: 1 },
    });

    it("computes medians and ratios", () => {
        assert.strictEqual(median([3, 1, 2]), 2);
        assert.strictEqual(median([4, 1, 2, 3]), 2.5);
        assert.strictEqual(ratio(150, 100), 1.5);
        assert.ok(Number.isNaN(ratio(1, 0)));
    });

    it("passes and misses against the targets of issues #7 and #10 (no rounding onto a limit)", () => {
        const pass = checksOf({ empty: figures(1000, 1000, 100, 1000), eu: figures(1250, 1300, 200, 2400) }, 10_000, 100_000);
        assert.deepStrictEqual(pass.map((c) => [c.id, c.value, c.target, c.pass]), [
            ["cold-start", 1.25, 1.25, true], ["analyze", 1.3, 1.3, true], ["analyze-stack-growth", 12, 12, true],
        ]);
        const miss = checksOf({ empty: figures(1000, 1000, 100, 1000), eu: figures(1260, 1310, 200, 2600) }, 10_000, 100_000);
        assert.deepStrictEqual(miss.map((c) => c.pass), [false, false, false]);
        const edge = checksOf({ empty: figures(1000, 1000, 100, 1000), eu: figures(1000, 1304, 100, 1000) }, 10_000, 100_000);
        assert.deepStrictEqual([edge[1].value, edge[1].pass], [1.304, false]);
        // Other sizes scale the growth target: 10x the resources may take 12x the time.
        assert.strictEqual(checksOf({ empty: figures(1, 1, 1, 1), eu: figures(1, 1, 100, 1200) }, 2_000, 20_000)[2].target, 12);
    });

    it("judges AnalyzeStack against the empty pack with as many stack policies, when it was measured", () => {
        const packs = { empty: figures(1000, 1000, 100, 1000), shaped: figures(1000, 1000, 400, 4000), eu: figures(1000, 1000, 600, 6000) };
        const stack = checksOf(packs, 10_000, 100_000).find((c) => c.id === "analyze-stack");
        assert.deepStrictEqual(stack && [stack.value, stack.target, stack.pass], [1.5, 1.5, true]);
        const over = checksOf({ ...packs, eu: figures(1000, 1000, 601, 6000) }, 10_000, 100_000).find((c) => c.id === "analyze-stack");
        assert.strictEqual(over?.pass, false);
        // Results written before the baseline existed carry no such check.
        assert.strictEqual(checksOf({ empty: packs.empty, eu: packs.eu }, 10_000, 100_000).some((c) => c.id === "analyze-stack"), false);
    });

    it("renders the table and replaces only the figures in docs", () => {
        const packs = { empty: figures(1000, 1000, 100, 1000), eu: figures(1100, 1400, 200, 2000) };
        const result: BenchResult = {
            generatedAt: "2026-01-01T00:00:00.000Z", command: "npm run bench",
            machine: { cpus: 2, cpuModel: "cpu", memoryGiB: 8, node: "v20", platform: "linux", loadAverage: { start: 0.1, end: 0.2 } },
            settings: { coldStartRuns: 5, runs: 3, largeRuns: 3, small: 10_000, large: 100_000, concurrency: 16, quick: false },
            estate: { catalogueTypes: 5000, perCloud: { aws: 1 }, smallTypes: 5000, largeTypes: 5000, smallRequestMiB: 7, largeRequestMiB: 70 },
            packs, checks: checksOf(packs, 10_000, 100_000), durationS: 1,
        };
        const table = renderTable(result);
        assert.match(table, /cold start: spawn to port \(median of 5\)\s+1,000 ms\s+1,100 ms\s+1\.100x\s+<= 1\.25x\s+PASS/);
        assert.match(table, /AnalyzeStack growth, 100,000 \/ 10,000\s+10\.00x\s+10\.000x\s+<= 12x\s+PASS/);
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-bench-")), "b.md");
        fs.writeFileSync(file, `# B\n\nintro\n\n${BEGIN}\nold\n${END}\n\nafter\n`);
        assert.ok(updateMarkdownSection(file, renderMarkdown(result)));
        const text = fs.readFileSync(file, "utf8");
        assert.ok(text.startsWith("# B\n\nintro\n\n") && text.endsWith(`${END}\n\nafter\n`) && !text.includes("\nold\n"));
        assert.match(text, /\| Analyze, 10,000 resources \(median of 3\) \| 1,000 ms \| 1,400 ms \| 1\.400x \| ≤ 1\.3x \| MISS \|/);
    });
});
