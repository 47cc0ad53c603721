// Config keys a policy does not define. The Pulumi CLI validates a policy's config against its
// schema, but the SDK's schema has no top-level additionalProperties
// (PolicyConfigSchema: properties and required only), so `{"enforcementLevle": "mandatory"}` or
// `allowedLocation` reaches the pack and would be ignored. The offline engine refuses them before a
// run; under the Pulumi CLI each of the policy's violations says so, and exempted-violations reports
// them once per stack (a stack check per policy would deserialize the whole stack once more each).

const maxShown = 5;

function shown(key: string): string {
    return `\`${key.replace(/[^\w.$-]/g, "?").slice(0, 60)}\``;
}

function distance(a: string, b: string): number {
    if (Math.abs(a.length - b.length) > 3 || a.length > 64 || b.length > 64) return Infinity;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = row;
    }
    return prev[b.length];
}

/** The valid key a typo most likely meant, if one is close. */
export function closestKey(key: string, valid: readonly string[]): string | undefined {
    let best: string | undefined;
    let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
    for (const v of valid) {
        const d = distance(key.toLowerCase(), v.toLowerCase());
        if (d < bestDistance) {
            best = v;
            bestDistance = d;
        }
    }
    return best;
}

/** Keys of the config (as getConfig returns it, without enforcementLevel) that the schema does not define. */
export function unknownConfigKeys(config: unknown, valid: ReadonlySet<string>): string[] {
    if (config === null || typeof config !== "object") return [];
    return Object.keys(config).filter((k) => !valid.has(k));
}

/** The violation for unknown keys: what is wrong, the rule, and what to write instead. */
export function unknownKeysMessage(policy: string, unknown: readonly string[], valid: readonly string[]): string {
    const keys = unknown.slice(0, maxShown).map(shown).join(", ") + (unknown.length > maxShown ? ` and ${unknown.length - maxShown} more` : "");
    const all = ["enforcementLevel", ...valid];
    const hint = unknown.length === 1 ? closestKey(unknown[0], all) : undefined;
    return `${policy}: its config has ${unknown.length === 1 ? "an unknown key" : "unknown keys"} ${keys}${hint ? ` (did you mean \`${hint}\`?)` : ""}, ` +
        `which the policy ignores, so the config does not do what it says. ` +
        `Fix: correct or remove ${unknown.length === 1 ? "it" : "them"} in the policy pack config; the policy's keys are ${all.map((k) => `\`${k}\``).join(", ")}.`;
}

/** Appended to a violation of a policy whose config has unknown keys. */
export function unknownKeysNote(unknown: readonly string[], valid: readonly string[]): string {
    const keys = unknown.slice(0, maxShown).map(shown).join(", ") + (unknown.length > maxShown ? ` and ${unknown.length - maxShown} more` : "");
    const hint = unknown.length === 1 ? closestKey(unknown[0], ["enforcementLevel", ...valid]) : undefined;
    return ` (This policy's config has unknown keys, ignored: ${keys}${hint ? `; did you mean \`${hint}\`?` : ""}.)`;
}
