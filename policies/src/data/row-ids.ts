// Stable row ids, as Checkov's CKV_… ids: EUK-… key rows, EUT-… transit rows, EUR-… replica rows,
// EUF-… open-format entries (data/open-formats.ts).
// A finding a row decides ends with its id in brackets ("… Fix: … [EUK-AWS-101]"); reports, SARIF and
// exemptions (`row: "EUK-AWS-1*"`) read it from there. Ids are never renumbered or reused.

/** The form every row id has. */
export const ROW_ID = /^EU[A-Z]-[A-Z]{2,5}-\d{3}$/;

const CITED = /\[(EU[A-Z]-[A-Z]{2,5}-\d{3})\]/g;

/** The row a message cites (the last bracketed id), or undefined. */
export function citedRow(message: string): string | undefined {
    let last: string | undefined;
    for (const m of message.matchAll(CITED)) last = m[1];
    return last;
}

/** " [ID]" to append to a message, or "" when no row decided it. */
export function cite(id: string | undefined): string {
    return id === undefined ? "" : ` [${id}]`;
}
