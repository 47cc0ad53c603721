// The locations a guardrail writes into a cloud's own policy: the pack's allow-list for that cloud.
// Names the catalogue does not know are kept only when they are spelt like that cloud's regions, so
// an allow-list shared by several clouds (`westeurope` beside `eu-central-1`) never leaks one cloud's
// names into another's policy.
import { placeOf } from "eu-sovereignty-policies/lib";
import { acceptedNames, type Cloud, type LocationPolicyArgs, type LocationRule } from "./validate";

const regionShape: Record<Cloud, RegExp> = {
    aws: /^[a-z]{2,5}(-[a-z]+)+-\d+$/,
    azure: /^[a-z]+[a-z0-9]*$/,
    gcp: /^[a-z]+(-[a-z]+)*\d+$/,
};

export function guardrailLocations(rule: LocationRule, policy: LocationPolicyArgs): string[] {
    return acceptedNames(rule, policy).filter((n) => placeOf(rule.cloud, n).known || regionShape[rule.cloud].test(n));
}
