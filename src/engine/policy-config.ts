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
                continue;
            }
            if (!names.has(name)) {
                const known = [...names].sort().join(", ") || "none";
                throw new InputError(`${layer.source} configures policy "${name}", which pack ${packName} does not have (its policies: ${known})`);
            }
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

function compile(packName: string, p: PolicyMeta): ValidateFunction {
    const schema: Record<string, unknown> = { type: "object" };
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
        ajvInstance = new Ajv({ allErrors: true, strict: false });
        addFormats(ajvInstance);
    }
    return ajvInstance;
}

function describeErrors(errors: readonly ErrorObject[]): string {
    return errors.map((e) => {
        const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "config";
        const allowed = e.keyword === "enum" ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")})` : "";
        return `${where} ${e.message ?? "is invalid"}${allowed}`;
    }).join("; ");
}
