// Interprets a cloud's protection rows over one resource's props. Every read goes through the safe
// readers, so garbage yields a fail-closed verdict; a value unknown at preview makes only the
// protection that needs it pending, so the others are still decided.
import { isUnknownValueError } from "../unknown";
import { collect, type Found } from "../read";
import type { KeyCloud, ProtectionRow, Verdict } from "./table";
import type { KeyFacts, KeyTier, Protection } from "./types";

/** "rules[].x" -> "rules": the property whose dependencies the SDK reports. */
function topLevel(path: string): string {
    return path.split(".")[0].replace(/\[\]$/, "");
}

function join(a: string, b: string): string {
    return a === "" ? b : `${a}.${b}`;
}

function valueAt(item: unknown, path: string): unknown {
    return collect(item, path)[0]?.value;
}

/** An empty string is how several providers spell "not set". */
function given(value: unknown): boolean {
    return value !== undefined && !(typeof value === "string" && value.trim() === "");
}

function nextStep(cloud: KeyCloud, row: ProtectionRow, tier: KeyTier, path: string, topNative: boolean): string | undefined {
    if (tier === "external" || (tier === "customer" && topNative)) return undefined;
    return tier === "customer" ? cloud.externalFix(path) : row.fix;
}

function fromVerdict(row: ProtectionRow, path: string, dependsOn: string, v: Verdict): Protection {
    return { service: row.service, path, dependsOn, tier: v.tier, reason: v.reason, next: row.fix };
}

function judge(cloud: KeyCloud, row: ProtectionRow, found: Found, dependsOn: string): Protection | undefined {
    const item = found.value;
    const path = join(found.path, row.key);
    const gates = row.gates ?? [];
    for (const g of gates) {
        if (g.onlyWithoutKey || g.on(valueAt(item, g.path))) continue;
        return g.off && fromVerdict(row, path, dependsOn, g.off);
    }
    const key = valueAt(item, row.key);
    if (given(key)) {
        const c = cloud.classify(key);
        const p: Protection = { service: row.service, path, dependsOn, tier: c.tier, reason: c.reason };
        if (c.key) p.key = c.key;
        if (c.topNative) p.topNative = true;
        const next = nextStep(cloud, row, c.tier, path, c.topNative === true);
        if (next !== undefined) p.next = next;
        return p;
    }
    for (const s of row.supplied ?? []) {
        if (!given(valueAt(item, s)) || !cloud.suppliedKey) continue;
        const at = join(found.path, s);
        const c = cloud.suppliedKey(at);
        return { service: row.service, path: at, dependsOn, tier: c.tier, reason: c.reason, key: c.key, next: cloud.externalFix(path) };
    }
    for (const g of gates) {
        if (!g.onlyWithoutKey || g.on(valueAt(item, g.path))) continue;
        return g.off && fromVerdict(row, path, dependsOn, g.off);
    }
    return row.noKey && fromVerdict(row, path, dependsOn, row.noKey);
}

export function evaluateRows(cloud: KeyCloud, type: string, props: unknown): KeyFacts {
    const facts: KeyFacts = { cloud: cloud.cloud, protections: [], pending: [] };
    const rows = Object.prototype.hasOwnProperty.call(cloud.rows, type) ? cloud.rows[type] : [];
    for (const row of rows) {
        const dependsOn = topLevel(row.at === "" ? row.key : row.at);
        const defer = (path: string, e: unknown): void => {
            if (!isUnknownValueError(e)) throw e;
            facts.pending.push({ service: row.service, path, dependsOn, error: e });
        };
        let items: Found[];
        try {
            items = row.at === "" ? [{ path: "", value: props }] : collect(props, row.at);
        } catch (e) {
            defer(row.at, e);
            continue;
        }
        if (items.length === 0 && row.absent) {
            facts.protections.push(fromVerdict(row, join(row.at, row.key), dependsOn, row.absent));
        }
        for (const item of items) {
            try {
                const p = judge(cloud, row, item, dependsOn);
                if (p) facts.protections.push(p);
            } catch (e) {
                defer(join(item.path, row.key), e);
            }
        }
    }
    return facts;
}
