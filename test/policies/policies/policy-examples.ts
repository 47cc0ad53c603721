// One violating resource per policy: docs/policies/<name>.md shows the message the pack gives for it,
// and test/policies/policies/policy-docs.test.ts checks that the page still shows exactly that message.
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { policies } from "eu-sovereignty-policies/policies";
import { awsProvider, azureProvider, checkResource, checkStack, type TestResource } from "../../helpers/harness";

const kmsArn = (region: string) => `arn:aws:kms:${region}:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

export const examples: Readonly<Record<string, TestResource>> = {
    "eu-data-residency": { type: "aws:s3/bucket:Bucket", name: "invoices", props: {}, provider: awsProvider("us-east-1") },
    "eu-cross-border-replication": { type: "aws:dynamodb/table:Table", name: "orders", props: { replicas: [{ regionName: "us-east-1" }] }, provider: awsProvider("eu-central-1") },
    "customer-managed-keys": { type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "eu-central-1a", size: 10, encrypted: true }, provider: awsProvider("eu-central-1") },
    "eu-key-location": { type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "eu-central-1a", size: 10, encrypted: true, kmsKeyId: kmsArn("us-east-1") }, provider: awsProvider("eu-central-1") },
    "external-key-custody": { type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "eu-central-1a", size: 10, encrypted: true, kmsKeyId: kmsArn("eu-central-1") }, provider: awsProvider("eu-central-1") },
    "open-data-formats": { type: "aws:dynamodb/table:Table", name: "orders", props: { hashKey: "id" }, provider: awsProvider("eu-central-1") },
    "encryption-in-transit": { type: "azure-native:storage:StorageAccount", name: "files", props: { location: "westeurope", minimumTlsVersion: "TLS1_0", enableHttpsTrafficOnly: true }, provider: azureProvider },
    // By default the provider resource carries the finding (once per provider, not per resource).
    "provider-jurisdiction": { type: "pulumi:providers:aws", name: "default_7_48_0", props: { region: "eu-central-1" } },
    "global-edge-services": { type: "aws:cloudfront/distribution:Distribution", name: "cdn", props: {}, provider: awsProvider("eu-central-1") },
};

/** The messages the policy gives for its example: per resource, then as a stack of the example alone. */
export function exampleMessages(name: string): string[] {
    const policy = policies.find((p) => p.name === name);
    const r = examples[name];
    if (!policy || !r) throw new Error(`no policy or example named ${name}`);
    const out: string[] = [];
    if ("validateResource" in policy) out.push(...checkResource(policy as ResourceValidationPolicy, r).violations);
    if ("validateStack" in policy) out.push(...checkStack(policy as StackValidationPolicy, [r]).violations);
    return out;
}
