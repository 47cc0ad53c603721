// Policies never throw an analyzer error: an unexpected exception becomes a violation naming the
// resource (fail closed) and nothing from its props. Values unknown at preview are re-thrown so the
// SDK applies its own preview handling (an advisory "can't run policy during preview").
import type { ReportViolation, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";

/** The SDK's UnknownValueError (thrown by its props proxy at preview) is internal: recognised by shape. */
export function isUnknownValueError(e: unknown): boolean {
    return e instanceof Error && e.constructor.name === "UnknownValueError" && "unknownTypeSentinel" in e;
}

/** Reads a value, telling "unknown at preview" apart instead of throwing. */
export function readKnown<T>(read: () => T): { value?: T; unknown?: unknown } {
    try {
        return { value: read() };
    } catch (e) {
        if (isUnknownValueError(e)) return { unknown: e };
        throw e;
    }
}

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

/**
 * Runs `fn` for each item; an item whose inputs are unknown at preview is skipped and the first such
 * error is re-thrown at the end, so violations on known items are still reported and the SDK still
 * marks the policy as not fully run during preview.
 */
export function forEachKnown<T>(items: Iterable<T>, fn: (item: T) => void): void {
    let deferred: unknown;
    for (const item of items) {
        try {
            fn(item);
        } catch (e) {
            if (!isUnknownValueError(e)) throw e;
            deferred ??= e;
        }
    }
    if (deferred !== undefined) throw deferred;
}

export function safeType(type: unknown): string {
    return typeof type === "string" && /^[\w.:/-]{1,200}$/.test(type) ? type : "resource";
}

export function safeName(name: unknown): string {
    return typeof name === "string" ? name.replace(/[^\w.:/@-]/g, "?").slice(0, 120) : "?";
}
