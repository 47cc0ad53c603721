// One shape for every violation message: the resource, the offending value and where it was read,
// the rule, and the fix. Nothing else from the props is ever printed.
import { closestRegion, exampleAllowed } from "../data/catalogue";
import { allowedHint } from "../config/locations";
import { showPlace } from "../facts/place";
import type { LocationRef } from "../facts/types";
import { safeName, safeType } from "./guard";

export interface Subject {
    type: string;
    name: string;
    /** The resource's provider, when the policy sees it (resource policies do). */
    provider?: { type?: unknown; name?: unknown };
}

/** Pulumi names the provider it creates for resources without one "default" or "default_<version>". */
function isDefaultProvider(name: unknown): boolean {
    return typeof name === "string" && /^default(?:_[0-9]+_[0-9]+_[0-9]+.*)?$/.test(name);
}

/** "aws" for pulumi:providers:aws. */
function providerPackage(type: unknown): string | undefined {
    const m = typeof type === "string" ? /^pulumi:providers:([\w-]{1,64})$/.exec(type) : null;
    return m?.[1];
}

/**
 * When the location comes from a provider's config, that config is the cause to fix: the stack's
 * `<package>:<key>` in Pulumi.<stack>.yaml for a default provider, the provider's own property for
 * an explicit one. Pulumi reads provider settings from the stack config under the package's
 * namespace (https://www.pulumi.com/docs/iac/concepts/resources/providers/#default-providers).
 */
interface Cause {
    origin: string;
    fix: string;
}

function causeOf(r: Subject, ref: LocationRef): Cause | undefined {
    const key = ref.path.replace(/^provider\./, "");
    if (!/^[\w-]{1,64}$/.test(key)) return undefined;
    if (ref.source === "provider") {
        const pkg = providerPackage(r.provider?.type);
        if (pkg === undefined) return undefined;
        if (isDefaultProvider(r.provider?.name)) {
            return {
                origin: `\`${ref.path}\` (inherited from the default ${pkg} provider, i.e. \`${pkg}:${key}\` in Pulumi.<stack>.yaml)`,
                fix: `set \`${pkg}:${key}\` in Pulumi.<stack>.yaml to an allowed location (every resource on the default ${pkg} provider inherits it), or give this resource an explicit provider in one`,
            };
        }
        return {
            origin: `\`${ref.path}\` (from its provider "${safeName(r.provider?.name)}")`,
            fix: `set \`${key}\` on provider "${safeName(r.provider?.name)}" to an allowed location, or move this resource to a provider in one`,
        };
    }
    const pkg = providerPackage(r.type);
    if (pkg !== undefined && isDefaultProvider(r.name) && ref.path === key) {
        return {
            origin: `\`${key}\` (the stack's \`${pkg}:${key}\` in Pulumi.<stack>.yaml)`,
            fix: `set \`${pkg}:${key}\` in Pulumi.<stack>.yaml to an allowed location: this default provider serves every ${pkg} resource without an explicit provider`,
        };
    }
    return undefined;
}

export function subject(r: Subject): string {
    return `${safeType(r.type)} "${safeName(r.name)}"`;
}

function origin(ref: LocationRef): string {
    if (ref.note !== undefined) return ref.note;
    return ref.source === "provider" ? `\`${ref.path}\` (from the resource's provider)` : `\`${ref.path}\``;
}

/** "did you mean" for unrecognised values, and a few allowed names of the same cloud as examples. */
function suggestion(ref: LocationRef, allowed: ReadonlySet<string>): string {
    const parts: string[] = [];
    if (!ref.place.known && ref.place.canonical !== "") {
        const close = closestRegion(ref.place.cloud, ref.place.canonical);
        if (close) parts.push(`did you mean "${close}"?`);
    }
    const examples = exampleAllowed(ref.place.cloud, allowed);
    if (examples.length > 0) parts.push(`allowed ${ref.place.cloud === "unknown" ? "" : `${ref.place.cloud} `}locations include ${examples.join(", ")}`);
    return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}

export function locationViolation(
    rule: string,
    r: Subject,
    ref: LocationRef,
    allowed: ReadonlySet<string>,
    what: string,
    fix: string,
): string {
    const value = ref.place.known || ref.place.label === undefined ? showPlace(ref.place) : ref.place.label;
    const cause = ref.note === undefined ? causeOf(r, ref) : undefined;
    return `${subject(r)}: ${what} ${cause?.origin ?? origin(ref)} is ${value}, outside the allowed locations. ` +
        `Rule ${rule}; ${allowedHint(allowed)}. Fix: ${ref.fix ?? `${cause?.fix ?? fix}${suggestion(ref, allowed)}`}.`;
}
