// Google Cloud data services beyond the core table (issue 10). Tokens and property paths from
// @pulumi/gcp 9.37 (`<Class>Args`, types/input.d.ts); test/policies/facts/keys/rows-typings.test.ts checks them.
// Without a Cloud KMS key every one of them uses Google's default encryption, with keys Google holds
// (https://cloud.google.com/docs/security/encryption/default-encryption); each row names the
// service's own CMEK page beside it.
import type { ProtectionRow } from "../table";
import { cmek, gcpKeyForm, googleManaged } from "./wording";

/** A top-level key property: no key, Google's default encryption. */
const topLevel = (id: string, service: string, key: string, extra = ""): ProtectionRow => ({
    id, service, at: "", key, noKey: googleManaged(`no \`${key}\``), fix: `${cmek(key)}${extra}`,
});
/** A key inside an optional block: without the block, Google's default encryption. */
const inBlock = (id: string, service: string, at: string, key: string, extra = ""): ProtectionRow => ({
    id, service, at, key, absent: googleManaged(`no \`${at}\``), noKey: googleManaged(`no \`${at}.${key}\``), fix: `${cmek(`${at}.${key}`)}${extra}`,
});

export const gcpServiceRows: Readonly<Record<string, readonly ProtectionRow[]>> = {
    // https://cloud.google.com/artifact-registry/docs/cmek (set at creation)
    "gcp:artifactregistry/repository:Repository": [topLevel("EUK-GCP-101", "Artifact Registry repository encryption", "kmsKeyName", " (only when the repository is created)")],
    // https://cloud.google.com/dataproc/docs/concepts/configuring-clusters/customer-managed-encryption
    "gcp:dataproc/cluster:Cluster": [inBlock("EUK-GCP-102", "Dataproc cluster disk encryption", "clusterConfig.encryptionConfig", "kmsKeyName")],
    // https://cloud.google.com/filestore/docs/cmek
    "gcp:filestore/instance:Instance": [topLevel("EUK-GCP-103", "Filestore instance encryption", "kmsKeyName", " (only when the instance is created)")],
    "gcp:bigtable/instance:Instance": [{
        id: "EUK-GCP-104", service: "Bigtable cluster encryption", at: "clusters[]", key: "kmsKeyName",
        // https://cloud.google.com/bigtable/docs/cmek
        noKey: googleManaged("the cluster names no `kmsKeyName`"),
        fix: "set `kmsKeyName` on each `clusters[]` entry to a Cloud KMS key in that cluster's region",
    }],
    "gcp:spanner/database:Database": [{
        id: "EUK-GCP-105", service: "Spanner database encryption", at: "encryptionConfig", key: "kmsKeyName",
        // https://cloud.google.com/spanner/docs/cmek (multi-region configurations list one key per region in `kmsKeyNames`)
        absent: googleManaged("no `encryptionConfig`"),
        gates: [{ path: "kmsKeyNames", kind: "array", on: (v) => v === undefined || v === null, onlyWithoutKey: true }],
        noKey: googleManaged("no `encryptionConfig.kmsKeyName` or `encryptionConfig.kmsKeyNames`"),
        fix: `${cmek("encryptionConfig.kmsKeyName")} in the instance's region (or \`encryptionConfig.kmsKeyNames\`, one per region, for a multi-region instance)`,
    }],
    // https://cloud.google.com/alloydb/docs/cmek
    "gcp:alloydb/cluster:Cluster": [inBlock("EUK-GCP-106", "AlloyDB cluster encryption", "encryptionConfig", "kmsKeyName")],
    // https://cloud.google.com/memorystore/docs/redis/cmek
    "gcp:redis/instance:Instance": [topLevel("EUK-GCP-107", "Memorystore for Redis instance encryption", "customerManagedKey")],
    // https://cloud.google.com/vertex-ai/docs/general/cmek
    "gcp:vertex/aiDataset:AiDataset": [inBlock("EUK-GCP-108", "Vertex AI dataset encryption", "encryptionSpec", "kmsKeyName")],
    "gcp:vertex/aiEndpoint:AiEndpoint": [inBlock("EUK-GCP-109", "Vertex AI endpoint encryption", "encryptionSpec", "kmsKeyName")],
    "gcp:vertex/aiFeatureStore:AiFeatureStore": [inBlock("EUK-GCP-110", "Vertex AI featurestore encryption", "encryptionSpec", "kmsKeyName")],
    // https://cloud.google.com/composer/docs/composer-2/configure-encryption (set at creation)
    "gcp:composer/environment:Environment": [inBlock("EUK-GCP-111", "Cloud Composer environment encryption", "config.encryptionConfig", "kmsKeyName", " (only when the environment is created)")],
    // https://cloud.google.com/dataflow/docs/guides/customer-managed-encryption-keys
    "gcp:dataflow/job:Job": [topLevel("EUK-GCP-112", "Dataflow job state encryption", "kmsKeyName")],
    "gcp:dataflow/flexTemplateJob:FlexTemplateJob": [topLevel("EUK-GCP-113", "Dataflow Flex Template job state encryption", "kmsKeyName")],
    "gcp:logging/projectBucketConfig:ProjectBucketConfig": [{
        id: "EUK-GCP-114", service: "Cloud Logging bucket encryption", at: "cmekSettings", key: "kmsKeyName",
        // https://cloud.google.com/logging/docs/routing/managed-encryption-storage
        absent: googleManaged("no `cmekSettings` (unless the organisation's or folder's default Logging CMEK settings apply, which a policy cannot see)"),
        noKey: googleManaged("no `cmekSettings.kmsKeyName`"),
        fix: `${cmek("cmekSettings.kmsKeyName")} (in the bucket's location), stated on the bucket`,
    }],
    // https://cloud.google.com/run/docs/securing/using-cmek
    "gcp:cloudrunv2/service:Service": [{
        id: "EUK-GCP-115", service: "Cloud Run service encryption", at: "template", key: "encryptionKey",
        noKey: googleManaged("no `template.encryptionKey`"), fix: cmek("template.encryptionKey"),
    }],
    "gcp:cloudrunv2/job:Job": [{
        id: "EUK-GCP-116", service: "Cloud Run job encryption", at: "template.template", key: "encryptionKey",
        noKey: googleManaged("no `template.template.encryptionKey`"), fix: cmek("template.template.encryptionKey"),
    }],
    // https://cloud.google.com/functions/docs/securing/cmek
    "gcp:cloudfunctionsv2/function:Function": [topLevel("EUK-GCP-117", "Cloud Functions (2nd gen) encryption", "kmsKeyName")],
    // https://cloud.google.com/dataform/docs/cmek (set at creation)
    "gcp:dataform/repository:Repository": [topLevel("EUK-GCP-118", "Dataform repository encryption", "kmsKeyName", " (only when the repository is created)")],
    "gcp:workbench/instance:Instance": [{
        id: "EUK-GCP-119", service: "Vertex AI Workbench boot disk encryption", at: "gceSetup.bootDisk", key: "kmsKey",
        // https://cloud.google.com/vertex-ai/docs/workbench/instances/cmek (GMEK by default)
        absent: googleManaged("no `gceSetup.bootDisk`"),
        gates: [{ path: "diskEncryption", kind: "string", on: (v) => v === "CMEK", off: googleManaged("`diskEncryption` is not CMEK") }],
        noKey: googleManaged("no `gceSetup.bootDisk.kmsKey`"),
        fix: `set \`gceSetup.bootDisk\` to { diskEncryption: "CMEK", kmsKey: ${gcpKeyForm} }`,
    }, {
        id: "EUK-GCP-120", service: "Vertex AI Workbench data disk encryption", at: "gceSetup.dataDisks", key: "kmsKey",
        absent: googleManaged("no `gceSetup.dataDisks`"),
        gates: [{ path: "diskEncryption", kind: "string", on: (v) => v === "CMEK", off: googleManaged("`diskEncryption` is not CMEK") }],
        noKey: googleManaged("no `gceSetup.dataDisks.kmsKey`"),
        fix: `set \`gceSetup.dataDisks\` to { diskEncryption: "CMEK", kmsKey: ${gcpKeyForm} }`,
    }],
    // https://cloud.google.com/data-fusion/docs/how-to/customer-managed-encryption-keys
    "gcp:datafusion/instance:Instance": [inBlock("EUK-GCP-121", "Cloud Data Fusion instance encryption", "cryptoKeyConfig", "keyReference")],
    // https://cloud.google.com/firestore/docs/cmek (set at creation)
    "gcp:firestore/database:Database": [inBlock("EUK-GCP-123", "Firestore database encryption", "cmekConfig", "kmsKeyName", " (only when the database is created)")],
    // https://cloud.google.com/kubernetes-engine/docs/how-to/using-cmek (boot disks of the pool's nodes)
    "gcp:container/nodePool:NodePool": [inBlock("EUK-GCP-124", "GKE node pool boot disk encryption", "nodeConfig", "bootDiskKmsKey")],
    // https://cloud.google.com/looker/docs/looker-core-cmek; CMEK is offered on the Enterprise and Embed editions only
    // (https://cloud.google.com/looker/docs/looker-core-edition-types), which the fix says.
    "gcp:looker/instance:Instance": [inBlock("EUK-GCP-125", "Looker (Google Cloud core) instance encryption", "encryptionConfig", "kmsKeyName", " (on the Enterprise or Embed edition, only when the instance is created)")],
    "gcp:vertex/aiTensorboard:AiTensorboard": [inBlock("EUK-GCP-126", "Vertex AI TensorBoard encryption", "encryptionSpec", "kmsKeyName")],
    "gcp:vertex/aiMetadataStore:AiMetadataStore": [inBlock("EUK-GCP-127", "Vertex AI metadata store encryption", "encryptionSpec", "kmsKeyName")],
    // https://cloud.google.com/datastream/docs/reference/rest/v1/projects.locations.streams (blank: an internal, Google-held stream key)
    "gcp:datastream/stream:Stream": [topLevel("EUK-GCP-128", "Datastream stream encryption", "customerManagedEncryptionKey")],
    // https://cloud.google.com/eventarc/docs/use-cmek
    "gcp:eventarc/channel:Channel": [topLevel("EUK-GCP-129", "Eventarc channel encryption", "cryptoKeyName")],
};
