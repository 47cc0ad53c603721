// Reads a `pulumi stack export` file into the resources the engine would analyze for that state.
import * as fs from "fs";
import * as path from "path";
import { InputError, errorMessage, firstLine } from "../errors";
import type { EngineProvider, EngineResource, ResourceOptions, RunSource } from "../types";
import { SECRET_SIG, SIG_KEY, isWireObject } from "../values";
import type { Wire, WireObject } from "../values";

export interface LoadedExport {
    resources: EngineResource[];
    source: RunSource;
    project?: string;
    stack?: string;
    /** Resources left out: those marked deleted. */
    skipped: number;
    /** Operations an interrupted update left pending (`pending_operations`): reported, not analyzed. */
    pendingOperations: PendingOperation[];
    /** Secret values held only as ciphertext, which cannot be read offline. */
    encryptedSecrets: number;
}

export interface PendingOperation {
    urn: string;
    /** "creating", "updating", "deleting", "reading", "importing". */
    operation: string;
}

/**
 * `pulumi stack export` schema versions this reads: 1 to 3, and 4 (3 plus feature flags). See
 * DeploymentSchemaVersionOldestSupported/Current/Latest in pulumi's sdk/go/common/apitype
 * (https://github.com/pulumi/pulumi/blob/master/sdk/go/common/apitype/core.go).
 */
const EXPORT_VERSIONS: readonly number[] = [1, 2, 3, 4];

/**
 * What an undecryptable secret is sent as: the secret string "[secret]", as `pulumi policy analyze --file`
 * redacts it (BlindingProvider, pkg/backend/secrets/providers.go in pulumi/pulumi). Deployed state has no
 * unknowns, and a location that cannot be read fails closed.
 */
export const ENCRYPTED_SECRET = "[secret]";

/** One resource of a `pulumi stack export` deployment, as read: every field but the URN and type may be anything. */
export interface StateResource {
    urn: string;
    type: string;
    custom?: unknown;
    id?: unknown;
    delete?: unknown;
    pendingReplacement?: unknown;
    inputs?: unknown;
    outputs?: unknown;
    parent?: unknown;
    provider?: unknown;
    dependencies?: unknown;
    propertyDependencies?: unknown;
    protect?: unknown;
    aliases?: unknown;
    additionalSecretOutputs?: unknown;
    ignoreChanges?: unknown;
    customTimeouts?: unknown;
}

/** Parses the export in `fileArg` (relative to `cwd`; "-" reads `stdin()`); throws an InputError naming the problem when it is not one. */
export function readStackExport(fileArg: string, cwd = process.cwd(), stdin: () => string = () => fs.readFileSync(0, "utf8")): LoadedExport {
    if (fileArg === "-") {
        let text: string;
        try {
            text = stdin();
        } catch (e) {
            throw new InputError(`cannot read a stack export from standard input: ${firstLine(errorMessage(e))}`);
        }
        return parseStackExport(text, "standard input");
    }
    const file = path.resolve(cwd, fileArg);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
        throw new InputError(`stack export ${fileArg} does not exist; create one with \`pulumi stack export --file ${path.basename(fileArg)}\``);
    }
    return parseStackExport(fs.readFileSync(file, "utf8"), fileArg, file);
}

/** Parses export text; `label` names it in messages, `file` (absolute) is where findings point. */
export function parseStackExport(text: string, label: string, file?: string): LoadedExport {
    const fileArg = label;
    let doc: unknown;
    try {
        doc = JSON.parse(text);
    } catch (e) {
        throw new InputError(`${fileArg} is not a stack export: it is not valid JSON (${firstLine(errorMessage(e))})`);
    }
    // Only a document shaped like an export has an export version (package.json has a version too).
    const version = isWireObject(doc) && ("deployment" in doc || "checkpoint" in doc) ? doc.version : undefined;
    if (version !== undefined && !(typeof version === "number" && EXPORT_VERSIONS.includes(version))) {
        throw new InputError(`${fileArg} is a stack export of version ${JSON.stringify(version)}, which this tool does not read (it reads versions ${EXPORT_VERSIONS.join(", ")}); export the stack with a Pulumi CLI of the same generation, or upgrade eu-sovereignty`);
    }
    const list = resourceList(doc);
    if (!list) {
        throw new InputError(`${fileArg} is not a stack export (no deployment.resources); create one with \`pulumi stack export --file ${path.basename(fileArg)}\``);
    }
    const states: StateResource[] = list.map((r, i) => {
        if (!isWireObject(r) || typeof r.urn !== "string" || typeof r.type !== "string") {
            throw new InputError(`${fileArg}: resource #${i + 1} has no urn or type; is the file a complete \`pulumi stack export\`?`);
        }
        return r as unknown as StateResource;
    });

    // Like `pulumi policy analyze` (AnalyzeSnapshot in pkg/resource/deploy/analyze_snapshot.go), only
    // resources marked deleted are left out: one pending replacement still exists and is analyzed.
    const live = states.filter((r) => r.delete !== true);
    // The CLI looks providers up among all the snapshot's resources, the deleted included; the last of a URN wins.
    const providers = new Map<string, StateResource>();
    for (const r of states) {
        if (r.type.startsWith("pulumi:providers:")) {
            providers.set(r.urn, r);
        }
    }
    const counter = { encrypted: 0 };
    const resources = live.map((r) => toEngineResource(r, providers, counter));
    // Pending operations are reported, not analyzed: `pulumi policy analyze` sends only the snapshot's resources.
    const pendingOperations = pendingOf(doc);
    const [stack, project] = (live[0]?.urn ?? states[0]?.urn ?? "").replace(/^urn:pulumi:/, "").split("::");
    const source: RunSource = file ? { kind: "stack-export", path: file, file } : { kind: "stack-export" };
    if (project) {
        source.project = project;
    }
    if (stack) {
        source.stack = stack;
    }
    return { resources, source, project: source.project, stack: source.stack, skipped: states.length - live.length, pendingOperations, encryptedSecrets: counter.encrypted };
}

function deploymentOf(doc: unknown): WireObject | undefined {
    if (!isWireObject(doc)) {
        return undefined;
    }
    if (isWireObject(doc.deployment)) {
        return doc.deployment;
    }
    return isWireObject(doc.checkpoint) && isWireObject(doc.checkpoint.latest) ? doc.checkpoint.latest : undefined;
}

function pendingOf(doc: unknown): PendingOperation[] {
    const ops = deploymentOf(doc)?.pending_operations;
    if (!Array.isArray(ops)) {
        return [];
    }
    const out: PendingOperation[] = [];
    for (const op of ops) {
        const res = isWireObject(op) ? op.resource : undefined;
        if (isWireObject(op) && isWireObject(res) && typeof res.urn === "string" && typeof res.type === "string") {
            out.push({ urn: res.urn, operation: typeof op.type === "string" ? op.type : "unknown" });
        }
    }
    return out;
}

function resourceList(doc: unknown): unknown[] | undefined {
    if (!isWireObject(doc)) {
        return undefined;
    }
    const deployment = doc.deployment;
    if (isWireObject(deployment) && Array.isArray(deployment.resources)) {
        return deployment.resources;
    }
    // The backend's checkpoint format keeps the deployment under checkpoint.latest.
    const latest = isWireObject(doc.checkpoint) ? doc.checkpoint.latest : undefined;
    if (isWireObject(latest) && Array.isArray(latest.resources)) {
        return latest.resources;
    }
    if (isWireObject(deployment) && deployment.resources === undefined && isWireObject(deployment.manifest)) {
        return []; // An empty stack exports no resources at all.
    }
    return undefined;
}

/**
 * One state resource as `pulumi policy analyze` sends it (stateToAnalyzerResource in
 * pkg/resource/deploy/analyze_snapshot.go): Analyze gets the inputs and AnalyzeStack the outputs,
 * each empty when the state has none (a component, an old export); never one for the other.
 */
function toEngineResource(r: StateResource, providers: Map<string, StateResource>, counter: { encrypted: number }): EngineResource {
    const fromState = (v: unknown): Wire => readState(v, counter);
    const inputs = isWireObject(r.inputs) ? r.inputs : {};
    const out: EngineResource = {
        urn: r.urn,
        type: r.type,
        name: r.urn.split("::").slice(3).join("::") || r.type,
        custom: r.custom === true,
        inputs: fromState(inputs) as WireObject,
        dependencies: strings(r.dependencies),
        propertyDependencies: {},
        outputs: fromState(isWireObject(r.outputs) ? r.outputs : {}) as WireObject,
    };
    if (typeof r.parent === "string" && r.parent) {
        out.parent = r.parent;
    }
    if (isWireObject(r.propertyDependencies)) {
        for (const [k, v] of Object.entries(r.propertyDependencies)) {
            out.propertyDependencies[k] = strings(v);
        }
    }
    out.options = {
        protect: r.protect === true,
        ignoreChanges: strings(r.ignoreChanges),
        additionalSecretOutputs: strings(r.additionalSecretOutputs),
        aliases: strings(r.aliases),
    };
    const timeouts = customTimeouts(r.customTimeouts);
    if (timeouts) {
        out.options.customTimeouts = timeouts;
    }
    const provider = typeof r.provider === "string" ? providerOf(r.provider, providers, counter) : undefined;
    if (provider) {
        out.provider = provider;
    }
    return out;
}

/**
 * The provider a reference (`urn::id`) names, when the file holds it. Like the CLI, a reference to a
 * provider the file does not hold sends no provider at all, rather than one guessed from its URN.
 */
function providerOf(ref: string, providers: Map<string, StateResource>, counter: { encrypted: number }): EngineProvider | undefined {
    const i = ref.lastIndexOf("::");
    const p = i > 0 ? providers.get(ref.slice(0, i)) : undefined;
    if (!p) {
        return undefined;
    }
    return {
        urn: p.urn,
        type: p.type,
        name: p.urn.split("::").slice(3).join("::"),
        inputs: isWireObject(p.inputs) ? (readState(p.inputs, counter) as WireObject) : {},
    };
}

/** `customTimeouts` of the state (seconds, each optional), as the CLI sends them. */
function customTimeouts(v: unknown): ResourceOptions["customTimeouts"] {
    if (!isWireObject(v)) {
        return undefined;
    }
    const out: NonNullable<ResourceOptions["customTimeouts"]> = {};
    for (const k of ["create", "update", "delete", "read"] as const) {
        const n = v[k];
        if (typeof n === "number" && n !== 0) {
            out[k] = n;
        }
    }
    return Object.keys(out).length > 0 ? out : undefined;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

/**
 * State values to wire values. Secrets appear as {sig, ciphertext} or, with --show-secrets,
 * {sig, plaintext} holding the JSON of the value. Deployed state has no unknowns: a ciphertext we
 * cannot decrypt is sent as the secret ENCRYPTED_SECRET, which is no location, so a location held
 * that way fails closed. `counter` counts them.
 */
export function fromState(value: unknown): Wire {
    return readState(value, { encrypted: 0 });
}

function readState(value: unknown, counter: { encrypted: number }): Wire {
    const fromState = (v: unknown): Wire => readState(v, counter);
    if (value === null || value === undefined) {
        return null;
    }
    if (typeof value === "string" || typeof value === "boolean" || typeof value === "number") {
        return value;
    }
    if (Array.isArray(value)) {
        return value.map(fromState);
    }
    if (!isWireObject(value)) {
        return null;
    }
    if (value[SIG_KEY] === SECRET_SIG) {
        if ("value" in value) {
            return { [SIG_KEY]: SECRET_SIG, value: fromState(value.value) };
        }
        if (typeof value.plaintext === "string") {
            let plain: unknown = value.plaintext;
            try {
                plain = JSON.parse(value.plaintext);
            } catch {
                // Not JSON: keep the text.
            }
            return { [SIG_KEY]: SECRET_SIG, value: fromState(plain) };
        }
        counter.encrypted++;
        return { [SIG_KEY]: SECRET_SIG, value: ENCRYPTED_SECRET };
    }
    const out: WireObject = {};
    for (const [k, v] of Object.entries(value)) {
        out[k] = fromState(v);
    }
    return out;
}
