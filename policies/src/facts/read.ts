// Safe readers over resource props. Props may be garbage (wrong types, nulls, prototype-polluting
// keys) and are wrapped by the SDK in a proxy that throws on values unknown at preview; these
// readers only touch the keys they are asked for, so an unknown elsewhere never stops a policy.

/** The value of an own property of an object, or undefined. Never follows the prototype chain. */
export function own(obj: unknown, key: string): unknown {
    if (obj === null || typeof obj !== "object" || Array.isArray(obj)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(obj, key)) return undefined;
    const v = (obj as Record<string, unknown>)[key];
    return v === null ? undefined : v;
}

/** Missing, null or an empty string: states nothing. */
export function isBlank(v: unknown): boolean {
    return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

export function ownString(obj: unknown, key: string): string | undefined {
    const v = own(obj, key);
    return typeof v === "string" ? v : undefined;
}

export interface Found {
    /** Concrete path, e.g. "replicas[1].regionName". */
    path: string;
    value: unknown;
}

/**
 * Every value at a path such as "replicas[].regionName" or "a.b[].c[]". "[]" fans out over an
 * array; a non-array or a missing step yields nothing. Values found are returned as they are.
 */
export function collect(root: unknown, path: string): Found[] {
    let current: Found[] = [{ path: "", value: root }];
    for (const step of path.split(".")) {
        const fan = step.endsWith("[]");
        const key = fan ? step.slice(0, -2) : step;
        const next: Found[] = [];
        for (const f of current) {
            const v = own(f.value, key);
            if (v === undefined) continue;
            const p = f.path ? `${f.path}.${key}` : key;
            if (!fan) {
                next.push({ path: p, value: v });
            } else if (Array.isArray(v)) {
                for (let i = 0; i < v.length; i++) {
                    const item: unknown = v[i];
                    if (item !== null && item !== undefined) next.push({ path: `${p}[${i}]`, value: item });
                }
            }
        }
        current = next;
    }
    return current;
}

/** The package of a type token: "aws" for "aws:s3/bucket:Bucket", the provider's package for "pulumi:providers:aws". */
export function packageOf(type: string): string {
    if (type.startsWith("pulumi:providers:")) return type.slice("pulumi:providers:".length);
    const i = type.indexOf(":");
    return i < 0 ? type : type.slice(0, i);
}

export function isProviderType(type: string): boolean {
    return type.startsWith("pulumi:providers:");
}

/** Packages whose resource tokens the Terraform bridge writes as `pkg:module/member:Type`. */
const bridgedPackages: ReadonlySet<string> = new Set(["aws", "azure", "gcp"]);

/**
 * A component the aws, azure (classic) or gcp SDK itself defines (`aws:cloudwatch:EventRuleEventSubscription`,
 * `gcp:cloudfunctions:CallbackFunction`): it carries the package's name, but every bridged custom
 * resource token has a `module/member` part (all 3,811 aws and gcp types in provider-shape.json do), and
 * a component has no provider. It owns no data; the resources it creates are judged themselves.
 */
export function isSdkComponent(type: string, provider: unknown): boolean {
    if (provider !== undefined || isProviderType(type) || !bridgedPackages.has(packageOf(type))) return false;
    const module = type.split(":")[1] ?? "";
    return type.split(":").length === 3 && module !== "" && !module.includes("/");
}
