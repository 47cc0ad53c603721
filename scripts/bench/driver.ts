// A pack under measurement: started with the offline engine's own launcher (as the Pulumi CLI
// starts a pack), configured as PackSession does (the pack's defaults), then driven call by call
// so that Analyze and AnalyzeStack can be timed apart. Requests are built as the engine builds
// them and serialized beforehand: the figures are the pack's and the transport's, as the Pulumi
// CLI (Go) would see them, not the time Node's google-protobuf takes to encode them here.
import * as fs from "fs";
import type * as grpcTypes from "@grpc/grpc-js";
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import { startPackProcess } from "../../src/engine/pack-process";
import type { PackProcess } from "../../src/engine/pack-process";
import { reconcilePolicyConfig } from "../../src/engine/policy-config";
import { mapBounded } from "../../src/engine/pool";
import { loadProto } from "../../src/engine/proto";
import type { Proto } from "../../src/engine/proto";
import { analyzeRequest, analyzerResource } from "../../src/engine/requests";
import { enforcementLevelCode, initialConfig, policyInfos } from "../../src/engine/responses";
import { AnalyzerRpc, RpcError, tolerateUnimplemented } from "../../src/engine/rpc";
import { processCpuMs } from "./stats";
import type { EngineResource } from "../../src/engine/types";
import type { WireObject } from "../../src/engine/values";

/** The engine's default number of Analyze calls in flight. */
export const ENGINE_CONCURRENCY = 16;
const MAX_MESSAGE = 400 * 1024 * 1024;
const ANALYZE = "/pulumirpc.Analyzer/Analyze";
const ANALYZE_STACK = "/pulumirpc.Analyzer/AnalyzeStack";

/** AnalyzeRequests as the engine builds them (inputs, options, provider), serialized. */
export function analyzeRequestBytes(proto: Proto, resources: readonly EngineResource[]): Buffer[] {
    return resources.map((r) => Buffer.from(analyzeRequest(proto, r, r.inputs).serializeBinary()));
}

/**
 * The AnalyzeStackRequest the engine sends after the Analyze calls (final states), serialized.
 * A repeated field's encoding is the concatenation of its elements' encodings, so the request is
 * built one resource at a time rather than as one huge message object.
 */
export function analyzeStackRequestBytes(proto: Proto, resources: readonly EngineResource[]): Buffer {
    const parts = resources.map((r) => {
        const one = new proto.analyzer.AnalyzeStackRequest();
        one.setResourcesList([analyzerResource(proto, r, r.outputs ?? r.inputs)]);
        return Buffer.from(one.serializeBinary());
    });
    return Buffer.concat(parts);
}

export interface CallStats {
    /** Wall time of the call(s), as the engine waits for them. */
    ms: number;
    /** CPU time the pack process spent meanwhile (user + system). */
    packCpuMs?: number;
    /** CPU time this (the engine's) process spent meanwhile: building, sending, decoding. */
    engineCpuMs: number;
    diagnostics: number;
    notApplicable: number;
    errors: number;
}

/** Memory of a process from /proc/<pid>/status, in MiB (undefined off Linux). */
export interface Memory {
    /** Peak resident set size (VmHWM). */
    peakRssMiB?: number;
    /** Current resident set size (VmRSS). */
    rssMiB?: number;
}

export function processMemory(pid: number): Memory {
    const file = `/proc/${pid}/status`;
    if (!fs.existsSync(file)) {
        return {};
    }
    const text = fs.readFileSync(file, "utf8");
    const field = (name: string): number | undefined => {
        const m = new RegExp(`^${name}:\\s*(\\d+)\\s*kB`, "m").exec(text);
        return m ? Math.round((Number(m[1]) / 1024) * 10) / 10 : undefined;
    };
    return { peakRssMiB: field("VmHWM"), rssMiB: field("VmRSS") };
}

export class BenchPack {
    private constructor(
        readonly proc: PackProcess,
        readonly proto: Proto,
        private readonly rpc: AnalyzerRpc,
        readonly name: string,
        readonly policies: number,
        private readonly raw: grpcTypes.Client,
    ) {}

    /** Spawns the pack and waits for its port only (the cold-start measurement), then stops it. */
    static async coldStart(packDir: string, env?: Record<string, string>): Promise<{ ms: number; cpuMs?: number }> {
        const proc = await startPackProcess({ packDir, env, startTimeoutMs: 120_000 });
        const cpuMs = processCpuMs(proc.pid);
        await proc.kill();
        return { ms: proc.startupMs, cpuMs };
    }

    /** Starts and configures the pack as PackSession does (Handshake, ConfigureStack, GetAnalyzerInfo, Configure). */
    static async start(packDir: string, env?: Record<string, string>): Promise<BenchPack> {
        const proc = await startPackProcess({ packDir, env, startTimeoutMs: 120_000 });
        const proto = loadProto(proc.project.dir);
        const rpc = new AnalyzerRpc(proto, proc.port, 600_000);
        try {
            await rpc.ready(60_000);
            const hs = new proto.analyzer.AnalyzerHandshakeRequest();
            hs.setEngineAddress("127.0.0.1:0");
            hs.setRootDirectory(proc.project.dir);
            hs.setProgramDirectory(proc.project.dir);
            await tolerateUnimplemented(rpc.handshake(hs));
            const stack = new proto.analyzer.AnalyzerStackConfigureRequest();
            stack.setStack("prod");
            stack.setProject("estate");
            stack.setDryRun(true);
            await tolerateUnimplemented(rpc.configureStack(stack));
            const info = await rpc.getAnalyzerInfo();
            const policies = policyInfos(proto, info);
            const initial = initialConfig(proto, info);
            const resolved = reconcilePolicyConfig(info.getName(), policies.map((p) => ({
                name: p.name,
                enforcementLevel: p.defaultEnforcementLevel,
                configSchema: p.configSchema,
            })), [{ entries: initial, source: "the pack's initial config" }]);
            const req = new proto.analyzer.ConfigureAnalyzerRequest();
            for (const [name, c] of Object.entries(resolved)) {
                const pc = new proto.analyzer.PolicyConfig();
                pc.setEnforcementlevel(enforcementLevelCode(proto, c.enforcementLevel));
                pc.setProperties(proto.struct.Struct.fromJavaScript((c.properties ?? {}) as WireObject));
                req.getPolicyconfigMap().set(name, pc);
            }
            await rpc.configure(req);
            const raw = new proto.grpc.Client(`127.0.0.1:${proc.port}`, proto.grpc.credentials.createInsecure(), {
                "grpc.max_receive_message_length": MAX_MESSAGE,
                "grpc.max_send_message_length": MAX_MESSAGE,
            });
            return new BenchPack(proc, proto, rpc, info.getName(), policies.length, raw);
        } catch (e) {
            rpc.close();
            await proc.kill();
            throw e;
        }
    }

    /** One Analyze call per request, `concurrency` in flight, as the engine does. */
    async analyzeAll(requests: readonly Buffer[], concurrency = ENGINE_CONCURRENCY): Promise<CallStats> {
        const stats: CallStats = { ms: 0, engineCpuMs: 0, diagnostics: 0, notApplicable: 0, errors: 0 };
        const clock = this.clock();
        await mapBounded(requests, concurrency, async (req) => {
            try {
                const resp = await this.call(ANALYZE, req, 600_000);
                stats.diagnostics += resp.getDiagnosticsList().length;
                stats.notApplicable += resp.getNotApplicableList().length;
            } catch (e) {
                if (!(e instanceof RpcError) || e.code === this.proto.grpc.status.UNAVAILABLE) {
                    throw e;
                }
                stats.errors++;
            }
        });
        return { ...stats, ...clock() };
    }

    async analyzeStack(req: Buffer): Promise<CallStats> {
        const clock = this.clock();
        const resp = await this.call(ANALYZE_STACK, req, 600_000);
        return {
            ...clock(),
            diagnostics: resp.getDiagnosticsList().length,
            notApplicable: resp.getNotApplicableList().length,
            errors: 0,
        };
    }

    /** A unary call with a request serialized beforehand (as the Pulumi CLI's Go engine would send it). */
    private call(method: string, request: Buffer, timeoutMs: number): Promise<analyzerPb.AnalyzeResponse> {
        const decode = (b: Buffer): analyzerPb.AnalyzeResponse => this.proto.analyzer.AnalyzeResponse.deserializeBinary(new Uint8Array(b));
        return new Promise((resolve, reject) => {
            this.raw.makeUnaryRequest(method, (b: Buffer) => b, decode, request, new this.proto.grpc.Metadata(), { deadline: Date.now() + timeoutMs }, (err, res) => {
                if (err || !res) {
                    reject(new RpcError(err?.code ?? 2, err?.details ?? "no response", method));
                } else {
                    resolve(res);
                }
            });
        });
    }

    /** Starts a stopwatch for wall time, the pack's CPU time and ours. */
    private clock(): () => Pick<CallStats, "ms" | "packCpuMs" | "engineCpuMs"> {
        const started = process.hrtime.bigint();
        const packCpu = processCpuMs(this.proc.pid);
        const engineCpu = process.cpuUsage();
        return () => {
            const ms = Number(process.hrtime.bigint() - started) / 1e6;
            const packNow = processCpuMs(this.proc.pid);
            const engine = process.cpuUsage(engineCpu);
            return {
                ms,
                packCpuMs: packCpu !== undefined && packNow !== undefined ? packNow - packCpu : undefined,
                engineCpuMs: (engine.user + engine.system) / 1000,
            };
        };
    }

    memory(): Memory {
        return processMemory(this.proc.pid);
    }

    async stop(): Promise<void> {
        this.raw.close();
        this.rpc.close();
        await this.proc.kill();
    }
}

