// Offline answers to a program's invokes (data-source calls): a fixtures file first (--invokes), then
// the built-ins. Any other invoke fails with one line naming the function and how to answer it.
import * as fs from "fs";
import { InputError, errorMessage, firstLine } from "../errors";
import { NoAnswer, builtinInvokes } from "./builtin-invokes";
import type { InvokeContext } from "./builtin-invokes";

/** How every unanswered-invoke message starts (the child strips what the SDK wraps around it). */
export const INVOKE_FAILURE = "the program called ";

/** One answer: the result for calls whose arguments include `args` (all calls when absent). */
export interface InvokeCase {
    args?: Record<string, unknown>;
    result: Record<string, unknown>;
}

/** A fixtures file: token → result, or token → list of {args, result}. */
export type InvokeFixtures = Record<string, InvokeCase[]>;

function isObject(v: unknown): v is Record<string, unknown> {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Reads and validates a fixtures file; every problem is one line naming the file. */
export function readInvokeFixtures(file: string): InvokeFixtures {
    let doc: unknown;
    try {
        doc = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new InputError(`cannot read the invokes file ${file}: ${firstLine(errorMessage(e))}`);
    }
    if (!isObject(doc)) {
        throw new InputError(`the invokes file ${file} must be a JSON object of function tokens to results`);
    }
    const out: InvokeFixtures = {};
    for (const [token, v] of Object.entries(doc)) {
        if (Array.isArray(v)) {
            out[token] = v.map((c, i) => {
                if (!isObject(c) || !isObject(c.result) || (c.args !== undefined && !isObject(c.args))) {
                    throw new InputError(`the invokes file ${file}: ${token}[${i}] must be {"args": {...}, "result": {...}}`);
                }
                return c.args === undefined ? { result: c.result } : { args: c.args, result: c.result };
            });
        } else if (isObject(v)) {
            out[token] = [{ result: v }];
        } else {
            throw new InputError(`the invokes file ${file}: ${token} must map to a result object or a list of {"args", "result"}`);
        }
    }
    return out;
}

function matches(want: unknown, got: unknown): boolean {
    if (isObject(want)) {
        return isObject(got) && Object.entries(want).every(([k, v]) => matches(v, got[k]));
    }
    if (Array.isArray(want)) {
        return Array.isArray(got) && want.length === got.length && want.every((v, i) => matches(v, got[i]));
    }
    return want === got;
}

/** The result of an invoke, or an Error whose message is one line saying how to supply it. */
export function answerInvoke(token: string, args: Record<string, unknown>, ctx: InvokeContext, fixtures: InvokeFixtures | undefined, fixturesFile?: string): Record<string, unknown> {
    const cases = fixtures?.[token];
    if (cases) {
        const hit = cases.find((c) => c.args === undefined || matches(c.args, args));
        if (hit) {
            return hit.result;
        }
        throw new Error(`${INVOKE_FAILURE}${token} with arguments (${Object.keys(args).sort().join(", ")}), which no entry of ${fixturesFile ?? "the invokes file"} matches; add {"args": ..., "result": ...} for them`);
    }
    const builtin = builtinInvokes[token];
    let why = "it has no built-in offline answer";
    if (builtin) {
        try {
            return builtin(args, ctx);
        } catch (e) {
            if (!(e instanceof NoAnswer)) {
                throw e;
            }
            why = e.message;
        }
    }
    throw new Error(`${INVOKE_FAILURE}${token}, which cannot be answered offline (${why}); give its result in a JSON file passed with --invokes, e.g. {"${token}": {...}}`);
}
