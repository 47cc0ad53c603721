// Runs the pack's policies on one resource (or a stack) in array order with per-policy enforcement
// levels, the way the SDK's Analyze/AnalyzeStack loops do, so governance (park, then drain) can be
// unit-tested in-process. Pack-level tests through the analyzer protocol are in pack.test.ts.
import type { Policies, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { checkResource, checkStack, type TestResource } from "../../helpers/harness";

export type PackConfig = Record<string, string | ({ enforcementLevel?: string } & Record<string, unknown>)>;

export interface Finding {
    policy: string;
    level: string;
    message: string;
}

function levelOf(p: { name: string; enforcementLevel?: string }, config: PackConfig): string {
    const c = config[p.name];
    const given = typeof c === "string" ? c : c?.enforcementLevel;
    return given ?? p.enforcementLevel ?? "advisory";
}

function propsOf(name: string, config: PackConfig): object {
    const c = config[name];
    if (c === undefined || typeof c === "string") return {};
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { enforcementLevel, ...props } = c;
    return props;
}

export function analyze(policies: Policies, r: TestResource, config: PackConfig = {}): Finding[] {
    const out: Finding[] = [];
    for (const p of policies) {
        const level = levelOf(p, config);
        if (level === "disabled" || !("validateResource" in p) || p.validateResource === undefined) continue;
        const outcome = checkResource(p as ResourceValidationPolicy, r, propsOf(p.name, config));
        for (const message of outcome.violations) out.push({ policy: p.name, level, message });
    }
    return out;
}

export function analyzeStack(policies: Policies, rs: TestResource[], config: PackConfig = {}): Finding[] {
    const out: Finding[] = [];
    for (const p of policies) {
        const level = levelOf(p, config);
        if (level === "disabled" || !("validateStack" in p) || p.validateStack === undefined) continue;
        const outcome = checkStack(p as StackValidationPolicy, rs, propsOf(p.name, config));
        for (const message of outcome.violations) out.push({ policy: p.name, level, message });
    }
    return out;
}
