// Where an Azure resource lives, resolved among the stack's resources: its own `location`, its
// provider's, else its resource group's (Azure's default), the group found by the property
// dependencies of `resourceGroupName` or by its name. Used by rules that need the location.
import type { PolicyResource } from "@pulumi/policy";
import { azureOwnLocation } from "../facts/adapters/azure";
import { own } from "../facts/read";
import type { LocationRef } from "../facts/types";
import { readKnown } from "./guard";
import { subject } from "./message";

export const resourceGroupType = "azure-native:resources:ResourceGroup";

export type Home =
    | { ref: LocationRef; where: string }
    | { unresolved: string; fix: string };

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
        if (mine) return [{ ref: mine, where: mine.source === "provider" ? "the provider's `location`" : "`location`" }];
        const groups = this.groupsOf(r);
        if (groups.length === 0) {
            return [{
                unresolved: "it has no `location` of its own or from its provider, and its `resourceGroupName` does not resolve to a resource group in this stack",
                fix: "set `location` on the resource to an allowed region, or declare its resource group in this stack and pass `resourceGroupName: group.name`",
            }];
        }
        return groups.map((g) => {
            const ref = azureOwnLocation(g);
            if (ref) return { ref, where: `the \`location\` of its resource group ${subject(g)}` };
            return { unresolved: `its resource group ${subject(g)} has no provable \`location\``, fix: "set `location` on the resource or on its resource group" };
        });
    }
}
