// Runs a Pulumi program under @pulumi/pulumi's mock runtime in preview mode, in its own process,
// and reports every RegisterResource call to the parent. The program, the mocks and the patched
// monitor share the one @pulumi/pulumi that the program's directory resolves.
import * as path from "path";
import { fileURLToPath } from "url";
import type * as resproto from "@pulumi/pulumi/proto/resource_pb";
import { makeUrn } from "../resources";
import type { EngineResource, SourceLocation } from "../types";
import { fromWire, isWireObject } from "../values";
import type { WireObject } from "../values";
import type { InvokeContext } from "./builtin-invokes";
import { CheckDefaults } from "./check-defaults";
import { INVOKE_FAILURE, answerInvoke, readInvokeFixtures } from "./invokes";
import { loadMain } from "./load-main";
import { JOB_ENV } from "./protocol";
import type { ChildMessage, ProgramJob, Registration } from "./protocol";

type Callback = (err: unknown, resp?: unknown) => void;
interface MockMonitor {
    registerResource(req: resproto.RegisterResourceRequest, cb: Callback): void;
    registerResourceOutputs(req: resproto.RegisterResourceOutputsRequest, cb: Callback): void;
    newUrn(parent: string, type: string, name: string): string;
}
interface MockArgs {
    type: string;
    name: string;
    inputs: Record<string, unknown>;
}
interface MockCallArgs {
    token: string;
    inputs: Record<string, unknown>;
    provider?: string;
}

const job = JSON.parse(process.env[JOB_ENV] ?? "{}") as ProgramJob;
const registrations: Registration[] = [];
const byUrn = new Map<string, Registration>();
/** Unset inputs per "type::name", in construction order (the RegisterResource calls follow the same order). */
const unsetByKey = new Map<string, string[][]>();
let finished = false;

function send(msg: ChildMessage): void {
    if (finished) {
        return;
    }
    finished = true;
    if (process.send) {
        process.send(msg, () => process.exit(0));
    } else {
        process.exit(msg.kind === "done" ? 0 : 1);
    }
}

/** One line naming what went wrong in the program, without a stack trace. */
function describe(e: unknown): { message: string; detail?: string } {
    if (!(e instanceof Error)) {
        return { message: `the program threw ${JSON.stringify(e) ?? String(e)}` };
    }
    const detail = e.stack ?? e.message;
    const diagnosticText = (e as { diagnosticText?: unknown }).diagnosticText;
    if (e.name === "TSError" && typeof diagnosticText === "string") {
        return { message: `cannot compile the program: ${firstLine(diagnosticText)}`, detail };
    }
    let message = firstLine(e.message) || e.name;
    // An unanswered invoke read through an Output surfaces wrapped in serialisation errors: keep our line.
    const invoke = message.indexOf(INVOKE_FAILURE);
    if (invoke > 0) {
        message = message.slice(invoke);
    }
    if (/^Missing required configuration variable/.test(message)) {
        message += ` (set it in Pulumi.${job.stack}.yaml)`;
    }
    // The SDK's "Missing required property 'x'" names no resource: add the class and the program's line.
    const made = /^Missing required property '[^']+'$/.test(message) ? constructedAt(e.stack ?? "") : undefined;
    if (made) {
        message += ` of ${made.cls}, created at ${made.at}`;
    }
    return { message, detail };
}

/** The resource class a constructor frame names, and the program's own frame nearest to it. */
function constructedAt(stack: string): { cls: string; at: string } | undefined {
    const frames = stack.split("\n").map((l) => l.trim()).filter((l) => l.startsWith("at "));
    const ctor = frames.findIndex((l) => /^at new \w+ \(/.test(l));
    if (ctor < 0) {
        return undefined;
    }
    const cls = /^at new (\w+) /.exec(frames[ctor])?.[1] ?? "";
    for (const f of frames.slice(ctor + 1)) {
        const m = /\((\/[^()]+):(\d+):(\d+)\)$/.exec(f) ?? /^at (\/[^()\s]+):(\d+):(\d+)$/.exec(f);
        if (m && !m[1].includes(`${path.sep}node_modules${path.sep}`)) {
            return { cls, at: `${path.relative(job.dir, m[1])}:${m[2]}:${m[3]}` };
        }
    }
    return undefined;
}

function firstLine(text: string): string {
    return text.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== "") ?? "";
}

function fail(e: unknown): void {
    send({ kind: "error", ...describe(e) });
}

process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

// "1m30s" → 90: RegisterResource carries Go durations, the analyzer gets seconds.
function seconds(duration: string): number | undefined {
    if (!duration) {
        return undefined;
    }
    const units: Record<string, number> = { ns: 1e-9, us: 1e-6, "µs": 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
    let total = 0;
    const re = /([0-9.]+)(ns|us|µs|ms|s|m|h)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(duration)) !== null) {
        total += Number(m[1]) * units[m[2]];
    }
    return total;
}

// The program's own frame nearest to the constructor call: skip the SDKs in node_modules.
function sourceOf(req: resproto.RegisterResourceRequest): SourceLocation | undefined {
    const frames = req.getStacktrace()?.getFramesList() ?? [];
    const positions = frames.map((f) => f.getPc()).filter((p) => p !== undefined);
    const pos = req.getSourceposition();
    if (pos) {
        positions.push(pos);
    }
    for (const p of positions) {
        if (!p || !p.getUri().startsWith("file:")) {
            continue;
        }
        const file = fileURLToPath(p.getUri());
        if (file.startsWith(job.dir + path.sep) && !file.includes(`${path.sep}node_modules${path.sep}`)) {
            return { file, line: p.getLine(), column: p.getColumn() };
        }
    }
    return undefined;
}

// Inputs a provider may fill in Check (src/engine/program/check-defaults.ts). Only these are looked for.
const DEFAULTABLE = ["location", "region", "zone", "project"];
const classSources = new WeakMap<object, string>();

/**
 * The defaultable inputs a resource's SDK class takes but the program left undefined. Generated SDK
 * constructors assign inputs as `resourceInputs["location"] = args?.location` and outputs as a
 * plain `undefined`; both are undefined at run time, so the class source tells them apart.
 */
function unsetInputsOf(res: unknown, props: unknown): string[] {
    if (!isWireObject(props) || typeof res !== "object" || res === null) {
        return [];
    }
    const ctor = (res as { constructor?: unknown }).constructor;
    if (typeof ctor !== "function") {
        return [];
    }
    let source = classSources.get(ctor);
    if (source === undefined) {
        try {
            source = Function.prototype.toString.call(ctor);
        } catch {
            source = "";
        }
        classSources.set(ctor, source);
    }
    const text = source;
    return DEFAULTABLE.filter((k) => k in props && (props as Record<string, unknown>)[k] === undefined &&
        new RegExp(`resourceInputs\\[["']${k}["']\\]\\s*=\\s*\\(?\\s*args\\s*(\\?\\.|\\?\\s*args\\.)\\s*${k}\\b`).test(text));
}

function record(req: resproto.RegisterResourceRequest, urn: string): Registration {
    const propertyDependencies: Record<string, string[]> = {};
    req.getPropertydependenciesMap().forEach((deps, key) => {
        propertyDependencies[key] = deps.getUrnsList();
    });
    const inputs = req.getObject()?.toJavaScript() as unknown;
    const reg: Registration = {
        urn,
        type: req.getType(),
        name: req.getName(),
        custom: req.getCustom(),
        dependencies: req.getDependenciesList(),
        propertyDependencies,
        inputs: isWireObject(inputs) ? inputs : {},
        ignoreChanges: req.getIgnorechangesList(),
        additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
        aliases: [...req.getAliasurnsList(), ...req.getAliasesList().map((a) => a.getUrn()).filter((u) => u !== "")],
    };
    const unset = unsetByKey.get(`${reg.type}::${reg.name}`)?.shift();
    if (unset && unset.length > 0) {
        reg.unsetInputs = unset;
    }
    if (req.getRemote()) {
        reg.remote = true;
    }
    if (req.getParent()) {
        reg.parent = req.getParent();
    }
    if (req.getProvider()) {
        reg.provider = req.getProvider();
    }
    if (req.getVersion()) {
        reg.version = req.getVersion();
    }
    if (req.getPlugindownloadurl()) {
        reg.pluginDownloadURL = req.getPlugindownloadurl();
    }
    if (req.getProtect()) {
        reg.protect = true;
    }
    if (req.getDeletebeforereplacedefined()) {
        reg.deleteBeforeReplace = req.getDeletebeforereplace();
    }
    const t = req.getCustomtimeouts();
    if (t && (t.getCreate() || t.getUpdate() || t.getDelete())) {
        reg.customTimeouts = { create: seconds(t.getCreate()), update: seconds(t.getUpdate()), delete: seconds(t.getDelete()) };
    }
    const source = sourceOf(req);
    if (source) {
        reg.source = source;
    }
    registrations.push(reg);
    byUrn.set(urn, reg);
    return reg;
}

const checkDefaults = new CheckDefaults();
/** Inputs the provider fills in Check, per "type::name": a preview's outputs are the checked inputs. */
const previewDefaults = new Map<string, Record<string, unknown>>();

// The same defaults the engine applies to the inputs (registrations.ts), here so that outputs such
// as a resource group's defaulted `location` are known downstream, as in a real preview.
function notePreviewDefaults(reg: Registration): void {
    const pkg = reg.type.split(":")[0] ?? "";
    const i = reg.provider ? reg.provider.lastIndexOf("::") : -1;
    const explicit = reg.provider ? byUrn.get(i > 0 ? reg.provider.slice(0, i) : reg.provider) : undefined;
    const providerInputs: WireObject = {};
    if (explicit) {
        Object.assign(providerInputs, explicit.inputs);
    } else {
        for (const [k, v] of Object.entries(stackConfig)) {
            if (k.startsWith(`${pkg}:`) && typeof v === "string") {
                providerInputs[k.slice(pkg.length + 1)] = v;
            }
        }
    }
    const r: EngineResource = {
        urn: reg.urn, type: reg.type, name: reg.name, custom: reg.custom, inputs: { ...reg.inputs },
        dependencies: reg.dependencies, propertyDependencies: reg.propertyDependencies,
        provider: { urn: "", type: `pulumi:providers:${pkg}`, name: "", inputs: providerInputs },
    };
    checkDefaults.apply(r, reg.unsetInputs);
    const filled: Record<string, unknown> = {};
    for (const d of r.defaults ?? []) {
        const v = fromWire(r.inputs[d.property]);
        if (v !== undefined) {
            filled[d.property] = v;
        }
    }
    if (Object.keys(filled).length > 0) {
        previewDefaults.set(`${reg.type}::${reg.name}`, filled);
    }
}

async function run(): Promise<void> {
    let pulumiDir: string;
    try {
        pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [job.dir] }));
    } catch {
        throw new Error(`cannot find @pulumi/pulumi from ${job.dir}; run npm install for the program`);
    }
    /* eslint-disable @typescript-eslint/no-require-imports */
    const pulumi = require(pulumiDir) as { runtime: { setMocks(m: unknown, project: string, stack: string, preview: boolean): Promise<void> } };
    const settings = require(path.join(pulumiDir, "runtime", "settings")) as { getMonitor(): MockMonitor; waitForRPCs(): Promise<void> };
    const stack = require(path.join(pulumiDir, "runtime", "stack")) as { runInPulumiStack(init: () => Promise<unknown>): Promise<unknown> };
    const runtimeResource = require(path.join(pulumiDir, "runtime", "resource")) as { registerResource: (...args: unknown[]) => unknown };
    const log = require(path.join(pulumiDir, "log")) as { error: (msg: unknown, ...rest: unknown[]) => unknown; hasErrors(): boolean };
    /* eslint-enable @typescript-eslint/no-require-imports */

    // As cmd/run does, a program that logged an error failed (e.g. a resource whose input could not be
    // computed): keep the first message to say why.
    const logged: string[] = [];
    // A resource whose inputs could not be computed fails its registration without logging: note it too.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const state = require(path.join(pulumiDir, "runtime", "state")) as { failPendingRegistration: (res: unknown, err: unknown) => unknown };
    const sdkFail = state.failPendingRegistration;
    state.failPendingRegistration = (res: unknown, err: unknown) => {
        logged.push(err instanceof Error ? err.message : String(err));
        return sdkFail(res, err);
    };
    const sdkError = log.error;
    log.error = (msg: unknown, ...rest: unknown[]) => {
        logged.push(String(msg));
        return sdkError(msg, ...rest);
    };

    // Resource constructors call runtime/resource's registerResource(res, parent, type, name, custom,
    // remote, newDependency, props, ...) through its exports: note which inputs the program left unset.
    const sdkRegister = runtimeResource.registerResource;
    runtimeResource.registerResource = (...args: unknown[]) => {
        const [res, , type, name, custom, , , props] = args;
        if (custom === true && typeof type === "string" && typeof name === "string") {
            const key = `${type}::${name}`;
            const queue = unsetByKey.get(key) ?? [];
            queue.push(unsetInputsOf(res, props));
            unsetByKey.set(key, queue);
        }
        return sdkRegister(...args);
    };

    // Preview: a custom resource's outputs are its inputs, anything the provider would compute stays
    // unknown, and ids are unknown (the mock monitor turns a missing id into "", read as unknown).
    // Invokes are answered from the fixtures file, else the built-ins, else fail in one line.
    const fixtures = job.invokesFile ? readInvokeFixtures(job.invokesFile) : undefined;
    await pulumi.runtime.setMocks({
        newResource: (args: MockArgs) => ({ id: undefined, state: { ...args.inputs, ...previewDefaults.get(`${args.type}::${args.name}`) } }),
        call: (args: MockCallArgs) => {
            try {
                return answerInvoke(args.token, args.inputs ?? {}, invokeContext(args.provider), fixtures, job.invokesFile);
            } catch (e) {
                // The SDK rethrows a failed invoke as `new Error(err.details)`, as for the engine's gRPC errors.
                throw Object.assign(e instanceof Error ? e : new Error(String(e)), { details: e instanceof Error ? e.message : String(e) });
            }
        },
    }, job.project, job.stack, true);

    const monitor = settings.getMonitor();
    // The engine does not qualify children of the root stack with its type; the mock monitor does.
    monitor.newUrn = (parent, type, name) => makeUrn(job.stack, job.project, type, name, parent || undefined);
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req, cb) => {
        const reg = record(req, monitor.newUrn(req.getParent(), req.getType(), req.getName()));
        notePreviewDefaults(reg);
        register(req, cb);
    };
    const registerOutputs = monitor.registerResourceOutputs.bind(monitor);
    monitor.registerResourceOutputs = (req, cb) => {
        const reg = byUrn.get(req.getUrn());
        const outputs = req.getOutputs()?.toJavaScript() as unknown;
        if (reg && isWireObject(outputs)) {
            reg.outputs = outputs as WireObject;
        }
        registerOutputs(req, cb);
    };

    // As @pulumi/pulumi/cmd/run does: the program runs inside the root Stack resource.
    await stack.runInPulumiStack(async () => {
        const exported = await loadMain(job);
        return exported instanceof Function ? await exported() : await exported;
    });
    await settings.waitForRPCs();
    if (logged.length > 0 || log.hasErrors()) {
        throw new Error(logged[0] ?? "the program logged an error");
    }
    send({ kind: "done", registrations });
}

const stackConfig: Record<string, unknown> = (() => {
    try {
        const c = JSON.parse(process.env.PULUMI_CONFIG ?? "{}") as unknown;
        return isWireObject(c) ? c : {};
    } catch {
        return {};
    }
})();

/** Settings come from the explicit provider an invoke names, else from the stack config (the default provider's). */
function invokeContext(providerRef: string | undefined): InvokeContext {
    const i = providerRef ? providerRef.lastIndexOf("::") : -1;
    const provider = providerRef ? byUrn.get(i > 0 ? providerRef.slice(0, i) : providerRef) : undefined;
    // Default providers are the engine's, never registered by the program: they carry the stack config.
    return {
        setting: (pkg, key) => {
            const v = provider ? fromWire(provider.inputs[key]) : stackConfig[`${pkg}:${key}`];
            return typeof v === "string" && v !== "" ? v : undefined;
        },
        resources: () => registrations.map((r) => ({ type: r.type, name: r.name, inputs: fromWire(r.inputs) as Record<string, unknown> })),
    };
}

run().catch(fail);
