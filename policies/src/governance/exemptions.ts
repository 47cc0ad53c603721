// Exemptions: written-down, expiring waivers in a policy's config. Each entry names the resources it
// covers (URN, name and/or type glob patterns: all given must match), a reason and an expiry. The
// config schema rejects malformed entries at `--policy-pack-config` time; the same rules are applied
// again here, and an entry that fails them exempts nothing (fail closed).
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import { isoDateHint, isoDatePattern, parseIsoInstant } from "./dates";
import { globMatch } from "./glob";

/** The fields an exemption may match on; the engine's reports read the same list (src/cli/render). */
export const EXEMPTION_MATCHERS = ["urn", "name", "type", "row"] as const;
const matchers = EXEMPTION_MATCHERS;
type Matcher = (typeof matchers)[number];
const fields: ReadonlySet<string> = new Set([...matchers, "reason", "expires"]);

const maxReason = 500;
const maxPattern = 1000;

const pattern = (what: string): PolicyConfigJSONSchema => ({
    type: "string",
    minLength: 1,
    maxLength: maxPattern,
    description: `Glob pattern for the resource's ${what} (\`*\` any characters, \`?\` one).`,
});

/** The `exemptions` property added to every policy's config schema. */
export const exemptionsSchema: PolicyConfigJSONSchema = {
    type: "array",
    description:
        "Waivers for this policy: each names resources (urn, name and/or type glob patterns) and/or the row a finding cites (row, e.g. EUK-AWS-101); at least one, all given must match; " +
        "a reason and an expiry (YYYY-MM-DD, valid through that day in UTC, or an ISO 8601 date-time with time zone). " +
        "A waived violation is reported as an advisory by exempted-violations; after the expiry the violation is enforced again.",
    maxItems: 1000,
    items: {
        type: "object",
        properties: {
            urn: pattern("URN"),
            name: pattern("name"),
            type: pattern("type token, e.g. aws:rds/*"),
            row: pattern("row id the finding cites, e.g. EUK-AWS-101 or EUK-AZ-*"),
            reason: { type: "string", minLength: 1, maxLength: maxReason, pattern: "\\S", description: "Why the waiver exists (ticket, risk acceptance)." },
            expires: { type: "string", pattern: isoDatePattern, description: `Expiry: ${isoDateHint}.` },
        },
        required: ["reason", "expires"],
        // reason + expires + at least one matcher: additionalProperties below allows nothing else. The
        // SDK's schema type has no anyOf, so "one of urn, name, type, row" is a property count; the offline
        // engine words the error as "needs one of `urn`, `name`, `type`, `row`".
        minProperties: 3,
        additionalProperties: false,
    },
};

export interface Exemption {
    /** 1-based position in the config list, for messages. */
    position: number;
    patterns: Partial<Record<Matcher, string>>;
    reason: string;
    /** As written, for messages. */
    expires: string;
    /** When it stops applying (ms since epoch). */
    until: number;
}

export interface Malformed {
    position: number;
    problem: string;
}

export interface Exemptions {
    valid: readonly Exemption[];
    malformed: readonly Malformed[];
}

export interface Target {
    urn: string;
    name: string;
    type: string;
    /** The row id the finding cites, if a row decided it. */
    row?: string;
}

const none: Exemptions = { valid: [], malformed: [] };

/** Reasons are printed in messages: one line, no control characters, bounded. */
export function cleanReason(reason: string): string {
    return reason.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim().slice(0, maxReason);
}

function parseEntry(entry: unknown, position: number): Exemption | Malformed {
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return { position, problem: "not an object" };
    const e = entry as Record<string, unknown>;
    const unknownField = Object.keys(e).find((k) => !fields.has(k));
    if (unknownField !== undefined) return { position, problem: `unknown field "${unknownField.replace(/[^\w-]/g, "?").slice(0, 40)}"` };
    const patterns: Partial<Record<Matcher, string>> = {};
    for (const m of matchers) {
        const v = e[m];
        if (v === undefined) continue;
        if (typeof v !== "string" || v.length === 0 || v.length > maxPattern) return { position, problem: `\`${m}\` is not a non-empty pattern` };
        patterns[m] = v;
    }
    if (Object.keys(patterns).length === 0) return { position, problem: "no matcher (give `urn`, `name`, `type` or `row`)" };
    if (typeof e.reason !== "string" || cleanReason(e.reason) === "") return { position, problem: "missing `reason`" };
    if (typeof e.expires !== "string") return { position, problem: "missing `expires`" };
    const instant = parseIsoInstant(e.expires);
    if (instant === undefined) return { position, problem: `\`expires\` is not ${isoDateHint}` };
    return { position, patterns, reason: cleanReason(e.reason), expires: e.expires, until: instant.end };
}

// The SDK hands each call a fresh config object but the same `exemptions` array: memoise on it.
const parsed = new WeakMap<object, Exemptions>();

export function parseExemptions(value: unknown): Exemptions {
    if (value === undefined || value === null) return none;
    if (!Array.isArray(value)) return { valid: [], malformed: [{ position: 0, problem: "`exemptions` is not a list" }] };
    const hit = parsed.get(value);
    if (hit) return hit;
    const valid: Exemption[] = [];
    const malformed: Malformed[] = [];
    value.forEach((entry: unknown, i) => {
        const r = parseEntry(entry, i + 1);
        if ("problem" in r) malformed.push(r);
        else valid.push(r);
    });
    const result = { valid, malformed };
    parsed.set(value, result);
    return result;
}

export function matches(e: Exemption, t: Target): boolean {
    for (const m of matchers) {
        const p = e.patterns[m];
        // A `row` pattern never matches a finding that cites no row.
        if (p !== undefined && !globMatch(p, t[m] ?? "")) return false;
    }
    return true;
}

/** Name and type from a URN (urn:pulumi:stack::project::parent$type::name), for stack findings. */
export function targetOfUrn(urn: string): Target {
    const parts = urn.split("::");
    if (parts.length < 4) return { urn, name: "", type: "" };
    const qualified = parts[2];
    return { urn, name: parts.slice(3).join("::"), type: qualified.slice(qualified.lastIndexOf("$") + 1) };
}

export type Decision =
    | { kind: "exempt"; exemption: Exemption }
    | { kind: "expired"; exemption: Exemption }
    | { kind: "none" };

/** The live exemption covering the target that lasts longest, else the most recently expired one. */
export function decide(exemptions: Exemptions, t: Target, nowMs: number): Decision {
    let live: Exemption | undefined;
    let expired: Exemption | undefined;
    for (const e of exemptions.valid) {
        if (!matches(e, t)) continue;
        if (nowMs < e.until) {
            if (!live || e.until > live.until) live = e;
        } else if (!expired || e.until > expired.until) {
            expired = e;
        }
    }
    if (live) return { kind: "exempt", exemption: live };
    if (expired) return { kind: "expired", exemption: expired };
    return { kind: "none" };
}
