// Plain resource descriptions (for tests and the API) turned into what the engine sends.
import type { EngineResource, ResourceOptions } from "./types";
import { toWireObject } from "./values";

/**
 * A provider as a resource sees it: `type` is "pulumi:providers:aws" (or just "aws"), `props`
 * its inputs, e.g. `{ region: "eu-west-1" }`.
 */
export interface ProviderSpec {
    type: string;
    /** Default "default", as for the engine's default providers. */
    name?: string;
    urn?: string;
    props?: Record<string, unknown>;
}

/**
 * A resource to analyze. `props` are its inputs as plain values; mark secrets with `secret(v)` and
 * values unknown at preview with `unknown`.
 */
export interface ResourceSpec {
    /** Pulumi type token, e.g. "aws:s3/bucketV2:BucketV2". */
    type: string;
    name: string;
    props?: Record<string, unknown>;
    /** What AnalyzeStack sees (the engine's final state); default: `props`. */
    outputs?: Record<string, unknown>;
    /** Default: built from the stack, project, parent, type and name as the engine does. */
    urn?: string;
    /** False for component resources. Default true. */
    custom?: boolean;
    provider?: ProviderSpec;
    /** URN of the parent resource. */
    parent?: string;
    /** URNs this resource depends on. */
    dependencies?: string[];
    /** Property name → URNs its value came from. */
    propertyDependencies?: Record<string, string[]>;
    options?: ResourceOptions;
}

export interface StackNames {
    project?: string;
    stack?: string;
}

const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";

/** The URN the engine gives a resource: parent types qualify the type, except the root stack's. */
export function makeUrn(stack: string, project: string, type: string, name: string, parentUrn?: string): string {
    let qualified = type;
    if (parentUrn) {
        const parentType = parentUrn.split("::")[2];
        if (parentType && parentType !== ROOT_STACK_TYPE) {
            qualified = `${parentType}$${type}`;
        }
    }
    return `urn:pulumi:${stack}::${project}::${qualified}::${name}`;
}

/** A provider spec's type token, name and URN, as the engine names a provider resource. */
export function providerIdentity(p: ProviderSpec, names: StackNames = {}): { type: string; name: string; urn: string } {
    const type = p.type.startsWith("pulumi:providers:") ? p.type : `pulumi:providers:${p.type}`;
    const name = p.name ?? "default";
    return { type, name, urn: p.urn ?? makeUrn(names.stack ?? "dev", names.project ?? "project", type, name) };
}

export function toEngineResources(specs: readonly ResourceSpec[], names: StackNames = {}): EngineResource[] {
    const stack = names.stack ?? "dev";
    const project = names.project ?? "project";
    return specs.map((s) => {
        const r: EngineResource = {
            urn: s.urn ?? makeUrn(stack, project, s.type, s.name, s.parent),
            type: s.type,
            name: s.name,
            custom: s.custom ?? true,
            inputs: toWireObject(s.props),
            dependencies: [...(s.dependencies ?? [])],
            propertyDependencies: { ...(s.propertyDependencies ?? {}) },
        };
        if (s.outputs) {
            r.outputs = toWireObject(s.outputs);
        }
        if (s.parent) {
            r.parent = s.parent;
        }
        if (s.options) {
            r.options = s.options;
        }
        if (s.provider) {
            r.provider = { ...providerIdentity(s.provider, names), inputs: toWireObject(s.provider.props) };
        }
        return r;
    });
}
