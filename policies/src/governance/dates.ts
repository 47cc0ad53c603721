// ISO 8601 dates as exemptions write them: "YYYY-MM-DD" or a date-time with a time zone
// ("2026-03-31T18:00:00Z", "+01:00"). A date without a time zone would depend on where the pack
// runs, so it is not accepted. Calendar validity is checked (no 2026-02-30).

// The config schema spells out the calendar (months 01-12, days per month, 29 February in leap
// years only) so that every JSON Schema validator, the Pulumi CLI's included, refuses 2026-13-45
// before the pack runs. parseIsoInstant applies the same rule again at run time.
const day31 = "(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])";
const day30 = "(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)";
const february = "02-(?:0[1-9]|1[0-9]|2[0-8])";
// Years 1000-9999. Gregorian leap years: divisible by 4 and not by 100, or divisible by 400.
const year = "[1-9][0-9]{3}";
const leapYear = "(?:[1-9][0-9](?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[13579][26])00)";
const calendarDate = `(?:${year}-(?:${day31}|${day30}|${february})|${leapYear}-02-29)`;
const time = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?";
const zone = "(?:Z|[+-](?:0[0-9]|1[0-4]):[0-5][0-9])";

/** What the config schema accepts: a real calendar date, optionally with a time and a time zone. */
export const isoDatePattern = `^${calendarDate}(?:T${time}${zone})?$`;

/** How the schema and the messages describe it. */
export const isoDateHint = "an ISO 8601 date: a real calendar day YYYY-MM-DD (valid through that day in UTC, e.g. 2026-12-31) or a date-time with a time zone (e.g. 2026-12-31T18:00:00Z)";

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
