// The processes the engine started (policy packs, programs), so that a CLI stopped by a signal can
// stop them too: a signal sent to the CLI's process alone does not reach them.
import type { ChildProcess } from "child_process";

const live = new Set<ChildProcess>();

export function trackChild(child: ChildProcess): void {
    live.add(child);
    child.once("exit", () => live.delete(child));
}

/** Kills every child still running. Synchronous: safe in a signal handler just before exiting. */
export function killChildren(): void {
    for (const c of live) {
        try {
            c.kill("SIGKILL");
        } catch {
            // Already gone.
        }
    }
    live.clear();
}

/** How many children are running (tests). */
export function liveChildren(): number {
    return live.size;
}
