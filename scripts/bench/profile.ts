// CPU profiles of the pack process, and where their time goes. The pack is started by the engine,
// so `--cpu-prof` cannot be used (Node refuses it in NODE_OPTIONS): a preload script starts the
// V8 profiler through the inspector and writes the profile when the engine stops the pack.
import * as fs from "fs";
import * as path from "path";

/** Environment that makes a pack started by the engine write `pack-<pid>.cpuprofile` into `dir`. */
export function profilingEnv(dir: string): Record<string, string> {
    const preload = path.join(__dirname, "profile-preload.js");
    const current = process.env.NODE_OPTIONS ? `${process.env.NODE_OPTIONS} ` : "";
    return { NODE_OPTIONS: `${current}--require ${JSON.stringify(preload)}`, BENCH_PROFILE_DIR: dir };
}

interface ProfileNode {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
}

interface CpuProfile {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
    startTime: number;
    endTime: number;
}

// Node's module loader: compiling and finding modules, which only happens while the pack starts.
const LOADING: ReadonlySet<string> = new Set(["wrapSafe", "compileFunction", "compileForInternalLoader", "internalModuleStat", "readFileUtf8", "readPackage", "read", "realpathSync", "stat", "tryStat", "Module._findPath", "Module._resolveFilename"]);

/** Where time goes, coarsely: the pack's own layers, the SDK, gRPC, protobuf, Node itself. */
export function categoryOf(url: string, functionName: string): string {
    if (LOADING.has(functionName) || /^node:internal\/modules\//.test(url)) return "module loading (start-up)";
    if (url === "") {
        if (functionName === "(garbage collector)") return "garbage collection";
        if (functionName === "(idle)" || functionName === "(program)") return `node ${functionName}`;
        return "node (native)";
    }
    const u = url.replace(/\\/g, "/");
    const rules: [RegExp, string][] = [
        [/\/policies\/dist\/facts\/keys\//, "pack: key facts"],
        [/\/policies\/dist\/facts\//, "pack: facts layer"],
        [/\/policies\/dist\/governance\//, "pack: governance (exemptions)"],
        [/\/policies\/dist\/policies\//, "pack: policies"],
        [/\/policies\/dist\/data\//, "pack: catalogue data"],
        [/\/policies\/dist\//, "pack: other"],
        [/\/@pulumi\/policy\/(deserialize|proxy|secret)\.js/, "@pulumi/policy: deserialization and proxies"],
        [/\/@pulumi\/policy\//, "@pulumi/policy: server and SDK"],
        [/\/@pulumi\/pulumi\/proto\//, "protobuf messages (@pulumi/pulumi/proto)"],
        [/\/@pulumi\/pulumi\//, "@pulumi/pulumi runtime"],
        [/\/google-protobuf\//, "google-protobuf (Struct decoding)"],
        [/\/@grpc\//, "gRPC (@grpc/grpc-js)"],
        [/\/node_modules\//, "other packages"],
        [/^node:/, "node (internals)"],
        [/test\/fixtures\/packs\//, "fixture pack"],
    ];
    for (const [re, name] of rules) {
        if (re.test(u)) return name;
    }
    return "other";
}

export interface ProfileSummary {
    file: string;
    totalMs: number;
    /** Self time per category, descending. */
    categories: { category: string; ms: number; share: number }[];
    /** Heaviest functions by self time. */
    functions: { name: string; where: string; ms: number; share: number }[];
}

/** Self time per category and per function of a .cpuprofile, idle time left out. */
export function summarizeProfile(file: string, top = 15): ProfileSummary {
    const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfUs = new Map<number, number>();
    profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const categories = new Map<string, number>();
    const functions = new Map<string, { name: string; where: string; us: number }>();
    let total = 0;
    for (const [id, us] of selfUs) {
        const node = byId.get(id);
        if (!node) continue;
        const { functionName, url, lineNumber } = node.callFrame;
        const category = categoryOf(url, functionName);
        if (category === "node (idle)") continue;
        total += us;
        categories.set(category, (categories.get(category) ?? 0) + us);
        const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : "";
        const key = `${functionName}@${where}`;
        const f = functions.get(key) ?? { name: functionName || "(anonymous)", where, us: 0 };
        f.us += us;
        functions.set(key, f);
    }
    const share = (us: number): number => (total > 0 ? Math.round((us / total) * 1000) / 10 : 0);
    return {
        file,
        totalMs: Math.round(total / 1000),
        categories: [...categories].sort((a, b) => b[1] - a[1]).map(([category, us]) => ({ category, ms: Math.round(us / 1000), share: share(us) })),
        functions: [...functions.values()].sort((a, b) => b.us - a.us).slice(0, top).map((f) => ({ name: f.name, where: f.where, ms: Math.round(f.us / 1000), share: share(f.us) })),
    };
}

function shortUrl(url: string): string {
    const u = url.replace(/^file:\/\//, "");
    const nm = u.lastIndexOf("/node_modules/");
    if (nm >= 0) return u.slice(nm + "/node_modules/".length);
    const pol = u.indexOf("/policies/");
    if (pol >= 0) return u.slice(pol + 1);
    return path.basename(u);
}

export function formatProfile(s: ProfileSummary): string {
    const lines = [`${path.basename(s.file)}: ${s.totalMs} ms on CPU (idle excluded)`];
    for (const c of s.categories.slice(0, 12)) {
        lines.push(`  ${String(c.share).padStart(5)}%  ${String(c.ms).padStart(6)} ms  ${c.category}`);
    }
    lines.push("  heaviest functions (self time):");
    for (const f of s.functions) {
        lines.push(`  ${String(f.share).padStart(5)}%  ${String(f.ms).padStart(6)} ms  ${f.name} ${f.where}`);
    }
    return lines.join("\n");
}
