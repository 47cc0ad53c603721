// In-process runs of the pack's policies through @pulumi/policy's own Analyze and AnalyzeStack
// handlers (makeAnalyzeRpcFun, makeAnalyzeStackRpcFun), without gRPC or a pack process: the pack's
// and the SDK's per-request work alone, for profiling (`node --cpu-prof`) and for comparing changes.
// Prints the CPU time of each phase and a digest of the responses, which must not change when a
// change only makes the pack faster.
//   node -r ts-node/register/transpile-only scripts/bench/in-process.ts [resources] [rounds]
import { createHash } from "crypto";
import * as path from "path";
import { loadProto } from "../../src/engine/proto";
import { toEngineResources } from "../../src/engine/resources";
import { analyzeRequestBytes, analyzeStackRequestBytes } from "./driver";
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

function cpuMs(since: NodeJS.CpuUsage): number {
    const u = process.cpuUsage(since);
    return Math.round((u.user + u.system) / 1000);
}

async function main(): Promise<void> {
    const count = Number(process.argv[2] ?? "10000");
    const rounds = Number(process.argv[3] ?? "3");
    const stack = { project: "estate", stack: "prod" };
    const resources = toEngineResources(syntheticEstate(count, stack).resources, stack);
    const proto = loadProto(PACK);
    const analyzeBytes = analyzeRequestBytes(proto, resources);
    const stackBytes = analyzeStackRequestBytes(proto, resources);

    // The pack's entry point installs its SDK hooks; its policies are served as the SDK would.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const server = require(require.resolve("@pulumi/policy/server", { paths: [PACK] })) as Server;
    const { installDeserializeOnce } = require(path.join(PACK, "dist", "sdk", "deserialize-once")) as { installDeserializeOnce(): boolean };
    const { policies } = require(path.join(PACK, "dist", "policies")) as { policies: unknown[] };
    /* eslint-enable @typescript-eslint/no-require-imports */
    const installed = installDeserializeOnce();
    const analyze = server.makeAnalyzeRpcFun("eu-sovereignty", "0.0.0", "advisory", policies);
    const analyzeStack = server.makeAnalyzeStackRpcFun("eu-sovereignty", "0.0.0", "advisory", policies);

    for (let round = 0; round < rounds; round++) {
        // Decoding is the transport's work, not the pack's: done before the clock starts.
        const requests = analyzeBytes.map((b) => proto.analyzer.AnalyzeRequest.deserializeBinary(b));
        const stackRequest = proto.analyzer.AnalyzeStackRequest.deserializeBinary(stackBytes);
        const responses: Response[] = [];
        let t = process.cpuUsage();
        for (const r of requests) responses.push(await call(analyze, r));
        const analyzeMs = cpuMs(t);
        t = process.cpuUsage();
        responses.push(await call(analyzeStack, stackRequest));
        const stackMs = cpuMs(t);
        // Encoding the responses is the transport's work too: after the clock.
        const digest = createHash("sha256");
        for (const r of responses) digest.update(r.serializeBinary());
        const diagnostics = responses.reduce((n, r) => n + r.getDiagnosticsList().length, 0);
        console.log(JSON.stringify({ round, resources: count, deserializeOnce: installed, analyzeCpuMs: analyzeMs, analyzeStackCpuMs: stackMs, diagnostics, digest: digest.digest("hex").slice(0, 16) }));
    }
}

main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
});
