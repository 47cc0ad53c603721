// Co-location the clouds enforce: services that accept a customer-managed key only in the resource's
// own region (or, for a geo-backup key, in its backup region). There, the resource's proven location
// proves the key's, even when the key is declared in another stack or unknown at preview.
//
// Applied (`verified: true`, the provider's page states the requirement):
//   - Azure managed disks, snapshots and VM OS/data disks (azure-native and classic): disk encryption set, disk and VM in the
//     same region, the Key Vault in the disk encryption set's region.
//   - Spanner: the key in the instance's location (multi-region configs: one key per replica region).
//   - BigQuery datasets: the key ring in a location matching the dataset's (EU dataset -> `europe`).
//   - EKS secrets encryption: the KMS key in the cluster's region.
//   - Vertex AI resources with an `encryptionSpec`, and Managed Service for Apache Kafka clusters: the
//     key in the resource's region (Google's API reference for EncryptionSpec and GcpConfig, read
//     2026-12-03 through the search tool).
//   - Cloud SQL, Bigtable (each cluster's key in its region), Firestore (read 2026-12-04, sources below).
//   - Azure PostgreSQL flexible server, azure-native and classic: the vault or Managed HSM in the server's
//     region, the geo-backup key's vault in the region the geo-backups are stored in, the paired region
//     (Microsoft's data encryption page, its Limitations and geo-redundancy sections; read 2026-12-04 in
//     the page's source, MicrosoftDocs/azure-databases-docs articles/postgresql/security/security-data-encryption.md,
//     dated 2025-08-08; the configure page names the paired region as where backups are replicated).
//   - Cloud Storage buckets: the key ring in the same location as the data it encrypts (so an `EU`
//     bucket's key is in the EU multi-region, Cloud KMS `europe`). Read 2026-12-04 only in the Japanese
//     edition of Google's page on using customer-managed encryption keys, as republished by S3NS
//     (documentation.s3ns.fr, hl=ja, prerequisites step 3); the English page past its first steps and
//     the CMEK page's Restrictions section were not in the search corpus. Google's own client libraries show the API enforcing it (googleapis/google-cloud-go
//     issue 1787: a `global` key refused for a `US` bucket).
// A resource in several locations (Bigtable clusters, Spanner multi-region) proves its keys only when
// every location is proven and allowed.
// Listed but NOT applied (`verified: false`: no requirement found on the provider's page; their keys are
// still resolved by reference, stack and config):
//   - GKE application-layer secrets encryption (`databaseEncryption.keyName`). Searched 2026-12-04: the
//     encrypting-secrets page asks for the key in the cluster's location to cut latency (an
//     older revision used must, for the same reason), and the API reference for
//     DatabaseEncryption.key_name gives a `global` key as its example. No enforced rule was found.
// Not co-located, so always resolved: Azure Storage, SQL TDE and Cosmos DB take a key from any region.

/** Where the key must be, relative to the resource. */
export type KeyPlacement = "own-location" | "azure-paired-region";

export interface ColocationRow {
    /** Key-reference paths (`[]` for lists), as in the generated key-reference catalogue. */
    readonly paths: readonly string[];
    readonly placement: KeyPlacement;
    readonly verified: boolean;
    /** The provider's page that states (or, unverified, was expected to state) the requirement. */
    readonly source: string;
}

const azureDisks = "https://learn.microsoft.com/azure/virtual-machines/disk-encryption#restrictions";
const postgresEncryption = "https://learn.microsoft.com/azure/postgresql/flexible-server/security-data-encryption";
const vertexEncryptionSpec = "https://cloud.google.com/python/docs/reference/aiplatform/latest/google.cloud.aiplatform_v1.types.EncryptionSpec";

export const keyColocation: Readonly<Record<string, readonly ColocationRow[]>> = Object.freeze(Object.assign(Object.create(null) as Record<string, readonly ColocationRow[]>, {
    // "disk encryption sets, VMs, disks, and snapshots must be in the same subscription and region";
    // "Azure Key Vaults ... must be in the same region as your disk encryption set".
    "azure-native:compute:Disk": [{ paths: ["encryption.diskEncryptionSetId", "securityProfile.secureVMDiskEncryptionSetId"], placement: "own-location", verified: true, source: azureDisks }],
    "azure-native:compute:Snapshot": [{ paths: ["encryption.diskEncryptionSetId", "securityProfile.secureVMDiskEncryptionSetId"], placement: "own-location", verified: true, source: azureDisks }],
    "azure-native:compute:VirtualMachine": [{
        paths: [
            "storageProfile.osDisk.managedDisk.diskEncryptionSet.id",
            "storageProfile.osDisk.managedDisk.securityProfile.diskEncryptionSet.id",
            "storageProfile.dataDisks[].managedDisk.diskEncryptionSet.id",
            "storageProfile.dataDisks[].managedDisk.securityProfile.diskEncryptionSet.id",
        ],
        placement: "own-location", verified: true, source: azureDisks,
    }],
    // The same rule for classic @pulumi/azure disks and VMs (their OS disk; data disks are ManagedDisk resources).
    "azure:compute/managedDisk:ManagedDisk": [{ paths: ["diskEncryptionSetId", "secureVmDiskEncryptionSetId"], placement: "own-location", verified: true, source: azureDisks }],
    ...Object.fromEntries(["linuxVirtualMachine:LinuxVirtualMachine", "windowsVirtualMachine:WindowsVirtualMachine"].map((t): [string, readonly ColocationRow[]] =>
        [`azure:compute/${t}`, [{ paths: ["osDisk.diskEncryptionSetId", "osDisk.secureVmDiskEncryptionSetId"], placement: "own-location", verified: true, source: azureDisks }]])),
    // "The key must be in the same location as your Spanner instance."
    "gcp:spanner/database:Database": [{ paths: ["encryptionConfig.kmsKeyName", "encryptionConfig.kmsKeyNames[]"], placement: "own-location", verified: true, source: "https://cloud.google.com/spanner/docs/use-cmek" }],
    // "Create the key ring in a location that matches the location of your BigQuery dataset."
    "gcp:bigquery/dataset:Dataset": [{ paths: ["defaultEncryptionConfiguration.kmsKeyName"], placement: "own-location", verified: true, source: "https://cloud.google.com/bigquery/docs/customer-managed-encryption" }],
    // "The KMS key must be symmetric and created in the same AWS Region as the cluster."
    "aws:eks/cluster:Cluster": [{ paths: ["encryptionConfig.provider.keyArn"], placement: "own-location", verified: true, source: "https://docs.aws.amazon.com/eks/latest/APIReference/API_Provider.html" }],

    // EncryptionSpec.kms_key_name: "The key needs to be in the same region as where the compute resource is created."
    ...Object.fromEntries([
        "aiDataset:AiDataset", "aiEndpoint:AiEndpoint", "aiEvaluationMetric:AiEvaluationMetric", "aiFeatureOnlineStore:AiFeatureOnlineStore",
        "aiFeatureStore:AiFeatureStore", "aiIndex:AiIndex", "aiIndexEndpoint:AiIndexEndpoint", "aiMetadataStore:AiMetadataStore",
        "aiPersistentResource:AiPersistentResource", "aiReasoningEngine:AiReasoningEngine", "aiTensorboard:AiTensorboard",
    ].map((t): [string, readonly ColocationRow[]] => [`gcp:vertex/${t}`, [{ paths: ["encryptionSpec.kmsKeyName"], placement: "own-location", verified: true, source: vertexEncryptionSpec }]])),
    // GcpConfig.kms_key: "The key must be located in the same region as the cluster and cannot be changed."
    "gcp:managedkafka/cluster:Cluster": [{ paths: ["gcpConfig.kmsKey"], placement: "own-location", verified: true, source: "https://cloud.google.com/python/docs/reference/google-cloud-managedkafka/latest/google.cloud.managedkafka_v1.types.GcpConfig" }],

    // The key's vault or HSM must be in the server's region (Limitations); the geo-redundant backup key's
    // vault must be in the region that stores the geo-backups, the paired region.
    "azure-native:dbforpostgresql:Server": [
        { paths: ["dataEncryption.primaryKeyURI"], placement: "own-location", verified: true, source: postgresEncryption },
        { paths: ["dataEncryption.geoBackupKeyURI"], placement: "azure-paired-region", verified: true, source: postgresEncryption },
    ],
    "azure:postgresql/flexibleServer:FlexibleServer": [
        { paths: ["customerManagedKey.keyVaultKeyId"], placement: "own-location", verified: true, source: postgresEncryption },
        { paths: ["customerManagedKey.geoBackupKeyVaultKeyId"], placement: "azure-paired-region", verified: true, source: postgresEncryption },
    ],
    // Cloud SQL's CMEK workflow: create the instance "in the same location as the customer-managed encryption key"
    // (read 2026-12-04 through the search tool, in the page's translations: the key's location is a region).
    "gcp:sql/databaseInstance:DatabaseInstance": [{ paths: ["encryptionKeyName"], placement: "own-location", verified: true, source: "https://cloud.google.com/sql/docs/mysql/configure-cmek" }],
    // Cluster.EncryptionConfig.kms_key_name: "Only regional keys can be used and the region of the CMEK key must
    // match the region of the cluster" (every cluster of the instance, so every location must be allowed).
    "gcp:bigtable/instance:Instance": [{ paths: ["clusters[].kmsKeyName"], placement: "own-location", verified: true, source: "https://cloud.google.com/python/docs/reference/bigtable/latest/google.cloud.bigtable_admin_v2.types.Cluster.EncryptionConfig" }],
    // CustomerManagedEncryptionOptions.kms_key_name: "Only keys in the same location as the database are allowed".
    "gcp:firestore/database:Database": [{ paths: ["cmekConfig.kmsKeyName"], placement: "own-location", verified: true, source: "https://cloud.google.com/dotnet/docs/reference/Google.Cloud.Firestore.Admin.V1/latest/Google.Cloud.Firestore.Admin.V1.Database.Types.EncryptionConfig.Types.CustomerManagedEncryptionOptions" }],
    // The key ring must be in the location of the data it encrypts (a different project is allowed).
    "gcp:storage/bucket:Bucket": [{ paths: ["encryption.defaultKmsKeyName"], placement: "own-location", verified: true, source: "https://cloud.google.com/storage/docs/encryption/using-customer-managed-keys" }],
    // The page asks for the key in the cluster's location for latency: a recommendation, not enforced.
    "gcp:container/cluster:Cluster": [{ paths: ["databaseEncryption.keyName"], placement: "own-location", verified: false, source: "https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets" }],
}));

/** Types whose keys may come from any region: never proven by co-location. */
export const notColocated: readonly string[] = [
    "azure-native:storage:StorageAccount", // https://learn.microsoft.com/azure/storage/common/customer-managed-keys-overview (key vault in any region)
    "azure-native:sql:Server", "azure-native:sql:EncryptionProtector", // https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-byok-overview
    "azure-native:cosmosdb:DatabaseAccount", // https://learn.microsoft.com/azure/cosmos-db/how-to-setup-customer-managed-keys
    "azure:storage/account:Account", "azure:mssql/server:Server", "azure:mssql/serverTransparentDataEncryption:ServerTransparentDataEncryption", "azure:cosmosdb/account:Account",
];

/** "a.b[3].c" -> "a.b[].c": a concrete path as the catalogue spells it. */
export function pathPattern(concrete: string): string {
    return concrete.replace(/\[\d+\]/g, "[]");
}

/** The applied co-location row for a concrete key-reference path, if any. */
export function colocationOf(type: string, concretePath: string): ColocationRow | undefined {
    const rows = keyColocation[type];
    if (rows === undefined) return undefined;
    const pattern = pathPattern(concretePath);
    return rows.find((r) => r.verified && r.paths.includes(pattern));
}
