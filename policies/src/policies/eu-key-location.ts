// eu-key-location: a key that protects data must live in an allowed location. Read from the
// reference where it carries one (KMS ARN region, GCP key name location), per resource; otherwise
// the key is found among the stack's resources (a KMS key by id, ARN or alias, a Key Vault by its
// URI host, a disk encryption set by id) or, for keys declared elsewhere, in the `keyLocations`
// config. Besides the protection rows, every key reference the providers' typings name (the
// generated catalogue, facts/keys/refs.ts) is checked the same way. Where a service requires the key
// in the resource's own region (data/key-colocation.ts), the resource's proven location proves the
// key's. The key resources themselves are covered by eu-data-residency, their replicas by
// eu-cross-border-replication.
import type { PolicyResource, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import { allowedHint, allowedLocations, locationConfigProperties, normaliseLocationName, type LocationConfig } from "../config/locations";
import { keyCloudOf, keyFactsOf, type KeyFacts, type Protection, type ResolvedKey } from "../facts/keys";
import { catalogueRefsOf, colocatedKeyLocations } from "../facts/keys/refs";
import { dependenciesOf, holderOf } from "../facts/keys/known";
import { atlasClusterSetting, cloudOfService, confluentByokKey, elasticDeployment, elasticKeyFix, isPlatformKeyType } from "../facts/keys/platforms";
import { KeyStack } from "../facts/keys/stack";
import { isAllowedPlace, placeOf } from "../facts/place";
import { own } from "../facts/read";
import type { CloudId, LocationRef } from "../facts/types";
import { forEachKnown, guardResource, guardStack } from "./guard";
import { keyLocationViolation, locationFix, unprovenKeyLocation } from "./key-message";
import { subject } from "./message";
import { cloudAct, docUrl } from "./metadata";

const name = "eu-key-location";

interface KeyLocationConfig extends LocationConfig {
    keyLocations?: unknown;
}

const keyLocationsSchema: PolicyConfigJSONSchema = {
    type: "object",
    additionalProperties: { type: "string", minLength: 1, maxLength: 64 },
    description: "Locations of key holders declared outside this stack, by name (Azure Key Vault, Managed HSM or disk encryption set name), e.g. { \"acme-keys\": \"westeurope\" }. They are still checked against the allowed locations.",
};

type Subjectish = Parameters<typeof colocatedKeyLocations>[0];

interface AllKeys extends KeyFacts {
    /** Catalogued references in no form this pack reads. */
    unrecognised: Protection[];
    /** The service requires the key at `path` in the resource's (allowed, proven) location. */
    colocated(path: string): boolean;
}

/** The resource's key facts with its catalogued references added, references in no key form apart. */
function keysOf(r: Subjectish, allowed: ReadonlySet<string>): AllKeys {
    const cloud = keyCloudOf(r.type);
    const facts = keyFactsOf(r);
    const colocated = (path: string): boolean => {
        const at = colocatedKeyLocations(r, path);
        return at.length > 0 && at.every((l) => isAllowedPlace(l.place, allowed));
    };
    if (!cloud) return { ...facts, unrecognised: [], colocated };
    const refs = catalogueRefsOf(cloud, r.type, r.props, facts);
    // A reference in no key form has no location to read, whether a row or the catalogue found it.
    const all = [...facts.protections, ...refs.protections];
    return {
        cloud: facts.cloud,
        protections: all.filter((p) => p.tier !== "unknown-reference"),
        pending: [...facts.pending, ...refs.pending],
        unrecognised: all.filter((p) => p.tier === "unknown-reference"),
        colocated,
    };
}

const configured = new WeakMap<object, ReadonlyMap<string, string>>();

/** The configured location of a key holder declared elsewhere, by case-insensitive name. */
function configuredLocation(config: unknown, holder: string): string | undefined {
    const table = own(config, "keyLocations");
    if (table === undefined || typeof table !== "object" || table === null) return undefined;
    let byName = configured.get(table);
    if (!byName) {
        const m = new Map<string, string>();
        for (const [k, v] of Object.entries(table)) if (typeof v === "string") m.set(k.toLowerCase(), v);
        byName = m;
        configured.set(table, byName);
    }
    return byName.get(holder.toLowerCase());
}

const byokTypes: ReadonlySet<string> = new Set([confluentByokKey]);
const byokFix = "declare the confluentcloud.ByokKey in this stack, so its `aws.keyArn`, `gcp.keyId` or `azure.keyIdentifier` proves where the key lives";
const atlasRegionFix = "set `awsKmsConfig.region` to the key's region as Atlas names it (e.g. EU_CENTRAL_1), or declare the aws.kms.Key in this stack";

const refForms: Partial<Record<CloudId, string>> = {
    aws: "a KMS key ARN (arn:aws:kms:<region>:<account>:key/<id>), or a key id or alias in the resource's own region",
    azure: "a Key Vault or Managed HSM key URI (https://<vault>.vault.azure.net/keys/<key>) or a disk encryption set id, with the vault declared in this stack or listed in `keyLocations`",
    gcp: "a full Cloud KMS key name (projects/<project>/locations/<location>/keyRings/<ring>/cryptoKeys/<key>)",
};

function refFix(cloud: CloudId, path: string): string {
    return `name the key at \`${path}\` as ${refForms[cloud] ?? "a key reference that carries its location"}`;
}

export const euKeyLocation: ResourceValidationPolicy & StackValidationPolicy = {
    name,
    description: "Keys that protect data at rest live in EU/EEA locations (or the configured allow-list), wherever the data itself lives.",
    enforcementLevel: "mandatory",
    severity: "high",
    framework: cloudAct,
    tags: ["keys", "residency", "cloud-act", "gdpr"],
    url: docUrl(name),
    remediationSteps: "Name a key created in an allowed location: an AWS KMS key ARN in an EU region, a Key Vault or Managed HSM in an EU location, a Cloud KMS key whose key ring is in an EU region or the EU-only `europe` multi-region (not `global`). Declare Key Vaults in the same stack so their location can be proven, or list vaults declared elsewhere in this policy's `keyLocations` config.",
    configSchema: { properties: { ...locationConfigProperties, keyLocations: keyLocationsSchema } },
    validateResource: guardResource(name, (args, report) => {
        const allowed = allowedLocations(args.getConfig<LocationConfig>());
        const facts = keysOf(args, allowed);
        for (const p of facts.protections) {
            const place = p.key?.place;
            if (!place || isAllowedPlace(place, allowed)) continue;
            const at: LocationRef = { path: p.path, source: "resource", place };
            report(keyLocationViolation(name, args, p, at, undefined, allowedHint(allowed), locationFix(p, p.key?.service)));
        }
        // A reference unknown at preview: the SDK's preview handling applies (unless the service places
        // the key in the resource's own allowed location); the stack check may still find the key.
        const pending = facts.pending.find((p) => !facts.colocated(p.path));
        if (pending) throw pending.error;
    }),
    validateStack: guardStack(name, (args, report) => {
        const config = args.getConfig<KeyLocationConfig>();
        const allowed = allowedLocations(config);
        const hint = allowedHint(allowed);
        const stack = new KeyStack(args.resources);

        const checkPlace = (r: PolicyResource, p: Protection, at: LocationRef, holder: ResolvedKey["holder"] | undefined) => {
            if (!isAllowedPlace(at.place, allowed)) report(keyLocationViolation(name, r, p, at, holder, hint, locationFix(p, p.key?.service)), r.urn);
        };
        /** A holder not declared in the stack: its configured location, or a violation (it may be anywhere). */
        const checkNamed = (r: PolicyResource, p: Protection, cloud: CloudId, holderName: string, why: string) => {
            const loc = configuredLocation(config, holderName);
            if (loc !== undefined) return checkPlace(r, p, { path: `keyLocations.${holderName}`, source: "resource", place: placeOf(cloud, normaliseLocationName(loc)) }, undefined);
            report(unprovenKeyLocation(name, r, p, why, `declare it in this stack with an allowed \`location\`, or add its name to this policy's \`keyLocations\` config, e.g. { "${holderName}": "westeurope" }`), r.urn);
        };
        /** `colocated`: the service requires the key in the resource's own allowed location, which proves it when the stack cannot. */
        const checkResolved = (r: PolicyResource, p: Protection, cloud: CloudId, k: ResolvedKey, colocated: boolean) => {
            if (k.location) return checkPlace(r, p, k.location, k.holder);
            // A configured location is the user's own evidence and still checked.
            if (colocated && (k.name === undefined || configuredLocation(config, k.name) === undefined)) return;
            if (k.name !== undefined) return checkNamed(r, p, cloud, k.name, `${subject(k.holder)} names "${k.name}", which is not declared in this stack`);
            report(unprovenKeyLocation(name, r, p, `${subject(k.holder)} has no provable location`, locationFix(p, p.key?.service)), r.urn);
        };

        /** A Kafka cluster's `byokKey`: the key of the ByokKey it depends on, wherever that key is found. */
        const checkByok = (r: PolicyResource, p: Protection): boolean => {
            const byokKeys = dependenciesOf(r, "byokKey", byokTypes);
            for (const b of byokKeys) {
                for (const q of keyFactsOf(b).protections) {
                    if (!q.key) continue;
                    if (q.key.place) {
                        checkPlace(r, p, { path: q.path, source: "resource", place: q.key.place }, holderOf(b));
                        continue;
                    }
                    const keyCloud = cloudOfService(q.key.service);
                    const keys = stack.resolveIn(keyCloud, b, q.dependsOn, q.key);
                    for (const k of keys) checkResolved(r, p, keyCloud, k, false);
                    if (keys.length === 0 && q.key.lookup !== undefined) checkNamed(r, p, keyCloud, q.key.lookup, `${subject(b)} names "${q.key.lookup}", which is not declared in this stack`);
                }
            }
            return byokKeys.length > 0;
        };
        /** A data platform's key (Atlas, Confluent): looked up in the stack of the cloud whose KMS holds it. */
        const checkPlatform = (r: PolicyResource) => {
            const facts = keyFactsOf(r);
            for (const p of facts.protections) {
                if (p.tier === "unknown-reference") {
                    report(unprovenKeyLocation(name, r, p, `${p.reason}, so its location cannot be read from it`, p.next ?? "name a key whose reference carries its location"), r.urn);
                    continue;
                }
                if (p.tier !== "customer" && p.tier !== "external") continue;
                if (p.path === "byokKey.id") {
                    if (!checkByok(r, p)) report(unprovenKeyLocation(name, r, p, "`byokKey.id` names a ByokKey that is not declared in this stack", byokFix), r.urn);
                    continue;
                }
                // A reference that carries its location was decided per resource.
                if (!p.key || p.key.place) continue;
                const keyCloud = cloudOfService(p.key.service);
                const keys = stack.resolveIn(keyCloud, r, p.dependsOn, p.key);
                for (const k of keys) checkResolved(r, p, keyCloud, k, false);
                if (keys.length > 0) continue;
                if (p.key.service !== "aws-kms" && p.key.lookup !== undefined) checkNamed(r, p, keyCloud, p.key.lookup, `"${p.key.lookup}" is not declared in this stack`);
                else report(unprovenKeyLocation(name, r, p, "a KMS key id names no region and the key is not declared in this stack", r.type === elasticDeployment ? elasticKeyFix : atlasRegionFix), r.urn);
            }
            // A cluster's `byokKey` unknown at preview is found through its dependencies, or deferred.
            for (const pending of facts.pending) {
                // An Atlas cluster's `encryptionAtRestProvider` decides custody only: its key is the project's, judged there.
                if (pending.path === atlasClusterSetting) continue;
                const p: Protection = { ...pending, tier: "customer", reason: "unknown at preview, found through its dependencies" };
                if (pending.path !== "byokKey.id" || !checkByok(r, p)) throw pending.error;
            }
        };

        forEachKnown(args.resources, (r) => {
            if (isPlatformKeyType(r.type)) return checkPlatform(r);
            const cloud = keyCloudOf(r.type);
            if (!cloud) return;
            const facts = keysOf(r, allowed);
            // Evidence in the stack first; failing that, a key the service requires in the resource's
            // own (allowed) location is proven there, wherever it is declared.
            // A catalogued reference in no form this pack reads: found through its dependencies, or unproven.
            for (const p of facts.unrecognised) {
                const keys = stack.resolve(r, p.dependsOn);
                for (const k of keys) checkResolved(r, p, cloud.cloud, k, facts.colocated(p.path));
                if (keys.length === 0 && !facts.colocated(p.path)) report(unprovenKeyLocation(name, r, p, `${p.reason}, so its location cannot be read from it`, refFix(cloud.cloud, p.path)), r.urn);
            }
            for (const p of facts.protections) {
                // Decided per resource when the reference carries its location.
                if ((p.tier !== "customer" && p.tier !== "external") || !p.key || p.key.place) continue;
                const keys = stack.resolve(r, p.dependsOn, p.key);
                for (const k of keys) checkResolved(r, p, cloud.cloud, k, facts.colocated(p.path));
                if (keys.length > 0) continue;
                const lookup = p.key.lookup;
                // Not in the stack: co-location proves it, unless a configured location (the user's own evidence) says otherwise.
                if (facts.colocated(p.path) && (lookup === undefined || configuredLocation(config, lookup) === undefined)) continue;
                // A KMS key id or alias resolves in the resource's own region (checked by
                // eu-data-residency); customer-supplied material has no location.
                if (p.key.service === "aws-kms" || p.key.service === "gcp-customer-supplied" || lookup === undefined) continue;
                checkNamed(r, p, cloud.cloud, lookup, `"${lookup}" is not declared in this stack`);
            }
            let deferred: unknown;
            for (const pending of facts.pending) {
                const keys = stack.resolve(r, pending.dependsOn);
                if (keys.length === 0 && !facts.colocated(pending.path)) deferred ??= pending.error;
                const p: Protection = { ...pending, tier: "customer", reason: "unknown at preview, found through its dependencies" };
                for (const k of keys) checkResolved(r, p, cloud.cloud, k, facts.colocated(p.path));
            }
            if (deferred !== undefined) throw deferred;
        });
    }),
};
