// Runs one policy in-process the way the SDK does (props and provider props behind the SDK's
// unknown-checking proxy, config through getConfig), for fast unit tests. Tests through the
// analyzer protocol live in test/pack and use the offline engine.
import type { PolicyResource, ReportViolation, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const proxy = require("@pulumi/policy/proxy") as {
    unknownCheckingProxy<T>(v: T): T;
    unknownStringValue: string;
    unknownArrayValue: string;
    unknownObjectValue: string;
    UnknownValueError: new (...a: unknown[]) => Error;
};

/** The value a preview sends for a string output not known yet. */
export const UNKNOWN = proxy.unknownStringValue;
export const UNKNOWN_ARRAY = proxy.unknownArrayValue;

export interface TestResource {
    type: string;
    name?: string;
    props?: Record<string, unknown>;
    /** `name` defaults to "p" (an explicit provider); the engine names default providers "default_<version>". */
    provider?: { type: string; props: Record<string, unknown>; name?: string };
    urn?: string;
    propertyDependencies?: Record<string, string[]>;
}

export interface Outcome {
    violations: string[];
    /** Set when the policy stopped on a value unknown at preview (the SDK turns this into an advisory). */
    unknown?: string;
}

function urnOf(r: TestResource): string {
    return r.urn ?? `urn:pulumi:dev::test::${r.type}::${r.name ?? "res"}`;
}

function run(fn: (report: ReportViolation) => unknown): Outcome {
    const violations: string[] = [];
    try {
        fn((message) => violations.push(message));
    } catch (e) {
        if (e instanceof proxy.UnknownValueError) return { violations, unknown: e.message };
        throw e;
    }
    return { violations };
}

export function checkResource(policy: ResourceValidationPolicy, r: TestResource, config: object = {}): Outcome {
    const validate = policy.validateResource;
    const fns = validate === undefined ? [] : Array.isArray(validate) ? validate : [validate];
    return run((report) => {
        for (const fn of fns) {
            fn({
                type: r.type,
                name: r.name ?? "res",
                urn: urnOf(r),
                props: proxy.unknownCheckingProxy(r.props ?? {}),
                provider: r.provider && {
                    type: r.provider.type,
                    props: proxy.unknownCheckingProxy(r.provider.props),
                    urn: `urn:pulumi:dev::test::${r.provider.type}::${r.provider.name ?? "p"}`,
                    name: r.provider.name ?? "p",
                },
                opts: { protect: false, ignoreChanges: [], aliases: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 }, additionalSecretOutputs: [] },
                stackTags: new Map(),
                isType: () => false,
                asType: () => undefined,
                getConfig: <T extends object>() => config as T,
                notApplicable: () => { throw new Error("not applicable"); },
            }, report);
        }
    });
}

export function checkStack(policy: StackValidationPolicy, rs: TestResource[], config: object = {}): Outcome {
    const byUrn = new Map<string, PolicyResource>();
    const resources: PolicyResource[] = rs.map((r) => {
        const pr: PolicyResource = {
            type: r.type,
            name: r.name ?? "res",
            urn: urnOf(r),
            props: proxy.unknownCheckingProxy(r.props ?? {}),
            provider: r.provider && { type: r.provider.type, props: proxy.unknownCheckingProxy(r.provider.props), urn: "p", name: "p" },
            opts: { protect: false, ignoreChanges: [], aliases: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 }, additionalSecretOutputs: [] },
            dependencies: [],
            propertyDependencies: {},
            isType: () => false,
            asType: () => undefined,
        };
        byUrn.set(pr.urn, pr);
        return pr;
    });
    rs.forEach((r, i) => {
        for (const [k, urns] of Object.entries(r.propertyDependencies ?? {})) {
            resources[i].propertyDependencies[k] = urns.map((u) => byUrn.get(u)).filter((x): x is PolicyResource => x !== undefined);
        }
    });
    return run((report) => policy.validateStack({
        resources,
        stackTags: new Map(),
        getConfig: <T extends object>() => config as T,
        notApplicable: () => { throw new Error("not applicable"); },
    }, report));
}

export const awsProvider = (region?: string) => ({ type: "pulumi:providers:aws", props: region === undefined ? {} : { region } });
export const gcpProvider = (props: Record<string, unknown> = {}) => ({ type: "pulumi:providers:gcp", props });
export const azureProvider = { type: "pulumi:providers:azure-native", props: {} };
