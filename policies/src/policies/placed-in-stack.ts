// Resources that live in another resource and name only it (an IONOS server, volume or node pool names
// its Virtual Data Center by `datacenterId`): they are where that resource is. It is found in the stack by
// the input's property dependencies, else by its `id` (a stack's resources carry their outputs after an
// update); when it is not in the stack, where the resource is cannot be proven (fail closed). This is the
// Azure resource group mechanism (azure-stack.ts), keyed by a reference instead of a name.
import type { PolicyResource } from "@pulumi/policy";
import { cloudOfPackage } from "../data/clouds";
import { regionalClouds, type RegionalCloudId } from "../data/regional-clouds";
import { factsOf } from "../facts";
import { regionalRow } from "../facts/adapters/regional";
import { isAllowedPlace } from "../facts/place";
import { own, packageOf } from "../facts/read";
import { dependenciesOf } from "./azure-stack";
import { forEachKnown, readKnown } from "./guard";
import { locationViolation, subject } from "./message";
import type { Finding } from "./finding";

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

export function placedInStackFindings(rule: string, resources: readonly PolicyResource[], allowed: ReadonlySet<string>): Finding[] {
    const out: Finding[] = [];
    forEachKnown(resources, (r) => {
        const cloud = regionalCloudOf(r.type);
        if (cloud === undefined) return;
        const placedIn = regionalClouds[cloud].placedIn;
        const inputs = regionalRow(cloud, r.type)?.in ?? [];
        if (placedIn === undefined) return;
        for (const input of inputs) {
            const parents = parentsOf(r, input, placedIn.type, resources);
            if (parents.length === 0) {
                out.push({
                    urn: r.urn,
                    message: `${subject(r)}: its \`${input}\` does not name a ${placedIn.type} declared in this stack, so where it is cannot be proven. Rule ${rule}. Fix: ${placedIn.fix}.`,
                });
                continue;
            }
            for (const parent of parents) {
                const refs = factsOf({ type: parent.type, name: parent.name, urn: parent.urn, props: parent.props, provider: parent.provider }).locations;
                if (refs.length === 0) {
                    out.push({ urn: r.urn, message: `${subject(r)}: its \`${input}\` names ${subject(parent)}, which has no provable \`location\`. Rule ${rule}. Fix: set \`location\` on ${subject(parent)} to an allowed location.` });
                }
                for (const ref of refs) {
                    if (isAllowedPlace(ref.place, allowed)) continue;
                    const via = { ...ref, note: `\`${input}\` (the \`${ref.path}\` of ${subject(parent)})` };
                    out.push({ urn: r.urn, message: locationViolation(rule, r, via, allowed, "its location from", `move it to a ${placedIn.type} in an allowed location`) });
                }
            }
        }
    });
    return out;
}
