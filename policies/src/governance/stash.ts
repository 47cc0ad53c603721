// Exempted violations waiting to be reported by exempted-violations. The SDK's enforcement level is
// per policy, so a policy cannot report one violation as advisory: it parks it here and the last
// policy of the pack (advisory) reports it. The SDK runs the policies of one Analyze call in array
// order, so for a URN the parking happens before the drain.
//
// Entries carry the position of the policy that parked them. When the policy at position i starts
// on a URN, entries parked by positions >= i cannot belong to the current call (those policies have
// not run yet): they are leftovers of an earlier call whose drain did not run (exempted-violations
// disabled, or the call failed), and are dropped. The stash therefore never holds more than one
// call's entries per URN.

export interface Parked {
    /** Position of the parking policy in the pack. */
    position: number;
    policy: string;
    message: string;
    reason: string;
    expires: string;
    /** For stack findings: the URN the finding names, if any. */
    urn?: string;
}

const byUrn = new Map<string, Parked[]>();
let stack: Parked[] = [];

export function beginResource(urn: string, position: number): void {
    const entries = byUrn.get(urn);
    if (!entries) return;
    const kept = entries.filter((e) => e.position < position);
    if (kept.length === 0) byUrn.delete(urn);
    else if (kept.length !== entries.length) byUrn.set(urn, kept);
}

export function parkResource(urn: string, entry: Parked): void {
    const entries = byUrn.get(urn);
    if (entries) entries.push(entry);
    else byUrn.set(urn, [entry]);
}

export function drainResource(urn: string): Parked[] {
    const entries = byUrn.get(urn) ?? [];
    byUrn.delete(urn);
    return entries;
}

export function beginStack(position: number): void {
    if (stack.some((e) => e.position >= position)) stack = stack.filter((e) => e.position < position);
}

export function parkStack(entry: Parked): void {
    stack.push(entry);
}

export function drainStack(): Parked[] {
    const entries = stack;
    stack = [];
    return entries;
}

/** Resource URNs with parked entries (for tests of the stash's bounds). */
export function parkedUrnCount(): number {
    return byUrn.size;
}

/** Malformed exemptions seen per policy, reported once per stack run by exempted-violations. */
const malformedByPolicy = new Map<string, readonly { position: number; problem: string }[]>();

export function noteMalformed(policy: string, malformed: readonly { position: number; problem: string }[]): void {
    if (malformed.length === 0) malformedByPolicy.delete(policy);
    else malformedByPolicy.set(policy, malformed);
}

export function malformedSeen(): ReadonlyMap<string, readonly { position: number; problem: string }[]> {
    return malformedByPolicy;
}

/** Config keys a policy does not define, seen per policy, reported once per stack run by exempted-violations. */
const unknownKeysByPolicy = new Map<string, { unknown: readonly string[]; valid: readonly string[] }>();

export function noteUnknownKeys(policy: string, unknown: readonly string[], valid: readonly string[]): void {
    if (unknown.length === 0) unknownKeysByPolicy.delete(policy);
    else unknownKeysByPolicy.set(policy, { unknown, valid });
}

export function unknownKeysSeen(): ReadonlyMap<string, { unknown: readonly string[]; valid: readonly string[] }> {
    return unknownKeysByPolicy;
}
