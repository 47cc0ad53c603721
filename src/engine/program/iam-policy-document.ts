// `aws.iam.getPolicyDocument` offline. The provider renders the document from its arguments alone,
// without calling AWS (Terraform's aws_iam_policy_document data source), so check can too. The
// rendering follows the IAM JSON grammar
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html): a list of one
// value is written as that value, `Principal` of type "*" with identifier "*" as "*". Key order and
// whitespace may differ from the provider's; the statements are the same. Merging source or override
// documents is not reproduced: such a call needs an --invokes answer.

/** Thrown for arguments the offline rendering does not cover. */
export class NotRendered extends Error {}

type Json = string | string[] | Record<string, unknown>;

function strings(v: unknown, what: string): string[] | undefined {
    if (v === undefined || v === null) {
        return undefined;
    }
    if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) {
        throw new NotRendered(`${what} is not a list of strings`);
    }
    return v.length === 0 ? undefined : v;
}

function one(v: string[]): string | string[] {
    return v.length === 1 ? v[0] : v;
}

function objects(v: unknown, what: string): Record<string, unknown>[] {
    if (v === undefined || v === null) {
        return [];
    }
    if (!Array.isArray(v) || !v.every((x) => typeof x === "object" && x !== null && !Array.isArray(x))) {
        throw new NotRendered(`${what} is not a list of objects`);
    }
    return v as Record<string, unknown>[];
}

function principals(v: unknown, what: string): Json | undefined {
    const list = objects(v, what);
    if (list.length === 0) {
        return undefined;
    }
    const byType: Record<string, string[]> = {};
    for (const p of list) {
        const type = typeof p.type === "string" ? p.type : "";
        byType[type] = [...(byType[type] ?? []), ...(strings(p.identifiers, `${what}.identifiers`) ?? [])];
    }
    const types = Object.keys(byType);
    if (types.length === 1 && types[0] === "*" && byType["*"].every((id) => id === "*")) {
        return "*";
    }
    return Object.fromEntries(types.map((t) => [t, one(byType[t])]));
}

function conditions(v: unknown): Record<string, Record<string, Json>> | undefined {
    const list = objects(v, "conditions");
    if (list.length === 0) {
        return undefined;
    }
    const out: Record<string, Record<string, Json>> = {};
    for (const c of list) {
        const test = typeof c.test === "string" ? c.test : "";
        const variable = typeof c.variable === "string" ? c.variable : "";
        out[test] = { ...out[test], [variable]: one(strings(c.values, "conditions.values") ?? []) };
    }
    return out;
}

function statement(s: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (typeof s.sid === "string" && s.sid !== "") {
        out.Sid = s.sid;
    }
    out.Effect = typeof s.effect === "string" && s.effect !== "" ? s.effect : "Allow";
    const lists: [string, string][] = [["actions", "Action"], ["notActions", "NotAction"], ["resources", "Resource"], ["notResources", "NotResource"]];
    for (const [arg, key] of lists) {
        const v = strings(s[arg], arg);
        if (v) {
            out[key] = one(v);
        }
    }
    const principal = principals(s.principals, "principals");
    if (principal !== undefined) {
        out.Principal = principal;
    }
    const notPrincipal = principals(s.notPrincipals, "notPrincipals");
    if (notPrincipal !== undefined) {
        out.NotPrincipal = notPrincipal;
    }
    const condition = conditions(s.conditions);
    if (condition) {
        out.Condition = condition;
    }
    return out;
}

/** The data source's result for `args`, or NotRendered when it merges other documents. */
export function renderPolicyDocument(args: Record<string, unknown>): Record<string, unknown> {
    for (const merged of ["sourcePolicyDocuments", "overridePolicyDocuments", "sourceJson", "overrideJson"]) {
        const v = args[merged];
        if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) {
            throw new NotRendered(`it merges \`${merged}\`, which is not reproduced offline`);
        }
    }
    const doc: Record<string, unknown> = { Version: typeof args.version === "string" && args.version !== "" ? args.version : "2012-10-17" };
    if (typeof args.policyId === "string" && args.policyId !== "") {
        doc.Id = args.policyId;
    }
    doc.Statement = objects(args.statements, "statements").map(statement);
    const json = JSON.stringify(doc, null, 2);
    return { id: "offline", json, minifiedJson: JSON.stringify(doc), statements: args.statements ?? [], version: doc.Version };
}
