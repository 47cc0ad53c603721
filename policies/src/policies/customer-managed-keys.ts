// customer-managed-keys: data at rest is encrypted with a key the customer manages (tier 2) or holds
// outside the provider (tier 3), never with no key or a provider-held one. Decided per resource; only
// resources configured by another resource (S3 bucket encryption, Azure SQL TDE protectors) are
// checked on the stack, where their companion is found or missed.
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { keyCloudOf, keyFactsOf } from "../facts/keys";
import { cite } from "../data/row-ids";
import { missingCompanions } from "../facts/keys/companions";
import { platformRowsOf } from "../facts/keys/platforms";
import { guardResource, guardStack } from "./guard";
import { companionViolation, tierViolation } from "./key-message";
import { cloudAct, docUrl } from "./metadata";

const name = "customer-managed-keys";
const required = "a customer-managed key (tier 2) or a key held outside the provider (tier 3)";

/** The id of the row that found a protection ("EUK-AWS-101"), so a report can cite it; rows of a type have distinct services. */
function rowIdOf(type: string, service: string): string | undefined {
    const rows = keyCloudOf(type)?.rows;
    const ofType = rows && Object.prototype.hasOwnProperty.call(rows, type) ? rows[type] : platformRowsOf(type);
    return ofType.find((r) => r.service === service)?.id;
}

export const customerManagedKeys: ResourceValidationPolicy & StackValidationPolicy = {
    name,
    description: "Data at rest is encrypted with a customer-managed key, not a provider-held one that the US CLOUD Act can reach.",
    enforcementLevel: "mandatory",
    severity: "high",
    framework: cloudAct,
    tags: ["keys", "encryption", "cloud-act", "sovereignty"],
    url: docUrl(name),
    remediationSteps: "Create a customer-managed key in an allowed region (aws.kms.Key, a Key Vault or Managed HSM key, gcp.kms.CryptoKey) and name it in the service's key property, e.g. `kmsKeyId` on an EBS volume, `encryption.keyVaultProperties` with `keySource: \"Microsoft.Keyvault\"` on a storage account, `encryption.defaultKmsKeyName` on a Cloud Storage bucket. Provider-managed keys (alias/aws/*, AES256, Microsoft.Storage, ServiceManaged, Google default encryption) do not count. For S3 buckets, declare a BucketServerSideEncryptionConfiguration with `sseAlgorithm: \"aws:kms\"` and `kmsMasterKeyId`.",
    validateResource: guardResource(name, (args, report) => {
        const facts = keyFactsOf(args);
        for (const p of facts.protections) {
            if (p.tier === "customer" || p.tier === "external") continue;
            report(tierViolation(name, args, p, required, p.next ?? "name a customer-managed key") + cite(rowIdOf(args.type, p.service)));
        }
        // Settings unknown at preview: the SDK's preview handling applies; `pulumi up` decides.
        if (facts.pending.length > 0) throw facts.pending[0].error;
    }),
    validateStack: guardStack(name, (args, report) => {
        const { missing, deferred } = missingCompanions(args.resources);
        for (const { target, row } of missing) {
            report(companionViolation(name, target, row.service, row.absent.tier, row.absent.reason, required, row.fix) + cite(row.id), target.urn);
        }
        if (deferred !== undefined) throw deferred;
    }),
};
