// A promise-based client for the pulumirpc.Analyzer service a pack serves.
import type * as grpcTypes from "@grpc/grpc-js";
import type * as analyzerGrpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type * as pluginPb from "@pulumi/pulumi/proto/plugin_pb";
import type { Proto } from "./proto";

// The SDK's own server limit (@pulumi/policy/server.js): AnalyzeStack over 100k resources is large.
const MAX_MESSAGE = 400 * 1024 * 1024;

/** A failed call: the gRPC status code and the pack's message. */
export class RpcError extends Error {
    constructor(readonly code: number, readonly details: string, readonly method: string) {
        super(details);
        this.name = "RpcError";
    }
}

/** gRPC status UNIMPLEMENTED: the pack's SDK predates the call. */
const UNIMPLEMENTED = 12;

/** Like the CLI, a pack that does not implement an optional RPC is fine: the call yields undefined. */
export async function tolerateUnimplemented<T>(call: Promise<T>): Promise<T | undefined> {
    try {
        return await call;
    } catch (e) {
        if (e instanceof RpcError && e.code === UNIMPLEMENTED) {
            return undefined;
        }
        throw e;
    }
}

type Callback<T> = (error: grpcTypes.ServiceError | null, response: T) => void;

export class AnalyzerRpc {
    private readonly client: analyzerGrpc.AnalyzerClient;
    private closed = false;

    constructor(private readonly proto: Proto, port: number, private readonly callTimeoutMs: number) {
        this.client = new proto.analyzerGrpc.AnalyzerClient(`127.0.0.1:${port}`, proto.grpc.credentials.createInsecure(), {
            "grpc.max_receive_message_length": MAX_MESSAGE,
            "grpc.max_send_message_length": MAX_MESSAGE,
        });
    }

    get codes(): typeof grpcTypes.status {
        return this.proto.grpc.status;
    }

    /**
     * Waits until the channel is connected. In slices of at most a second: grpc-js keeps a wait's deadline
     * timer even after the client is closed, so one long wait would hold the process for the whole start
     * timeout after a pack that died right after printing its port.
     */
    async ready(timeoutMs: number): Promise<void> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const slice = Math.min(1000, Math.max(0, deadline - Date.now()));
            try {
                await new Promise<void>((resolve, reject) => {
                    this.client.waitForReady(Date.now() + slice, (err) => (err ? reject(err) : resolve()));
                });
                return;
            } catch (e) {
                if (this.closed || Date.now() >= deadline) throw e;
            }
        }
    }

    handshake(req: analyzerPb.AnalyzerHandshakeRequest): Promise<analyzerPb.AnalyzerHandshakeResponse> {
        return this.unary("Handshake", (md, o, cb) => this.client.handshake(req, md, o, cb));
    }

    configureStack(req: analyzerPb.AnalyzerStackConfigureRequest): Promise<analyzerPb.AnalyzerStackConfigureResponse> {
        return this.unary("ConfigureStack", (md, o, cb) => this.client.configureStack(req, md, o, cb));
    }

    getAnalyzerInfo(): Promise<analyzerPb.AnalyzerInfo> {
        return this.unary("GetAnalyzerInfo", (md, o, cb) => this.client.getAnalyzerInfo(new this.proto.empty.Empty(), md, o, cb));
    }

    getPluginInfo(timeoutMs?: number): Promise<pluginPb.PluginInfo> {
        return this.unary("GetPluginInfo", (md, o, cb) => this.client.getPluginInfo(new this.proto.empty.Empty(), md, o, cb), timeoutMs);
    }

    configure(req: analyzerPb.ConfigureAnalyzerRequest): Promise<unknown> {
        return this.unary("Configure", (md, o, cb) => this.client.configure(req, md, o, cb));
    }

    analyze(req: analyzerPb.AnalyzeRequest): Promise<analyzerPb.AnalyzeResponse> {
        return this.unary("Analyze", (md, o, cb) => this.client.analyze(req, md, o, cb));
    }

    remediate(req: analyzerPb.AnalyzeRequest): Promise<analyzerPb.RemediateResponse> {
        return this.unary("Remediate", (md, o, cb) => this.client.remediate(req, md, o, cb));
    }

    analyzeStack(req: analyzerPb.AnalyzeStackRequest, timeoutMs?: number): Promise<analyzerPb.AnalyzeResponse> {
        return this.unary("AnalyzeStack", (md, o, cb) => this.client.analyzeStack(req, md, o, cb), timeoutMs);
    }

    /** AnalyzeStack with the request already encoded (stack-request.ts), so it is not built as messages. */
    analyzeStackEncoded(request: Buffer, timeoutMs?: number): Promise<analyzerPb.AnalyzeResponse> {
        const decode = (b: Buffer): analyzerPb.AnalyzeResponse => this.proto.analyzer.AnalyzeResponse.deserializeBinary(new Uint8Array(b));
        return this.unary("AnalyzeStack", (md, o, cb) => {
            this.client.makeUnaryRequest("/pulumirpc.Analyzer/AnalyzeStack", (b: Buffer) => b, decode, request, md, o,
                (err, res) => cb(err, res as analyzerPb.AnalyzeResponse));
        }, timeoutMs);
    }

    close(): void {
        this.closed = true;
        this.client.close();
    }

    private unary<T>(
        method: string,
        invoke: (md: grpcTypes.Metadata, opts: Partial<grpcTypes.CallOptions>, cb: Callback<T>) => void,
        timeoutMs = this.callTimeoutMs,
    ): Promise<T> {
        return new Promise<T>((resolve, reject) => {
            invoke(new this.proto.grpc.Metadata(), { deadline: Date.now() + timeoutMs }, (err, res) => {
                if (err) {
                    reject(new RpcError(err.code, err.details || err.message, method));
                } else {
                    resolve(res);
                }
            });
        });
    }
}
