// external-key-custody: keys are held outside the provider (tier 3): an AWS KMS external key store
// (XKS) or a GCP Cloud EKM key. Azure has no such store through azure-native; a Managed HSM key, its
// strongest native tier, is accepted unless `acceptManagedHsm` is false. Advisory by default (the
// strict preset makes it mandatory). Whether a KMS key is external is on the key resource, so
// customer-managed references are resolved among the stack's resources.
import type { PolicyResource, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { keyCloudOf, keyFactsOf, type Protection, type ResolvedKey } from "../facts/keys";
import { KeyStack } from "../facts/keys/stack";
import { own } from "../facts/read";
import { forEachKnown, guardResource, guardStack } from "./guard";
import { resolvedTierViolation, tierViolation } from "./key-message";
import { subject } from "./message";
import { cloudAct, docUrl } from "./metadata";

const name = "external-key-custody";
const required = "a key held outside the provider (tier 3)";

function acceptsHsm(config: unknown): boolean {
    return own(config, "acceptManagedHsm") !== false;
}

function externalFix(type: string, p: Protection): string {
    const fix = keyCloudOf(type)?.externalFix(p.path) ?? "name a key held outside the provider";
    // For a customer-managed key, `next` already names the property that takes the external key.
    if (p.tier === "customer") return p.next ?? fix;
    return `${p.next ?? "name a customer-managed key"}, with a key held outside the provider: ${fix}`;
}

export const externalKeyCustody: ResourceValidationPolicy & StackValidationPolicy = {
    name,
    description: "Keys that protect data at rest are held outside the cloud provider (AWS KMS external key store, GCP Cloud EKM), so it cannot decrypt the data alone.",
    enforcementLevel: "advisory",
    severity: "medium",
    framework: cloudAct,
    tags: ["keys", "encryption", "cloud-act", "sovereignty", "hyok"],
    url: docUrl(name),
    remediationSteps: "AWS: create the key in an external key store (`aws.kms.CustomKeyStore` with `customKeyStoreType: \"EXTERNAL_KEY_STORE\"`, then `aws.kms.Key` with `customKeyStoreId` and `xksKeyId`) and name it in the service's key property. GCP: use a Cloud EKM key (`gcp.kms.CryptoKey` with `versionTemplate.protectionLevel` \"EXTERNAL\" or \"EXTERNAL_VPC\"). Azure: use a Managed HSM key (https://<hsm>.managedhsm.azure.net/keys/<key>); Microsoft still operates the HSMs. Declare the key in the same stack so its custody can be proven.",
    configSchema: {
        properties: {
            acceptManagedHsm: {
                type: "boolean",
                default: true,
                description: "Accept Azure Managed HSM keys (Azure's strongest native custody, operated by Microsoft) in place of an external key.",
            },
        },
    },
    validateResource: guardResource(name, (args, report) => {
        const hsm = acceptsHsm(args.getConfig());
        const facts = keyFactsOf(args);
        for (const p of facts.protections) {
            if (p.tier === "external" || (p.topNative && hsm)) continue;
            // Whether a KMS key is external is on the key resource: decided on the stack.
            if (p.tier === "customer" && p.key?.resolvable) continue;
            report(tierViolation(name, args, p, required, externalFix(args.type, p)));
        }
        if (facts.pending.length > 0) throw facts.pending[0].error;
    }),
    validateStack: guardStack(name, (args, report) => {
        const hsm = acceptsHsm(args.getConfig());
        const stack = new KeyStack(args.resources);
        const check = (r: PolicyResource, p: Protection, k: ResolvedKey) => {
            if (k.custody === "external" || (k.custody === "top-native" && hsm)) return;
            report(resolvedTierViolation(name, r, p, k, required, externalFix(r.type, p)), r.urn);
        };
        forEachKnown(args.resources, (r) => {
            const facts = keyFactsOf(r);
            for (const p of facts.protections) {
                if (p.tier !== "customer" || !p.key?.resolvable) continue;
                const keys = stack.resolve(r, p.dependsOn, p.key);
                for (const k of keys) check(r, p, k);
                if (keys.length > 0) continue;
                report(`${subject(r)}: ${p.service} at \`${p.path}\`${p.key.shown ? ` (key \`${p.key.shown}\`)` : ""} uses a key not declared in this stack, so whether it is held outside the provider cannot be proven (tier found: customer-managed, tier 2). Rule ${name} requires ${required}. Fix: declare the key in this stack; ${externalFix(r.type, p)}.`, r.urn);
            }
            let deferred: unknown;
            for (const pending of facts.pending) {
                const keys = stack.resolve(r, pending.dependsOn);
                if (keys.length === 0) deferred ??= pending.error;
                const p: Protection = { service: pending.service, path: pending.path, dependsOn: pending.dependsOn, tier: "customer", reason: "unknown at preview, found through its dependencies" };
                for (const k of keys) check(r, p, k);
            }
            if (deferred !== undefined) throw deferred;
        });
    }),
};
