// Geo-redundant copies of Azure resources that inherit their resource group's location: the pair is
// followed from the group's location, resolved in the stack. A resource whose location cannot be
// proven this way fails closed (its copy may be anywhere).
import type { PolicyResource } from "@pulumi/policy";
import { azureGeoCopy, azureOwnLocation, azurePairedCopy } from "../facts/adapters/azure";
import { isAllowedPlace } from "../facts/place";
import { forEachKnown } from "./guard";
import { locationViolation, subject } from "./message";
import type { Finding } from "./finding";
import type { AzureStack } from "./azure-stack";

export function azureInheritedCopyFindings(rule: string, stack: AzureStack, allowed: ReadonlySet<string>): Finding[] {
    const out: Finding[] = [];
    forEachKnown(stack.resources, (r: PolicyResource) => {
        const copy = azureGeoCopy(r);
        // A resource with its own or its provider's location is decided per resource.
        if (!copy || azureOwnLocation(r)) return;
        for (const home of stack.homesOf(r)) {
            if ("unresolved" in home) {
                out.push({ urn: r.urn, message: `${subject(r)}: \`${copy.path}\` is ${copy.shown}, a geo-redundant copy to the paired region of its location, but ${home.unresolved}, so where the copy goes cannot be proven. Rule ${rule}. Fix: ${home.fix}, or use a locally/zone-redundant setting for ${copy.path}.` });
                continue;
            }
            const { ref, gap } = azurePairedCopy(copy, home.ref.place, home.where);
            if (ref && !isAllowedPlace(ref.place, allowed)) {
                out.push({ urn: r.urn, message: locationViolation(rule, r, ref, allowed, "the location of a copy of its data,", "move the resource group (or set `location` on the resource) to a region with an allowed pair, or use a locally/zone-redundant setting") });
            }
            if (gap) out.push({ urn: r.urn, message: `${subject(r)}: ${gap.what} cannot be proven to stay in allowed locations. Rule ${rule}. Fix: ${gap.fix}.` });
        }
    });
    return out;
}
