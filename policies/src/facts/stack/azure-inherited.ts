// Geo-redundant copies of Azure resources that inherit their resource group's location: the pair is
// followed from the group's location, resolved in the stack (azure-stack.ts). A resource whose
// location cannot be proven this way fails closed (its copy may be anywhere); the policy words it.
import type { PolicyResource } from "@pulumi/policy";
import { azureGeoCopy, azureOwnLocation, azurePairedCopy, type GeoCopy } from "../adapters/azure";
import type { LocationRef, UnprovenLocation } from "../types";
import { forEachKnown } from "../unknown";
import type { AzureStack, Home } from "./azure-stack";

export interface InheritedCopy {
    readonly resource: PolicyResource;
    readonly copy: GeoCopy;
    readonly home: Home;
    /** Where the copy goes (the pair of the home's region), or why that cannot be proven. */
    readonly paired?: { ref?: LocationRef; gap?: UnprovenLocation };
}

/**
 * Visits the geo-redundant copies of resources without a location of their own or from their
 * provider (those are decided per resource), once per home. `where` words a resolved home for the
 * copy's note ("the `location` of its resource group …").
 */
export function azureInheritedCopies(stack: AzureStack, where: (home: Extract<Home, { ref: LocationRef }>) => string, visit: (c: InheritedCopy) => void): void {
    forEachKnown(stack.resources, (resource: PolicyResource) => {
        const copy = azureGeoCopy(resource);
        if (!copy || azureOwnLocation(resource)) return;
        for (const home of stack.homesOf(resource)) {
            visit({ resource, copy, home, paired: "unresolved" in home ? undefined : azurePairedCopy(copy, home.ref.place, where(home)) });
        }
    });
}
