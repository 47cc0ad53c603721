// Command-line parsing: a command, its targets, and the options (`--opt value` or `--opt=value`).
import { InputError } from "../engine/errors";
import { RENDERERS } from "./render";

/** The report formats; each one needs its renderer in RENDERERS (src/cli/render/index.ts). */
export type Format = "text" | "json" | "sarif" | "markdown" | "html" | "credential";
/** Derived from the renderers, so a format is offered exactly when it can be rendered. */
export const FORMATS: readonly Format[] = Object.keys(RENDERERS) as Format[];

export interface CliArgs {
    command?: "check" | "audit";
    targets: string[];
    config?: string;
    preset?: string;
    format: Format;
    output?: string;
    /** An SVG badge per stack: a .svg file (one stack) or a directory. */
    badge?: string;
    /** The credential's issuer (--format credential): a URL, DID or URN. */
    issuer?: string;
    stack?: string;
    pack?: string;
    /** A JSON file answering the program's invokes (check). */
    invokes?: string;
    /** Seconds a program may run, and a pack may take to start. */
    timeout?: number;
    color: boolean;
    /** Text report: mandatory findings only, or every message in full. */
    detail: "quiet" | "normal" | "verbose";
    help: boolean;
    version: boolean;
}

const VALUE_OPTIONS: Record<string, keyof CliArgs> = {
    "--config": "config",
    "--policy-pack-config": "config",
    "--preset": "preset",
    "--format": "format",
    "-f": "format",
    "--output": "output",
    "-o": "output",
    "--badge": "badge",
    "--issuer": "issuer",
    "--stack": "stack",
    "-s": "stack",
    "--pack": "pack",
    "--policy-pack": "pack",
    "--timeout": "timeout",
    "--invokes": "invokes",
};

const HINT = "run `eu-sovereignty --help` for usage";

export function parseArgs(argv: readonly string[]): CliArgs {
    const args: CliArgs = { targets: [], format: "text", color: true, detail: "normal", help: false, version: false };
    const seen = new Set<string>();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === "--") {
            args.targets.push(...argv.slice(i + 1));
            break;
        }
        if (arg === "--help" || arg === "-h") {
            args.help = true;
            continue;
        }
        if (arg === "--version" || arg === "-v") {
            args.version = true;
            continue;
        }
        if (arg === "--no-color") {
            args.color = false;
            continue;
        }
        if (arg === "--quiet" || arg === "-q" || arg === "--verbose") {
            const detail = arg === "--verbose" ? "verbose" : "quiet";
            if (args.detail !== "normal" && args.detail !== detail) {
                throw new InputError("--quiet and --verbose cannot be combined");
            }
            args.detail = detail;
            continue;
        }
        if (arg.startsWith("-") && arg !== "-") {
            const eq = arg.indexOf("=");
            const name = eq > 0 ? arg.slice(0, eq) : arg;
            const key = VALUE_OPTIONS[name];
            if (!key) {
                throw new InputError(`unknown option ${name}; ${HINT}`);
            }
            let value: string | undefined;
            if (eq > 0) {
                value = arg.slice(eq + 1);
            } else {
                value = argv[++i];
                if (value === undefined || (value.startsWith("-") && value !== "-")) {
                    throw new InputError(`option ${name} needs a value; ${HINT}`);
                }
            }
            if (seen.has(key)) {
                throw new InputError(`option ${name} is given more than once`);
            }
            seen.add(key);
            setOption(args, key, name, value);
            continue;
        }
        if (!args.command && args.targets.length === 0 && !seen.has("command")) {
            if (arg === "help") {
                args.help = true;
                continue;
            }
            if (arg !== "check" && arg !== "audit") {
                throw new InputError(`unknown command "${arg}" (commands: check, audit); ${HINT}`);
            }
            args.command = arg;
            seen.add("command");
            continue;
        }
        args.targets.push(arg);
    }
    if (args.issuer !== undefined && args.format !== "credential") {
        throw new InputError("--issuer applies to --format credential only");
    }
    return args;
}

function setOption(args: CliArgs, key: keyof CliArgs, name: string, value: string): void {
    if (value === "") {
        throw new InputError(`option ${name} needs a value; ${HINT}`);
    }
    switch (key) {
        case "format":
            if (!Object.hasOwn(RENDERERS, value)) {
                throw new InputError(`unknown format "${value}"; use one of ${FORMATS.join(", ")}`);
            }
            args.format = value as Format;
            return;
        case "timeout": {
            const n = Number(value);
            if (!Number.isFinite(n) || n <= 0) {
                throw new InputError(`--timeout needs a number of seconds, not "${value}"`);
            }
            args.timeout = n;
            return;
        }
        case "issuer":
            // VC Data Model 2.0: the issuer is a URL (a DID or URN is one); no spaces, a scheme first.
            if (!/^[a-z][a-z0-9+.-]*:[^\s]+$/i.test(value)) {
                throw new InputError(`--issuer needs a URL, DID or URN (e.g. did:web:example.eu), not "${value}"`);
            }
            args.issuer = value;
            return;
        case "config":
        case "preset":
        case "output":
        case "badge":
        case "stack":
        case "pack":
        case "invokes":
            args[key] = value;
            return;
        default:
            throw new InputError(`unknown option ${name}; ${HINT}`);
    }
}
