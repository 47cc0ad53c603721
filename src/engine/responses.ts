// Reads the pack's answers: diagnostics, not-applicable notes, remediations, analyzer info, errors.
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import { firstLine } from "./errors";
import type { PolicyConfigEntry } from "./policy-config";
import type { Proto } from "./proto";
import { RpcError } from "./rpc";
import type { AnalyzerError, Diagnostic, EnforcementLevel, NotApplicable, Phase, PolicyInfo, Remediation, Severity } from "./types";
import type { WireObject } from "./values";
import { fromWire, isWireObject } from "./values";

export function enforcementLevel(proto: Proto, level: number): EnforcementLevel {
    const L = proto.analyzer.EnforcementLevel;
    switch (level) {
        case L.MANDATORY:
            return "mandatory";
        case L.REMEDIATE:
            return "remediate";
        case L.DISABLED:
            return "disabled";
        default:
            return "advisory";
    }
}

export function enforcementLevelCode(proto: Proto, level: EnforcementLevel): analyzerPb.EnforcementLevel {
    const L = proto.analyzer.EnforcementLevel;
    return { advisory: L.ADVISORY, mandatory: L.MANDATORY, remediate: L.REMEDIATE, disabled: L.DISABLED }[level];
}

function severity(proto: Proto, s: number): Severity | undefined {
    const S = proto.analyzer.PolicySeverity;
    switch (s) {
        case S.POLICY_SEVERITY_LOW:
            return "low";
        case S.POLICY_SEVERITY_MEDIUM:
            return "medium";
        case S.POLICY_SEVERITY_HIGH:
            return "high";
        case S.POLICY_SEVERITY_CRITICAL:
            return "critical";
        default:
            return undefined;
    }
}

export function diagnostics(proto: Proto, resp: analyzerPb.AnalyzeResponse, phase: Phase): Diagnostic[] {
    return resp.getDiagnosticsList().map((d) => {
        let level = enforcementLevel(proto, d.getEnforcementlevel());
        // As the engine does: a violation still raised at "remediate" level counts as mandatory.
        if (level === "remediate") {
            level = "mandatory";
        }
        const out: Diagnostic = {
            policyName: d.getPolicyname(),
            policyPackName: d.getPolicypackname(),
            policyPackVersion: d.getPolicypackversion(),
            description: d.getDescription(),
            message: d.getMessage(),
            enforcementLevel: level,
            phase,
        };
        const sev = severity(proto, d.getSeverity());
        if (sev) {
            out.severity = sev;
        }
        if (d.getUrn()) {
            out.urn = d.getUrn();
        }
        return out;
    });
}

export function notApplicable(list: analyzerPb.PolicyNotApplicable[], phase: Phase): NotApplicable[] {
    return list.map((n) => {
        const out: NotApplicable = { policyName: n.getPolicyName(), phase };
        if (n.getReason()) {
            out.reason = n.getReason();
        }
        return out;
    });
}

export interface RemediationResult {
    remediation: Remediation;
    /** The new inputs in wire form, when the remediation changed them. */
    properties?: WireObject;
}

export function remediations(resp: analyzerPb.RemediateResponse): RemediationResult[] {
    return resp.getRemediationsList().map((r) => {
        const remediation: Remediation = {
            policyName: r.getPolicyname(),
            policyPackName: r.getPolicypackname(),
            policyPackVersion: r.getPolicypackversion(),
            description: r.getDescription(),
        };
        if (r.getDiagnostic()) {
            remediation.diagnostic = r.getDiagnostic();
        }
        const struct = r.getProperties();
        let properties: WireObject | undefined;
        if (struct) {
            const wire = struct.toJavaScript() as unknown;
            if (isWireObject(wire)) {
                properties = wire;
                remediation.properties = fromWire(wire) as Record<string, unknown>;
            }
        }
        return properties ? { remediation, properties } : { remediation };
    });
}

export function policyInfos(proto: Proto, info: analyzerPb.AnalyzerInfo): PolicyInfo[] {
    const T = proto.analyzer.PolicyType;
    return info.getPoliciesList().map((p) => {
        const level = enforcementLevel(proto, p.getEnforcementlevel());
        const out: PolicyInfo = {
            name: p.getName(),
            description: p.getDescription(),
            type: p.getPolicyType() === T.POLICY_TYPE_RESOURCE ? "resource" : p.getPolicyType() === T.POLICY_TYPE_STACK ? "stack" : "unspecified",
            defaultEnforcementLevel: level,
            enforcementLevel: level,
        };
        if (p.getDisplayname()) {
            out.displayName = p.getDisplayname();
        }
        const sev = severity(proto, p.getSeverity());
        if (sev) {
            out.severity = sev;
        }
        const schema = p.getConfigschema();
        if (schema) {
            out.configSchema = { properties: (schema.getProperties()?.toJavaScript() ?? {}) as Record<string, unknown> };
            if (schema.getRequiredList().length > 0) {
                out.configSchema.required = schema.getRequiredList();
            }
        }
        if (p.getTagsList().length > 0) {
            out.tags = p.getTagsList();
        }
        if (p.getRemediationSteps()) {
            out.remediationSteps = p.getRemediationSteps();
        }
        if (p.getUrl()) {
            out.url = p.getUrl();
        }
        const fw = p.getFramework();
        if (fw) {
            out.framework = {};
            if (fw.getName()) {
                out.framework.name = fw.getName();
            }
            if (fw.getVersion()) {
                out.framework.version = fw.getVersion();
            }
            if (fw.getReference()) {
                out.framework.reference = fw.getReference();
            }
            if (fw.getSpecification()) {
                out.framework.specification = fw.getSpecification();
            }
        }
        return out;
    });
}

/**
 * Turns a failed call into an entry for the report. The SDK wraps a policy's exception as
 * "Error validating resource with policy 'p' from policy pack 'x@v1':\n<stack>"; people get one
 * line ("policy 'p' threw: <message>"), the full text stays in `detail`.
 */
export function analyzerError(e: unknown, phase: Phase, urn: string | undefined): AnalyzerError {
    const out: AnalyzerError = { phase, message: "" };
    if (urn) {
        out.urn = urn;
    }
    if (!(e instanceof RpcError)) {
        out.message = firstLine(e instanceof Error ? e.message : String(e));
        return out;
    }
    out.detail = e.details;
    const m = /^Error (?:validating|remediating) (?:resource|stack)? ?with (policy|remediation) '([^']*)' from policy pack '([^']*)':\s*\n(.*)$/s.exec(e.details);
    if (m) {
        out.policyName = m[2];
        const thrown = firstLine(m[4]).replace(/^(?:[A-Za-z]*Error|Error): /, "");
        out.message = `${m[1]} '${m[2]}' threw: ${thrown}`;
    } else if (e.code === 4) {
        out.message = `the pack did not answer ${e.method} in time`;
    } else {
        out.message = `${e.method} failed: ${firstLine(e.details)}`;
    }
    return out;
}

/** The pack's initial config (levels and properties per policy) from its AnalyzerInfo. */
export function initialConfig(proto: Proto, info: analyzerPb.AnalyzerInfo): Record<string, PolicyConfigEntry> {
    const initial: Record<string, PolicyConfigEntry> = {};
    info.getInitialconfigMap().forEach((c, name) => {
        const entry: PolicyConfigEntry = { enforcementLevel: enforcementLevel(proto, c.getEnforcementlevel()) };
        const props = c.getProperties()?.toJavaScript();
        if (props && Object.keys(props).length > 0) {
            entry.properties = props as Record<string, unknown>;
        }
        initial[name] = entry;
    });
    return initial;
}
