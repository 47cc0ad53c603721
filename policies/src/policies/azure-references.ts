// Azure copies named by reference: a SQL failover group's partner servers and an object
// replication policy's accounts are given by name or resource id, which carry no location. They
// are resolved among the stack's resources (by property dependency, else by name and resource
// group) and located as any Azure resource (own, provider's or resource group's location). A
// reference that cannot be resolved is a violation: the copy may be anywhere.
import type { PolicyResource } from "@pulumi/policy";
import { isAllowedPlace } from "../facts/place";
import { collect, own, ownString } from "../facts/read";
import type { AzureStack } from "./azure-stack";
import { forEachKnown, readKnown } from "./guard";
import { locationViolation, subject } from "./message";
import type { Finding } from "./finding";

interface Reference {
    readonly path: string;
    /** The input whose property dependencies name the target while the value is unknown at preview. */
    readonly dependsOn: string;
    readonly target: string;
    /** The target's name input (autonaming fills it at Check). */
    readonly nameProp: string;
    readonly what: string;
    readonly fix: string;
}

/** Docs: @pulumi/azure-native sql.FailoverGroupArgs.partnerServers ("Resource identifier of the partner server"), storage.ObjectReplicationPolicyArgs. */
const references: Readonly<Record<string, readonly Reference[]>> = {
    "azure-native:sql:FailoverGroup": [{
        path: "partnerServers[].id", dependsOn: "partnerServers", target: "azure-native:sql:Server", nameProp: "serverName", what: "partner server",
        fix: "declare the partner server in this stack with an allowed `location` and pass `partnerServers: [{ id: server.id }]`",
    }],
    "azure-native:storage:ObjectReplicationPolicy": ["destinationAccount", "sourceAccount"].map((path) => ({
        path, dependsOn: path, target: "azure-native:storage:StorageAccount", nameProp: "accountName",
        what: path === "destinationAccount" ? "destination account" : "source account",
        fix: `declare that storage account in this stack with an allowed \`location\` and pass \`${path}: account.id\``,
    })),
};

/** Name and resource group of an ARM id (`/subscriptions/…/resourceGroups/rg/providers/…/servers/name`), or a plain name. */
function parseReference(value: string): { name: string; group?: string } {
    const parts = value.split("/").filter((p) => p !== "");
    const g = parts.findIndex((p) => p.toLowerCase() === "resourcegroups");
    return { name: (parts.at(-1) ?? value).toLowerCase(), group: g >= 0 ? parts[g + 1]?.toLowerCase() : undefined };
}

function targetsNamed(ref: Reference, value: string, candidates: readonly PolicyResource[]): PolicyResource[] {
    const { name, group } = parseReference(value);
    return candidates.filter((c) => {
        const own_ = readKnown(() => ownString(c.props, ref.nameProp)).value ?? c.name;
        if (own_.toLowerCase() !== name) return false;
        const cGroup = readKnown(() => ownString(c.props, "resourceGroupName")).value;
        return group === undefined || cGroup === undefined || cGroup.toLowerCase() === group;
    });
}

function dependencyTargets(r: PolicyResource, ref: Reference): PolicyResource[] {
    const deps = own(r.propertyDependencies, ref.dependsOn);
    return (Array.isArray(deps) ? (deps as PolicyResource[]) : []).filter((d) => d.type === ref.target && d.urn !== r.urn);
}

export function azureReferenceFindings(rule: string, stack: AzureStack, allowed: ReadonlySet<string>): Finding[] {
    const out: Finding[] = [];
    // Appended in place: copying the list per resource made a 100,000-resource stack quadratic.
    const byType = new Map<string, PolicyResource[]>();
    for (const r of stack.resources) {
        const list = byType.get(r.type);
        if (list) list.push(r);
        else byType.set(r.type, [r]);
    }
    const check = (r: PolicyResource, ref: Reference, path: string, target: PolicyResource) => {
        for (const home of stack.homesOf(target)) {
            if ("unresolved" in home) {
                out.push({ urn: r.urn, message: `${subject(r)}: the ${ref.what} \`${path}\` is ${subject(target)}, but ${home.unresolved}, so where the copy goes cannot be proven. Rule ${rule}. Fix: ${home.fix}.` });
            } else if (!isAllowedPlace(home.ref.place, allowed)) {
                const note = `the location of its ${ref.what} \`${path}\` (${subject(target)}, from ${home.where})`;
                out.push({ urn: r.urn, message: locationViolation(rule, r, { ...home.ref, note }, allowed, "the location of a copy of its data,", `use a ${ref.what} in an allowed location`) });
            }
        }
    };
    forEachKnown(stack.resources, (r) => {
        for (const ref of references[r.type] ?? []) {
            const candidates = byType.get(ref.target) ?? [];
            const found = readKnown(() => collect(r.props, ref.path));
            if (found.unknown !== undefined) {
                // The list itself is unknown at preview: its dependencies still name the targets.
                const deps = dependencyTargets(r, ref);
                if (deps.length === 0) throw found.unknown;
                for (const d of deps) check(r, ref, ref.dependsOn, d);
                continue;
            }
            forEachKnown(found.value ?? [], (f) => {
                const value = typeof f.value === "string" ? f.value : undefined;
                const named = value !== undefined ? targetsNamed(ref, value, candidates) : [];
                const targets = named.length > 0 ? named : dependencyTargets(r, ref);
                if (targets.length > 0) {
                    for (const t of targets) check(r, ref, f.path, t);
                    return;
                }
                out.push({ urn: r.urn, message: `${subject(r)}: the ${ref.what} \`${f.path}\` cannot be resolved to a resource in this stack, so where the copy goes cannot be proven. Rule ${rule}. Fix: ${ref.fix}.` });
            });
        }
    });
    return out;
}
