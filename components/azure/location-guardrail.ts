// LocationGuardrail (Azure): Azure Policy assignments of the built-in definitions "Allowed locations"
// and "Allowed locations for resource groups" at a management group or subscription, with the same
// allow-list as the pack, so Azure itself denies what the portal, the CLI or another tool tries
// outside it. The pack stops a Pulumi deployment at preview; this stops everything else.
import * as authorization from "@pulumi/azure-native/authorization";
import * as pulumi from "@pulumi/pulumi";
import { guardrailLevel } from "../level";
import { guardrailLocations } from "../guardrail-locations";
import { refuse, type LocationPolicyArgs, type Subject } from "../validate";

/**
 * Built-in policy definitions. "Allowed locations" (e56962a6-…, parameter `listOfAllowedLocations`,
 * excludes resource groups and the `global` location):
 * https://github.com/Azure/azure-policy/blob/master/built-in-policies/policyDefinitions/General/AllowedLocations_Deny.json
 * (verified with the search tool). "Allowed locations for resource groups" (e765b5de-…): id verified with the search
 * tool (a third-party page quoting it); its parameter name `listOfAllowedLocations` NOT verified.
 */
export const azureLocationPolicies = {
    resources: "/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c",
    resourceGroups: "/providers/Microsoft.Authorization/policyDefinitions/e765b5de-1225-4ba3-bd56-1ac6695af988",
} as const;

export interface LocationGuardrailArgs extends LocationPolicyArgs {
    /**
     * Where to assign: `/providers/Microsoft.Management/managementGroups/<id>` (every subscription
     * below it) or `/subscriptions/<id>`. A plain string, checked at construction.
     */
    scope: string;
    /** Scopes exempt from the assignments, e.g. a sandbox subscription's resource group. */
    notScopes?: readonly string[];
    /** "DoNotEnforce" audits without denying (to see what would break first). Default "Default" (deny). */
    enforcementMode?: "Default" | "DoNotEnforce";
}

const scopePattern = /^(\/providers\/Microsoft\.Management\/managementGroups\/[A-Za-z0-9_().-]{1,90}|\/subscriptions\/[0-9a-fA-F-]{36})$/;

function plan(subject: Subject, args: LocationGuardrailArgs): { locations: string[] } {
    if (typeof args.scope !== "string" || !scopePattern.test(args.scope)) {
        refuse(subject, `scope ${JSON.stringify(args.scope)} is not a management group or subscription id such as "/providers/Microsoft.Management/managementGroups/<id>" or "/subscriptions/<guid>"`);
    }
    (args.notScopes ?? []).forEach((s, i) => {
        if (typeof s !== "string" || !s.toLowerCase().startsWith("/subscriptions/") && !s.toLowerCase().startsWith("/providers/microsoft.management/")) {
            refuse(subject, `notScopes[${i}] ${JSON.stringify(s)} is not a resource id under a subscription or management group`);
        }
    });
    if (args.enforcementMode !== undefined && !["Default", "DoNotEnforce"].includes(args.enforcementMode)) {
        refuse(subject, `enforcementMode ${JSON.stringify(args.enforcementMode)} is not allowed; allowed: Default, DoNotEnforce`);
    }
    const locations = guardrailLocations({ cloud: "azure", arg: "allowedLocations" }, args);
    if (locations.length === 0) refuse(subject, "the allow-list names no Azure location: the assignment would deny every deployment");
    return { locations };
}

export class LocationGuardrail extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:azure:LocationGuardrail";
    /** Enforces the level-2 location requirement in Azure itself; it stores no data. */
    static readonly level = guardrailLevel;

    /** The Azure locations the assignments allow (the pack's allow-list, in Azure's names). */
    public readonly allowedLocations: readonly string[];
    public readonly resources: authorization.PolicyAssignment;
    public readonly resourceGroups: authorization.PolicyAssignment;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: LocationGuardrailArgs): void {
        plan({ component: "LocationGuardrail", name }, args);
    }

    constructor(name: string, args: LocationGuardrailArgs, opts?: pulumi.ComponentResourceOptions) {
        const checked = plan({ component: "LocationGuardrail", name }, args);
        super(LocationGuardrail.type, name, {}, opts);
        this.allowedLocations = checked.locations;
        const common = {
            scope: args.scope,
            notScopes: args.notScopes ? [...args.notScopes] : undefined,
            enforcementMode: args.enforcementMode ?? "Default",
            parameters: { listOfAllowedLocations: { value: checked.locations } },
        };
        const message = `Only these locations are allowed (eu-sovereignty): ${checked.locations.join(", ")}`;
        this.resources = new authorization.PolicyAssignment(`${name}-resources`, {
            ...common,
            displayName: "Allowed locations (eu-sovereignty)",
            policyDefinitionId: azureLocationPolicies.resources,
            nonComplianceMessages: [{ message }],
        }, { parent: this });
        this.resourceGroups = new authorization.PolicyAssignment(`${name}-resource-groups`, {
            ...common,
            displayName: "Allowed locations for resource groups (eu-sovereignty)",
            policyDefinitionId: azureLocationPolicies.resourceGroups,
            nonComplianceMessages: [{ message }],
        }, { parent: this });
        this.registerOutputs({ allowedLocations: this.allowedLocations, resourcesAssignmentId: this.resources.id, resourceGroupsAssignmentId: this.resourceGroups.id });
    }
}
