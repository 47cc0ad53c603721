// open-data-formats: services whose data can leave only through a proprietary API or format are
// flagged with the open alternative, from the reviewed catalogue in data/open-formats.ts; each finding
// cites its entry's row id ("[EUF-AWS-001]"). Config `allow` accepts catalogue ids, row ids or type
// tokens; `deny` flags more type tokens (its findings cite no row: the config decided them).
import type { ResourceValidationPolicy } from "@pulumi/policy";
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import { cite } from "../data/row-ids";
import { formatEntriesByType, type FormatEntry, type PropertyMatch } from "../data/open-formats";
import { collect } from "../facts/read";
import { guardResource, safeType } from "./guard";
import { subject } from "./message";
import { dataAct, docUrl } from "./metadata";

const name = "open-data-formats";

interface Config {
    allow?: unknown;
    deny?: unknown;
}

const list = (description: string): PolicyConfigJSONSchema => ({
    type: "array",
    items: { type: "string", minLength: 1, maxLength: 200 },
    uniqueItems: true,
    description,
});

interface Compiled {
    entry: FormatEntry;
    when?: readonly CompiledMatch[];
    unless?: readonly CompiledMatch[];
}

interface CompiledMatch {
    path: string;
    equals: ReadonlySet<string>;
    prefixes: readonly string[];
    /** How the match is named in messages: the catalogue's own spelling, never the resource's value. */
    shown: string;
}

function compile(m: PropertyMatch): CompiledMatch {
    const shown = [...(m.equals ?? []).map((v) => `"${v}"`), ...(m.prefixes ?? []).map((p) => `"${p}…"`)].join(" or ");
    return {
        path: m.path,
        equals: new Set((m.equals ?? []).map((v) => v.toLowerCase())),
        prefixes: (m.prefixes ?? []).map((p) => p.toLowerCase()),
        shown,
    };
}

const compiled: ReadonlyMap<string, readonly Compiled[]> = new Map(
    [...formatEntriesByType].map(([type, entries]) => [type, entries.map((entry) => ({
        entry,
        when: entry.when?.map(compile),
        unless: entry.unless?.map(compile),
    }))]),
);

/** The first path whose value matches, for the message. */
function firstMatch(props: unknown, matches: readonly CompiledMatch[]): { path: string; shown: string } | undefined {
    for (const m of matches) {
        for (const f of collect(props, m.path)) {
            if (typeof f.value !== "string") continue;
            const v = f.value.toLowerCase();
            if (m.equals.has(v) || m.prefixes.some((p) => v.startsWith(p))) return { path: f.path, shown: m.shown };
        }
    }
    return undefined;
}

// The SDK hands each call a fresh config object but the same arrays: memoise on them.
const sets = new WeakMap<object, ReadonlySet<string>>();
const empty: ReadonlySet<string> = new Set();

function setOf(value: unknown): ReadonlySet<string> {
    if (!Array.isArray(value)) return empty;
    let s = sets.get(value);
    if (!s) {
        s = new Set(value.filter((v): v is string => typeof v === "string"));
        sets.set(value, s);
    }
    return s;
}

const fix = (alternative: string, id: string) =>
    `move the data to ${alternative}; or, if exports are covered another way, accept it with \`allow: ["${id}"]\` in this policy's config (or an exemption)`;

export const openDataFormats: ResourceValidationPolicy = {
    name,
    description: "Data is kept in services that export it in open, commonly used formats or speak open protocols, so the estate can switch providers as the EU Data Act intends.",
    enforcementLevel: "advisory",
    severity: "medium",
    framework: dataAct,
    tags: ["portability", "data-act", "gaia-x", "lock-in"],
    url: docUrl(name),
    remediationSteps: "Move the data to the open alternative the violation names (PostgreSQL, MySQL/MariaDB, MongoDB or Cassandra wire protocols, Kafka, AMQP, S3-compatible object storage), or choose the service's open API where it has one (Cosmos DB for MongoDB, Spanner's PostgreSQL dialect). To accept a service after review, add its catalogue id, row id or type token to `allow` in this policy's config; to flag more types, add them to `deny`.",
    configSchema: {
        properties: {
            allow: list("Catalogue ids (e.g. aws-dynamodb), row ids (e.g. EUF-AWS-001) or type tokens (e.g. aws:dynamodb/table:Table) to accept."),
            deny: list("Extra type tokens to flag as proprietary, e.g. aws:sqs/queue:Queue."),
        },
    },
    validateResource: guardResource(name, (args, report) => {
        const config = args.getConfig<Config>();
        const allow = setOf(config.allow);
        if (allow.has(args.type)) return;
        for (const c of compiled.get(args.type) ?? []) {
            if (allow.has(c.entry.id) || allow.has(c.entry.row)) continue;
            const hit = c.when ? firstMatch(args.props, c.when) : undefined;
            if (c.when && !hit) continue;
            if (c.unless && firstMatch(args.props, c.unless)) continue;
            const setting = hit ? ` (\`${hit.path}\` is ${hit.shown})` : "";
            report(`${subject(args)}: ${c.entry.service}${setting} keeps data behind a proprietary API or format: ${c.entry.rationale}. ` +
                `Rule ${name} (EU Data Act, Art 30: export in a structured, commonly used and machine-readable format). Fix: ${fix(c.entry.alternative, c.entry.id)}.${cite(c.entry.row)}`);
            return;
        }
        if (setOf(config.deny).has(args.type)) {
            report(`${subject(args)}: the type ${safeType(args.type)} is listed in this policy's \`deny\` config as keeping data behind a proprietary API or format. ` +
                `Rule ${name}. Fix: move the data to a service with an open protocol or format, or remove the type from \`deny\`.`);
        }
    }),
};
