// Azure copies named by reference: a SQL failover group's partner servers and an object
// replication policy's accounts are given by name or resource id, which carry no location. They
// are resolved among the stack's resources (by property dependency, else by name and resource
// group) and located as any Azure resource (own, provider's or resource group's location, see
// azure-stack.ts). A reference that cannot be resolved is reported by the policy: the copy may be anywhere.
import type { PolicyResource } from "@pulumi/policy";
import { collect, own, ownString } from "../read";
import { forEachKnown, readKnown } from "../unknown";
import type { AzureStack } from "./azure-stack";

export interface AzureReferenceRow {
    /** Stable replica row id ("EUR-AZ-005"), cited by the findings it decides. */
    readonly id: string;
    readonly path: string;
    /** The input whose property dependencies name the target while the value is unknown at preview. */
    readonly dependsOn: string;
    readonly target: string;
    /** The target's name input (autonaming fills it at Check). */
    readonly nameProp: string;
    readonly what: string;
    readonly fix: string;
}

// Ids continue after the azure-native adapter's replica specs (facts/adapters/azure.ts, EUR-AZ-001…004).
/** Docs: @pulumi/azure-native sql.FailoverGroupArgs.partnerServers ("Resource identifier of the partner server"), storage.ObjectReplicationPolicyArgs. */
export const azureReferenceRows: Readonly<Record<string, readonly AzureReferenceRow[]>> = {
    "azure-native:sql:FailoverGroup": [{
        id: "EUR-AZ-005", path: "partnerServers[].id", dependsOn: "partnerServers", target: "azure-native:sql:Server", nameProp: "serverName", what: "partner server",
        fix: "declare the partner server in this stack with an allowed `location` and pass `partnerServers: [{ id: server.id }]`",
    }],
    "azure-native:storage:ObjectReplicationPolicy": (["destinationAccount", "sourceAccount"] as const).map((path) => ({
        id: path === "destinationAccount" ? "EUR-AZ-006" : "EUR-AZ-007", path, dependsOn: path, target: "azure-native:storage:StorageAccount", nameProp: "accountName",
        what: path === "destinationAccount" ? "destination account" : "source account",
        fix: `declare that storage account in this stack with an allowed \`location\` and pass \`${path}: account.id\``,
    })),
};

/** A reference and what it resolves to in the stack (`target` undefined: nothing). */
export interface AzureReference {
    readonly source: PolicyResource;
    readonly row: AzureReferenceRow;
    /** The path of the value read (`partnerServers[0].id`), or the input its dependencies came from. */
    readonly path: string;
    readonly target?: PolicyResource;
}

/** Name and resource group of an ARM id (`/subscriptions/…/resourceGroups/rg/providers/…/servers/name`), or a plain name. */
function parseReference(value: string): { name: string; group?: string } {
    const parts = value.split("/").filter((p) => p !== "");
    const g = parts.findIndex((p) => p.toLowerCase() === "resourcegroups");
    return { name: (parts.at(-1) ?? value).toLowerCase(), group: g >= 0 ? parts[g + 1]?.toLowerCase() : undefined };
}

function targetsNamed(row: AzureReferenceRow, value: string, candidates: readonly PolicyResource[]): PolicyResource[] {
    const { name, group } = parseReference(value);
    return candidates.filter((c) => {
        const own_ = readKnown(() => ownString(c.props, row.nameProp)).value ?? c.name;
        if (own_.toLowerCase() !== name) return false;
        const cGroup = readKnown(() => ownString(c.props, "resourceGroupName")).value;
        return group === undefined || cGroup === undefined || cGroup.toLowerCase() === group;
    });
}

function dependencyTargets(r: PolicyResource, row: AzureReferenceRow): PolicyResource[] {
    const deps = own(r.propertyDependencies, row.dependsOn);
    return (Array.isArray(deps) ? (deps as PolicyResource[]) : []).filter((d) => d.type === row.target && d.urn !== r.urn);
}

/** Visits every reference of the stack with each resource it resolves to, or once without one. */
export function azureReferences(stack: AzureStack, visit: (r: AzureReference) => void): void {
    // Appended in place: copying the list per resource made a 100,000-resource stack quadratic.
    const byType = new Map<string, PolicyResource[]>();
    for (const r of stack.resources) {
        const list = byType.get(r.type);
        if (list) list.push(r);
        else byType.set(r.type, [r]);
    }
    forEachKnown(stack.resources, (source) => {
        for (const row of azureReferenceRows[source.type] ?? []) {
            const candidates = byType.get(row.target) ?? [];
            const found = readKnown(() => collect(source.props, row.path));
            if (found.unknown !== undefined) {
                // The list itself is unknown at preview: its dependencies still name the targets.
                const deps = dependencyTargets(source, row);
                if (deps.length === 0) throw found.unknown;
                for (const target of deps) visit({ source, row, path: row.dependsOn, target });
                continue;
            }
            forEachKnown(found.value ?? [], (f) => {
                const value = typeof f.value === "string" ? f.value : undefined;
                const named = value !== undefined ? targetsNamed(row, value, candidates) : [];
                const targets = named.length > 0 ? named : dependencyTargets(source, row);
                if (targets.length === 0) visit({ source, row, path: f.path });
                for (const target of targets) visit({ source, row, path: f.path, target });
            });
        }
    });
}
