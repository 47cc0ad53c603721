// A running policy pack spoken to over the analyzer protocol: started once, configured, asked to
// analyze any number of batches, stopped.
import * as fs from "fs";
import * as path from "path";
import { analyzeBatch } from "./analyze";
import type { AnalysisContext, AnalyzeOptions } from "./analyze";
import { InputError, PackError, errorMessage, firstLine } from "./errors";
import { crashReason, startPackProcess } from "./pack-process";
import type { PackProcess } from "./pack-process";
import { defaultPackDir } from "./paths";
import { parsePolicyPackConfig, readPolicyPackConfigFile, reconcilePolicyConfig } from "./policy-config";
import type { ConfigLayer, PolicyPackConfig } from "./policy-config";
import { loadProto } from "./proto";
import type { Proto } from "./proto";
import { toEngineResources } from "./resources";
import type { ResourceSpec, StackNames } from "./resources";
import { enforcementLevelCode, initialConfig, policyInfos } from "./responses";
import { AnalyzerRpc, tolerateUnimplemented } from "./rpc";
import type { EngineResource, PackInfo, Report } from "./types";
import type { WireObject } from "./values";

/** The stack the pack is told about (ConfigureStack and the environment the CLI gives a pack). */
export interface StackContext {
    project?: string;
    stack?: string;
    organization?: string;
    /** True for a preview (the default), false when auditing deployed state. */
    dryRun?: boolean;
    /** Stack configuration, namespaced keys to string values. */
    config?: Record<string, string>;
    secretKeys?: string[];
}

/** Policy configuration: a preset of the pack and/or a --policy-pack-config object or file. */
export interface ConfigOptions {
    /** A `--policy-pack-config` object, or the path of such a JSON file. Applied after the preset. */
    config?: PolicyPackConfig | string;
    /** Name of a preset in the pack's presets/ directory, e.g. "audit". */
    preset?: string;
}

export interface PackSessionOptions extends ConfigOptions {
    /** The pack directory (with PulumiPolicy.yaml). Default: this package's policies/. */
    packDir?: string;
    stack?: StackContext;
    /** How long the pack may take to start. Default 60 s. */
    startTimeoutMs?: number;
    /** Deadline of each Analyze/Remediate call. Default 60 s. */
    callTimeoutMs?: number;
    /** Deadline of the AnalyzeStack call. Default 10 min. */
    stackTimeoutMs?: number;
    /** Analyze calls in flight at once. Default 16. */
    concurrency?: number;
}

export class PackSession {
    private queue: Promise<unknown> = Promise.resolve();
    private initialLayer: ConfigLayer = { entries: {}, source: "the pack's initial config" };
    private remediate = false;
    private stopped = false;
    /** Names used in URNs built for resource descriptions: the stack the pack was told about. */
    private names: StackNames;

    private constructor(
        private readonly proc: PackProcess,
        private readonly proto: Proto,
        private readonly rpc: AnalyzerRpc,
        private readonly info: PackInfo,
        private readonly opts: PackSessionOptions,
    ) {
        this.names = { project: opts.stack?.project, stack: opts.stack?.stack };
    }

    /** Starts the pack exactly as the Pulumi CLI does, then configures it. */
    static async start(opts: PackSessionOptions = {}): Promise<PackSession> {
        const packDir = path.resolve(opts.packDir ?? defaultPackDir());
        // Bad config fails before anything is started.
        const layers = configLayers(packDir, opts);
        const startTimeoutMs = opts.startTimeoutMs ?? 60_000;
        const proc = await startPackProcess({ packDir, env: stackEnv(opts.stack ?? {}), startTimeoutMs });
        const proto = loadProto(proc.project.dir);
        const rpc = new AnalyzerRpc(proto, proc.port, opts.callTimeoutMs ?? 60_000);
        try {
            // A pack that exits right after printing its port would otherwise hold us for the whole timeout.
            // Settles only if the pack exits: a timeout is the connection attempt's to report.
            const exited = new Promise<never>((_, reject) => {
                void proc.waitForExit(startTimeoutMs).then(() => {
                    if (proc.exit) reject(new Error(`it exited right after printing its port ${proc.port}`));
                });
            });
            const connected = rpc.ready(startTimeoutMs).catch((e: unknown) => {
                throw new Error(`could not connect to the port it printed (${proc.port}): ${firstLine(errorMessage(e))}`);
            });
            // Handled here too: the pack exits (killed) long after a successful start.
            exited.catch(() => undefined);
            await Promise.race([connected, exited]);
            await tolerateUnimplemented(rpc.handshake(handshakeRequest(proto, proc.project.dir)));
            await tolerateUnimplemented(rpc.configureStack(stackRequest(proto, opts.stack ?? {})));
            const analyzerInfo = await rpc.getAnalyzerInfo();
            let sdkVersion: string | undefined;
            try {
                sdkVersion = (await rpc.getPluginInfo()).getVersion() || undefined;
            } catch {
                // Optional: only for reports.
            }
            const info: PackInfo = {
                name: analyzerInfo.getName(),
                version: proc.project.version ?? analyzerInfo.getVersion(),
                dir: proc.project.dir,
                policies: policyInfos(proto, analyzerInfo).sort((a, b) => a.name.localeCompare(b.name)),
                config: {},
            };
            if (analyzerInfo.getDisplayname()) {
                info.displayName = analyzerInfo.getDisplayname();
            }
            if (analyzerInfo.getDescription()) {
                info.description = analyzerInfo.getDescription();
            }
            if (sdkVersion) {
                info.sdkVersion = sdkVersion;
            }
            const initial = initialConfig(proto, analyzerInfo);
            const session = new PackSession(proc, proto, rpc, info, opts);
            session.initialLayer = { entries: initial, source: "the pack's initial config" };
            await session.applyConfig(layers);
            return session;
        } catch (e) {
            // Only a pack that died on its own explains itself; once we kill it, its output says nothing.
            const diedOnItsOwn = proc.exit !== undefined;
            rpc.close();
            await proc.kill();
            if (e instanceof InputError || e instanceof PackError) {
                throw e;
            }
            const death = diedOnItsOwn ? `: ${crashReason(proc.output())}` : "";
            throw new PackError(`policy pack ${proc.project.dir} failed during start-up: ${firstLine(errorMessage(e))}${death}`);
        }
    }

    /** The pack's name, version and policies, with the levels in force now (a copy: later configure calls do not change it). */
    get pack(): PackInfo {
        return structuredClone(this.info);
    }

    /** The pack's process id (e.g. to measure its memory). */
    get pid(): number {
        return this.proc.pid;
    }

    /** Milliseconds from spawning the pack to its port being printed. */
    get startupMs(): number {
        return this.proc.startupMs;
    }

    /** What the pack printed besides its port (policies' console output, warnings). */
    output(): string {
        return this.proc.output();
    }

    /** Replaces the policy configuration (defaults, then the preset, then the config). */
    configure(opts: ConfigOptions): Promise<PackInfo> {
        return this.serial(async () => {
            await this.applyConfig(configLayers(this.info.dir, opts));
            return structuredClone(this.info);
        });
    }

    /** Tells the pack which stack it is looking at (stack tags, project and stack names). */
    configureStack(ctx: StackContext): Promise<void> {
        return this.serial(async () => {
            this.names = { project: ctx.project, stack: ctx.stack };
            await tolerateUnimplemented(this.rpc.configureStack(stackRequest(this.proto, ctx)));
        });
    }

    /**
     * Analyzes resources given as plain descriptions: Analyze for each (after Remediate when a
     * policy remediates), then AnalyzeStack over all.
     */
    analyze(resources: readonly ResourceSpec[], opts: AnalyzeOptions & StackNames = {}): Promise<Report> {
        const names = { project: opts.project ?? this.names.project, stack: opts.stack ?? this.names.stack };
        return this.analyzeResources(toEngineResources(resources, names), opts);
    }

    /** Analyzes resources already in the engine's form (properties in wire encoding). */
    analyzeResources(resources: readonly EngineResource[], opts: AnalyzeOptions = {}): Promise<Report> {
        return this.serial(async () => {
            if (this.stopped) {
                throw new PackError("the policy pack session was stopped");
            }
            const ctx: AnalysisContext = {
                proto: this.proto,
                rpc: this.rpc,
                remediate: this.remediate,
                concurrency: this.opts.concurrency ?? 16,
                stackTimeoutMs: this.opts.stackTimeoutMs ?? 600_000,
                packDeath: () => this.death(),
            };
            try {
                const run = await analyzeBatch(ctx, resources, opts);
                // A report is a snapshot: the levels in force when it was made, whatever is configured later.
                return { ...run, pack: structuredClone(this.info) };
            } catch (e) {
                if (e instanceof PackError && !this.death()) {
                    // The connection dropped before the exit was seen: give the exit a moment, to say why.
                    await this.proc.waitForExit(2000);
                    const death = this.death();
                    if (death) {
                        throw new PackError(`policy pack stopped answering during analysis: ${death}`);
                    }
                }
                throw e;
            }
        });
    }

    /** Stops the pack process. Safe to call more than once. */
    async stop(): Promise<void> {
        this.stopped = true;
        this.rpc.close();
        await this.proc.kill();
    }

    private death(): string | undefined {
        const exit = this.proc.exit;
        if (!exit) {
            return undefined;
        }
        const how = exit.signal ? `killed by ${exit.signal}` : `exited with code ${exit.code}`;
        return `the pack ${how}: ${crashReason(this.proc.output())}`;
    }

    private async applyConfig(layers: ConfigLayer[]): Promise<void> {
        const resolved = reconcilePolicyConfig(this.info.name, this.info.policies.map((p) => ({
            name: p.name,
            enforcementLevel: p.defaultEnforcementLevel,
            configSchema: p.configSchema,
        })), [this.initialLayer, ...layers]);
        const req = new this.proto.analyzer.ConfigureAnalyzerRequest();
        const map = req.getPolicyconfigMap();
        for (const [name, c] of Object.entries(resolved)) {
            const pc = new this.proto.analyzer.PolicyConfig();
            pc.setEnforcementlevel(enforcementLevelCode(this.proto, c.enforcementLevel));
            pc.setProperties(this.proto.struct.Struct.fromJavaScript((c.properties ?? {}) as WireObject));
            map.set(name, pc);
        }
        // Like the CLI, Configure is only sent when there is something to configure.
        if (map.getLength() > 0) {
            await this.rpc.configure(req);
        }
        for (const p of this.info.policies) {
            p.enforcementLevel = resolved[p.name]?.enforcementLevel ?? p.defaultEnforcementLevel;
        }
        this.info.config = resolved;
        this.remediate = this.info.policies.some((p) => p.enforcementLevel === "remediate");
    }

    private serial<T>(fn: () => Promise<T>): Promise<T> {
        const next = this.queue.then(fn, fn);
        this.queue = next.catch(() => undefined);
        return next;
    }
}

/** The names of the presets a pack ships (presets/NAME.json). */
export function listPresets(packDir: string): string[] {
    const dir = path.join(packDir, "presets");
    if (!fs.existsSync(dir)) {
        return [];
    }
    return fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
}

function configLayers(packDir: string, opts: ConfigOptions): ConfigLayer[] {
    const layers: ConfigLayer[] = [];
    if (opts.preset !== undefined) {
        const available = listPresets(packDir);
        if (!available.includes(opts.preset)) {
            const list = available.length > 0 ? `available presets: ${available.join(", ")}` : `the pack at ${packDir} has no presets`;
            throw new InputError(`unknown preset "${opts.preset}"; ${list}`);
        }
        const file = path.join(packDir, "presets", `${opts.preset}.json`);
        layers.push({ entries: readPolicyPackConfigFile(file), source: `preset ${opts.preset}` });
    }
    if (typeof opts.config === "string") {
        layers.push({ entries: readPolicyPackConfigFile(path.resolve(opts.config)), source: `config file ${opts.config}` });
    } else if (opts.config !== undefined) {
        layers.push({ entries: parsePolicyPackConfig(opts.config, "the policy pack config"), source: "the policy pack config" });
    }
    return layers;
}

// The environment the CLI gives a policy pack (constructEnv in analyzer_plugin.go).
function stackEnv(ctx: StackContext): Record<string, string> {
    const env: Record<string, string> = {};
    const set = (k: string, v: string | undefined): void => {
        if (v) {
            env[k] = v;
        }
    };
    if (ctx.config && Object.keys(ctx.config).length > 0) {
        env.PULUMI_CONFIG = JSON.stringify(ctx.config);
    }
    const dryRun = String(ctx.dryRun ?? true);
    for (const prefix of ["PULUMI_NODEJS_", "PULUMI_"]) {
        set(`${prefix}ORGANIZATION`, ctx.organization);
        set(`${prefix}PROJECT`, ctx.project);
        set(`${prefix}STACK`, ctx.stack);
        set(`${prefix}DRY_RUN`, dryRun);
    }
    return env;
}

function handshakeRequest(proto: Proto, packDir: string) {
    const req = new proto.analyzer.AnalyzerHandshakeRequest();
    req.setEngineAddress("127.0.0.1:0");
    req.setRootDirectory(packDir);
    req.setProgramDirectory(packDir);
    return req;
}

function stackRequest(proto: Proto, ctx: StackContext) {
    const req = new proto.analyzer.AnalyzerStackConfigureRequest();
    req.setStack(ctx.stack ?? "");
    req.setProject(ctx.project ?? "");
    req.setOrganization(ctx.organization ?? "");
    req.setDryRun(ctx.dryRun ?? true);
    const config = req.getConfigMap();
    for (const [k, v] of Object.entries(ctx.config ?? {})) {
        config.set(k, v);
    }
    req.setConfigSecretKeysList(ctx.secretKeys ?? []);
    return req;
}

