// Location inputs that name a resource instead of a place (a Spanner instance's custom `config`):
// the named resource carries the verdict (an InstanceConfig's base config and replicas are checked
// on it), so the reference passes when the stack declares it, by name or property dependency, and
// fails closed otherwise.
import type { PolicyResource } from "@pulumi/policy";
import { gcpLocationInputs, spannerConfigPathPrefix } from "../data/gcp-location-inputs";
import { factsOf } from "../facts";
import { own, ownString } from "../facts/read";
import { forEachKnown, readKnown } from "./guard";
import { subject } from "./message";
import type { Finding } from "./finding";

const referringTypes: ReadonlySet<string> = new Set(Object.entries(gcpLocationInputs)
    .filter(([, inputs]) => inputs.some((i) => i.vocabulary === "spanner-config")).map(([t]) => t));

function declaredName(r: PolicyResource): string | undefined {
    return readKnown(() => ownString(r.props, "name")).value?.trim().toLowerCase().replace(spannerConfigPathPrefix, "");
}

export function inStackReferenceFindings(rule: string, resources: readonly PolicyResource[]): Finding[] {
    const out: Finding[] = [];
    forEachKnown(resources, (r) => {
        if (!referringTypes.has(r.type)) return;
        for (const ref of factsOf({ type: r.type, name: r.name, urn: r.urn, props: r.props, provider: r.provider }).locations) {
            const target = ref.inStack;
            if (target === undefined) continue;
            const deps = own(r.propertyDependencies, ref.path.split(/[.[]/)[0]);
            const byDependency = (Array.isArray(deps) ? (deps as PolicyResource[]) : []).some((d) => d.type === target.type);
            if (byDependency || resources.some((x) => x.type === target.type && declaredName(x) === target.name)) continue;
            out.push({ urn: r.urn, message: `${subject(r)}: \`${ref.path}\` names a custom Spanner config that is not declared in this stack, so where its replicas are cannot be proven. Rule ${rule}. Fix: ${ref.fix ?? "declare it in this stack"}.` });
        }
    });
    return out;
}
