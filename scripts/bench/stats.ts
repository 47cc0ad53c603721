// Small numeric helpers for the benchmark: medians, ratios, process CPU time, machine facts.
import * as fs from "fs";
import * as os from "os";

export function median(values: readonly number[]): number {
    if (values.length === 0) {
        return NaN;
    }
    const s = [...values].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function round(value: number, digits = 0): number {
    const f = 10 ** digits;
    return Math.round(value * f) / f;
}

/** A ratio rounded to two decimals; NaN when the base is not positive. */
export function ratio(value: number, base: number): number {
    return base > 0 ? round(value / base, 2) : NaN;
}

/** CPU time (user + system) a process has used so far, in ms; undefined when /proc is not there. */
export function processCpuMs(pid: number): number | undefined {
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        // Fields after the command name (which may contain spaces) start at ") ".
        const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
        const ticks = Number(fields[11]) + Number(fields[12]);
        return (ticks * 1000) / clockTicks();
    } catch {
        return undefined;
    }
}

// USER_HZ is 100 on every Linux the bench is meant for; getconf is not worth a child process.
const clockTicks = (): number => 100;

export interface Machine {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    platform: string;
    /** 1-minute load average when the bench started and ended: other work on the machine skews wall times. */
    loadAverage: { start: number; end?: number };
}

export function machine(): Machine {
    const cpus = os.cpus();
    return {
        cpus: cpus.length,
        cpuModel: cpus[0]?.model.trim() ?? "unknown",
        memoryGiB: round(os.totalmem() / 1024 ** 3, 1),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        loadAverage: { start: round(os.loadavg()[0], 2) },
    };
}

export function loadAverage(): number {
    return round(os.loadavg()[0], 2);
}
