// exempted-violations: reports, as advisories, the violations that an exemption in another policy's
// config waives, with that policy, the expiry and the reason, so waived findings stay visible. It
// must be the last policy of the pack: it drains what the governed policies before it parked.
import type { PolicyComplianceFramework, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { unknownKeysMessage } from "../governance/config-keys";
import { drainResource, drainStack, malformedSeen, unknownKeysSeen, type Parked } from "../governance/stash";
import { guardResource, guardStack } from "./guard";
import { docUrl, policyTitles } from "./metadata";

const name = "exempted-violations";

const riskAcceptance: PolicyComplianceFramework = {
    name: "ISO/IEC 27001",
    version: "2022",
    reference: "Clause 6.1.3 (information security risk treatment: risk owners' acceptance of residual risks)",
    specification: "A waived control is an accepted residual risk: documented, owned, time-bound and visible.",
};

function line(p: Parked): string {
    return `[exempted from ${p.policy} until ${p.expires}: ${p.reason}] ${p.message}`;
}

export const exemptedViolations: ResourceValidationPolicy & StackValidationPolicy = {
    name,
    displayName: policyTitles[name],
    description: "Violations waived by an exemption in a policy's config are reported here as advisories, with the policy, the reason and the expiry, so they stay visible.",
    enforcementLevel: "advisory",
    severity: "low",
    framework: riskAcceptance,
    tags: ["governance", "exemptions"],
    url: docUrl(name),
    remediationSteps: "Fix the resource and remove the exemption from the policy's config, or, if the waiver is still justified, renew it with an updated `reason` and `expires` before it lapses. Keep this policy advisory: it only makes waivers visible.",
    validateResource: guardResource(name, (args, report) => {
        for (const p of drainResource(args.urn)) report(line(p));
    }),
    validateStack: guardStack(name, (_args, report) => {
        for (const p of drainStack()) report(line(p), p.urn);
        for (const [policy, malformed] of malformedSeen()) {
            for (const m of malformed) {
                const which = m.position > 0 ? `exemption #${m.position}` : "the `exemptions` setting";
                report(`${policy}: ${which} in its config is malformed (${m.problem}) and was ignored: it exempts nothing. Rule ${name}. Fix: give every exemption a \`urn\`, \`name\` or \`type\` pattern, a non-empty \`reason\` and an \`expires\` date (YYYY-MM-DD), and no other field.`);
            }
        }
        for (const [policy, { unknown, valid }] of unknownKeysSeen()) report(unknownKeysMessage(policy, unknown, valid));
    }),
};
