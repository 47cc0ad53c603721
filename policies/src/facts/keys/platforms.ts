// Customer keys named by data platforms (issue 12). MongoDB Atlas encryption at rest, Confluent Cloud
// self-managed keys (BYOK) and an Elastic Cloud deployment's `encryptionKeyPath` name a key in AWS KMS,
// Azure Key Vault or Cloud KMS: each is judged with that cloud's key forms, so custody and location are
// read as for the big three. A Kafka cluster's `byokKey` names a ByokKey resource by id, which is found
// in the stack. Token and property names from @pulumi/mongodbatlas and @pulumi/confluentcloud
// (types/input.d.ts) and @pulumi/ec's schema (scripts/catalog/vendored/ec.json).
import { atlasNative } from "../platform-place";
import { placeOf } from "../place";
import { own, packageOf } from "../read";
import type { CloudId } from "../types";
import { readKnown } from "../unknown";
import { awsKeys } from "./aws";
import { azureKeys } from "./azure";
import { evaluateRows } from "./evaluate";
import { gcpKeys } from "./gcp";
import type { KeyCloud, ProtectionRow, Verdict } from "./table";
import type { KeyFacts, KeyService, PendingProtection, Protection } from "./types";

export const atlasEncryptionAtRest = "mongodbatlas:index/encryptionAtRest:EncryptionAtRest";
export const confluentByokKey = "confluentcloud:index/byokKey:ByokKey";
export const confluentKafkaCluster = "confluentcloud:index/kafkaCluster:KafkaCluster";
export const elasticDeployment = "ec:index/deployment:Deployment";
/** Atlas clusters that can use the project's customer key (flex, serverless and shared tiers cannot). */
export const atlasClusters: ReadonlySet<string> = new Set(["mongodbatlas:index/cluster:Cluster", "mongodbatlas:index/advancedCluster:AdvancedCluster"]);

// Atlas turns a customer key on only with `enabled: true`; otherwise it encrypts with keys MongoDB holds.
// https://www.mongodb.com/docs/atlas/security-kms-encryption/ ;
// https://www.pulumi.com/registry/packages/mongodbatlas/api-docs/encryptionatrest/
const atlasManaged = (reason: string): Verdict => ({ tier: "provider", reason: `${reason}: Atlas encrypts with keys MongoDB manages` });
const enabled = (block: string) => ({ path: "enabled", kind: "boolean" as const, on: (v: unknown) => v === true, off: atlasManaged(`\`${block}.enabled\` is not true`) });

const atlasRow = (id: string, block: string, key: string, kms: string, fix: string): ProtectionRow => ({
    id, service: `MongoDB Atlas encryption at rest (${kms})`, at: block, key, gates: [enabled(block)],
    noKey: atlasManaged(`no \`${block}.${key}\``), fix,
});

// Confluent BYOK: https://docs.confluent.io/cloud/current/security/encrypt/byok/overview.html ;
// https://www.pulumi.com/registry/packages/confluentcloud/api-docs/byokkey/
const byokRow = (id: string, block: string, key: string, kms: string, fix: string): ProtectionRow => ({
    id, service: `Confluent Cloud self-managed key (${kms})`, at: block, key, fix,
});

interface PlatformRows {
    /** The cloud whose key forms the rows' key properties hold. */
    readonly keys: KeyCloud;
    readonly rows: Readonly<Record<string, readonly ProtectionRow[]>>;
}

const platformRows: readonly PlatformRows[] = [
    {
        keys: awsKeys,
        rows: {
            [atlasEncryptionAtRest]: [atlasRow("EUK-ATLAS-001", "awsKmsConfig", "customerMasterKeyId", "AWS KMS",
                "set `awsKmsConfig` to { enabled: true, customerMasterKeyId: <a KMS key id>, region: <the key's region, as Atlas names it, e.g. EU_CENTRAL_1>, roleId }")],
            [confluentByokKey]: [byokRow("EUK-CONFLUENT-001", "aws", "keyArn", "AWS KMS", "set `aws.keyArn` to the ARN of a KMS key in an allowed region")],
        },
    },
    {
        keys: azureKeys,
        rows: {
            [atlasEncryptionAtRest]: [atlasRow("EUK-ATLAS-002", "azureKeyVaultConfig", "keyIdentifier", "Azure Key Vault",
                "set `azureKeyVaultConfig` to { enabled: true, keyIdentifier: <a key URI in a Key Vault whose location is allowed>, ... }")],
            [confluentByokKey]: [byokRow("EUK-CONFLUENT-003", "azure", "keyIdentifier", "Azure Key Vault", "set `azure.keyIdentifier` to a key in a Key Vault whose location is allowed")],
        },
    },
    {
        keys: gcpKeys,
        rows: {
            [atlasEncryptionAtRest]: [atlasRow("EUK-ATLAS-003", "googleCloudKmsConfig", "keyVersionResourceId", "Cloud KMS",
                "set `googleCloudKmsConfig` to { enabled: true, keyVersionResourceId: <a key version whose key ring location is allowed> }")],
            [confluentByokKey]: [byokRow("EUK-CONFLUENT-002", "gcp", "keyId", "Cloud KMS", "set `gcp.keyId` to a Cloud KMS key whose key ring location is allowed")],
        },
    },
];

const platformTypes: ReadonlySet<string> = new Set([...platformRows.flatMap((g) => Object.keys(g.rows)), confluentKafkaCluster, elasticDeployment, ...atlasClusters]);
export const platformKeyPackages: ReadonlySet<string> = new Set([...platformTypes].map(packageOf));

export function isPlatformKeyType(type: string): boolean {
    return platformTypes.has(type);
}

/** The rows of a platform type, for reports that cite row ids. */
export function platformRowsOf(type: string): ProtectionRow[] {
    return platformRows.flatMap((g) => (Object.hasOwn(g.rows, type) ? [...g.rows[type]] : []));
}

/** The cloud a key reference points into. */
export function cloudOfService(service: KeyService): CloudId {
    return service === "aws-kms" ? "aws" : service.startsWith("azure-") ? "azure" : "gcp";
}

/**
 * The value `read` returns, or `undefined` once it is noted pending because it is unknown at
 * preview (eu-key-location then finds it through `dependsOn`, or defers to the SDK).
 */
function readOrPend(facts: KeyFacts, pending: Omit<PendingProtection, "error">, read: () => unknown): { value: unknown } | undefined {
    const r = readKnown(read);
    if (r.unknown === undefined) return { value: r.value };
    facts.pending.push({ ...pending, error: r.unknown });
    return undefined;
}

const isBlank = (v: unknown): boolean => v === undefined || (typeof v === "string" && v.trim() === "");

/** Atlas names the AWS key's region beside the key id (US_WEST_2), in its own spelling. */
function atlasAwsPlace(facts: KeyFacts, p: Protection, props: unknown): void {
    if (!p.key || p.key.place || p.path !== "awsKmsConfig.customerMasterKeyId") return;
    const read = readOrPend(facts, { service: p.service, path: "awsKmsConfig.region", dependsOn: "awsKmsConfig" }, () => own(own(props, "awsKmsConfig"), "region"));
    if (read === undefined) return;
    const region = read.value;
    if (typeof region !== "string" || region.trim() === "") return;
    p.key.place = { ...placeOf("aws", atlasNative("aws", region.trim())), alias: { name: region.trim(), of: "MongoDB Atlas's name for" } };
    p.reason = "a customer-managed key in AWS KMS, in the region `awsKmsConfig.region` names";
}

/**
 * A dedicated cluster's `dedicated.encryptionKey`: the older form of a self-managed key, the key's own AWS
 * KMS ARN or Cloud KMS name (the typings: "The ID of the encryption key that is used to encrypt the data in
 * the Kafka cluster"; Confluent CLI `--encryption-key`: "for Amazon Web Services, the Amazon Resource Name of
 * the key", https://docs.confluent.io/confluent-cli/3.0.0/command-reference/kafka/cluster/confluent_kafka_cluster_create.html,
 * verified with the search tool). Read with the key forms of the cloud it names.
 */
function dedicatedKey(facts: KeyFacts, props: unknown): void {
    const path = "dedicated.encryptionKey";
    const read = readOrPend(facts, { service: "Confluent Kafka cluster encryption", path, dependsOn: "dedicated" }, () => own(own(props, "dedicated"), "encryptionKey"));
    if (read === undefined || isBlank(read.value)) return;
    const value = read.value;
    const keys = typeof value === "string" && value.trim().startsWith("projects/") ? gcpKeys : awsKeys;
    const c = keys.classify(value);
    facts.protections.push({ service: "Confluent Kafka cluster encryption", path, dependsOn: "dedicated", tier: c.tier, reason: c.reason, ...(c.key ? { key: c.key } : {}),
        ...(c.tier === "unknown-reference" ? { next: "set `byokKey.id` to a confluentcloud.ByokKey naming a key in an allowed region" } : {}) });
}

/**
 * An Elastic Cloud deployment's `encryptionKeyPath`: the customer key (BYOK) its data and snapshots are
 * encrypted with. The schema's doc names AWS KMS key and alias ARNs (scripts/catalog/vendored/ec.json);
 * Elastic also takes an Azure Key Vault key URI (https://www.elastic.co/blog/elastic-cloud-azure-key-vault;
 * https://www.elastic.co/guide/en/cloud/current/ec-encrypt-with-cmek.html, verified with the search tool).
 * A Cloud KMS name is read by its form only (Elastic's Google Cloud support not verified). Unset: keys
 * Elastic manages, reported by no row (as a Kafka cluster without `dedicated.encryptionKey`).
 */
export const elasticKeyFix = "set `encryptionKeyPath` to the ARN of a KMS key (or alias) in an allowed region, or a Key Vault key URI";

function elasticKey(facts: KeyFacts, props: unknown): void {
    const path = "encryptionKeyPath";
    const service = "Elastic Cloud deployment encryption at rest";
    const read = readOrPend(facts, { service, path, dependsOn: path }, () => own(props, path));
    if (read === undefined || isBlank(read.value)) return;
    const value = read.value;
    const text = typeof value === "string" ? value.trim() : "";
    const keys = text.startsWith("projects/") ? gcpKeys : /^https:\/\/[^/]+\.vault\.azure\.net\//i.test(text) ? azureKeys : awsKeys;
    const c = keys.classify(value);
    facts.protections.push({ service, path, dependsOn: path, tier: c.tier, reason: c.reason, ...(c.key ? { key: c.key } : {}),
        ...(c.tier === "unknown-reference" ? { next: elasticKeyFix } : {}) });
}

/** A Kafka cluster's `byokKey.id`: a key registered with Confluent, placed by its ByokKey resource. */
function kafkaByok(facts: KeyFacts, props: unknown): void {
    const read = readOrPend(facts, { service: "Confluent Kafka cluster encryption", path: "byokKey.id", dependsOn: "byokKey" }, () => own(own(props, "byokKey"), "id"));
    if (read === undefined || isBlank(read.value)) return;
    facts.protections.push({
        service: "Confluent Kafka cluster encryption", path: "byokKey.id", dependsOn: "byokKey", tier: "customer",
        reason: "a self-managed key registered with Confluent Cloud (a ByokKey)",
    });
}

// An Atlas cluster is encrypted with the project's customer key only once customer key management is
// enabled on the cluster: `encryptionAtRestProvider` AWS, AZURE or GCP (the KMS of the project's
// EncryptionAtRest, which is judged on its own); NONE or unset leaves keys MongoDB manages. Verified with
// the search tool: "After you Configure Atlas with Customer Key Management, you must enable customer key
// management for each Atlas cluster" (https://www.mongodb.com/docs/atlas/security-kms-encryption/), and
// the input's doc in @pulumi/mongodbatlas ("Possible values are AWS, GCP, AZURE or NONE").
const clusterService = "MongoDB Atlas cluster encryption at rest";
const clusterFix = "set `encryptionAtRestProvider` to AWS, AZURE or GCP, the KMS of the project's customer key (configure the project's mongodbatlas.EncryptionAtRest first; M10 or larger)";
const atlasKmsNames: Readonly<Record<string, string>> = { AWS: "awsKmsConfig", AZURE: "azureKeyVaultConfig", GCP: "googleCloudKmsConfig" };

/** The cluster setting that turns the project's customer key on (custody only: the key is the project's). */
export const atlasClusterSetting = "encryptionAtRestProvider";

function atlasClusterKey(facts: KeyFacts, props: unknown): void {
    const path = atlasClusterSetting;
    const read = readOrPend(facts, { service: clusterService, path, dependsOn: path }, () => own(props, path));
    if (read === undefined) return;
    const value = read.value;
    const provider = typeof value === "string" ? value.trim().toUpperCase() : undefined;
    const block = provider !== undefined && Object.hasOwn(atlasKmsNames, provider) ? atlasKmsNames[provider] : undefined;
    if (block !== undefined) {
        facts.protections.push({ service: clusterService, path, dependsOn: path, tier: "customer",
            reason: `\`${path}\` is ${provider}: the project's customer key (its mongodbatlas.EncryptionAtRest \`${block}\`, judged on its own)` });
        return;
    }
    const why = value === undefined || provider === "" ? "is not set" : provider === "NONE" ? "is NONE" : "is not AWS, AZURE or GCP";
    facts.protections.push({ service: clusterService, path, dependsOn: path, tier: "provider",
        reason: `\`${path}\` ${why}: Atlas encrypts the cluster with keys MongoDB manages`, next: clusterFix });
}

/** Key facts of a platform type: every block's key, read with its cloud's forms. */
export function platformKeyFactsOf(type: string, props: unknown): KeyFacts {
    const facts: KeyFacts = { cloud: undefined, protections: [], pending: [] };
    for (const g of platformRows) {
        if (!Object.hasOwn(g.rows, type)) continue;
        const part = evaluateRows({ ...g.keys, rows: g.rows }, type, props);
        facts.protections.push(...part.protections);
        facts.pending.push(...part.pending);
    }
    for (const p of facts.protections) atlasAwsPlace(facts, p, props);
    // Atlas uses one customer key per project: a disabled block beside an enabled one protects nothing.
    if (type === atlasEncryptionAtRest && facts.protections.some((p) => p.tier === "customer" || p.tier === "external")) {
        facts.protections = facts.protections.filter((p) => p.tier !== "provider");
    }
    if (type === confluentKafkaCluster) {
        kafkaByok(facts, props);
        dedicatedKey(facts, props);
    }
    if (atlasClusters.has(type)) atlasClusterKey(facts, props);
    if (type === elasticDeployment) elasticKey(facts, props);
    return facts;
}
