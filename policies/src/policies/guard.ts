// Policies never throw an analyzer error: an unexpected exception becomes a violation naming the
// resource (fail closed) and nothing from its props. Values unknown at preview are re-thrown so the
// SDK applies its own preview handling (an advisory "can't run policy during preview").
import type { ReportViolation, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";
import { isUnknownValueError } from "../facts/unknown";

// Policies import these from here with the guards.
export { forEachKnown, isUnknownValueError, readKnown } from "../facts/unknown";

function isSdkControlFlow(e: unknown): boolean {
    return isUnknownValueError(e) || (e instanceof Error && e.constructor.name === "NotApplicableError");
}

const bug = "this is a bug in the eu-sovereignty pack: please report it with the resource type";

export function guardResource(
    policy: string,
    fn: (args: ResourceValidationArgs, report: ReportViolation) => void,
): (args: ResourceValidationArgs, report: ReportViolation) => void {
    return (args, report) => {
        try {
            fn(args, report);
        } catch (e) {
            if (isSdkControlFlow(e)) throw e;
            report(`${safeType(args.type)} "${safeName(args.name)}": ${policy} could not evaluate this resource, so it cannot be proven compliant (${bug}).`);
        }
    };
}

export function guardStack(
    policy: string,
    fn: (args: StackValidationArgs, report: ReportViolation) => void,
): (args: StackValidationArgs, report: ReportViolation) => void {
    return (args, report) => {
        try {
            fn(args, report);
        } catch (e) {
            if (isSdkControlFlow(e)) throw e;
            report(`${policy} could not evaluate the stack, so it cannot be proven compliant (${bug}).`);
        }
    };
}

export function safeType(type: unknown): string {
    return typeof type === "string" && /^[\w.:/-]{1,200}$/.test(type) ? type : "resource";
}

export function safeName(name: unknown): string {
    return typeof name === "string" ? name.replace(/[^\w.:/@-]/g, "?").slice(0, 120) : "?";
}
