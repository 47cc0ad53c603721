// Argument checks shared by every component. They run before `super(...)`, so a refused argument
// throws before anything (not even the component) is registered. Locations are judged by the pack's
// own catalogue and allow-list logic, so a component never accepts what the pack would refuse.
import * as pulumi from "@pulumi/pulumi";
import { allowedLocations, gcpKmsLocationAliases, isAllowedPlace, kmsPlaceOf, normaliseLocationName, placeOf, regionTables } from "eu-sovereignty-policies/lib";
import type { Place, RegionEntry } from "eu-sovereignty-policies/lib";

export type Cloud = "aws" | "azure" | "gcp";

/**
 * The location allow-list, with the same meaning as the pack's policy config: `allowedLocations`
 * replaces the default EU/EEA list, `additionalLocations` adds to it. Give a component the values
 * your pack config uses, so both refuse and accept the same places.
 */
export interface LocationPolicyArgs {
    /** Replaces the default allow-list (every catalogued EU/EEA location). */
    allowedLocations?: readonly string[];
    /** Adds locations to the allow-list, e.g. `switzerlandnorth`. */
    additionalLocations?: readonly string[];
}

/** A refused argument: thrown at construction, before any resource is registered. */
export class SovereigntyError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "SovereigntyError";
    }
}

/** Who is being checked, for messages: `SovereignBucket "logs"`. */
export interface Subject {
    component: string;
    name: string;
}

export function refuse(subject: Subject, detail: string): never {
    throw new SovereigntyError(`${subject.component} "${subject.name}": ${detail}`);
}

/** The kind of place a location name denotes; each component accepts only some. */
export type PlaceKind = "region" | "dual-region" | "multi-region";

/** GCP multi-regions (the catalogue marks them by name only). */
const gcpMultiRegions: ReadonlySet<string> = new Set(["eu", "europe", "us", "asia", "global"]);

function kindOf(cloud: Cloud, entry: RegionEntry): PlaceKind {
    if (entry.components !== undefined) return "dual-region";
    if (cloud === "gcp" && gcpMultiRegions.has(entry.name)) return "multi-region";
    return "region";
}

export interface LocationRule {
    cloud: Cloud;
    /** The argument's name as the user wrote it, e.g. "region" or "replicaRegions[1]". */
    arg: string;
    /** Which kinds of place this argument takes (default: regions only). */
    kinds?: readonly PlaceKind[];
    /** Names the cloud's catalogue knows but this service does not take (e.g. KMS has no `eu`). */
    exclude?: readonly string[];
    /** A Cloud KMS location: its own multi-regions mean what the pack's `kmsPlaceOf` says (`europe` is EU-only). */
    kms?: true;
}

/** The place a value names under a rule, as the pack judges it. */
function placeFor(rule: LocationRule, value: string): Place {
    return rule.kms ? kmsPlaceOf(value) : placeOf(rule.cloud, value);
}

/** A KMS name with its own meaning (`europe`), which the service spells differently from the catalogue. */
function kmsAlias(rule: LocationRule, value: string): string | undefined {
    const name = normalise(rule.cloud, value);
    return rule.kms && Object.hasOwn(gcpKmsLocationAliases, name) ? name : undefined;
}

function policySet(policy: LocationPolicyArgs | undefined): ReadonlySet<string> {
    if (policy?.allowedLocations === undefined && policy?.additionalLocations === undefined) return allowedLocations(undefined);
    return allowedLocations({ allowedLocations: policy.allowedLocations, additionalLocations: policy.additionalLocations });
}

/** The names a rule accepts under a policy, in catalogue order, for messages. */
export function acceptedNames(rule: LocationRule, policy: LocationPolicyArgs | undefined): string[] {
    const allowed = policySet(policy);
    const kinds = rule.kinds ?? ["region"];
    const names = regionTables[rule.cloud].entries
        .filter((e) => kinds.includes(kindOf(rule.cloud, e)) && !rule.exclude?.includes(e.name))
        .filter((e) => isAllowedPlace(placeFor(rule, e.name), allowed))
        .map((e) => e.name);
    // Names the user allowed that the catalogue does not know (a region newer than the catalogue).
    const extra = [...(policy?.allowedLocations ?? []), ...(policy?.additionalLocations ?? [])]
        .map(normaliseLocationName)
        .filter((n) => !placeOf(rule.cloud, n).known && !names.includes(n));
    return [...names, ...extra];
}

function allowedList(rule: LocationRule, policy: LocationPolicyArgs | undefined): string {
    const names = acceptedNames(rule, policy);
    return names.length > 0 ? `allowed: ${names.join(", ")}` : "no location of this kind is allowed by the allow-list";
}

/**
 * Checks one location argument and returns its canonical name (lower case). Refuses values that
 * are not plain strings (an Output cannot be checked before anything is registered), names the
 * cloud does not know unless the user allowed them explicitly, kinds the argument does not take
 * (a zone where a region is needed), and anything the pack's allow-list would refuse.
 */
export function checkLocation(subject: Subject, rule: LocationRule, value: unknown, policy: LocationPolicyArgs | undefined): string {
    if (typeof value !== "string") {
        refuse(subject, `${rule.arg} must be a plain string known when the program starts (got ${describe(value)}), so it can be checked before anything is created`);
    }
    const place: Place = placeFor(rule, value);
    const alias = kmsAlias(rule, value);
    /** The name as the service spells it. */
    const own = alias ?? place.canonical;
    const shown = JSON.stringify(value);
    const allowed = policySet(policy);
    const userNamed = [...(policy?.allowedLocations ?? []), ...(policy?.additionalLocations ?? [])]
        .map(normaliseLocationName)
        .includes(place.canonical);
    if (!place.known && !userNamed) {
        refuse(subject, `${rule.arg} ${shown} is not a ${cloudName[rule.cloud]} location the catalogue knows; ${allowedList(rule, policy)}`);
    }
    if (place.known && alias === undefined && normalise(rule.cloud, value) !== place.canonical) {
        refuse(subject, `${rule.arg} ${shown} is a zone, not a ${describeKinds(rule)}; use its region "${place.canonical}"`);
    }
    if (rule.exclude?.includes(own)) {
        refuse(subject, `${rule.arg} ${shown} is not a location this service offers; ${allowedList(rule, policy)}`);
    }
    if (!isAllowedPlace(place, allowed)) {
        refuse(subject, `${rule.arg} ${shown} is not an allowed location; ${allowedList(rule, policy)}`);
    }
    const entry = regionTables[rule.cloud].entries.find((e) => e.name === place.canonical);
    const kinds = rule.kinds ?? ["region"];
    if (entry && !kinds.includes(kindOf(rule.cloud, entry))) {
        refuse(subject, `${rule.arg} ${shown} is a ${kindOf(rule.cloud, entry)}, but this takes a ${describeKinds(rule)}; ${allowedList(rule, policy)}`);
    }
    return own;
}

/** Whether the pack's allow-list (under this policy) accepts a location. */
export function isAllowedLocation(cloud: Cloud, value: string, policy: LocationPolicyArgs | undefined): boolean {
    return isAllowedPlace(placeOf(cloud, value), policySet(policy));
}

/** Whether the pack's allow-list accepts a Cloud KMS location (`europe` as the pack's `kmsPlaceOf` reads it). */
export function isAllowedKmsLocation(value: string, policy: LocationPolicyArgs | undefined): boolean {
    return isAllowedPlace(kmsPlaceOf(value), policySet(policy));
}

/** The location from the argument, else from the provider's stack config (`aws:region`...). */
export function locationFromArgOrConfig(subject: Subject, rule: LocationRule, value: unknown, configKey: string, policy: LocationPolicyArgs | undefined): string {
    if (value !== undefined) return checkLocation(subject, rule, value, policy);
    const [namespace, key] = configKey.split(":");
    const configured = new pulumi.Config(namespace).get(key);
    if (configured === undefined) {
        refuse(subject, `no ${rule.arg}: pass \`${rule.arg}\` or set \`${configKey}\` in the stack config (environment variables and profiles are invisible to the policy pack); ${allowedList(rule, policy)}`);
    }
    return checkLocation(subject, { ...rule, arg: `${rule.arg} (from ${configKey})` }, configured, policy);
}

/** An integer within bounds, or the default. */
export function checkInteger(subject: Subject, arg: string, value: number | undefined, min: number, max: number, fallback: number): number {
    if (value === undefined) return fallback;
    if (!Number.isInteger(value) || value < min || value > max) {
        refuse(subject, `${arg} ${String(value)} is out of range; allowed: an integer from ${min} to ${max}`);
    }
    return value;
}

/** One of a fixed set of values, or the default. */
export function checkOneOf<T extends string>(subject: Subject, arg: string, value: string | undefined, allowed: readonly T[], fallback: T, why = ""): T {
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
        refuse(subject, `${arg} ${JSON.stringify(value)} is not allowed${why ? ` (${why})` : ""}; allowed: ${allowed.join(", ")}`);
    }
    return value as T;
}

const cloudName: Record<Cloud, string> = { aws: "AWS", azure: "Azure", gcp: "Google Cloud" };

function normalise(cloud: Cloud, value: string): string {
    const s = value.trim().toLowerCase();
    return cloud === "azure" ? s.replace(/[\s_]+/g, "") : s;
}

function describeKinds(rule: LocationRule): string {
    return (rule.kinds ?? ["region"]).join(" or ");
}

function describe(value: unknown): string {
    if (value === undefined) return "undefined";
    if (pulumi.Output.isInstance(value)) return "an Output";
    if (value === null) return "null";
    return Array.isArray(value) ? "an array" : `a ${typeof value}`;
}
