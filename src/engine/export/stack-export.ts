// Reads a `pulumi stack export` file into the resources the engine would analyze for that state.
import * as fs from "fs";
import * as path from "path";
import { InputError, errorMessage, firstLine } from "../errors";
import type { EngineProvider, EngineResource, RunSource } from "../types";
import { SECRET_SIG, SIG_KEY, UNKNOWN_SENTINEL, isWireObject } from "../values";
import type { Wire, WireObject } from "../values";

export interface LoadedExport {
    resources: EngineResource[];
    source: RunSource;
    project?: string;
    stack?: string;
    /** Resources left out: deleted, or waiting to be replaced. */
    skipped: number;
}

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
}

/** Parses the export in `fileArg` (relative to `cwd`); throws an InputError naming the problem when it is not one. */
export function readStackExport(fileArg: string, cwd = process.cwd()): LoadedExport {
    const file = path.resolve(cwd, fileArg);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
        throw new InputError(`stack export ${fileArg} does not exist; create one with \`pulumi stack export --file ${path.basename(fileArg)}\``);
    }
    let doc: unknown;
    try {
        doc = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new InputError(`${fileArg} is not a stack export: it is not valid JSON (${firstLine(errorMessage(e))})`);
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

    // Deleted resources and those waiting for their replacement are not part of the stack's state.
    const live = states.filter((r) => r.delete !== true && r.pendingReplacement !== true);
    const providers = new Map<string, StateResource>();
    for (const r of live) {
        if (r.type.startsWith("pulumi:providers:")) {
            providers.set(r.urn, r);
        }
    }
    const resources = live.map((r) => toEngineResource(r, providers));
    const [stack, project] = (live[0]?.urn ?? states[0]?.urn ?? "").replace(/^urn:pulumi:/, "").split("::");
    const source: RunSource = { kind: "stack-export", path: file, file };
    if (project) {
        source.project = project;
    }
    if (stack) {
        source.stack = stack;
    }
    return { resources, source, project: source.project, stack: source.stack, skipped: states.length - live.length };
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

function toEngineResource(r: StateResource, providers: Map<string, StateResource>): EngineResource {
    const inputs = isWireObject(r.inputs) ? r.inputs : isWireObject(r.outputs) ? r.outputs : {};
    const out: EngineResource = {
        urn: r.urn,
        type: r.type,
        name: r.urn.split("::").slice(3).join("::") || r.type,
        custom: r.custom === true,
        inputs: fromState(inputs) as WireObject,
        dependencies: strings(r.dependencies),
        propertyDependencies: {},
    };
    if (isWireObject(r.outputs)) {
        out.outputs = fromState(r.outputs) as WireObject;
    }
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
    if (typeof r.provider === "string" && r.provider) {
        out.provider = providerOf(r.provider, providers);
    }
    return out;
}

function providerOf(ref: string, providers: Map<string, StateResource>): EngineProvider {
    const i = ref.lastIndexOf("::");
    const urn = i > 0 ? ref.slice(0, i) : ref;
    const p = providers.get(urn);
    const parts = urn.split("::");
    return {
        urn,
        type: p?.type ?? parts[2] ?? "",
        name: parts.slice(3).join("::"),
        inputs: p && isWireObject(p.inputs) ? (fromState(p.inputs) as WireObject) : {},
    };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

/**
 * State values to wire values. Secrets appear as {sig, ciphertext} (we cannot decrypt: the value
 * is unknown to us, so it is sent as a secret unknown) or, with --show-secrets, {sig, plaintext}
 * holding the JSON of the value.
 */
export function fromState(value: unknown): Wire {
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
        return { [SIG_KEY]: SECRET_SIG, value: UNKNOWN_SENTINEL };
    }
    const out: WireObject = {};
    for (const [k, v] of Object.entries(value)) {
        out[k] = fromState(v);
    }
    return out;
}
