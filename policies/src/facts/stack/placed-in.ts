// Resources that live in another resource and name only it (an IONOS server, volume or node pool names
// its Virtual Data Center by `datacenterId`): they are where that resource is. It is found in the stack by
// the input's property dependencies, else by its `id` (a stack's resources carry their outputs after an
// update); when it is not in the stack, where the resource is cannot be proven (fail closed). This is the
// Azure resource group mechanism (azure-stack.ts), keyed by a reference instead of a name, and read from
// the regional clouds' data (`placedIn`).
import type { PolicyResource } from "@pulumi/policy";
import { cloudOfPackage } from "../../data/clouds";
import { regionalClouds, type RegionalCloudId } from "../../data/regional-clouds";
import { regionalRow } from "../adapters/regional";
import { own, packageOf } from "../read";
import { forEachKnown, readKnown } from "../unknown";
import { dependenciesOf } from "./azure-stack";

function regionalCloudOf(type: string): RegionalCloudId | undefined {
    const cloud = cloudOfPackage(packageOf(type));
    return cloud !== undefined && Object.hasOwn(regionalClouds, cloud) ? (cloud as RegionalCloudId) : undefined;
}

/** The parents a resource's `input` names among the stack's resources of `type`; throws when only an unknown names one. */
function parentsOf(r: PolicyResource, input: string, type: string, resources: readonly PolicyResource[]): PolicyResource[] {
    const byDependency = dependenciesOf(r, input, new Set([type]));
    if (byDependency.length > 0) return byDependency;
    const value = readKnown(() => own(r.props, input));
    if (value.unknown !== undefined) throw value.unknown;
    const id = value.value;
    if (typeof id !== "string" || id.trim() === "") return [];
    return resources.filter((x) => x.type === type && x.urn !== r.urn && readKnown(() => own(x.props, "id")).value === id);
}

export interface PlacedIn {
    readonly resource: PolicyResource;
    /** The input naming the parent (`datacenterId`). */
    readonly input: string;
    /** The parent's type and the fix when it is not in the stack. */
    readonly placedIn: { readonly type: string; readonly fix: string };
    /** The parents it names in the stack: none means where it is cannot be proven. */
    readonly parents: readonly PolicyResource[];
}

/** Visits every resource of a regional cloud that is placed in another resource, with the parents found. */
export function placedInStack(resources: readonly PolicyResource[], visit: (p: PlacedIn) => void): void {
    forEachKnown(resources, (resource) => {
        const cloud = regionalCloudOf(resource.type);
        if (cloud === undefined) return;
        const placedIn = regionalClouds[cloud].placedIn;
        if (placedIn === undefined) return;
        for (const input of regionalRow(cloud, resource.type)?.in ?? []) {
            visit({ resource, input, placedIn, parents: parentsOf(resource, input, placedIn.type, resources) });
        }
    });
}
