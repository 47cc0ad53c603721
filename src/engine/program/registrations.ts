// Turns a program's registrations into what the engine analyzes: each resource with its provider
// resolved, and the default providers the engine would create from the stack config.
import { makeUrn } from "../resources";
import type { EngineProvider, EngineResource } from "../types";
import { SECRET_SIG, SIG_KEY, isWireObject, toWireObject } from "../values";
import type { Wire, WireObject } from "../values";
import { applyCheckDefaults } from "./check-defaults";
import type { ConfigValue } from "./project";
import type { Registration } from "./protocol";

const PROVIDER_PREFIX = "pulumi:providers:";

export function isProviderType(type: string): boolean {
    return type.startsWith(PROVIDER_PREFIX);
}

/** The URN part of a provider reference "urn::id". */
export function providerRefUrn(ref: string): string {
    const i = ref.lastIndexOf("::");
    return i > 0 ? ref.slice(0, i) : ref;
}

/**
 * The engine names default providers "default", plus "_<version>" when the SDK asks for a version and
 * "_<url>" (as a QName) for a plugin download URL: ProviderRequest.DefaultName in pulumi's
 * pkg/resource/deploy/providers/provider.go.
 */
export function defaultProviderName(version: string | undefined, pluginDownloadURL?: string): string {
    let name = version ? `default_${version.replace(/[^A-Za-z0-9]/g, "_")}` : "default";
    if (pluginDownloadURL) {
        name += `_${intoQName(pluginDownloadURL)}`;
    }
    return name;
}

/** The URL a default provider is requested with: one trailing slash trimmed when a version is given (parseProviderRequest in source_eval.go). */
function requestedURL(version: string | undefined, url: string | undefined): string | undefined {
    return url && version ? url.replace(/\/$/, "") : url;
}

/** tokens.IntoQName: "/"-separated segments, empty ones dropped, other characters than [A-Za-z0-9_.-] made "_". */
function intoQName(s: string): string {
    const q = s.split("/").filter((seg) => seg !== "").map((seg) => seg.replace(/[^A-Za-z0-9_.-]/g, "_")).join("/");
    return q === "" ? "_" : q;
}

/** Where the engine keeps a provider's plugin download URL (SetProviderURL in providers/registry.go): never sent to Analyze. */
function withPluginURL(inputs: WireObject, url: string | undefined): void {
    if (url) {
        const internal = inputs.__internal;
        inputs.__internal = { ...(isWireObject(internal) ? internal : {}), pluginDownloadURL: url };
    }
}

/** A default provider's inputs: every `<pkg>:<key>` config value (secure ones secret), plus the version. */
export function defaultProviderInputs(pkg: string, config: Record<string, ConfigValue>, version: string | undefined): WireObject {
    const inputs: WireObject = {};
    for (const [key, v] of Object.entries(config)) {
        if (!key.startsWith(`${pkg}:`)) {
            continue;
        }
        const value = (toWireObject({ v: v.value }).v ?? null) as Wire;
        inputs[key.slice(pkg.length + 1)] = v.secret ? { [SIG_KEY]: SECRET_SIG, value } : value;
    }
    if (version) {
        inputs.version = version;
    }
    return inputs;
}

export interface StackIdentity {
    project: string;
    stack: string;
    config: Record<string, ConfigValue>;
}

export function toEngineResources(registrations: readonly Registration[], id: StackIdentity): EngineResource[] {
    const byUrn = new Map(registrations.map((r) => [r.urn, r]));
    const defaults = new Map<string, EngineResource>();
    const out: EngineResource[] = [];

    const providerOf = (p: EngineResource): EngineProvider => ({ urn: p.urn, type: p.type, name: p.name, inputs: p.inputs });

    for (const reg of registrations) {
        let provider: EngineProvider | undefined;
        if (reg.custom && !isProviderType(reg.type)) {
            if (reg.provider) {
                const urn = providerRefUrn(reg.provider);
                const p = byUrn.get(urn);
                const type = urn.split("::")[2] ?? "";
                provider = p ? providerOf(resource(p)) : { urn, type, name: urn.split("::")[3] ?? "", inputs: {} };
            } else {
                const pkg = reg.type.split(":")[0];
                // The engine's own "pulumi" package (e.g. StackReference) has no default provider resource.
                if (pkg && pkg !== "pulumi") {
                    const url = requestedURL(reg.version, reg.pluginDownloadURL);
                    const key = `${pkg}@${reg.version ?? ""}@${url ?? ""}`;
                    let def = defaults.get(key);
                    if (!def) {
                        const type = `${PROVIDER_PREFIX}${pkg}`;
                        const name = defaultProviderName(reg.version, url);
                        const inputs = defaultProviderInputs(pkg, id.config, reg.version);
                        withPluginURL(inputs, url);
                        def = {
                            urn: makeUrn(id.stack, id.project, type, name),
                            type,
                            name,
                            custom: true,
                            inputs,
                            dependencies: [],
                            propertyDependencies: {},
                        };
                        defaults.set(key, def);
                        // The engine registers a default provider just before its first resource.
                        out.push(def);
                    }
                    provider = providerOf(def);
                }
            }
        }
        const r = resource(reg);
        if (provider) {
            r.provider = provider;
        }
        out.push(r);
    }
    applyCheckDefaults(out, new Map(registrations.filter((r) => r.unsetInputs).map((r) => [r.urn, r.unsetInputs ?? []])));
    return out;
}

function resource(reg: Registration): EngineResource {
    const inputs = { ...reg.inputs };
    // Provider resources carry the plugin version among their inputs, as in the engine's state.
    if (isProviderType(reg.type) && reg.version && !("version" in inputs)) {
        inputs.version = reg.version;
    }
    if (isProviderType(reg.type)) {
        withPluginURL(inputs, reg.pluginDownloadURL);
    }
    const r: EngineResource = {
        urn: reg.urn,
        type: reg.type,
        name: reg.name,
        custom: reg.custom,
        inputs,
        dependencies: reg.dependencies,
        propertyDependencies: reg.propertyDependencies,
        options: {
            protect: reg.protect,
            ignoreChanges: reg.ignoreChanges,
            additionalSecretOutputs: reg.additionalSecretOutputs,
            // A preview sends the one alias that matched an old resource, none when the resource is new or
            // exists under its URN (getOldResource in pulumi's step_generator.go): offline there is no old state.
            aliases: [],
            deleteBeforeReplace: reg.deleteBeforeReplace,
            customTimeouts: reg.customTimeouts,
        },
    };
    // Components' final state is what they registered as outputs; custom resources' (in a preview)
    // is their inputs, which the analysis uses when outputs are absent.
    if (!reg.custom) {
        r.outputs = reg.outputs ?? {};
    }
    if (reg.parent) {
        r.parent = reg.parent;
    }
    if (reg.source) {
        r.source = reg.source;
    }
    return r;
}
