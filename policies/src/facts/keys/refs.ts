// Key references from the generated catalogue (data/generated/key-refs.ts): every input the
// providers' typings name as a key, beyond the hand-written protection rows. Each set value is
// classified by its form (a KMS ARN in a GCP resource is still an AWS key), so eu-key-location can
// place it; a value unknown at preview is pending, as in the rows.
import { keyRefPaths } from "../../data/generated/key-refs";
import { colocationOf } from "../../data/key-colocation";
import { azurePairedRegion } from "../../data/azure-pairs";
import { placeOf } from "../place";
import { own } from "../read";
import type { LocationRef } from "../types";
import { isUnknownValueError } from "../unknown";
import { awsKeys } from "./aws";
import { azureKeys } from "./azure";
import { gcpKeys } from "./gcp";
import { locationsOf } from "./known";
import type { Classified, KeyCloud } from "./table";
import type { KeyFacts, PendingProtection, Protection } from "./types";

/** The label catalogued references carry in messages. */
export const catalogueService = "encryption at rest";

interface Found { readonly path: string; readonly value: unknown }

/** Values at a catalogue path: `[]` fans out over a list, `[key]` over a map's own values. */
export function collectRefs(root: unknown, path: string): Found[] {
    let current: Found[] = [{ path: "", value: root }];
    for (const step of path.split(".")) {
        const m = /^(.*?)(\[\]|\[key\])?$/.exec(step);
        const key = m?.[1] ?? step;
        const fan = m?.[2];
        const next: Found[] = [];
        for (const f of current) {
            const v = own(f.value, key);
            if (v === undefined || v === null) continue;
            const p = f.path === "" ? key : `${f.path}.${key}`;
            if (fan === "[]") {
                if (Array.isArray(v)) v.forEach((item: unknown, i) => { if (item !== null && item !== undefined) next.push({ path: `${p}[${i}]`, value: item }); });
            } else if (fan === "[key]") {
                if (typeof v === "object" && !Array.isArray(v)) {
                    for (const k of Object.keys(v)) {
                        const item = own(v, k);
                        if (item !== null && item !== undefined) next.push({ path: `${p}[${JSON.stringify(k)}]`, value: item });
                    }
                }
            } else {
                next.push({ path: p, value: v });
            }
        }
        current = next;
    }
    return current;
}

const vaultId = /^\/subscriptions\/[\w-]{1,64}\/resourceGroups\/[\w.()-]{1,90}\/providers\/Microsoft\.KeyVault\/(vaults|managedHSMs)\/([\w-]{3,24})$/i;
const awsForm = /^(?:arn:aws[a-z-]*:kms:|alias\/)/;
const gcpForm = /^(?:https:\/\/cloudkms\.googleapis\.com\/v1\/|\/\/cloudkms\.googleapis\.com\/)?projects\//;
const azureForm = /^(?:https:\/\/|\/subscriptions\/)/i;

/** What a catalogued value names: the resource's own cloud's forms first, then the others'. */
export function classifyRef(cloud: KeyCloud, value: string): Classified {
    const v = value.trim();
    const vault = vaultId.exec(v);
    if (vault) {
        const hsm = vault[1].toLowerCase() === "managedhsms";
        return { tier: "customer", reason: hsm ? "a key in an Azure Key Vault Managed HSM" : "a key in Azure Key Vault", key: { service: hsm ? "azure-managed-hsm" : "azure-key-vault", shown: v, lookup: vault[2].toLowerCase() } };
    }
    const own = cloud.classify(v);
    if (own.tier !== "unknown-reference") return own;
    const other = awsForm.test(v) ? awsKeys : gcpForm.test(v) ? gcpKeys : azureForm.test(v) ? azureKeys : undefined;
    return other && other !== cloud ? other.classify(v) : own;
}

function blank(v: unknown): boolean {
    return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/**
 * The catalogued references of a resource that its rows did not already judge. A value that is not a
 * string, or not a key form this pack knows, is an `unknown-reference` protection: its location cannot
 * be proven from the value.
 */
export function catalogueRefsOf(cloud: KeyCloud, type: string, props: unknown, judged: KeyFacts): { protections: Protection[]; pending: PendingProtection[] } {
    const out = { protections: [] as Protection[], pending: [] as PendingProtection[] };
    const paths = keyRefPaths[type];
    if (paths === undefined) return out;
    const seen = new Set<string>([...judged.protections.map((p) => p.path), ...judged.pending.map((p) => p.path)]);
    for (const path of paths) {
        const dependsOn = path.split(".")[0].replace(/\[(?:key)?\]$/, "");
        let found: Found[];
        try {
            found = collectRefs(props, path);
        } catch (e) {
            if (!isUnknownValueError(e)) throw e;
            if (!seen.has(path)) out.pending.push({ service: catalogueService, path, dependsOn, error: e });
            continue;
        }
        for (const f of found) {
            if (seen.has(f.path) || blank(f.value)) continue;
            seen.add(f.path);
            const c = typeof f.value === "string" ? classifyRef(cloud, f.value) : cloud.classify(f.value);
            const p: Protection = { service: catalogueService, path: f.path, dependsOn, tier: c.tier, reason: c.reason };
            if (c.key) p.key = c.key;
            out.protections.push(p);
        }
    }
    return out;
}

/**
 * Where the key at a path must be because the service requires it there (data/key-colocation.ts):
 * each of the resource's proven locations (a key per region for multi-region Spanner or Bigtable), or
 * its Azure paired region. Empty when the service does not enforce it or a location cannot be proven.
 */
export function colocatedKeyLocations(r: Parameters<typeof locationsOf>[0], path: string): LocationRef[] {
    const row = colocationOf(r.type, path);
    if (!row) return [];
    const all = locationsOf(r);
    if (all.length === 0 || all.some((at) => !at.place.known)) return [];
    if (row.placement === "own-location") return all.map((at) => ({ ...at, path: `${at.path} (the service requires the key in the resource's own location)` }));
    const at = all[0];
    const pair = azurePairedRegion(at.place.canonical);
    return pair === undefined ? [] : [{ ...at, path: `${at.path} → its paired region (the service requires the geo-backup key there)`, place: placeOf("azure", pair) }];
}
