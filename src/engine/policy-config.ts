// Policy pack configuration as the Pulumi CLI handles it: the --policy-pack-config format, the
// schema defaults, the "all" shorthand, and validation against each policy's configSchema before
// Configure is sent (pkg/resource/analyzer/config.go in pulumi/pulumi).
import * as fs from "fs";
import Ajv from "ajv";
import type { ErrorObject, ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { InputError, PackError, errorMessage, firstLine } from "./errors";
import type { EnforcementLevel } from "./types";

/** The JSON object of a `--policy-pack-config` file: policy name → level, or object with level and properties. */
export type PolicyPackConfig = Record<string, unknown>;

export const ENFORCEMENT_LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

export interface PolicyConfigEntry {
    enforcementLevel?: EnforcementLevel;
    properties?: Record<string, unknown>;
}

export interface ResolvedPolicyConfig {
    enforcementLevel: EnforcementLevel;
    properties?: Record<string, unknown>;
}

/** What reconciliation needs to know about a policy. */
export interface PolicyMeta {
    name: string;
    enforcementLevel: EnforcementLevel;
    configSchema?: { properties: Record<string, unknown>; required?: string[] };
}

/** One source of configuration, applied in order (the pack's initial config, a preset, a file). */
export interface ConfigLayer {
    entries: Record<string, PolicyConfigEntry>;
    source: string;
}

export function isEnforcementLevel(v: unknown): v is EnforcementLevel {
    return typeof v === "string" && (ENFORCEMENT_LEVELS as readonly string[]).includes(v);
}

const LEVELS_TEXT = ENFORCEMENT_LEVELS.join(", ");

/** Parses the --policy-pack-config format (a level string, or an object with enforcementLevel and properties). */
export function parsePolicyPackConfig(raw: unknown, source: string): Record<string, PolicyConfigEntry> {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
        throw new InputError(`${source}: a policy pack config must be a JSON object mapping policy names to a level or an object`);
    }
    const result: Record<string, PolicyConfigEntry> = {};
    for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
        let entry: PolicyConfigEntry;
        if (typeof value === "string") {
            if (!isEnforcementLevel(value)) {
                throw new InputError(`${source}: ${JSON.stringify(value)} for policy "${name}" is not an enforcement level (${LEVELS_TEXT})`);
            }
            entry = { enforcementLevel: value };
        } else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
            const { enforcementLevel, ...properties } = value as Record<string, unknown>;
            if (enforcementLevel !== undefined && !isEnforcementLevel(enforcementLevel)) {
                throw new InputError(`${source}: enforcementLevel ${JSON.stringify(enforcementLevel)} for policy "${name}" is not one of ${LEVELS_TEXT}`);
            }
            entry = {};
            if (enforcementLevel !== undefined) {
                entry.enforcementLevel = enforcementLevel;
            }
            if (Object.keys(properties).length > 0) {
                entry.properties = properties;
            }
        } else {
            throw new InputError(`${source}: the value for policy "${name}" must be an enforcement level or an object`);
        }
        // Like the CLI, empty entries are dropped.
        if (entry.enforcementLevel !== undefined || entry.properties !== undefined) {
            result[name] = entry;
        }
    }
    return result;
}

/** Reads a --policy-pack-config file. */
export function readPolicyPackConfigFile(file: string): Record<string, PolicyConfigEntry> {
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
        throw new InputError(`config file ${file} does not exist`);
    }
    const text = fs.readFileSync(file, "utf8");
    if (text.trim() === "") {
        return {};
    }
    let raw: unknown;
    try {
        raw = JSON.parse(text);
    } catch (e) {
        throw new InputError(`config file ${file} is not valid JSON: ${firstLine(errorMessage(e))}`);
    }
    return parsePolicyPackConfig(raw, `config file ${file}`);
}

/**
 * Defaults from each policy (level and schema defaults), then each layer on top, then validation of
 * every policy's properties against its schema. Names that are not policies of the pack (except
 * "all") are rejected: a silently ignored setting is a compliance gap.
 */
export function reconcilePolicyConfig(packName: string, policies: readonly PolicyMeta[], layers: readonly ConfigLayer[]): Record<string, ResolvedPolicyConfig> {
    const result: Record<string, ResolvedPolicyConfig> = {};
    for (const p of policies) {
        const defaults: Record<string, unknown> = {};
        for (const [k, schema] of Object.entries(p.configSchema?.properties ?? {})) {
            if (typeof schema === "object" && schema !== null && "default" in schema) {
                defaults[k] = (schema as { default: unknown }).default;
            }
        }
        result[p.name] = { enforcementLevel: p.enforcementLevel };
        if (Object.keys(defaults).length > 0) {
            result[p.name].properties = defaults;
        }
    }
    const names = new Set(policies.map((p) => p.name));
    for (const layer of layers) {
        const all = layer.entries.all?.enforcementLevel;
        if (all) {
            for (const name of Object.keys(result)) {
                result[name] = { ...result[name], enforcementLevel: all };
            }
        }
        for (const [name, given] of Object.entries(layer.entries)) {
            if (name === "all") {
                refuseUnknownKeys(layer.source, undefined, given);
                continue;
            }
            if (!names.has(name)) {
                const known = [...names].sort().join(", ") || "none";
                throw new InputError(`${layer.source} configures policy "${name}", which pack ${packName} does not have (its policies: ${known})`);
            }
            refuseUnknownKeys(layer.source, policies.find((p) => p.name === name), given);
            const current = result[name];
            result[name] = {
                enforcementLevel: given.enforcementLevel ?? current.enforcementLevel,
                properties: given.properties ? { ...current.properties, ...given.properties } : current.properties,
            };
            if (result[name].properties === undefined) {
                delete result[name].properties;
            }
        }
    }
    const sources = layers.map((l) => l.source).filter((s) => !s.startsWith("the pack")).join(" + ") || "defaults";
    for (const p of policies) {
        if (!p.configSchema) {
            continue;
        }
        const validate = compile(packName, p);
        if (!validate(result[p.name].properties ?? {})) {
            throw new InputError(`invalid config for policy "${p.name}" (${sources}): ${describeErrors(validate.errors ?? [])}`);
        }
    }
    return result;
}

/**
 * A key the policy does not define is a typo the CLI would pass on and the policy would ignore
 * (`enforcementLevle`): refused, with the keys that exist. "all" takes only a level.
 */
function refuseUnknownKeys(source: string, p: PolicyMeta | undefined, given: PolicyConfigEntry): void {
    const valid = ["enforcementLevel", ...Object.keys(p?.configSchema?.properties ?? {})];
    const unknown = Object.keys(given.properties ?? {}).filter((k) => !valid.includes(k));
    if (unknown.length === 0) {
        return;
    }
    const keys = unknown.map(shownKey).join(", ");
    const closest = unknown.length === 1 ? nearest(unknown[0], valid) : undefined;
    const hint = closest ? ` (did you mean \`${closest}\`?)` : "";
    throw new InputError(`${source}: policy "${p?.name ?? "all"}" has no config ${unknown.length === 1 ? "key" : "keys"} ${keys}${hint}; ` +
        `its keys are ${valid.map((k) => `\`${k}\``).join(", ")}`);
}

function shownKey(k: string): string {
    return `\`${k.replace(/[^\w.$-]/g, "?").slice(0, 60)}\``;
}

/** The valid key at the smallest edit distance, when it is close enough to be a typo. */
function nearest(word: string, candidates: readonly string[]): string | undefined {
    let best: string | undefined;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}

function editDistance(a: string, b: string): number {
    if (Math.abs(a.length - b.length) > 3 || a.length > 64 || b.length > 64) {
        return Infinity;
    }
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = row;
    }
    return prev[b.length];
}

function compile(packName: string, p: PolicyMeta): ValidateFunction {
    // Unknown keys are refused by refuseUnknownKeys with a better message; this is the backstop.
    const schema: Record<string, unknown> = { type: "object", additionalProperties: false };
    if (p.configSchema && Object.keys(p.configSchema.properties).length > 0) {
        schema.properties = p.configSchema.properties;
    }
    if (p.configSchema?.required?.length) {
        schema.required = p.configSchema.required;
    }
    try {
        return ajv().compile(schema);
    } catch (e) {
        throw new PackError(`policy "${p.name}" of pack ${packName} has an invalid config schema: ${firstLine(errorMessage(e))}`);
    }
}

let ajvInstance: Ajv | undefined;
function ajv(): Ajv {
    if (!ajvInstance) {
        ajvInstance = new Ajv({ allErrors: true, strict: false, verbose: true });
        addFormats(ajvInstance);
    }
    return ajvInstance;
}

/** Errors in words that say what to write; ajv's own wording only as a last resort. */
export function describeErrors(errors: readonly ErrorObject[]): string {
    // An anyOf reports each failed branch and then itself: the summary is enough.
    const anyOf = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
    // A missing required key also fails a minimum key count: the required key is what to add.
    const required = new Set(errors.filter((e) => e.keyword === "required").map((e) => e.instancePath));
    const kept = errors.filter((e) => !(anyOf.has(e.instancePath) && e.schemaPath.includes("/anyOf/")) &&
        !(e.keyword === "minProperties" && required.has(e.instancePath)));
    return [...new Set(kept.map(describeError))].join("; ");
}

function describeError(e: ErrorObject): string {
    const where = pathOf(e.instancePath);
    const params = e.params as Record<string, unknown>;
    const parent = (e.parentSchema ?? {}) as { properties?: Record<string, unknown>; required?: string[]; description?: string };
    const present = typeof e.data === "object" && e.data !== null ? Object.keys(e.data) : [];
    const keys = (list: readonly string[]): string => list.map((k) => `\`${k}\``).join(", ");
    switch (e.keyword) {
        case "additionalProperties": {
            const valid = Object.keys(parent.properties ?? {});
            const closest = nearest(String(params.additionalProperty), valid);
            const hint = closest ? ` (did you mean \`${closest}\`?)` : "";
            return `${where} has an unknown key ${shownKey(String(params.additionalProperty))}${hint}${valid.length > 0 ? `; its keys are ${keys(valid)}` : ""}`;
        }
        case "required":
            return `${where} needs \`${String(params.missingProperty)}\``;
        case "minProperties": {
            // With the keys fixed by additionalProperties, a minimum count means "at least one of the optional keys".
            const optional = Object.keys(parent.properties ?? {}).filter((k) => !(parent.required ?? []).includes(k) && !present.includes(k));
            const missing = Number(params.limit) - present.length;
            if (optional.length > 0 && missing === 1) {
                return `${where} needs one of ${keys(optional)}`;
            }
            return `${where} needs at least ${String(params.limit)} keys`;
        }
        case "pattern":
        case "format":
            return `${where} is ${shownValue(e.data)}, not ${parent.description ? describedAs(parent.description) : `in the expected form (${e.message ?? "invalid"})`}`;
        case "enum":
            return `${where} is ${shownValue(e.data)}; write one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
        default:
            return `${where} ${e.message ?? "is invalid"}`;
    }
}

/** exemptions[0].expires, or "the config" for the whole object. */
function pathOf(instancePath: string): string {
    if (instancePath === "") {
        return "the config";
    }
    const parts = instancePath.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
    return parts.map((p, i) => (/^[0-9]+$/.test(p) ? `[${p}]` : `${i > 0 ? "." : ""}${p}`)).join("");
}

/** "Expiry: an ISO 8601 date..." → "an ISO 8601 date..." (a schema description names what is wanted). */
function describedAs(description: string): string {
    return description.replace(/^[^:]{1,20}:\s*/, "").replace(/\.$/, "");
}

function shownValue(v: unknown): string {
    const text = JSON.stringify(v) ?? String(v);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
