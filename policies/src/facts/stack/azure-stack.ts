// Where an Azure resource lives, resolved among the stack's resources: its own `location`, its
// provider's, else its resource group's (Azure's default), the group found by the property
// dependencies of `resourceGroupName` or by its name. Policies word what it finds.
import type { PolicyResource } from "@pulumi/policy";
import { azureOwnLocation } from "../adapters/azure";
import { own } from "../read";
import type { LocationRef } from "../types";
import { readKnown } from "../unknown";

export const resourceGroupType = "azure-native:resources:ResourceGroup";

/** Where a resource lives and what says so, or why that cannot be proven. */
export type Home =
    | { ref: LocationRef; from: "resource" | "provider" }
    | { ref: LocationRef; from: "group"; group: PolicyResource }
    /** No location of its own or from its provider, and no resource group of the stack. */
    | { unresolved: "no-group" }
    /** Its resource group has no provable location. */
    | { unresolved: "group-unlocated"; group: PolicyResource };

export function dependenciesOf(r: PolicyResource, prop: string, types: ReadonlySet<string>): PolicyResource[] {
    const deps = own(r.propertyDependencies, prop);
    return (Array.isArray(deps) ? (deps as PolicyResource[]) : []).filter((d) => types.has(d.type) && d.urn !== r.urn);
}

export class AzureStack {
    private readonly groups = new Map<string, PolicyResource[]>();

    constructor(readonly resources: readonly PolicyResource[]) {
        for (const r of resources) {
            if (r.type !== resourceGroupType) continue;
            // Read defensively: a group whose name is unknown at preview is found by dependencies only.
            const stated = readKnown(() => own(r.props, "resourceGroupName"));
            if (stated.unknown !== undefined) continue;
            // Without `resourceGroupName` the group is named after the resource (autonaming fills it at Check).
            const key = (typeof stated.value === "string" ? stated.value : r.name).toLowerCase();
            this.groups.set(key, [...(this.groups.get(key) ?? []), r]);
        }
    }

    /** The resource groups a resource is in (by dependency, else by name); throws when only an unknown names it. */
    groupsOf(r: PolicyResource): PolicyResource[] {
        const byDependency = dependenciesOf(r, "resourceGroupName", new Set([resourceGroupType]));
        if (byDependency.length > 0) return byDependency;
        const name = readKnown(() => own(r.props, "resourceGroupName"));
        if (name.unknown !== undefined) throw name.unknown;
        return typeof name.value === "string" ? this.groups.get(name.value.toLowerCase()) ?? [] : [];
    }

    /** Where a resource lives: its own or provider's location, else each of its groups' (one, normally). */
    homesOf(r: PolicyResource): Home[] {
        const mine = azureOwnLocation(r);
        if (mine) return [{ ref: mine, from: mine.source === "provider" ? "provider" : "resource" }];
        const groups = this.groupsOf(r);
        if (groups.length === 0) return [{ unresolved: "no-group" }];
        return groups.map((group): Home => {
            const ref = azureOwnLocation(group);
            return ref ? { ref, from: "group", group } : { unresolved: "group-unlocated", group };
        });
    }
}
