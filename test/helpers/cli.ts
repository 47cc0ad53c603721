// Runs the CLI in-process with captured output.
import { main } from "../../src/cli/main";

export interface CliResult {
    code: number;
    stdout: string;
    stderr: string;
}

export interface CliRunOptions {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    /** Pretend stdout/stderr are terminals. */
    tty?: boolean;
}

export async function runCli(argv: string[], opts: CliRunOptions = {}): Promise<CliResult> {
    let stdout = "";
    let stderr = "";
    const code = await main(argv, {
        stdout: { isTTY: opts.tty ?? false, write: (s: string) => (stdout += s) },
        stderr: { isTTY: opts.tty ?? false, write: (s: string) => (stderr += s) },
        env: opts.env ?? {},
        cwd: opts.cwd ?? process.cwd(),
    });
    return { code, stdout, stderr };
}
