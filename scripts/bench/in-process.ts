// In-process runs of the pack's policies through @pulumi/policy's own Analyze and AnalyzeStack
// handlers (makeAnalyzeRpcFun, makeAnalyzeStackRpcFun), without gRPC or a pack process: the pack's
// and the SDK's per-request work alone, for profiling (`node --cpu-prof`) and for comparing changes.
// Prints the CPU time of each phase and a digest of the responses, which must not change when a
// change only makes the pack faster.
// With --no-op, as many no-op policies instead (the bench's same-shape baseline); with --profile DIR,
// a CPU profile of each round's Analyze and AnalyzeStack calls only, summarised as the bench does.
//   node -r ts-node/register/transpile-only scripts/bench/in-process.ts [resources] [rounds] [--no-op] [--profile DIR]
import { createHash } from "crypto";
import * as fs from "fs";
import { Session } from "inspector";
import * as path from "path";
import { loadProto } from "../../src/engine/proto";
import { toEngineResources } from "../../src/engine/resources";
import { analyzeRequestBytes, analyzeStackRequestBytes } from "./driver";
import { formatProfile, summarizeProfile } from "./profile";
import { syntheticEstate } from "./synthetic";

interface Response {
    serializeBinary(): Uint8Array;
    getDiagnosticsList(): unknown[];
}
type Handler = (call: { request: unknown }, callback: (err: unknown, res?: Response) => void) => Promise<void>;
interface Server {
    makeAnalyzeRpcFun(name: string, version: string, level: string, policies: unknown[]): Handler;
    makeAnalyzeStackRpcFun(name: string, version: string, level: string, policies: unknown[]): Handler;
}

const ROOT = path.resolve(__dirname, "..", "..");
const PACK = path.join(ROOT, "policies");

function call(handler: Handler, request: unknown): Promise<Response> {
    return new Promise((resolve, reject) => {
        void handler({ request }, (err, res) => (err || !res ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(res)));
    });
}

function post(session: Session, method: string): Promise<unknown> {
    return new Promise((resolve, reject) => session.post(method, (err, res) => (err ? reject(err) : resolve(res))));
}

/** Runs `fn` under the V8 sampling profiler and writes the profile to `file`. */
async function profiled(file: string | undefined, fn: () => Promise<void>): Promise<void> {
    if (file === undefined) return fn();
    const session = new Session();
    session.connect();
    await post(session, "Profiler.enable");
    await post(session, "Profiler.start");
    await fn();
    const { profile } = (await post(session, "Profiler.stop")) as { profile: unknown };
    session.disconnect();
    fs.writeFileSync(file, JSON.stringify(profile));
    console.log(formatProfile(summarizeProfile(file, 30)));
}

function cpuMs(since: NodeJS.CpuUsage): number {
    const u = process.cpuUsage(since);
    return Math.round((u.user + u.system) / 1000);
}

async function main(): Promise<void> {
    const argv = process.argv.slice(2);
    const profileAt = argv.indexOf("--profile");
    const profileDir = profileAt >= 0 ? argv[profileAt + 1] : undefined;
    if (profileDir !== undefined) fs.mkdirSync(profileDir, { recursive: true });
    const args = argv.filter((a, i) => !a.startsWith("--") && (profileAt < 0 || i !== profileAt + 1));
    const count = Number(args[0] ?? "10000");
    const rounds = Number(args[1] ?? "3");
    const noOp = process.argv.includes("--no-op");
    const stack = { project: "estate", stack: "prod" };
    const resources = toEngineResources(syntheticEstate(count, stack).resources, stack);
    const proto = loadProto(PACK);
    const analyzeBytes = analyzeRequestBytes(proto, resources);
    const stackBytes = analyzeStackRequestBytes(proto, resources);

    // The pack's entry point installs its SDK hooks; its policies are served as the SDK would.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const server = require(require.resolve("@pulumi/policy/server", { paths: [PACK] })) as Server;
    const { installDeserializeOnce } = require(path.join(PACK, "dist", "sdk", "deserialize-once")) as { installDeserializeOnce(): boolean };
    const { installProxyOnce } = require(path.join(PACK, "dist", "sdk", "proxy-once")) as { installProxyOnce(): boolean };
    const pack = require(path.join(PACK, "dist", "policies")) as { policies: { name: string; validateResource?: unknown; validateStack?: unknown }[] };
    /* eslint-enable @typescript-eslint/no-require-imports */
    const policies = noOp
        ? pack.policies.map((p) => ({ name: p.name, description: "no-op", enforcementLevel: "advisory", ...(p.validateResource ? { validateResource: () => undefined } : {}), ...(p.validateStack ? { validateStack: () => undefined } : {}) }))
        : pack.policies;
    const installed = !noOp && installDeserializeOnce();
    const proxyOnce = !noOp && installProxyOnce();
    const analyze = server.makeAnalyzeRpcFun("eu-sovereignty", "0.0.0", "advisory", policies);
    const analyzeStack = server.makeAnalyzeStackRpcFun("eu-sovereignty", "0.0.0", "advisory", policies);

    for (let round = 0; round < rounds; round++) {
        // Decoding is the transport's work, not the pack's: done before the clock starts.
        const requests = analyzeBytes.map((b) => proto.analyzer.AnalyzeRequest.deserializeBinary(b));
        const stackRequest = proto.analyzer.AnalyzeStackRequest.deserializeBinary(stackBytes);
        const responses: Response[] = [];
        const file = (phase: string): string | undefined => (profileDir === undefined ? undefined : path.join(profileDir, `${noOp ? "no-op" : "eu"}-${phase}-${round}.cpuprofile`));
        let t = process.cpuUsage();
        await profiled(file("analyze"), async () => {
            for (const r of requests) responses.push(await call(analyze, r));
        });
        const analyzeMs = cpuMs(t);
        t = process.cpuUsage();
        await profiled(file("analyze-stack"), async () => {
            responses.push(await call(analyzeStack, stackRequest));
        });
        const stackMs = cpuMs(t);
        // Encoding the responses is the transport's work too: after the clock.
        const digest = createHash("sha256");
        t = process.cpuUsage();
        const encoded = responses.map((r) => r.serializeBinary());
        const encodeMs = cpuMs(t);
        for (const e of encoded) digest.update(e);
        const diagnostics = responses.reduce((n, r) => n + r.getDiagnosticsList().length, 0);
        console.log(JSON.stringify({ round, resources: count, deserializeOnce: installed, proxyOnce, analyzeCpuMs: analyzeMs, analyzeStackCpuMs: stackMs, encodeCpuMs: encodeMs, responseBytes: encoded.reduce((n, e) => n + e.length, 0), diagnostics, digest: digest.digest("hex").slice(0, 16) }));
    }
}

main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
});
