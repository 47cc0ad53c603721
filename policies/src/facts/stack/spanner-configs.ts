// Location inputs that name a resource instead of a place (a Spanner instance's custom `config`):
// the named resource carries the verdict (an InstanceConfig's base config and replicas are checked
// on it), so the reference passes when the stack declares it, by name or property dependency, and
// fails closed otherwise (the policy words it).
import type { PolicyResource } from "@pulumi/policy";
import { gcpLocationInputs, spannerConfigPathPrefix } from "../../data/gcp-location-inputs";
import { factsOf } from "..";
import { own, ownString } from "../read";
import type { LocationRef } from "../types";
import { forEachKnown, readKnown } from "../unknown";

const referringTypes: ReadonlySet<string> = new Set(Object.entries(gcpLocationInputs)
    .filter(([, inputs]) => inputs.some((i) => i.vocabulary === "spanner-config")).map(([t]) => t));

function declaredName(r: PolicyResource): string | undefined {
    return readKnown(() => ownString(r.props, "name")).value?.trim().toLowerCase().replace(spannerConfigPathPrefix, "");
}

/** Visits each location reference to a resource the stack does not declare. */
export function undeclaredInStackReferences(resources: readonly PolicyResource[], visit: (r: PolicyResource, ref: LocationRef) => void): void {
    forEachKnown(resources, (r) => {
        if (!referringTypes.has(r.type)) return;
        for (const ref of factsOf({ type: r.type, name: r.name, urn: r.urn, props: r.props, provider: r.provider }).locations) {
            const target = ref.inStack;
            if (target === undefined) continue;
            const deps = own(r.propertyDependencies, ref.path.split(/[.[]/)[0]);
            const byDependency = (Array.isArray(deps) ? (deps as PolicyResource[]) : []).some((d) => d.type === target.type);
            if (byDependency || resources.some((x) => x.type === target.type && declaredName(x) === target.name)) continue;
            visit(r, ref);
        }
    });
}
