// A progress line on stderr for long runs, only when stderr is a terminal.

export interface ProgressStream {
    isTTY?: boolean;
    write(chunk: string): unknown;
}

export interface Progress {
    update(done: number, total: number): void;
    /** Shows a line without counts (e.g. while the program runs). */
    status(text: string): void;
    done(): void;
}

const QUIET: Progress = { update: () => undefined, status: () => undefined, done: () => undefined };

/** Updates at most every 100 ms, and only once a run has taken a second. */
export function progress(stream: ProgressStream, now: () => number = Date.now): Progress {
    if (!stream.isTTY) {
        return QUIET;
    }
    const started = now();
    let last = 0;
    let shown = false;
    const show = (text: string): void => {
        stream.write(`\r\u001b[K${text}`);
        shown = true;
    };
    return {
        update(done, total) {
            const t = now();
            if (t - started < 1000 || (t - last < 100 && done < total)) {
                return;
            }
            last = t;
            show(`analyzing: ${done}/${total} resources (${Math.floor((100 * done) / Math.max(total, 1))}%)`);
        },
        status(text) {
            show(text);
        },
        done() {
            if (shown) {
                stream.write("\r\u001b[K");
                shown = false;
            }
        },
    };
}
