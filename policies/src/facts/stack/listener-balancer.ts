// A load balancer listener without `protocol` is HTTP on an Application Load Balancer (the
// provider's default), but a Gateway Load Balancer listener takes no protocol at all ("Not valid
// for Gateway Load Balancers", @pulumi/aws lb.ListenerArgs.protocol). So the listener's load
// balancer is resolved in the stack, by property dependency or ARN. Listeners keep their transit
// rows (EUT-AWS-001/002 in facts/transit/checks.ts): the stack only decides the missing protocol.
import type { PolicyResource } from "@pulumi/policy";
import { own, ownString } from "../read";
import { redirectsToHttps, transitRows } from "../transit/checks";
import { forEachKnown, readKnown } from "../unknown";

/** Which listener names which load balancer, by which input, and what makes it a Gateway Load Balancer. */
export const listenerBalancer = {
    listenerTypes: new Set(["aws:lb/listener:Listener", "aws:alb/listener:Listener"]) as ReadonlySet<string>,
    balancerTypes: new Set(["aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"]) as ReadonlySet<string>,
    /** The listener's input naming its load balancer, matched against the balancer's `arn`. */
    input: "loadBalancerArn",
    /** The balancer's input and the value (case-insensitive) of a Gateway Load Balancer. */
    kind: { input: "loadBalancerType", gateway: "gateway" },
} as const;

/** A listener whose missing protocol means plain HTTP, as far as the stack shows. */
export interface PlainListener {
    readonly listener: PolicyResource;
    /** Its transit row id. */
    readonly row: string | undefined;
    /** False when its load balancer is not in the stack (it may be a Gateway Load Balancer). */
    readonly balancerFound: boolean;
}

function isGateway(lb: PolicyResource): boolean {
    const type = readKnown(() => ownString(lb.props, listenerBalancer.kind.input));
    if (type.unknown !== undefined) throw type.unknown;
    return type.value?.trim().toLowerCase() === listenerBalancer.kind.gateway;
}

function balancersOf(listener: PolicyResource, byArn: ReadonlyMap<string, PolicyResource>): PolicyResource[] {
    const deps = own(listener.propertyDependencies, listenerBalancer.input);
    const byDependency = (Array.isArray(deps) ? (deps as PolicyResource[]) : []).filter((d) => listenerBalancer.balancerTypes.has(d.type));
    if (byDependency.length > 0) return byDependency;
    const arn = readKnown(() => ownString(listener.props, listenerBalancer.input));
    if (arn.unknown !== undefined) throw arn.unknown;
    const lb = arn.value !== undefined ? byArn.get(arn.value) : undefined;
    return lb ? [lb] : [];
}

/**
 * Listeners without `protocol` that do not only redirect to HTTPS and are not on Gateway Load
 * Balancers. A listener whose inputs are unknown at preview is skipped and the first unknown
 * re-thrown at the end.
 */
export function plainListeners(resources: readonly PolicyResource[]): PlainListener[] {
    const byArn = new Map<string, PolicyResource>();
    const listeners: PolicyResource[] = [];
    forEachKnown(resources, (r) => {
        if (listenerBalancer.balancerTypes.has(r.type)) {
            const arn = readKnown(() => ownString(r.props, "arn")).value;
            if (arn !== undefined) byArn.set(arn, r);
        } else if (listenerBalancer.listenerTypes.has(r.type)) {
            // A protocol unknown at preview is left to the per-resource check.
            const protocol = readKnown(() => own(r.props, "protocol"));
            if (protocol.unknown === undefined && protocol.value === undefined) listeners.push(r);
        }
    });
    const out: PlainListener[] = [];
    forEachKnown(listeners, (l) => {
        if (redirectsToHttps(l.props)) return;
        const balancers = balancersOf(l, byArn);
        if (balancers.length > 0 && balancers.every(isGateway)) return;
        out.push({ listener: l, row: transitRows.get(l.type)?.id, balancerFound: balancers.length > 0 });
    });
    return out;
}
