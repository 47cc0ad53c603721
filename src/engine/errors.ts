// Errors the engine reports to people: one line that says what is wrong and what to do.

/** Bad input from the user (missing directory, bad config, not a stack export): exit code 2. */
export class InputError extends Error {
    readonly exitCode = 2;
    constructor(message: string) {
        super(message);
        this.name = "InputError";
    }
}

/** The policy pack failed to start, hung, or died during analysis: exit code 2. */
export class PackError extends Error {
    readonly exitCode = 2;
    constructor(message: string, readonly detail?: string) {
        super(message);
        this.name = "PackError";
    }
}

/** The Pulumi program failed (threw, hung, or could not be loaded): exit code 2. */
export class ProgramError extends Error {
    readonly exitCode = 2;
    constructor(message: string, readonly detail?: string) {
        super(message);
        this.name = "ProgramError";
    }
}

export type EngineError = InputError | PackError | ProgramError;

export function isEngineError(e: unknown): e is EngineError {
    return e instanceof InputError || e instanceof PackError || e instanceof ProgramError;
}

/** The first non-empty line of a message, for one-line error output. */
export function firstLine(text: string): string {
    for (const line of text.split(/\r?\n/)) {
        const t = line.trim();
        if (t) {
            return t;
        }
    }
    return text.trim();
}

export function errorMessage(e: unknown): string {
    return e instanceof Error ? e.message : String(e);
}
