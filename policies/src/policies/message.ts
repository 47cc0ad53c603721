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
    return `${subject(r)}: ${what} ${origin(ref)} is ${value}, outside the allowed locations. ` +
        `Rule ${rule}; ${allowedHint(allowed)}. Fix: ${ref.fix ?? `${fix}${suggestion(ref, allowed)}`}.`;
}
