// LocationGuardrail (GCP): organization policies on an organization, folder or project, from the same
// allow-list as the pack: `gcp.resourceLocations` allows only those locations, and
// `gcp.restrictNonCmekServices` makes the named services refuse resources without a CMEK. The pack
// stops a Pulumi deployment at preview; these stop the console, gcloud and every other tool.
// Sources: https://cloud.google.com/resource-manager/docs/organization-policy/defining-locations (values:
// a region is entered as `in:<region>-locations`, multi-regions and zones as they are; verified with the
// search tool), https://cloud.google.com/kms/docs/cmek-org-policy (restrictNonCmekServices takes the
// services to deny without CMEK as denied values; NOT verified with the search tool).
import * as orgpolicy from "@pulumi/gcp/orgpolicy";
import * as pulumi from "@pulumi/pulumi";
import { guardrailLevel } from "../level";
import { guardrailLocations } from "../guardrail-locations";
import { refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { kmsLocation } from "./location";

/** The services whose resources the GCP components encrypt with a CMEK: the default for restrictNonCmekServices. */
export const cmekServices = [
    "bigquery.googleapis.com",
    "compute.googleapis.com",
    "container.googleapis.com",
    "logging.googleapis.com",
    "pubsub.googleapis.com",
    "sqladmin.googleapis.com",
    "storage.googleapis.com",
] as const;

export interface LocationGuardrailArgs extends LocationPolicyArgs {
    /** `organizations/<number>`, `folders/<number>` or `projects/<id>`. A plain string, checked at construction. */
    parent: string;
    /** Services that must use a CMEK. Default: `cmekServices`; `[]` for no CMEK policy. */
    cmekServices?: readonly string[];
    /** More `gcp.resourceLocations` values, e.g. `["in:eu-locations"]`; each must start with `in:` or name a location. */
    additionalValues?: readonly string[];
    /** Audit first: set the policies as dry-run specs (reported, not enforced). Default false. */
    dryRun?: boolean;
}

const parentPattern = /^(organizations\/\d{1,20}|folders\/\d{1,20}|projects\/[a-z][a-z0-9-]{4,28}[a-z0-9])$/;
const servicePattern = /^[a-z][a-z0-9-]*\.googleapis\.com$/;

/**
 * The `gcp.resourceLocations` values for the allow-list: each allowed region as its value group
 * (`in:<region>-locations`, the region and its zones), and the multi-region `europe` when the pack
 * allows it (the documentation names `europe` among the multi-region values). Cloud Storage's `EU`
 * multi-region and dual-regions (`EUR4`) are left out: how the constraint spells them is NOT verified;
 * add them with `additionalValues` (e.g. `["in:eu-locations"]`, Google's EU value group) if you use them.
 */
export function resourceLocationValues(policy: LocationPolicyArgs): string[] {
    const regions = guardrailLocations({ cloud: "gcp", arg: "allowedLocations" }, policy).map((r) => `in:${r}-locations`);
    const europe = guardrailLocations(kmsLocation("allowedLocations"), policy).includes("europe") ? ["europe"] : [];
    return [...regions, ...europe];
}

function plan(subject: Subject, args: LocationGuardrailArgs): { values: string[]; services: string[] } {
    if (typeof args.parent !== "string" || !parentPattern.test(args.parent)) {
        refuse(subject, `parent ${JSON.stringify(args.parent)} is not "organizations/<number>", "folders/<number>" or "projects/<id>"`);
    }
    const services = [...(args.cmekServices ?? cmekServices)];
    services.forEach((s, i) => {
        if (typeof s !== "string" || !servicePattern.test(s)) refuse(subject, `cmekServices[${i}] ${JSON.stringify(s)} is not a service name such as "storage.googleapis.com"`);
    });
    (args.additionalValues ?? []).forEach((v, i) => {
        if (typeof v !== "string" || !/^(in:)?[a-z][a-z0-9-]*$/.test(v)) refuse(subject, `additionalValues[${i}] ${JSON.stringify(v)} is not a location or value group such as "in:eu-locations"`);
    });
    const values = [...new Set([...resourceLocationValues(args), ...(args.additionalValues ?? [])])];
    if (values.length === 0) refuse(subject, "the allow-list names no Google Cloud location: the policy would deny every resource");
    return { values, services };
}

export class LocationGuardrail extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:gcp:LocationGuardrail";
    /** Enforces the level-2 location requirement (and, with cmekServices, level 1's CMEK) in Google Cloud; it stores no data. */
    static readonly level = guardrailLevel;

    /** The `gcp.resourceLocations` allowed values. */
    public readonly allowedValues: readonly string[];
    public readonly resourceLocations: orgpolicy.Policy;
    public readonly restrictNonCmekServices?: orgpolicy.Policy;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: LocationGuardrailArgs): void {
        plan({ component: "LocationGuardrail", name }, args);
    }

    constructor(name: string, args: LocationGuardrailArgs, opts?: pulumi.ComponentResourceOptions) {
        const checked = plan({ component: "LocationGuardrail", name }, args);
        super(LocationGuardrail.type, name, {}, opts);
        this.allowedValues = checked.values;
        const spec = (rules: orgpolicy.PolicyArgs["spec"]) => (args.dryRun ? { dryRunSpec: rules } : { spec: rules });

        this.resourceLocations = new orgpolicy.Policy(`${name}-locations`, {
            parent: args.parent,
            name: `${args.parent}/policies/gcp.resourceLocations`,
            ...spec({ rules: [{ values: { allowedValues: checked.values } }] }),
        }, { parent: this });
        if (checked.services.length > 0) {
            this.restrictNonCmekServices = new orgpolicy.Policy(`${name}-cmek`, {
                parent: args.parent,
                name: `${args.parent}/policies/gcp.restrictNonCmekServices`,
                ...spec({ rules: [{ values: { deniedValues: checked.services } }] }),
            }, { parent: this });
        }
        this.registerOutputs({ allowedValues: this.allowedValues, resourceLocationsPolicy: this.resourceLocations.name });
    }
}
