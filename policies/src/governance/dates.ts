// ISO 8601 dates as exemptions write them: "YYYY-MM-DD" or a date-time with a time zone
// ("2026-03-31T18:00:00Z", "+01:00"). A date without a time zone would depend on where the pack
// runs, so it is not accepted. Calendar validity is checked (no 2026-02-30).

/** What the config schema accepts; the same rule is applied again at run time. */
export const isoDatePattern =
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}))?$";

const isoDate = new RegExp(isoDatePattern);
const dayMs = 24 * 60 * 60 * 1000;

export interface Instant {
    /** The instant named (start of the day for a date). */
    start: number;
    /** When something that "expires" on it stops applying: the end of the day for a date, the instant itself otherwise. */
    end: number;
}

export function parseIsoInstant(value: string): Instant | undefined {
    if (!isoDate.test(value)) return undefined;
    const [y, m, d] = [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))];
    const day = Date.UTC(y, m - 1, d);
    const check = new Date(day);
    if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
    if (value.length === 10) return { start: day, end: day + dayMs };
    const hh = Number(value.slice(11, 13));
    const mm = Number(value.slice(14, 16));
    const ss = value[16] === ":" ? Number(value.slice(17, 19)) : 0;
    const zone = /(Z|([+-])([0-9]{2}):([0-9]{2}))$/.exec(value);
    if (hh > 23 || mm > 59 || ss > 59 || !zone) return undefined;
    let offset = 0;
    if (zone[2] !== undefined) {
        const oh = Number(zone[3]);
        const om = Number(zone[4]);
        if (oh > 14 || om > 59) return undefined;
        offset = (zone[2] === "+" ? 1 : -1) * (oh * 60 + om) * 60 * 1000;
    }
    const fraction = /\.([0-9]+)/.exec(value);
    const millis = fraction ? Math.floor(Number(`0.${fraction[1]}`) * 1000) : 0;
    const ms = day + ((hh * 60 + mm) * 60 + ss) * 1000 + millis - offset;
    return { start: ms, end: ms };
}
