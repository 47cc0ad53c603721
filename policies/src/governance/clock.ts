// "Now" for exemption expiry. EU_SOVEREIGNTY_TODAY (YYYY-MM-DD or an ISO 8601 date-time with a
// time zone) pins it, read once when the pack starts, so CI runs and tests give the same verdicts
// whatever the real date; unset, the real clock is used. An invalid value fails closed: no
// exemption applies and violations say why.
import { parseIsoInstant } from "./dates";

export const todayVariable = "EU_SOVEREIGNTY_TODAY";

export type Now = { ms: number; error?: undefined } | { ms?: undefined; error: string };

let pinned: Now | undefined = fromVariable(process.env[todayVariable]);

function fromVariable(value: string | undefined): Now | undefined {
    if (value === undefined || value.trim() === "") return undefined;
    const parsed = parseIsoInstant(value.trim());
    return parsed === undefined
        ? { error: `${todayVariable} is not a valid ISO 8601 date (YYYY-MM-DD)` }
        : { ms: parsed.start };
}

export function now(): Now {
    return pinned ?? { ms: Date.now() };
}

/** Pins "now" as EU_SOVEREIGNTY_TODAY would (undefined restores the real clock). For tests. */
export function setToday(value: string | undefined): void {
    pinned = fromVariable(value);
}
