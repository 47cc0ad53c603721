// The cloud guardrails under the mock runtime: the SCP, the Azure Policy assignments and the GCP
// organization policies each carry the pack's allow-list (the default, a narrowed and a widened one),
// and refuse what would misfire. The pack's verdict on them is in pack.test.ts (fixture programs).
import * as assert from "assert";
import { allowedLocations, regionTables } from "eu-sovereignty-policies/lib";
import * as aws from "../../components/aws";
import * as azure from "../../components/azure";
import * as gcp from "../../components/gcp";
import { registrationsOf, resetRegistrations, settle, useMocks, itRefuses, type Refusal } from "./mocks";

/** The pack's default allow-list for one cloud's regions, read from the catalogue (not from the components). */
function packRegions(cloud: "aws" | "azure" | "gcp"): string[] {
    const allowed = allowedLocations(undefined);
    return regionTables[cloud].entries.filter((e) => allowed.has(e.name) && e.components === undefined && !["eu", "europe"].includes(e.name)).map((e) => e.name);
}

describe("components: cloud guardrails", () => {
    before(() => useMocks({ "aws:region": "eu-central-1", "azure-native:location": "germanywestcentral", "gcp:region": "europe-west3" }));
    beforeEach(async () => {
        await settle();
        resetRegistrations();
    });

    describe("aws.RegionGuardrail", () => {
        it("registers an SCP denying requests outside the pack's regions, global services exempt, attached to each target", async () => {
            const g = new aws.RegionGuardrail("eu", { targetIds: ["r-ab12", "123456789012"], exemptPrincipalArns: ["arn:aws:iam::*:role/BreakGlass"] });
            assert.deepStrictEqual(g.allowedRegions, packRegions("aws"));
            const [policy] = await registrationsOf("aws:organizations/policy:Policy");
            assert.strictEqual(policy.inputs.type, "SERVICE_CONTROL_POLICY");
            const doc = JSON.parse(String(policy.inputs.content));
            const [statement] = doc.Statement;
            assert.strictEqual(statement.Effect, "Deny");
            assert.deepStrictEqual(statement.Condition.StringNotEquals, { "aws:RequestedRegion": packRegions("aws") });
            assert.deepStrictEqual(statement.Condition.ArnNotLike, { "aws:PrincipalARN": ["arn:aws:iam::*:role/BreakGlass"] });
            for (const a of ["iam:*", "organizations:*", "route53:*", "cloudfront:*", "support:*"]) assert.ok(statement.NotAction.includes(a), a);
            // Regional data services are never exempt: that would let them run outside the EU.
            for (const a of ["s3:*", "kms:*", "ec2:*", "rds:*"]) assert.ok(!statement.NotAction.includes(a), a);
            assert.ok(String(policy.inputs.content).length <= aws.scpMaxCharacters);
            const attachments = await registrationsOf("aws:organizations/policyAttachment:PolicyAttachment");
            assert.deepStrictEqual(attachments.map((a) => [a.inputs.targetId, a.inputs.policyId]), [["r-ab12", "p-eu"], ["123456789012", "p-eu"]]);
        });

        it("narrows to the allow-list the pack is configured with", async () => {
            const g = new aws.RegionGuardrail("narrow", { targetIds: ["r-ab12"], allowedLocations: ["eu-central-1", "eu-west-1"] });
            assert.deepStrictEqual(g.allowedRegions, ["eu-central-1", "eu-west-1"]);
        });

        itRefuses([
            ["no target", () => new aws.RegionGuardrail("g", { targetIds: [] }),
                'RegionGuardrail "g": targetIds must name at least one target: the organization root (r-...), an OU (ou-...) or an account id'],
            ["a target that is no root, OU or account", () => new aws.RegionGuardrail("g", { targetIds: ["o-abc123"] }),
                'RegionGuardrail "g": targetIds[0] "o-abc123" is not a root (r-...), OU (ou-...-...) or 12-digit account id'],
            ["an exemption of everything", () => new aws.RegionGuardrail("g", { targetIds: ["r-ab12"], exemptActions: ["*:*"] }),
                'RegionGuardrail "g": exemptActions[0] "*:*" is not an IAM action such as "budgets:*"'],
            ["an allow-list with no AWS region", () => new aws.RegionGuardrail("g", { targetIds: ["r-ab12"], allowedLocations: ["westeurope"] }),
                'RegionGuardrail "g": the allow-list names no AWS region: the SCP would deny every regional request'],
            ["a policy over the SCP size limit", () => new aws.RegionGuardrail("g", { targetIds: ["r-ab12"], exemptActions: Array.from({ length: 300 }, (_, i) => `svc${i}:Action${i}`) }),
                'RegionGuardrail "g": the policy is 6836 characters, over the SCP limit of 5120; exempt fewer actions (use "service:*" forms)'],
        ] satisfies Refusal[]);
    });

    describe("azure.LocationGuardrail", () => {
        it("assigns the two built-in location policies with the pack's locations at a management group", async () => {
            const scope = "/providers/Microsoft.Management/managementGroups/platform";
            const g = new azure.LocationGuardrail("eu", { scope });
            assert.deepStrictEqual(g.allowedLocations, packRegions("azure"));
            const assignments = await registrationsOf("azure-native:authorization:PolicyAssignment");
            assert.deepStrictEqual(assignments.map((a) => a.inputs.policyDefinitionId), [
                "/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c",
                "/providers/Microsoft.Authorization/policyDefinitions/e765b5de-1225-4ba3-bd56-1ac6695af988",
            ]);
            for (const a of assignments) {
                assert.strictEqual(a.inputs.scope, scope);
                assert.strictEqual(a.inputs.enforcementMode, "Default");
                assert.deepStrictEqual(a.inputs.parameters, { listOfAllowedLocations: { value: packRegions("azure") } });
            }
        });

        it("widens with additionalLocations as the pack does", async () => {
            const g = new azure.LocationGuardrail("ch", { scope: "/subscriptions/00000000-0000-0000-0000-000000000001", additionalLocations: ["switzerlandnorth"] });
            assert.ok(g.allowedLocations.includes("switzerlandnorth"));
            assert.strictEqual(g.allowedLocations.length, packRegions("azure").length + 1);
        });

        itRefuses([
            ["a scope that is no management group or subscription", () => new azure.LocationGuardrail("g", { scope: "/subscriptions/x/resourceGroups/rg" }),
                'LocationGuardrail "g": scope "/subscriptions/x/resourceGroups/rg" is not a management group or subscription id such as "/providers/Microsoft.Management/managementGroups/<id>" or "/subscriptions/<guid>"'],
            ["an unknown enforcement mode", () => new azure.LocationGuardrail("g", { scope: "/subscriptions/00000000-0000-0000-0000-000000000001", enforcementMode: "Audit" as never }),
                'LocationGuardrail "g": enforcementMode "Audit" is not allowed; allowed: Default, DoNotEnforce'],
            ["an allow-list with no Azure location", () => new azure.LocationGuardrail("g", { scope: "/subscriptions/00000000-0000-0000-0000-000000000001", allowedLocations: ["eu-central-1"] }),
                'LocationGuardrail "g": the allow-list names no Azure location: the assignment would deny every deployment'],
        ] satisfies Refusal[]);
    });

    describe("gcp.LocationGuardrail", () => {
        it("sets gcp.resourceLocations to the pack's regions and restrictNonCmekServices on the organization", async () => {
            const g = new gcp.LocationGuardrail("eu", { parent: "organizations/123456789012" });
            const expected = [...packRegions("gcp").map((r) => `in:${r}-locations`), "europe"];
            assert.deepStrictEqual(g.allowedValues, expected);
            const policies = await registrationsOf("gcp:orgpolicy/policy:Policy");
            policies.sort((a, b) => String(a.inputs.name).localeCompare(String(b.inputs.name)));
            assert.deepStrictEqual(policies.map((p) => p.inputs.name), [
                "organizations/123456789012/policies/gcp.resourceLocations",
                "organizations/123456789012/policies/gcp.restrictNonCmekServices",
            ]);
            assert.deepStrictEqual(policies[0].inputs.spec, { rules: [{ values: { allowedValues: expected } }] });
            assert.deepStrictEqual(policies[1].inputs.spec, { rules: [{ values: { deniedValues: [...gcp.cmekServices] } }] });
        });

        it("writes dry-run specs when asked, and no CMEK policy with cmekServices: []", async () => {
            const g = new gcp.LocationGuardrail("audit", { parent: "folders/42", dryRun: true, cmekServices: [], allowedLocations: ["europe-west3"] });
            assert.strictEqual(g.restrictNonCmekServices, undefined);
            const [p] = await registrationsOf("gcp:orgpolicy/policy:Policy");
            assert.strictEqual(p.inputs.spec, undefined);
            assert.deepStrictEqual(p.inputs.dryRunSpec, { rules: [{ values: { allowedValues: ["in:europe-west3-locations"] } }] });
        });

        itRefuses([
            ["a parent that is no organization, folder or project", () => new gcp.LocationGuardrail("g", { parent: "billingAccounts/0000" }),
                'LocationGuardrail "g": parent "billingAccounts/0000" is not "organizations/<number>", "folders/<number>" or "projects/<id>"'],
            ["a service name that is none", () => new gcp.LocationGuardrail("g", { parent: "folders/42", cmekServices: ["storage"] }),
                'LocationGuardrail "g": cmekServices[0] "storage" is not a service name such as "storage.googleapis.com"'],
            ["an allow-list with no Google Cloud location", () => new gcp.LocationGuardrail("g", { parent: "folders/42", allowedLocations: ["westeurope"] }),
                'LocationGuardrail "g": the allow-list names no Google Cloud location: the policy would deny every resource'],
        ] satisfies Refusal[]);
    });
});
