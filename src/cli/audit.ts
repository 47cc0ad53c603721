// `eu-sovereignty audit FILE|DIR...`: one report over many `pulumi stack export` files. Directories
// give their .json files (recursively, in name order). One pack process judges every stack; exports
// are read one at a time, the next one while the pack judges the current one, so at most two are
// held in memory whatever the size of the estate.
import * as fs from "fs";
import * as path from "path";
import { buildDocument } from "../engine/document";
import { InputError, errorMessage, firstLine } from "../engine/errors";
import { readStackExport } from "../engine/export/stack-export";
import type { LoadedExport } from "../engine/export/stack-export";
import { EXPORT_ANALYSIS, stackContextOfExport, withExportNotes } from "../engine/export/audit";
import { PackSession } from "../engine/session";
import type { PackSessionOptions } from "../engine/session";
import type { ReportDocument, RunReport } from "../engine/types";
import type { Progress, ProgressStream } from "./progress";

export interface AuditIO {
    stderr: ProgressStream;
    cwd: string;
    stdin?: () => string;
}

/** Folders a directory walk never enters: dependencies and hidden ones (.git, .pulumi). */
const SKIPPED_DIRS = new Set(["node_modules"]);

/** The export files the targets name: files as given, directories as their .json files. Checks each exists. */
export function exportFiles(targets: readonly string[], cwd: string): string[] {
    const files: string[] = [];
    for (const target of targets) {
        if (target === "-") {
            files.push(target);
            continue;
        }
        const abs = path.resolve(cwd, target);
        let stat: fs.Stats;
        try {
            stat = fs.statSync(abs);
        } catch {
            throw new InputError(`stack export ${target} does not exist; create one with \`pulumi stack export --file ${path.basename(target)}\``);
        }
        if (!stat.isDirectory()) {
            files.push(target);
            continue;
        }
        const found = walk(abs).map((f) => path.join(target, path.relative(abs, f)));
        if (found.length === 0) {
            throw new InputError(`directory ${target} holds no .json file; put \`pulumi stack export --file STACK.json\` files there`);
        }
        files.push(...found);
    }
    return files;
}

function walk(dir: string): string[] {
    let entries: fs.Dirent[];
    try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
        throw new InputError(`cannot read directory ${dir}: ${firstLine(errorMessage(e))}`);
    }
    const out: string[] = [];
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (e.name.startsWith(".")) continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
            if (!SKIPPED_DIRS.has(e.name)) out.push(...walk(full));
        } else if (e.isFile() && e.name.toLowerCase().endsWith(".json")) {
            out.push(full);
        }
    }
    return out;
}

export async function auditExports(files: readonly string[], sessionOpts: PackSessionOptions, io: AuditIO, bar: Progress): Promise<ReportDocument> {
    const read = (i: number): LoadedExport => {
        const loaded = readStackExport(files[i], io.cwd, io.stdin);
        if (loaded.pendingOperations.length > 0) {
            const name = files[i] === "-" ? "standard input" : files[i];
            const ops = loaded.pendingOperations.map((o) => `${o.operation} ${o.urn}`).join(", ");
            io.stderr.write(`eu-sovereignty: ${name} has ${loaded.pendingOperations.length} pending operation(s) from an interrupted update (${ops}); their resources are not audited; run \`pulumi refresh\` and export again for the settled state\n`);
        }
        return loaded;
    };
    // The first export is read before the pack starts, so a bad one fails fast.
    let current: LoadedExport | undefined = read(0);
    const session = await PackSession.start({ ...sessionOpts, stack: stackContextOfExport(current) });
    try {
        const runs: RunReport[] = [];
        for (let i = 0; current; i++) {
            const loaded: LoadedExport = current;
            if (files.length > 1) bar.status(`auditing ${files[i] === "-" ? "standard input" : files[i]} (${i + 1} of ${files.length})...`);
            await session.configureStack(stackContextOfExport(loaded));
            const judging = session.analyzeResources(loaded.resources, {
                ...EXPORT_ANALYSIS,
                source: loaded.source,
                onProgress: (done, total) => bar.update(done, total),
            });
            // Read the next export while the pack process judges this one; a bad file still
            // waits for the judging in flight, so nothing is left running.
            let next: LoadedExport | undefined;
            let failure: unknown;
            if (i + 1 < files.length) {
                try {
                    next = read(i + 1);
                } catch (e) {
                    failure = e;
                }
            }
            runs.push(withExportNotes(await judging, loaded));
            if (failure !== undefined) throw failure;
            current = next;
        }
        return buildDocument(session.pack, runs);
    } finally {
        await session.stop();
    }
}
