// Which edge services of the stack use a resource AWS pins to us-east-1 only for them (Lambda@Edge):
// a CloudFront distribution names the function by (qualified) ARN, or, while ARNs are unknown at
// preview, through the property dependencies of its cache behaviors.
import type { PolicyResource } from "@pulumi/policy";
import { usePins, type EdgeUser } from "../../data/edge-pins";
import { factsOf } from "..";
import { collect, own, ownString } from "../read";
import { forEachKnown, readKnown } from "../unknown";

/** The function name of a Lambda ARN, qualified (`…:function:name:3`) or not. */
function lambdaNameOfArn(arn: string): string | undefined {
    const m = /^arn:aws[\w-]*:lambda:[^:]*:\d*:function:([^:]+)(?::[^:]+)?$/.exec(arn);
    return m ? m[1] : undefined;
}

function refersTo(fn: PolicyResource, arn: string): boolean {
    for (const key of ["arn", "qualifiedArn"]) {
        const mine = readKnown(() => ownString(fn.props, key)).value;
        if (mine !== undefined && (arn === mine || arn.startsWith(`${mine}:`))) return true;
    }
    const name = readKnown(() => ownString(fn.props, "name")).value;
    return name !== undefined && lambdaNameOfArn(arn) === name;
}

interface UserRefs { user: PolicyResource; arns: string[]; dependencies: ReadonlySet<string> }

function refsOf(user: PolicyResource, spec: EdgeUser): UserRefs {
    const dependencies = new Set<string>();
    for (const prop of spec.dependsOn) {
        const deps = own(user.propertyDependencies, prop);
        if (Array.isArray(deps)) for (const d of deps as PolicyResource[]) dependencies.add(d.urn);
    }
    const arns: string[] = [];
    let unknown: unknown;
    for (const path of spec.arns) {
        const found = readKnown(() => collect(user.props, path));
        if (found.unknown !== undefined) unknown ??= found.unknown;
        for (const f of found.value ?? []) if (typeof f.value === "string") arns.push(f.value);
    }
    // An association unknown at preview and no dependency to go by: the SDK's preview handling applies.
    if (unknown !== undefined && dependencies.size === 0) throw unknown;
    return { user, arns, dependencies };
}

/** For each resource pinned only if used, the edge resources of the stack that use it. */
export class EdgeUsers {
    private readonly users: UserRefs[] = [];

    constructor(resources: readonly PolicyResource[]) {
        const specs = new Map<string, EdgeUser>();
        for (const pin of Object.values(usePins)) for (const u of pin.users) specs.set(u.type, u);
        forEachKnown(resources, (r) => {
            const spec = specs.get(r.type);
            if (spec) this.users.push(refsOf(r, spec));
        });
    }

    /** The resources of the stack that are pinned only if used, and are in the pin region. */
    static candidates(resources: readonly PolicyResource[]): PolicyResource[] {
        const out: PolicyResource[] = [];
        forEachKnown(resources, (r) => {
            if (usePins[r.type] === undefined) return;
            if (factsOf({ type: r.type, name: r.name, urn: r.urn, props: r.props, provider: r.provider }).pinnedIfUsed) out.push(r);
        });
        return out;
    }

    usersOf(fn: PolicyResource): PolicyResource[] {
        return this.users.filter((u) => u.dependencies.has(fn.urn) || u.arns.some((a) => refersTo(fn, a))).map((u) => u.user);
    }
}
