// Data platforms' customer keys through the analyzer protocol: MongoDB Atlas encryption at rest,
// Confluent Cloud BYOK keys and Elastic Cloud deployment keys are judged as the big three's keys are (custody by customer-managed-keys,
// location by eu-key-location), and a key whose location the value does not say is found in the stack
// or reported with a fix.
import { strict as assert } from "assert";
import { makeUrn, unknown, type ResourceSpec } from "../../../../src";
import type { Report } from "../../../../src/engine/types";
import { EU_PACK, resourceNamed, useSession, violationOf } from "../../../helpers/packs";

const atlas = { type: "mongodbatlas", props: {} };
const confluent = { type: "confluentcloud", props: {} };
const azure = { type: "azure-native", props: {} };
const keyId = "1234abcd-12ab-34cd-56ef-1234567890ab";
const awsKms = (region: string, enabled = true) => ({ projectId: "p", awsKmsConfig: { enabled, customerMasterKeyId: keyId, region, roleId: "r" } });
const azureKv = (vault: string) => ({
    projectId: "p",
    azureKeyVaultConfig: {
        enabled: true, azureEnvironment: "AZURE", keyIdentifier: `https://${vault}.vault.azure.net/keys/atlas/0123456789abcdef`, keyVaultName: vault,
        resourceGroupName: "rg", clientId: "c", subscriptionId: "s", tenantId: "t", secret: "not-shown",
    },
});
const byokType = "confluentcloud:index/byokKey:ByokKey";
const cluster = (name: string, byokId: unknown, byokName?: string): ResourceSpec => ({
    type: "confluentcloud:index/kafkaCluster:KafkaCluster", name, provider: confluent,
    props: { displayName: name, cloud: "AWS", region: "eu-central-1", availability: "SINGLE_ZONE", dedicated: { cku: 1 }, environment: { id: "env-1" }, byokKey: { id: byokId } },
    ...(byokName === undefined ? {} : { propertyDependencies: { byokKey: [makeUrn("dev", "project", byokType, byokName)] } }),
});

const atlasCluster = (name: string, encryptionAtRestProvider: unknown): ResourceSpec => ({
    type: "mongodbatlas:index/cluster:Cluster", name, provider: atlas,
    props: { projectId: "p", providerName: "AWS", providerRegionName: "EU_CENTRAL_1", providerInstanceSizeName: "M10", ...(encryptionAtRestProvider === undefined ? {} : { encryptionAtRestProvider }) },
});

const dedicatedKeyCluster = (name: string, encryptionKey: string): ResourceSpec => ({
    type: "confluentcloud:index/kafkaCluster:KafkaCluster", name, provider: confluent,
    props: { displayName: name, cloud: "AWS", region: "eu-central-1", availability: "SINGLE_ZONE", dedicated: { cku: 1, encryptionKey }, environment: { id: "env-1" } },
});

const elastic = { type: "ec", props: {} };
const elasticDeployment = (name: string, encryptionKeyPath: string | undefined): ResourceSpec => ({
    type: "ec:index/deployment:Deployment", name, provider: elastic,
    props: { region: "aws-eu-central-1", version: "8.15.0", deploymentTemplateId: "aws-storage-optimized", elasticsearch: { hot: { autoscaling: {} } }, ...(encryptionKeyPath === undefined ? {} : { encryptionKeyPath }) },
});

const resources: ResourceSpec[] = [
    { type: "mongodbatlas:index/encryptionAtRest:EncryptionAtRest", name: "ear-aws-eu", props: awsKms("EU_CENTRAL_1"), provider: atlas },
    { type: "mongodbatlas:index/encryptionAtRest:EncryptionAtRest", name: "ear-aws-us", props: awsKms("US_WEST_2"), provider: atlas },
    { type: "mongodbatlas:index/encryptionAtRest:EncryptionAtRest", name: "ear-disabled", props: awsKms("EU_CENTRAL_1", false), provider: atlas },
    {
        type: "mongodbatlas:index/encryptionAtRest:EncryptionAtRest", name: "ear-switched", provider: atlas,
        props: { ...awsKms("EU_CENTRAL_1", false), googleCloudKmsConfig: { enabled: true, keyVersionResourceId: "projects/acme/locations/europe-west3/keyRings/atlas/cryptoKeys/k/cryptoKeyVersions/2" } },
    },
    { type: "mongodbatlas:index/encryptionAtRest:EncryptionAtRest", name: "ear-azure-stack", props: azureKv("acme-us-keys"), provider: atlas },
    { type: "azure-native:keyvault:Vault", name: "acme-us-keys", props: { vaultName: "acme-us-keys", location: "eastus", resourceGroupName: "rg", properties: { tenantId: "t", sku: { family: "A", name: "standard" } } }, provider: azure },
    { type: "mongodbatlas:index/encryptionAtRest:EncryptionAtRest", name: "ear-azure-elsewhere", props: azureKv("other-keys"), provider: atlas },
    {
        type: "mongodbatlas:index/encryptionAtRest:EncryptionAtRest", name: "ear-gcp-us", provider: atlas,
        props: { projectId: "p", googleCloudKmsConfig: { enabled: true, keyVersionResourceId: "projects/acme/locations/us-east1/keyRings/atlas/cryptoKeys/k/cryptoKeyVersions/1" } },
    },
    { type: "mongodbatlas:index/encryptionAtRest:EncryptionAtRest", name: "ear-odd", props: { projectId: "p", googleCloudKmsConfig: { enabled: true, keyVersionResourceId: "my-key" } }, provider: atlas },
    { type: byokType, name: "byok-eu", props: { aws: { keyArn: "arn:aws:kms:eu-central-1:123456789012:key/0000" } }, provider: confluent },
    { type: byokType, name: "byok-us", props: { aws: { keyArn: "arn:aws:kms:us-east-1:123456789012:key/0000" } }, provider: confluent },
    { type: byokType, name: "byok-azure", props: { azure: { tenantId: "t", keyIdentifier: "https://confluent-keys.vault.azure.net/keys/k/0123", keyVaultId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/confluent-keys" } }, provider: confluent },
    atlasCluster("atlas-cmk-none", "NONE"),
    atlasCluster("atlas-cmk-unset", undefined),
    atlasCluster("atlas-cmk-odd", "VAULT"),
    atlasCluster("atlas-cmk-aws", "AWS"),
    atlasCluster("atlas-cmk-preview", unknown),
    { type: "mongodbatlas:index/advancedCluster:AdvancedCluster", name: "atlas-adv-cmk-gcp", provider: atlas, props: {
        projectId: "p", clusterType: "REPLICASET", encryptionAtRestProvider: "GCP",
        replicationSpecs: [{ regionConfigs: [{ providerName: "GCP", regionName: "EUROPE_WEST_3", priority: 7, electableSpecs: { instanceSize: "M10", nodeCount: 3 } }] }],
    } },
    { type: "mongodbatlas:index/advancedCluster:AdvancedCluster", name: "atlas-adv-cmk-none", provider: atlas, props: {
        projectId: "p", clusterType: "REPLICASET",
        replicationSpecs: [{ regionConfigs: [{ providerName: "AWS", regionName: "EU_CENTRAL_1", priority: 7, electableSpecs: { instanceSize: "M10", nodeCount: 3 } }] }],
    } },
    dedicatedKeyCluster("kafka-dedicated-key-us", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
    dedicatedKeyCluster("kafka-dedicated-key-eu", "projects/acme/locations/europe-west3/keyRings/kafka/cryptoKeys/k"),
    dedicatedKeyCluster("kafka-dedicated-key-odd", "my-key"),
    cluster("kafka-byok-eu", "cck-eu", "byok-eu"),
    cluster("kafka-byok-us", "cck-us", "byok-us"),
    cluster("kafka-byok-elsewhere", "cck-9"),
    cluster("kafka-byok-preview", unknown, "byok-us"),
    elasticDeployment("ec-key-eu", "arn:aws:kms:eu-central-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
    elasticDeployment("ec-key-us", "arn:aws:kms:us-east-1:123456789012:alias/elastic"),
    elasticDeployment("ec-key-vault", "https://acme-us-keys.vault.azure.net/keys/elastic/0123456789abcdef"),
    elasticDeployment("ec-key-odd", "my-elastic-key"),
    elasticDeployment("ec-key-none", undefined),
];

const of = (report: Report, name: string, policy: string) => resourceNamed(report, name).diagnostics.filter((d) => d.policyName === policy && d.enforcementLevel === "mandatory").map(violationOf);

describe("data platforms' customer keys through the analyzer protocol", function () {
    this.timeout(120_000);
    const session = useSession({ packDir: EU_PACK });
    let report: Report;
    before(async () => {
        report = await session().analyze(resources);
    });

    it("passes an enabled customer key in an EU region, a BYOK key in the EU and a cluster using it", () => {
        for (const name of ["ear-aws-eu", "byok-eu", "kafka-byok-eu"]) {
            assert.deepEqual(of(report, name, "eu-key-location"), [], name);
            assert.deepEqual(of(report, name, "customer-managed-keys"), [], name);
        }
    });

    it("MongoDB Atlas: places an AWS key by `awsKmsConfig.region`, in Atlas's spelling", () => {
        const [m, ...rest] = of(report, "ear-aws-us", "eu-key-location");
        assert.equal(rest.length, 0);
        assert.match(m, /MongoDB Atlas encryption at rest \(AWS KMS\) at `awsKmsConfig\.customerMasterKeyId` \(key `1234abcd-12ab-34cd-56ef-1234567890ab`\), a customer-managed key \(tier 2\), lives in .*"US_WEST_2".*us-west-2/);
    });

    it("reports a key's location once, by eu-key-location, not again by eu-data-residency (AWS, Cloud KMS; Atlas, Confluent)", () => {
        for (const name of ["ear-aws-us", "ear-gcp-us", "byok-us"]) {
            const all = resourceNamed(report, name).diagnostics.filter((d) => d.enforcementLevel === "mandatory");
            assert.deepEqual(all.map((d) => d.policyName), ["eu-key-location"], name);
        }
        // A US key the cluster uses is reported on the cluster by eu-key-location only, the cluster itself being in the EU.
        assert.deepEqual(resourceNamed(report, "kafka-byok-us").diagnostics.filter((d) => d.enforcementLevel === "mandatory").map((d) => d.policyName), ["eu-key-location"]);
    });

    it("MongoDB Atlas: a cluster without `encryptionAtRestProvider` (or NONE) has MongoDB-held keys, with the fix; AWS/AZURE/GCP uses the project's key", () => {
        for (const [name, why] of [["atlas-cmk-none", "is NONE"], ["atlas-cmk-unset", "is not set"], ["atlas-adv-cmk-none", "is not set"], ["atlas-cmk-odd", "is not AWS, AZURE or GCP"]] as const) {
            const [m, ...rest] = of(report, name, "customer-managed-keys");
            assert.equal(rest.length, 0, name);
            assert.ok(m.includes(`\`encryptionAtRestProvider\` ${why}: Atlas encrypts the cluster with keys MongoDB manages`), `${name}: ${m}`);
            assert.match(m, /Fix: set `encryptionAtRestProvider` to AWS, AZURE or GCP, the KMS of the project's customer key/);
            assert.doesNotMatch(m, /VAULT/, "an unrecognised value is not echoed");
        }
        for (const name of ["atlas-cmk-aws", "atlas-adv-cmk-gcp"]) {
            assert.deepEqual(of(report, name, "customer-managed-keys"), [], name);
            assert.deepEqual(of(report, name, "eu-key-location"), [], name);
            assert.deepEqual(of(report, name, "eu-data-residency"), [], name);
        }
    });

    it("MongoDB Atlas: a cluster's `encryptionAtRestProvider` unknown at preview is not decided yet", () => {
        assert.deepEqual(of(report, "atlas-cmk-preview", "customer-managed-keys"), []);
    });

    it("Confluent Cloud: a dedicated cluster's `dedicated.encryptionKey` is read as the key's own ARN or Cloud KMS name", () => {
        const [us, ...rest] = of(report, "kafka-dedicated-key-us", "eu-key-location");
        assert.equal(rest.length, 0);
        assert.match(us, /Confluent Kafka cluster encryption at `dedicated\.encryptionKey`.*lives in "us-east-1"/);
        assert.deepEqual(of(report, "kafka-dedicated-key-eu", "eu-key-location"), []);
        assert.deepEqual(of(report, "kafka-dedicated-key-eu", "customer-managed-keys"), []);
        const [odd] = of(report, "kafka-dedicated-key-odd", "eu-key-location");
        assert.match(odd, /`dedicated\.encryptionKey`.*cannot be proven.*6 characters, not echoed/);
        assert.doesNotMatch(odd, /my-key/);
    });

    it("Elastic Cloud: a deployment's `encryptionKeyPath` is read as the key's ARN or Key Vault key URI; unset, nothing is reported", () => {
        const [us, ...rest] = of(report, "ec-key-us", "eu-key-location");
        assert.equal(rest.length, 0);
        assert.match(us, /Elastic Cloud deployment encryption at rest at `encryptionKeyPath`.*lives in "us-east-1"/);
        for (const name of ["ec-key-eu", "ec-key-none"]) {
            assert.deepEqual(of(report, name, "eu-key-location"), [], name);
            assert.deepEqual(of(report, name, "customer-managed-keys"), [], name);
        }
        const [vault] = of(report, "ec-key-vault", "eu-key-location");
        assert.match(vault, /`encryptionKeyPath`.*"eastus"/);
        const [odd] = of(report, "ec-key-odd", "eu-key-location");
        assert.match(odd, /`encryptionKeyPath`.*cannot be proven.*Fix: set `encryptionKeyPath` to the ARN of a KMS key/);
        assert.doesNotMatch(odd, /my-elastic-key/);
    });

    it("MongoDB Atlas: a key configured but not enabled is Atlas-managed (customer-managed-keys), with the exact fix", () => {
        const [m] = of(report, "ear-disabled", "customer-managed-keys");
        assert.match(m, /has provider-managed keys \(tier 1, exposed\).*`awsKmsConfig\.enabled` is not true: Atlas encrypts with keys MongoDB manages/);
        assert.match(m, /Fix: set `awsKmsConfig` to \{ enabled: true, customerMasterKeyId/);
        assert.match(m, /\[EUK-ATLAS-001\]$/);
        // A disabled block beside the enabled one (a project moved to Cloud KMS) is not reported.
        assert.deepEqual(of(report, "ear-switched", "customer-managed-keys"), []);
        assert.deepEqual(of(report, "ear-switched", "eu-key-location"), []);
    });

    it("MongoDB Atlas: an Azure key is placed by its vault declared in the stack, or reported with the keyLocations fix", () => {
        const [m] = of(report, "ear-azure-stack", "eu-key-location");
        assert.match(m, /lives in "eastus".*azure-native:keyvault:Vault "acme-us-keys"/);
        const [elsewhere] = of(report, "ear-azure-elsewhere", "eu-key-location");
        assert.match(elsewhere, /cannot be proven: "other-keys" is not declared in this stack.*`keyLocations` config, e\.g\. \{ "other-keys": "westeurope" \}/);
        assert.doesNotMatch(elsewhere, /not-shown/);
    });

    it("MongoDB Atlas: a Cloud KMS key version names its location; an unrecognised one is not echoed", () => {
        assert.match(of(report, "ear-gcp-us", "eu-key-location")[0], /Cloud KMS\) at `googleCloudKmsConfig\.keyVersionResourceId`.*lives in "us-east1"/);
        const [odd] = of(report, "ear-odd", "eu-key-location");
        assert.match(odd, /cannot be proven: the value \(6 characters, not echoed\) is not a Cloud KMS key name/);
        assert.doesNotMatch(odd, /my-key/);
    });

    it("Confluent Cloud: a BYOK key in Azure Key Vault is found in the stack or reported with a fix", () => {
        assert.match(of(report, "byok-azure", "eu-key-location")[0], /at `azure\.keyIdentifier`.*"confluent-keys" is not declared in this stack/);
        assert.match(of(report, "byok-us", "eu-key-location")[0], /at `aws\.keyArn`.*lives in "us-east-1"/);
    });

    it("Confluent Cloud: a Kafka cluster's key is the key of the ByokKey it names, or unproven", () => {
        const [us] = of(report, "kafka-byok-us", "eu-key-location");
        assert.match(us, /Confluent Kafka cluster encryption at `byokKey\.id`.*lives in "us-east-1" \(N\. Virginia, United States\) according to confluentcloud:index\/byokKey:ByokKey "byok-us" \(`aws\.keyArn`\)/);
        // At preview the ByokKey's id is unknown: its key is still found through the cluster's dependencies.
        assert.match(of(report, "kafka-byok-preview", "eu-key-location")[0], /`byokKey\.id`.*lives in "us-east-1" .*"byok-us"/);
        assert.match(of(report, "kafka-byok-elsewhere", "eu-key-location")[0], /cannot be proven: `byokKey\.id` names a ByokKey that is not declared in this stack.*Fix: declare the confluentcloud\.ByokKey in this stack/);
    });
});

describe("data platforms' customer keys with keyLocations, through the analyzer protocol", function () {
    this.timeout(120_000);
    const session = useSession({ packDir: EU_PACK, config: { "eu-key-location": { keyLocations: { "other-keys": "westeurope", "confluent-keys": "eastus" } } } });

    it("takes a vault declared elsewhere at its configured location, and still checks it", async () => {
        const report = await session().analyze(resources.filter((r) => ["ear-azure-elsewhere", "byok-azure"].includes(r.name)));
        assert.deepEqual(of(report, "ear-azure-elsewhere", "eu-key-location"), []);
        assert.match(of(report, "byok-azure", "eu-key-location")[0], /at `azure\.keyIdentifier`.*lives in "eastus"/);
    });
});
