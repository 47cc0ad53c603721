import { strict as assert } from "assert";
// Real-shaped key references and small helpers shared by the key policy tests.
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { customerManagedKeys, euKeyLocation, externalKeyCustody } from "eu-sovereignty-policies/policies";
import { checkResource, checkStack, type Outcome, type TestResource } from "../../../helpers/harness";

export { customerManagedKeys as cmk, euKeyLocation as location, externalKeyCustody as external };

export const awsKey = {
    euArn: "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    usArn: "arn:aws:kms:us-east-1:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321",
    eucArn: "arn:aws-eusc:kms:eusc-de-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab",
    euAliasArn: "arn:aws:kms:eu-west-1:111122223333:alias/acme-data",
    usAliasArn: "arn:aws:kms:us-west-2:111122223333:alias/acme-data",
    alias: "alias/acme-data",
    id: "1234abcd-12ab-34cd-56ef-1234567890ab",
    managed: "alias/aws/s3",
};

export const gcpKey = (location: string, key = "data") => `projects/acme-prod/locations/${location}/keyRings/acme/cryptoKeys/${key}`;
export const vaultUri = (vault: string) => `https://${vault}.vault.azure.net/keys/data/0123456789abcdef0123456789abcdef`;
export const hsmUri = (hsm: string) => `https://${hsm}.managedhsm.azure.net/keys/data`;
export const desId = (name: string) => `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-data/providers/Microsoft.Compute/diskEncryptionSets/${name}`;

export const violations = (policy: ResourceValidationPolicy, r: TestResource, config: object = {}): string[] => checkResource(policy, r, config).violations;
export const stackViolations = (policy: StackValidationPolicy, rs: TestResource[], config: object = {}): string[] => checkStack(policy, rs, config).violations;

/** Both halves of a policy that has them, as the SDK runs them: per resource, then the stack. */
export function checkAll(policy: ResourceValidationPolicy & StackValidationPolicy, rs: TestResource[], config: object = {}): Outcome {
    const out: Outcome = { violations: [] };
    for (const r of rs) {
        const o = checkResource(policy, r, config);
        out.violations.push(...o.violations);
        out.unknown ??= o.unknown;
    }
    const s = checkStack(policy, rs, config);
    out.violations.push(...s.violations);
    out.unknown ??= s.unknown;
    return out;
}

/** A service row of the per-cloud tables: its type, its label in messages, and its exposed case. */
export interface ExposedCase {
    type: string;
    service: string;
    exposed: Record<string, unknown>;
    /** What the message says about why the keys are the provider's. */
    says: RegExp;
}

/**
 * The exposed case: customer-managed-keys reports exactly one violation that names the resource, the
 * service, tier 1, why, the rule and the property to set. Returns the message for further checks.
 */
export function assertExposed(s: ExposedCase, tier = /provider-managed keys \(tier 1, exposed\)/): string {
    const [m, ...rest] = violations(customerManagedKeys, { type: s.type, name: "data", props: s.exposed });
    assert.equal(rest.length, 0);
    assert.ok(m.startsWith(`${s.type} "data": ${s.service}`), m);
    assert.match(m, tier);
    assert.match(m, s.says);
    assert.match(m, /Rule customer-managed-keys/);
    assert.match(m, /Fix: set `/);
    return m;
}
