// The report file (-o): checked before any work starts, and never left stale by a failed run.
import * as fs from "fs";
import * as path from "path";
import { InputError, errorMessage, firstLine } from "../engine/errors";
import type { Format } from "./args";

/**
 * Makes sure the report can be written to `file`: its directory exists or can be made, one level at
 * a time (a recursive mkdir never returns under /proc), and is writable. Throws one line otherwise.
 */
export function prepareOutput(file: string, shown: string): void {
    const missing: string[] = [];
    let dir = path.dirname(file);
    while (!fs.existsSync(dir)) {
        missing.unshift(dir);
        const up = path.dirname(dir);
        if (up === dir) {
            break;
        }
        dir = up;
    }
    const fail = (why: string): never => {
        throw new InputError(`cannot write the report to ${shown}: ${why}`);
    };
    if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) {
        fail(`${dir} is not a directory`);
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
        fail("it is a directory");
    }
    try {
        fs.accessSync(dir, fs.constants.W_OK);
        for (const d of missing) {
            fs.mkdirSync(d);
        }
    } catch (e) {
        fail(firstLine(errorMessage(e)));
    }
}

/**
 * After a failed run: no stale report stays at `file`. SARIF consumers (code scanning) expect a
 * file, so SARIF gets one recording the failure; other formats get none.
 */
export function recordFailure(file: string, format: Format, message: string, toolVersion: string): void {
    try {
        if (format !== "sarif") {
            fs.rmSync(file, { force: true });
            return;
        }
        const sarif = {
            $schema: "https://json.schemastore.org/sarif-2.1.0.json",
            version: "2.1.0",
            runs: [{
                tool: { driver: { name: "eu-sovereignty", version: toolVersion, rules: [] } },
                invocations: [{
                    executionSuccessful: false,
                    exitCode: 2,
                    toolExecutionNotifications: [{ level: "error", message: { text: message } }],
                }],
                results: [],
            }],
        };
        fs.writeFileSync(file, `${JSON.stringify(sarif, null, 2)}\n`);
    } catch {
        // The run already failed with its own message; a report we cannot touch adds nothing.
    }
}
