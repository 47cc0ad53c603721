// RegionGuardrail (AWS): an AWS Organizations service control policy that denies every request to a
// region outside the pack's allow-list (`aws:RequestedRegion`), global services exempted through
// `NotAction` as AWS Control Tower's Region deny control does, attached to the organization root, OUs
// or accounts. The pack stops a Pulumi deployment at preview; the SCP stops the console, the CLI and
// every other tool. Deploy it from the organization's management account (or a delegated administrator).
// Source: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html
import * as organizations from "@pulumi/aws/organizations";
import * as pulumi from "@pulumi/pulumi";
import { guardrailLevel } from "../level";
import { guardrailLocations } from "../guardrail-locations";
import { refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { globalServiceActions } from "./global-services";

/** The SCP document size limit, in characters (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html; NOT verified with the search tool). */
export const scpMaxCharacters = 5120;

export interface RegionGuardrailArgs extends LocationPolicyArgs {
    /** Where to attach: the root (`r-xxxx`), OUs (`ou-xxxx-yyyyyyyy`) or accounts (12 digits). At least one. */
    targetIds: readonly string[];
    /** More actions to exempt (global services you use), e.g. `"budgets:*"`. */
    exemptActions?: readonly string[];
    /** Principals never denied, e.g. a break-glass role: `arn:aws:iam::*:role/BreakGlass`. */
    exemptPrincipalArns?: readonly string[];
    /** Default "eu-sovereignty-region-deny". */
    policyName?: string;
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

const targetPattern = /^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|\d{12})$/;
const actionPattern = /^[a-z0-9-]+:[A-Za-z0-9*]+$/;
const principalPattern = /^arn:aws(-[a-z]+)*:iam::(\d{12}|\*):(role|user)\/[\w+=,.@/*-]+$/;

interface GuardrailPlan {
    regions: string[];
    document: string;
}

/** The SCP: deny outside the regions, except global-service actions and the exempt principals. */
export function regionDenyPolicy(regions: readonly string[], exemptActions: readonly string[], exemptPrincipals: readonly string[]): Record<string, unknown> {
    const condition: Record<string, unknown> = { StringNotEquals: { "aws:RequestedRegion": [...regions] } };
    if (exemptPrincipals.length > 0) condition.ArnNotLike = { "aws:PrincipalARN": [...exemptPrincipals] };
    return {
        Version: "2012-10-17",
        Statement: [{
            Sid: "DenyOutsideAllowedRegions",
            Effect: "Deny",
            NotAction: [...new Set([...globalServiceActions, ...exemptActions])],
            Resource: "*",
            Condition: condition,
        }],
    };
}

function plan(subject: Subject, args: RegionGuardrailArgs): GuardrailPlan {
    if (!Array.isArray(args.targetIds) || args.targetIds.length === 0) {
        refuse(subject, "targetIds must name at least one target: the organization root (r-...), an OU (ou-...) or an account id");
    }
    args.targetIds.forEach((t, i) => {
        if (typeof t !== "string" || !targetPattern.test(t)) refuse(subject, `targetIds[${i}] ${JSON.stringify(t)} is not a root (r-...), OU (ou-...-...) or 12-digit account id`);
    });
    (args.exemptActions ?? []).forEach((a, i) => {
        if (typeof a !== "string" || !actionPattern.test(a)) refuse(subject, `exemptActions[${i}] ${JSON.stringify(a)} is not an IAM action such as "budgets:*"`);
        if (a === "*" || a.startsWith("*")) refuse(subject, `exemptActions[${i}] ${JSON.stringify(a)} would exempt everything`);
    });
    (args.exemptPrincipalArns ?? []).forEach((p, i) => {
        if (typeof p !== "string" || !principalPattern.test(p)) refuse(subject, `exemptPrincipalArns[${i}] ${JSON.stringify(p)} is not an IAM role or user ARN such as "arn:aws:iam::*:role/BreakGlass"`);
    });
    if (args.policyName !== undefined && !/^[\w+=,.@-]{1,128}$/.test(args.policyName)) {
        refuse(subject, `policyName ${JSON.stringify(args.policyName)} is not a valid policy name; allowed: 1-128 letters, digits and "+=,.@-_"`);
    }
    const regions = guardrailLocations({ cloud: "aws", arg: "allowedLocations" }, args);
    if (regions.length === 0) refuse(subject, "the allow-list names no AWS region: the SCP would deny every regional request");
    const document = JSON.stringify(regionDenyPolicy(regions, args.exemptActions ?? [], args.exemptPrincipalArns ?? []));
    if (document.length > scpMaxCharacters) {
        refuse(subject, `the policy is ${document.length} characters, over the SCP limit of ${scpMaxCharacters}; exempt fewer actions (use "service:*" forms)`);
    }
    return { regions, document };
}

export class RegionGuardrail extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:aws:RegionGuardrail";
    /** Enforces the level-2 location requirement in AWS itself; it stores no data. */
    static readonly level = guardrailLevel;

    /** The regions the SCP allows (the pack's allow-list). */
    public readonly allowedRegions: readonly string[];
    public readonly policy: organizations.Policy;
    public readonly attachments: readonly organizations.PolicyAttachment[];
    public readonly policyId: pulumi.Output<string>;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: RegionGuardrailArgs): void {
        plan({ component: "RegionGuardrail", name }, args);
    }

    constructor(name: string, args: RegionGuardrailArgs, opts?: pulumi.ComponentResourceOptions) {
        const checked = plan({ component: "RegionGuardrail", name }, args);
        super(RegionGuardrail.type, name, {}, opts);
        this.allowedRegions = checked.regions;
        this.policy = new organizations.Policy(name, {
            name: args.policyName ?? "eu-sovereignty-region-deny",
            description: `Deny requests outside ${checked.regions.join(", ")} (eu-sovereignty)`,
            type: "SERVICE_CONTROL_POLICY",
            content: checked.document,
            tags: args.tags,
        }, { parent: this });
        this.attachments = args.targetIds.map((targetId) => new organizations.PolicyAttachment(`${name}-${targetId}`, {
            policyId: this.policy.id,
            targetId,
        }, { parent: this }));
        this.policyId = this.policy.id;
        this.registerOutputs({ allowedRegions: this.allowedRegions, policyId: this.policyId });
    }
}
