// The layout rule of test/ (docs/architecture.md#tests) as checks over a repository root, for
// test/integration/layout.test.ts.
import * as fs from "fs";
import * as path from "path";

/** Roots of test/ that mirror a source folder, with that folder (relative to the repository). */
const MIRRORS: Record<string, string> = {
    policies: "policies/src",
    engine: "src/engine",
    cli: "src/cli",
    components: "components",
    scripts: "scripts",
};
/** Roots that mirror nothing. */
const FREE = ["integration", "helpers", "fixtures"];
/** Files allowed at test/ itself. */
const TOP_FILES = ["mocharc.unit.json"];

/** Paths (posix, relative to dir) of every file under dir. */
function filesUnder(dir: string, rel = ""): string[] {
    return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
        const p = rel ? `${rel}/${e.name}` : e.name;
        return e.isDirectory() ? filesUnder(dir, p) : [p];
    });
}

/** Folders (posix, relative to dir) under dir, fixtures' insides aside. */
function foldersUnder(dir: string, rel = ""): string[] {
    return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => {
        const p = rel ? `${rel}/${e.name}` : e.name;
        return [p, ...foldersUnder(dir, p)];
    });
}

/** What is out of place under root/test: one line per file or folder. */
export function layoutProblems(root: string): string[] {
    const test = path.join(root, "test");
    const problems: string[] = [];
    for (const f of filesUnder(test)) {
        const top = f.split("/")[0];
        if (f === top ? !TOP_FILES.includes(f) : !(top in MIRRORS) && !FREE.includes(top)) {
            problems.push(`test/${f} is outside the allowed roots (${[...Object.keys(MIRRORS), ...FREE].join(", ")})`);
        }
    }
    for (const [top, source] of Object.entries(MIRRORS)) {
        if (!fs.existsSync(path.join(test, top))) continue;
        for (const d of foldersUnder(path.join(test, top))) {
            if (!fs.existsSync(path.join(root, source, d))) problems.push(`test/${top}/${d} names no folder ${source}/${d}`);
        }
    }
    return problems;
}

/** A mocha spec glob (`*`, `**`) as a regular expression over posix paths. */
function globRegExp(glob: string): RegExp {
    const body = glob.split("/").map((part) => (part === "**" ? "(?:[^/]+/)*" : `${part.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}/`)).join("");
    return new RegExp(`^${body.slice(0, -1)}$`);
}

/** What starts a pack or a CLI run in a test file (packs.ts's useSession starts the pack). */
const CHILD_PROCESS = /\b(useSession|runCli|runBin|PackSession|checkProgram|loadProgram|execFileSync|spawnSync|spawn)\b/;

/** Problems of root/test/mocharc.unit.json: names that match no file, and files of the set that run a child process. */
export function unitSetProblems(root: string): string[] {
    const config = JSON.parse(fs.readFileSync(path.join(root, "test", "mocharc.unit.json"), "utf8")) as { spec: string[]; exclude: string[] };
    const files = filesUnder(path.join(root, "test")).map((f) => `test/${f}`);
    const problems: string[] = [];
    for (const name of [...config.spec, ...config.exclude]) {
        if (!files.some((f) => globRegExp(name).test(f))) problems.push(`test/mocharc.unit.json names ${name}, which matches no file`);
    }
    const excluded = new Set(config.exclude);
    for (const f of files.filter((x) => config.spec.some((s) => globRegExp(s).test(x)) && !excluded.has(x))) {
        const hit = CHILD_PROCESS.exec(fs.readFileSync(path.join(root, f), "utf8"));
        if (hit) problems.push(`${f} is in the unit set but calls ${hit[1]}: list it in the exclude of test/mocharc.unit.json`);
    }
    return problems;
}
