// One analysis pass, in the engine's order: per resource Remediate (when a policy remediates) then
// Analyze on the remediated inputs, a bounded number in flight; then AnalyzeStack once over all.
import { summarizeRun, verdictOf } from "./counts";
import { PackError } from "./errors";
import { mapBounded } from "./pool";
import { placementOf } from "./placement";
import type { Proto } from "./proto";
import { analyzeRequest } from "./requests";
import { analyzerError, diagnostics, notApplicable, remediations } from "./responses";
import { RpcError } from "./rpc";
import { encodeAnalyzeStack } from "./stack-request";
import type { AnalyzerRpc } from "./rpc";
import type { AnalyzerError, Diagnostic, EngineResource, NotApplicable, Phase, ResourceReport, RunReport, RunSource } from "./types";
import type { WireObject } from "./values";

/** How long a pack that answers at all takes to answer GetPluginInfo. */
const PROBE_TIMEOUT_MS = 5_000;

export interface AnalysisContext {
    proto: Proto;
    rpc: AnalyzerRpc;
    /** True when some policy's level in force is "remediate". */
    remediate: boolean;
    concurrency: number;
    stackTimeoutMs: number;
    /** A message when the pack process has died, so calls stop being per-resource errors. */
    packDeath(): string | undefined;
}

export interface AnalyzeOptions {
    source?: RunSource;
    /** Add placements (where each resource lives, which key protects it). Default true. */
    describe?: boolean;
    /** Called as resources complete, for progress displays. */
    onProgress?: (done: number, total: number) => void;
    /**
     * Which calls to make (default both): per-resource Remediate/Analyze, and AnalyzeStack.
     * Benchmarks time them apart; a real preview always makes both.
     */
    phases?: readonly ("analyze" | "analyze-stack")[];
    /**
     * Whether Analyze and AnalyzeStack see the remediated properties (default true, as in a preview).
     * `pulumi policy analyze` only reports remediations: Analyze gets the stored inputs.
     */
    applyRemediations?: boolean;
}

export async function analyzeBatch(ctx: AnalysisContext, resources: readonly EngineResource[], opts: AnalyzeOptions = {}): Promise<RunReport> {
    const started = Date.now();
    const { proto, rpc } = ctx;
    const codes = rpc.codes;
    const finalInputs: WireObject[] = resources.map((r) => r.inputs);
    const phases = opts.phases ?? ["analyze", "analyze-stack"];
    const applyRemediations = opts.applyRemediations ?? true;
    let done = 0;

    // A call past its deadline is either one stuck policy (an error on that resource) or a pack that
    // answers nothing any more (a busy loop): a cheap call tells them apart, once for all calls that
    // time out together, so a stuck pack ends the run instead of costing a deadline per resource.
    let probe: Promise<boolean> | undefined;
    const packAnswers = (): Promise<boolean> => {
        probe ??= rpc.getPluginInfo(PROBE_TIMEOUT_MS).then(() => true, () => false).then((answers) => {
            if (answers) probe = undefined;
            return answers;
        });
        return probe;
    };
    const failed = async (e: unknown, phase: Phase, urn?: string): Promise<AnalyzerError> => {
        const death = ctx.packDeath();
        if (death || (e instanceof RpcError && e.code === codes.UNAVAILABLE)) {
            throw new PackError(`policy pack stopped answering during analysis: ${death ?? "connection lost"}`);
        }
        if (e instanceof RpcError && e.code === codes.DEADLINE_EXCEEDED && !(await packAnswers())) {
            throw new PackError(`policy pack stopped answering during analysis: ${e.method} timed out and the pack no longer answers at all (stuck in a loop?)`);
        }
        return analyzerError(e, phase, urn);
    };

    const reports = await mapBounded(resources, ctx.concurrency, async (r, i): Promise<ResourceReport> => {
        const rep: ResourceReport = {
            urn: r.urn,
            type: r.type,
            name: r.name,
            custom: r.custom,
            diagnostics: [],
            notApplicable: [],
            remediations: [],
            errors: [],
            verdict: "pass",
        };
        if (r.parent) {
            rep.parent = r.parent;
        }
        if (r.provider) {
            rep.provider = { urn: r.provider.urn, type: r.provider.type, name: r.provider.name };
        }
        if (r.source) {
            rep.source = r.source;
        }
        if (r.defaults && r.defaults.length > 0) {
            rep.defaults = r.defaults.map((d) => ({ ...d }));
        }
        if (!phases.includes("analyze")) {
            return rep;
        }
        let inputs = r.inputs;
        if (ctx.remediate) {
            try {
                // The engine marshals Remediate's properties with internal keys kept.
                const resp = await rpc.remediate(analyzeRequest(proto, r, inputs, false));
                for (const rr of remediations(resp)) {
                    rep.remediations.push(rr.remediation);
                    if (rr.properties && applyRemediations) {
                        inputs = rr.properties;
                    }
                    if (rr.remediation.diagnostic) {
                        // The engine shows a remediation that could not run as an advisory violation.
                        rep.diagnostics.push({
                            policyName: rr.remediation.policyName,
                            policyPackName: rr.remediation.policyPackName,
                            policyPackVersion: rr.remediation.policyPackVersion,
                            description: rr.remediation.description,
                            message: rr.remediation.diagnostic,
                            enforcementLevel: "advisory",
                            urn: r.urn,
                            phase: "remediate",
                        });
                    }
                }
                rep.notApplicable.push(...notApplicable(resp.getNotApplicableList(), "remediate"));
            } catch (e) {
                if (!(e instanceof RpcError && e.code === codes.UNIMPLEMENTED)) {
                    rep.errors.push(await failed(e, "remediate", r.urn));
                }
            }
        }
        try {
            const resp = await rpc.analyze(analyzeRequest(proto, r, inputs));
            rep.diagnostics.push(...diagnostics(proto, resp, "analyze"));
            rep.notApplicable.push(...notApplicable(resp.getNotApplicableList(), "analyze"));
        } catch (e) {
            rep.errors.push(await failed(e, "analyze", r.urn));
        }
        finalInputs[i] = inputs;
        opts.onProgress?.(++done, resources.length);
        return rep;
    });

    const stackDiagnostics: Diagnostic[] = [];
    const stackNotApplicable: NotApplicable[] = [];
    const errors: AnalyzerError[] = [];
    const byUrn = new Map(reports.map((rep) => [rep.urn, rep]));
    if (phases.includes("analyze-stack")) {
        try {
            // Like the engine, AnalyzeStack sees final states: outputs where known, else the (remediated) inputs.
            const req = encodeAnalyzeStack(proto, resources, (r, i) => r.outputs ?? finalInputs[i]);
            const resp = await rpc.analyzeStackEncoded(req, ctx.stackTimeoutMs);
            for (const d of diagnostics(proto, resp, "analyze-stack")) {
                const target = d.urn ? byUrn.get(d.urn) : undefined;
                if (target) {
                    target.diagnostics.push(d);
                } else {
                    stackDiagnostics.push(d);
                }
            }
            stackNotApplicable.push(...notApplicable(resp.getNotApplicableList(), "analyze-stack"));
        } catch (e) {
            if (!(e instanceof RpcError && e.code === codes.UNIMPLEMENTED)) {
                errors.push(await failed(e, "analyze-stack"));
            }
        }
    }

    const describe = opts.describe ?? true;
    reports.forEach((rep, i) => {
        rep.verdict = verdictOf(rep.diagnostics, rep.errors);
        if (describe) {
            const placement = placementOf(resources[i], finalInputs[i]);
            if (placement) {
                rep.placement = placement;
            }
        }
    });

    return {
        source: opts.source ?? { kind: "resources" },
        resources: reports,
        stackDiagnostics,
        stackNotApplicable,
        errors,
        summary: summarizeRun(reports, stackDiagnostics, errors),
        durationMs: Date.now() - started,
    };
}
