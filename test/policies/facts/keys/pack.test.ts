// The key policies through the analyzer protocol: the real pack (build it first: `npx tsc -b
// policies`) in a child process, as the Pulumi CLI runs it, at preview (values unknown) and with
// the strict preset.
import { strict as assert } from "assert";
import { makeUrn, unknown, type ResourceSpec } from "../../../../src";
import type { Diagnostic, Report } from "../../../../src/engine/types";
import { EU_PACK, flaggedBy, resourceNamed, useSession, violationOf } from "../../../helpers/packs";
import { awsKey, gcpKey, vaultUri } from "./fixtures";

const aws = (region: string) => ({ type: "aws", props: { region } });
const azure = { type: "azure-native", props: {} };
const gcp = { type: "gcp", props: { project: "acme-prod", region: "europe-west3" } };
const urn = (type: string, name: string) => makeUrn("dev", "project", type, name);

const keyType = "aws:kms/key:Key";
const storeType = "aws:kms/customKeyStore:CustomKeyStore";
const cryptoKeyType = "gcp:kms/cryptoKey:CryptoKey";

const resources: ResourceSpec[] = [
    // AWS: provider-managed, customer-managed in and out of the EU, a bucket with no encryption configuration.
    { type: "aws:sqs/queue:Queue", name: "q-exposed", props: { kmsMasterKeyId: "alias/aws/sqs" }, provider: aws("eu-central-1") },
    { type: "aws:sqs/queue:Queue", name: "q-eu", props: { kmsMasterKeyId: awsKey.euArn }, provider: aws("eu-central-1") },
    { type: "aws:sqs/queue:Queue", name: "q-us", props: { kmsMasterKeyId: awsKey.usArn }, provider: aws("eu-central-1") },
    { type: "aws:s3/bucket:Bucket", name: "logs", props: { bucket: "logs-7f3a" }, provider: aws("eu-central-1") },
    // AWS: an external key store, a new key in it (no ARN yet at preview) and a bucket encrypted with it.
    { type: storeType, name: "xks", props: { customKeyStoreName: "acme-xks", customKeyStoreType: "EXTERNAL_KEY_STORE" }, provider: aws("eu-central-1") },
    {
        type: keyType, name: "xks-key", props: { customKeyStoreId: unknown, xksKeyId: "ext-key-1" }, provider: aws("eu-central-1"),
        propertyDependencies: { customKeyStoreId: [urn(storeType, "xks")] },
    },
    { type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "data-7f3a" }, provider: aws("eu-central-1") },
    {
        type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", name: "data-sse", provider: aws("eu-central-1"),
        props: { bucket: "data-7f3a", rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: unknown } }] },
        propertyDependencies: { rules: [urn(keyType, "xks-key")] },
    },
    // AWS: a new key outside the EU, found through the volume's dependencies at preview.
    { type: keyType, name: "us-key", props: {}, provider: aws("us-east-1") },
    {
        type: "aws:ebs/volume:Volume", name: "vol-new", props: { availabilityZone: "eu-central-1a", size: 10, encrypted: true, kmsKeyId: unknown }, provider: aws("eu-central-1"),
        propertyDependencies: { kmsKeyId: [urn(keyType, "us-key")] },
    },
    // Azure: Microsoft-managed keys; a Key Vault outside the EU.
    { type: "azure-native:storage:StorageAccount", name: "files", props: { location: "westeurope", kind: "StorageV2", sku: { name: "Standard_LRS" } }, provider: azure },
    { type: "azure-native:keyvault:Vault", name: "kv-us", props: { vaultName: "acme-us-keys", location: "eastus", properties: { tenantId: "t", sku: { family: "A", name: "standard" } } }, provider: azure },
    { type: "azure-native:cosmosdb:DatabaseAccount", name: "db", props: { location: "westeurope", databaseAccountOfferType: "Standard", locations: [{ locationName: "westeurope" }], keyVaultKeyUri: vaultUri("acme-us-keys") }, provider: azure },
    // GCP: Google-managed keys; a Cloud EKM key; a key outside the EU.
    { type: "gcp:storage/bucket:Bucket", name: "gcs-exposed", props: { location: "EU" }, provider: gcp },
    { type: cryptoKeyType, name: "ekm", props: { keyRing: "projects/acme-prod/locations/europe-west3/keyRings/acme", name: "data", versionTemplate: { algorithm: "EXTERNAL_SYMMETRIC_ENCRYPTION", protectionLevel: "EXTERNAL" } }, provider: gcp },
    { type: "gcp:pubsub/topic:Topic", name: "orders", props: { kmsKeyName: gcpKey("europe-west3") }, provider: gcp },
    { type: "gcp:pubsub/topic:Topic", name: "us-topic", props: { kmsKeyName: gcpKey("us-central1") }, provider: gcp },
];

const keyPolicies = ["customer-managed-keys", "eu-key-location", "external-key-custody"];

function of(report: Report, name: string, policy: string): Diagnostic[] {
    return resourceNamed(report, name).diagnostics.filter((d) => d.policyName === policy);
}

/** The SDK's notice for a policy that met a value unknown at preview (not a verdict). */
const previewNotice = (d: Diagnostic) => /can't run policy '[\w-]+' from policy pack .* during preview/.test(d.message);

/** Names of the resources with a real violation of the policy at the level, sorted. */
function violating(report: Report, policy: string, level: Diagnostic["enforcementLevel"]): string[] {
    return report.resources
        .filter((r) => r.diagnostics.some((d) => d.policyName === policy && d.enforcementLevel === level && !previewNotice(d)))
        .map((r) => r.name)
        .sort();
}

describe("key policies through the analyzer protocol", function () {
    this.timeout(120_000);
    const session = useSession({ packDir: EU_PACK });

    describe("default levels, at preview", () => {
        let report: Report;
        before(async () => {
            await session().configure({});
            report = await session().analyze(resources);
        });
        it("declares the three policies with their default levels and metadata", () => {
            const info = Object.fromEntries(session().pack.policies.map((p) => [p.name, p]));
            assert.equal(info["customer-managed-keys"].enforcementLevel, "mandatory");
            assert.equal(info["eu-key-location"].enforcementLevel, "mandatory");
            assert.equal(info["external-key-custody"].enforcementLevel, "advisory");
            for (const name of keyPolicies) {
                assert.equal(info[name].framework?.name, "US CLOUD Act");
                assert.ok(info[name].url?.endsWith(`/docs/policies/${name}.md`));
                assert.ok((info[name].remediationSteps ?? "").length > 40);
            }
            assert.ok("keyLocations" in (info["eu-key-location"].configSchema?.properties ?? {}));
            assert.ok("allowedLocations" in (info["eu-key-location"].configSchema?.properties ?? {}));
        });
        it("customer-managed-keys flags provider-managed keys per resource and the unencrypted bucket on the stack", () => {
            assert.deepEqual(flaggedBy(report, "customer-managed-keys", "mandatory"), ["files", "gcs-exposed", "logs", "q-exposed"]);
            const [logs] = of(report, "logs", "customer-managed-keys");
            assert.equal(logs.phase, "analyze-stack");
            assert.match(violationOf(logs), /no BucketServerSideEncryptionConfiguration/);
            assert.match(violationOf(of(report, "q-exposed", "customer-managed-keys")[0]), /key `alias\/aws\/sqs`/);
        });
        it("eu-key-location flags keys outside the EU: from the ARN, the GCP key name, the vault, and a new key's dependencies", () => {
            assert.deepEqual(flaggedBy(report, "eu-key-location", "mandatory"), ["db", "q-us", "us-topic", "vol-new"]);
            assert.match(violationOf(of(report, "q-us", "eu-key-location")[0]), /"us-east-1"/);
            assert.match(violationOf(of(report, "us-topic", "eu-key-location")[0]), /"us-central1"/);
            assert.match(violationOf(of(report, "db", "eu-key-location")[0]), /"eastus".*azure-native:keyvault:Vault "kv-us"/);
            const vol = of(report, "vol-new", "eu-key-location").find((d) => d.enforcementLevel === "mandatory");
            assert.equal(vol?.phase, "analyze-stack");
            assert.match(violationOf(vol as Diagnostic), /aws:kms\/key:Key "us-key"/);
        });
        it("unknown key references at preview are advisories from the SDK, never errors", () => {
            const preview = of(report, "vol-new", "customer-managed-keys");
            assert.equal(preview.length, 1);
            assert.equal(preview[0].enforcementLevel, "advisory");
            assert.ok(previewNotice(preview[0]), preview[0].message);
            assert.deepEqual(report.errors, []);
            for (const r of report.resources) assert.deepEqual(r.errors, [], r.name);
        });
        it("external-key-custody is advisory, and passes the XKS and Cloud EKM keys", () => {
            assert.deepEqual(flaggedBy(report, "external-key-custody", "mandatory"), []);
            const flagged = violating(report, "external-key-custody", "advisory");
            for (const ok of ["data-sse", "orders"]) assert.ok(!flagged.includes(ok), ok);
            for (const bad of ["q-exposed", "q-eu", "files", "gcs-exposed", "db"]) assert.ok(flagged.includes(bad), bad);
        });
        it("the report's placement carries the key line", () => {
            assert.equal(resourceNamed(report, "q-eu").placement?.key, `customer-managed (aws KMS, eu-central-1): ${awsKey.euArn}`);
            assert.equal(resourceNamed(report, "q-exposed").placement?.key, "provider-managed");
        });
    });

    describe("strict preset", () => {
        it("makes external-key-custody mandatory", async () => {
            await session().configure({ preset: "strict" });
            const report = await session().analyze(resources);
            const flagged = violating(report, "external-key-custody", "mandatory");
            assert.ok(flagged.includes("q-eu") && flagged.includes("files"), flagged.join(", "));
            assert.ok(!flagged.includes("data-sse"));
            assert.ok(!flagged.includes("orders"));
        });
    });
});
