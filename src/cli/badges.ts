// --badge: an SVG badge per stack (src/cli/render/badge.ts). A path ending in .svg is one file and
// takes one stack; any other path is a directory (made if missing) that gets <project>-<stack>.svg
// per stack. Checked before any work starts, as -o is.
import * as fs from "fs";
import * as path from "path";
import { InputError, errorMessage, firstLine } from "../engine/errors";
import type { ReportDocument, RunReport } from "../engine/types";
import { prepareOutput } from "./output";
import { badgeSvg } from "./render/badge";
import { runTitle } from "./render/common";
import { labelOf } from "./render/label";

export interface BadgeTarget {
    /** Absolute path of the file or directory. */
    path: string;
    shown: string;
    kind: "file" | "directory";
}

/** Resolves and checks --badge for `stacks` stacks (undefined when not yet known). */
export function badgeTarget(arg: string, cwd: string, stacks?: number): BadgeTarget {
    const abs = path.resolve(cwd, arg);
    const kind = /\.svg$/i.test(arg) ? "file" : "directory";
    if (kind === "file") {
        if (stacks !== undefined && stacks > 1) {
            throw new InputError(`--badge ${arg} is one file, but ${stacks} stacks are audited; give a directory for one badge per stack`);
        }
        prepareOutput(abs, arg);
    } else {
        if (fs.existsSync(abs) && !fs.statSync(abs).isDirectory()) {
            throw new InputError(`--badge ${arg} is neither a directory nor a .svg file name`);
        }
        prepareOutput(path.join(abs, "badge.svg"), arg);
    }
    return { path: abs, shown: arg, kind };
}

/** The file name of a run's badge: project and stack, in characters safe in any file system. */
export function badgeName(run: RunReport): string {
    const base = run.source.stack
        ? [run.source.project, run.source.stack].filter(Boolean).join("-")
        : path.basename(run.source.path ?? "stack", ".json");
    return `${base.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^\.+/, "_") || "stack"}.svg`;
}

/** Writes the badges; returns the files written (absolute). */
export function writeBadges(doc: ReportDocument, target: BadgeTarget, cwd: string): string[] {
    if (target.kind === "file" && doc.runs.length !== 1) {
        throw new InputError(`--badge ${target.shown} is one file, but the report has ${doc.runs.length} stacks; give a directory`);
    }
    const used = new Set<string>();
    const written: string[] = [];
    for (const run of doc.runs) {
        let file = target.path;
        if (target.kind === "directory") {
            const name = badgeName(run);
            let unique = name;
            for (let n = 2; used.has(unique); n++) unique = name.replace(/\.svg$/, `-${n}.svg`);
            used.add(unique);
            file = path.join(target.path, unique);
        }
        try {
            fs.writeFileSync(file, badgeSvg(labelOf(run, doc.pack).level, runTitle(run, cwd)));
        } catch (e) {
            throw new InputError(`cannot write the badge to ${path.relative(cwd, file) || file}: ${firstLine(errorMessage(e))}`);
        }
        written.push(file);
    }
    return written;
}
