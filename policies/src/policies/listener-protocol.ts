// A load balancer listener without `protocol` is HTTP on an Application Load Balancer (the
// provider's default), but a Gateway Load Balancer listener takes no protocol at all ("Not valid
// for Gateway Load Balancers", @pulumi/aws lb.ListenerArgs.protocol). So the listener's load
// balancer is resolved in the stack, by property dependency or ARN; one that cannot be resolved is
// reported as HTTP, with the way out in the fix.
import type { PolicyResource } from "@pulumi/policy";
import { own, ownString } from "../facts/read";
import { forEachKnown, readKnown } from "./guard";
import { subject } from "./message";
import { httpListenerFix, redirectsToHttps } from "../facts/transit/checks";
import type { Finding } from "./s3-replication";

const listenerTypes: ReadonlySet<string> = new Set(["aws:lb/listener:Listener", "aws:alb/listener:Listener"]);
const balancerTypes: ReadonlySet<string> = new Set(["aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"]);

function isGateway(lb: PolicyResource): boolean {
    const type = readKnown(() => ownString(lb.props, "loadBalancerType"));
    if (type.unknown !== undefined) throw type.unknown;
    return type.value?.trim().toLowerCase() === "gateway";
}

function balancersOf(listener: PolicyResource, byArn: ReadonlyMap<string, PolicyResource>): PolicyResource[] {
    const deps = own(listener.propertyDependencies, "loadBalancerArn");
    const byDependency = (Array.isArray(deps) ? (deps as PolicyResource[]) : []).filter((d) => balancerTypes.has(d.type));
    if (byDependency.length > 0) return byDependency;
    const arn = readKnown(() => ownString(listener.props, "loadBalancerArn"));
    if (arn.unknown !== undefined) throw arn.unknown;
    const lb = arn.value !== undefined ? byArn.get(arn.value) : undefined;
    return lb ? [lb] : [];
}

export function listenerProtocolFindings(rule: string, resources: readonly PolicyResource[]): Finding[] {
    const byArn = new Map<string, PolicyResource>();
    const listeners: PolicyResource[] = [];
    forEachKnown(resources, (r) => {
        if (balancerTypes.has(r.type)) {
            const arn = readKnown(() => ownString(r.props, "arn")).value;
            if (arn !== undefined) byArn.set(arn, r);
        } else if (listenerTypes.has(r.type)) {
            // A protocol unknown at preview is left to the per-resource check.
            const protocol = readKnown(() => own(r.props, "protocol"));
            if (protocol.unknown === undefined && protocol.value === undefined) listeners.push(r);
        }
    });
    const out: Finding[] = [];
    forEachKnown(listeners, (l) => {
        if (redirectsToHttps(l.props)) return;
        const balancers = balancersOf(l, byArn);
        if (balancers.length > 0 && balancers.every(isGateway)) return;
        const gatewayHint = balancers.length === 0
            ? "; if it is a Gateway Load Balancer listener (which takes no protocol), declare that load balancer in this stack and pass `loadBalancerArn: lb.arn`"
            : "";
        out.push({ urn: l.urn, message: `${subject(l)}: \`protocol\` is not set (default HTTP) and the listener does not only redirect to HTTPS. Rule ${rule}: TLS 1.2 or newer, no plain HTTP. Fix: ${httpListenerFix}${gatewayHint}.` });
    });
    return out;
}
