// Adds exemptions to a policy: an `exemptions` property in its config schema, and validate
// functions whose reports go through the exemptions first. A live exemption parks the violation for
// exempted-violations (advisory); an expired one lets it through with a note saying so; malformed
// entries exempt nothing and are named on every violation of the policy.
import type {
    Policy,
    ReportViolation,
    ResourceValidation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
} from "@pulumi/policy";
import { citedRow } from "../data/row-ids";
import { policyTitles } from "../policies/metadata";
import { now } from "./clock";
import { unknownConfigKeys, unknownKeysNote } from "./config-keys";
import { decide, exemptionsSchema, parseExemptions, targetOfUrn, type Exemptions, type Target } from "./exemptions";
import { beginResource, beginStack, noteMalformed, noteUnknownKeys, parkResource, parkStack } from "./stash";

export type GovernedPolicy = ResourceValidationPolicy | StackValidationPolicy;

interface ExemptionConfig {
    exemptions?: unknown;
}

function malformedNote(ex: Exemptions): string {
    if (ex.malformed.length === 0) return "";
    const list = ex.malformed.slice(0, 5).map((m) => (m.position > 0 ? `#${m.position}: ${m.problem}` : m.problem)).join("; ");
    const more = ex.malformed.length > 5 ? `; and ${ex.malformed.length - 5} more` : "";
    return ` (Malformed exemptions in this policy's config were ignored and exempt nothing: ${list}${more}.)`;
}

function governedReport(policy: string, position: number, report: ReportViolation, ex: Exemptions, defaultTarget: Target | undefined, keysNote: string): ReportViolation {
    const note = malformedNote(ex) + keysNote;
    return (message, urn) => {
        const resource = urn === undefined ? defaultTarget : defaultTarget?.urn === urn ? defaultTarget : targetOfUrn(urn);
        const row = citedRow(message);
        const target = resource === undefined || row === undefined ? resource : { ...resource, row };
        if (target === undefined || ex.valid.length === 0) return report(message + note, urn);
        const clock = now();
        if (clock.ms === undefined) {
            return report(`${message} (Exemptions were not applied: ${clock.error}.)${note}`, urn);
        }
        const d = decide(ex, target, clock.ms);
        if (d.kind === "exempt") {
            const parked = { position, policy, message, reason: d.exemption.reason, expires: d.exemption.expires };
            if (defaultTarget !== undefined) parkResource(target.urn, parked);
            else parkStack({ ...parked, urn });
            return;
        }
        if (d.kind === "expired") {
            return report(`${message} (Exemption #${d.exemption.position} for this resource expired on ${d.exemption.expires} and no longer applies; its reason was: ${d.exemption.reason}.)${note}`, urn);
        }
        report(message + note, urn);
    };
}

interface ConfigView {
    ex: Exemptions;
    /** Appended to the policy's violations when its config has keys it does not define. */
    keysNote: string;
}

function configOf(policy: string, getConfig: () => object, valid: ReadonlySet<string>, keys: readonly string[]): ConfigView {
    const config = getConfig();
    const ex = parseExemptions((config as ExemptionConfig).exemptions);
    noteMalformed(policy, ex.malformed);
    const unknown = unknownConfigKeys(config, valid);
    noteUnknownKeys(policy, unknown, keys);
    return { ex, keysNote: unknown.length > 0 ? unknownKeysNote(unknown, keys) : "" };
}

/** An UnknownValueError or NotApplicableError from one validation must not stop the next one. */
function isControlFlow(e: unknown): boolean {
    return e instanceof Error && (e.constructor.name === "UnknownValueError" || e.constructor.name === "NotApplicableError");
}

function governResource(policy: string, position: number, validations: ResourceValidation[], keys: readonly string[]): ResourceValidation {
    const valid: ReadonlySet<string> = new Set(keys);
    // One function for all of a policy's validations: clearing the stash at the start of each
    // would drop what an earlier one of the same policy parked.
    return (args: ResourceValidationArgs, report: ReportViolation) => {
        beginResource(args.urn, position);
        const { ex, keysNote } = configOf(policy, args.getConfig, valid, keys);
        const governed = governedReport(policy, position, report, ex, { urn: args.urn, name: args.name, type: args.type }, keysNote);
        // The usual case, one synchronous validation, stays synchronous (no promise per resource).
        if (validations.length === 1) return validations[0](args, governed);
        return runAll(validations, args, governed);
    };
}

async function runAll(validations: ResourceValidation[], args: ResourceValidationArgs, report: ReportViolation): Promise<void> {
    let deferred: unknown;
    for (const v of validations) {
        try {
            await v(args, report);
        } catch (e) {
            if (!isControlFlow(e)) throw e;
            deferred ??= e;
        }
    }
    if (deferred !== undefined) throw deferred;
}

/** validate*OfType functions carry the type they apply to, which lets the SDK skip other types cheaply. */
function keepTypeFilter<F extends object>(original: object | undefined, wrapper: F): F {
    const type = (original as { __pulumiType?: unknown } | undefined)?.__pulumiType;
    if (typeof type === "string") Object.assign(wrapper, { __pulumiType: type });
    return wrapper;
}

/**
 * The policy with exemptions. `position` is its index in the pack (exempted-violations must come
 * after every governed policy).
 */
export function withGovernance<P extends GovernedPolicy>(policy: P, position: number): P {
    const properties = policy.configSchema?.properties ?? {};
    if ("exemptions" in properties) throw new Error(`${policy.name}: its config already has an \`exemptions\` property`);
    const title = policy.displayName ?? policyTitles[policy.name];
    const governed: Policy & Partial<ResourceValidationPolicy & StackValidationPolicy> = {
        ...policy,
        ...(title !== undefined ? { displayName: title } : {}),
        configSchema: { ...policy.configSchema, properties: { ...properties, exemptions: exemptionsSchema } },
    };
    // The keys its config may have: anything else is a typo the Pulumi CLI lets through (config-keys.ts).
    const keys = Object.keys(governed.configSchema?.properties ?? {});
    const valid: ReadonlySet<string> = new Set(keys);
    const resource = (policy as Partial<ResourceValidationPolicy>).validateResource;
    if (resource !== undefined) {
        const validations = Array.isArray(resource) ? resource : [resource];
        governed.validateResource = keepTypeFilter(validations.length === 1 ? validations[0] : undefined, governResource(policy.name, position, validations, keys));
    }
    const stackFn = (policy as Partial<StackValidationPolicy>).validateStack;
    if (stackFn !== undefined) {
        governed.validateStack = keepTypeFilter(stackFn, (args: StackValidationArgs, report: ReportViolation) => {
            beginStack(position);
            const { ex, keysNote } = configOf(policy.name, args.getConfig, valid, keys);
            return stackFn(args, governedReport(policy.name, position, report, ex, undefined, keysNote));
        });
    }
    return governed as P;
}
