// The engine's result model: what the pack said about each resource, and the counts.
import type { WireObject } from "./values";

export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";
export type Severity = "low" | "medium" | "high" | "critical";
/** Which analyzer RPC produced a result. */
export type Phase = "analyze" | "analyze-stack" | "remediate";

/** A policy as the pack describes it in GetAnalyzerInfo, with the level in force after configuration. */
export interface PolicyInfo {
    name: string;
    displayName?: string;
    description: string;
    /** "resource" for validateResource/remediateResource policies, "stack" for validateStack ones. */
    type: "resource" | "stack" | "unspecified";
    /** The level the pack declares. */
    defaultEnforcementLevel: EnforcementLevel;
    /** The level in force for this run (after presets and config). */
    enforcementLevel: EnforcementLevel;
    severity?: Severity;
    configSchema?: { properties: Record<string, unknown>; required?: string[] };
    tags?: string[];
    remediationSteps?: string;
    url?: string;
    framework?: { name?: string; version?: string; reference?: string; specification?: string };
}

export interface PackInfo {
    name: string;
    displayName?: string;
    version: string;
    description?: string;
    /** Absolute directory of the pack (PulumiPolicy.yaml). */
    dir: string;
    /** @pulumi/policy version reported by GetPluginInfo. */
    sdkVersion?: string;
    policies: PolicyInfo[];
    /** The configuration sent with Configure, per policy (enforcement level and properties). */
    config: Record<string, { enforcementLevel: EnforcementLevel; properties?: Record<string, unknown> }>;
}

export interface Diagnostic {
    policyName: string;
    policyPackName: string;
    policyPackVersion: string;
    description: string;
    message: string;
    /** "remediate" never appears: like the engine, a violation reported at that level counts as mandatory. */
    enforcementLevel: EnforcementLevel;
    severity?: Severity;
    /** The URN the policy reported against (stack policies name the offending resource). */
    urn?: string;
    phase: Phase;
}

export interface NotApplicable {
    policyName: string;
    reason?: string;
    phase: Phase;
}

export interface Remediation {
    policyName: string;
    policyPackName: string;
    policyPackVersion: string;
    description: string;
    /** The properties after remediation (plain view: secrets unwrapped, unknowns dropped). */
    properties?: Record<string, unknown>;
    /** Set when the remediation could not run (e.g. a value unknown during preview). */
    diagnostic?: string;
}

/** A policy that threw, or an RPC that failed, for one resource or for the stack. */
export interface AnalyzerError {
    phase: Phase;
    urn?: string;
    /** The policy that threw, when the pack says. */
    policyName?: string;
    /** One line, for people. */
    message: string;
    /** What the pack returned in full (may contain the policy's stack trace). */
    detail?: string;
}

/** Where a resource lives and what key protects it, from the facts layer (reports only). */
export interface Placement {
    lives: string[];
    replicates: string[];
    key?: string;
}

/** Worst outcome for a resource: a mandatory violation, an analyzer error, an advisory, or nothing. */
export type Verdict = "fail" | "error" | "warn" | "pass";

export interface ResourceReport {
    urn: string;
    type: string;
    name: string;
    custom: boolean;
    parent?: string;
    provider?: { urn: string; type: string; name: string };
    /** Where the resource is declared (program file and line), when known. */
    source?: SourceLocation;
    diagnostics: Diagnostic[];
    notApplicable: NotApplicable[];
    remediations: Remediation[];
    errors: AnalyzerError[];
    placement?: Placement;
    /** Inputs a provider default supplied (check: the program left them unset). */
    defaults?: DefaultedInput[];
    verdict: Verdict;
}

export interface SourceLocation {
    /** Absolute file path. */
    file: string;
    line?: number;
    column?: number;
}

export interface Summary {
    resources: number;
    /** Mandatory diagnostics (violations that fail a deployment). */
    mandatory: number;
    advisory: number;
    remediations: number;
    errors: number;
    /** Resources per verdict. */
    failing: number;
    erroring: number;
    warning: number;
    passing: number;
}

export interface RunSource {
    kind: "program" | "stack-export" | "resources";
    /** Program directory or stack export file (absolute). */
    path?: string;
    /** The file findings point at: the program's main file or the stack export. */
    file?: string;
    project?: string;
    stack?: string;
}

/** The result of analyzing one set of resources: one program, one stack export, or one batch. */
export interface RunReport {
    source: RunSource;
    resources: ResourceReport[];
    /** AnalyzeStack diagnostics that name no resource of the run. */
    stackDiagnostics: Diagnostic[];
    /** Stack policies that did not apply to this run. */
    stackNotApplicable: NotApplicable[];
    /** Errors not tied to one resource (e.g. AnalyzeStack failed). */
    errors: AnalyzerError[];
    summary: Summary;
    durationMs: number;
    /**
     * Check: multi-language components (awsx, eks, aws-apigateway, ...). Their provider plugin creates
     * their resources in a real preview; offline nothing runs it, so the verdict does not cover those.
     */
    remoteComponents?: RemoteComponent[];
    /** Audit: operations an interrupted update left pending in the export (their resources may exist). */
    pendingOperations?: { urn: string; operation: string }[];
    /** Audit: secret values held only as ciphertext; a location among them fails closed. */
    encryptedSecrets?: number;
}

/** A component whose resources a provider plugin would create (check cannot see them offline). */
export interface RemoteComponent {
    urn: string;
    type: string;
    name: string;
}

/** A run together with the pack that judged it: what the programmatic API returns. */
export interface Report extends RunReport {
    pack: PackInfo;
}

/** What the CLI writes as JSON (docs/report.schema.json): one or more runs and their totals. */
export interface ReportDocument {
    schemaVersion: 1;
    tool: { name: "eu-sovereignty"; version: string };
    pack: PackInfo;
    runs: RunReport[];
    summary: Summary;
    /** 0 no mandatory violation or error, 1 otherwise. */
    exitCode: 0 | 1;
}

/** One resource as the engine sends it: properties already in wire form. */
export interface EngineResource {
    urn: string;
    type: string;
    name: string;
    custom: boolean;
    /** Inputs: what Analyze and Remediate see. */
    inputs: WireObject;
    /** Outputs: what AnalyzeStack sees (the engine passes final states there). Defaults to inputs. */
    outputs?: WireObject;
    provider?: EngineProvider;
    parent?: string;
    dependencies: string[];
    propertyDependencies: Record<string, string[]>;
    options?: ResourceOptions;
    source?: SourceLocation;
    /** Inputs the provider filled in Check (the program left them unset), in the order filled. */
    defaults?: DefaultedInput[];
}

/** An input a provider default supplied, and where it came from (e.g. "the provider's `location`"). */
export interface DefaultedInput {
    property: string;
    from: string;
}

export interface EngineProvider {
    urn: string;
    type: string;
    name: string;
    inputs: WireObject;
}

export interface ResourceOptions {
    protect?: boolean;
    ignoreChanges?: string[];
    deleteBeforeReplace?: boolean;
    additionalSecretOutputs?: string[];
    aliases?: string[];
    customTimeouts?: { create?: number; update?: number; delete?: number; read?: number };
}
