// Resources whose protection is configured by another resource: an S3 bucket by its
// BucketServerSideEncryptionConfiguration, an Azure SQL server by its EncryptionProtector. A
// companion names its target by a property (a name, unknown at preview for a new target) or by that
// property's dependencies. Built in one pass over the stack.
import type { PolicyResource } from "@pulumi/policy";
import { readKnown } from "../unknown";
import { own } from "../read";
import { keyClouds } from ".";
import { dependenciesOf, isSet, knownString } from "./known";
import type { CompanionRow } from "./table";

export interface MissingCompanion {
    target: PolicyResource;
    row: CompanionRow;
}

interface Tally {
    row: CompanionRow;
    targetTypes: ReadonlySet<string>;
    names: Set<string>;
    urns: Set<string>;
    targets: PolicyResource[];
    /** A companion whose target cannot be told yet (unknown at preview, no dependencies). */
    undecided?: unknown;
}

export function missingCompanions(resources: readonly PolicyResource[]): { missing: MissingCompanion[]; deferred?: unknown } {
    const tallies: Tally[] = keyClouds.flatMap((c) => c.companions).map((row) => ({ row, targetTypes: new Set(row.targets), names: new Set(), urns: new Set(), targets: [] }));
    const asTarget = new Map<string, Tally[]>();
    const asCompanion = new Map<string, Tally[]>();
    for (const t of tallies) {
        for (const type of t.row.targets) asTarget.set(type, [...(asTarget.get(type) ?? []), t]);
        for (const type of t.row.companions) asCompanion.set(type, [...(asCompanion.get(type) ?? []), t]);
    }
    for (const r of resources) {
        for (const t of asTarget.get(r.type) ?? []) t.targets.push(r);
        for (const t of asCompanion.get(r.type) ?? []) {
            if (t.row.when !== undefined) {
                const gate = readKnown(() => own(r.props, t.row.when as string));
                if (gate.unknown !== undefined) t.undecided ??= gate.unknown;
                if (gate.unknown !== undefined || gate.value === undefined || gate.value === null || gate.value === "") continue;
            }
            const link = readKnown(() => own(r.props, t.row.link));
            if (typeof link.value === "string") t.names.add(t.row.linkIsId ? link.value.replace(/\/+$/, "").split("/").pop() ?? "" : link.value);
            const deps = dependenciesOf(r, t.row.link, t.targetTypes);
            for (const d of deps) t.urns.add(d.urn);
            if (link.unknown !== undefined && deps.length === 0) t.undecided ??= link.unknown;
        }
    }
    const missing: MissingCompanion[] = [];
    let deferred: unknown;
    for (const t of tallies) {
        for (const target of t.targets) {
            if (t.row.inline !== undefined && isSet(target.props, t.row.inline)) continue;
            if (t.urns.has(target.urn) || t.row.targetNames.some((n) => t.names.has(knownString(target.props, n) ?? "\0"))) continue;
            // An undecided companion may be this target's: let the SDK's preview handling apply.
            if (t.undecided !== undefined) deferred ??= t.undecided;
            else missing.push({ target, row: t.row });
        }
    }
    return deferred === undefined ? { missing } : { missing, deferred };
}
