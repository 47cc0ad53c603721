import { strict as assert } from "assert";
import { gcpProvider } from "../../../helpers/harness";
import { assertExposed, cmk, gcpKey, violations } from "./fixtures";

// The GCP rows of policies/src/facts/keys/rows/gcp.ts: each is exposed without a Cloud KMS key and
// passes with one; removing a row makes its exposed case pass silently, failing the test.
type Props = Record<string, unknown>;
const provider = gcpProvider({ project: "acme-prod", region: "europe-west3" });
const key = gcpKey("europe-west3");

interface Service { id: string; service: string; type: string; exposed: Props; says: RegExp; withKey(k: string): Props }

const services: Service[] = [
    { id: "EUK-GCP-101", service: "Artifact Registry repository encryption", type: "gcp:artifactregistry/repository:Repository", exposed: { format: "DOCKER", location: "europe-west3" }, says: /no `kmsKeyName`: Google-managed/, withKey: (k) => ({ format: "DOCKER", location: "europe-west3", kmsKeyName: k }) },
    { id: "EUK-GCP-102", service: "Dataproc cluster disk encryption", type: "gcp:dataproc/cluster:Cluster", exposed: { region: "europe-west3", clusterConfig: { masterConfig: { numInstances: 1 } } }, says: /no `clusterConfig\.encryptionConfig`/, withKey: (k) => ({ region: "europe-west3", clusterConfig: { encryptionConfig: { kmsKeyName: k } } }) },
    { id: "EUK-GCP-103", service: "Filestore instance encryption", type: "gcp:filestore/instance:Instance", exposed: { tier: "BASIC_HDD", location: "europe-west3-a" }, says: /no `kmsKeyName`/, withKey: (k) => ({ tier: "BASIC_HDD", location: "europe-west3-a", kmsKeyName: k }) },
    { id: "EUK-GCP-104", service: "Bigtable cluster encryption", type: "gcp:bigtable/instance:Instance", exposed: { clusters: [{ clusterId: "c1", zone: "europe-west3-a" }] }, says: /the cluster names no `kmsKeyName`/, withKey: (k) => ({ clusters: [{ clusterId: "c1", zone: "europe-west3-a", kmsKeyName: k }] }) },
    { id: "EUK-GCP-105", service: "Spanner database encryption", type: "gcp:spanner/database:Database", exposed: { instance: "main" }, says: /no `encryptionConfig`/, withKey: (k) => ({ instance: "main", encryptionConfig: { kmsKeyName: k } }) },
    { id: "EUK-GCP-106", service: "AlloyDB cluster encryption", type: "gcp:alloydb/cluster:Cluster", exposed: { clusterId: "orders", location: "europe-west3" }, says: /no `encryptionConfig`/, withKey: (k) => ({ clusterId: "orders", location: "europe-west3", encryptionConfig: { kmsKeyName: k } }) },
    { id: "EUK-GCP-107", service: "Memorystore for Redis instance encryption", type: "gcp:redis/instance:Instance", exposed: { memorySizeGb: 1, region: "europe-west3" }, says: /no `customerManagedKey`/, withKey: (k) => ({ memorySizeGb: 1, region: "europe-west3", customerManagedKey: k }) },
    { id: "EUK-GCP-108", service: "Vertex AI dataset encryption", type: "gcp:vertex/aiDataset:AiDataset", exposed: { displayName: "images", region: "europe-west4" }, says: /no `encryptionSpec`/, withKey: (k) => ({ displayName: "images", region: "europe-west4", encryptionSpec: { kmsKeyName: k } }) },
    { id: "EUK-GCP-109", service: "Vertex AI endpoint encryption", type: "gcp:vertex/aiEndpoint:AiEndpoint", exposed: { displayName: "scoring", location: "europe-west4" }, says: /no `encryptionSpec`/, withKey: (k) => ({ displayName: "scoring", location: "europe-west4", encryptionSpec: { kmsKeyName: k } }) },
    { id: "EUK-GCP-110", service: "Vertex AI featurestore encryption", type: "gcp:vertex/aiFeatureStore:AiFeatureStore", exposed: { region: "europe-west4" }, says: /no `encryptionSpec`/, withKey: (k) => ({ region: "europe-west4", encryptionSpec: { kmsKeyName: k } }) },
    { id: "EUK-GCP-111", service: "Cloud Composer environment encryption", type: "gcp:composer/environment:Environment", exposed: { region: "europe-west3", config: { softwareConfig: { imageVersion: "composer-3-airflow-2" } } }, says: /no `config\.encryptionConfig`/, withKey: (k) => ({ region: "europe-west3", config: { encryptionConfig: { kmsKeyName: k } } }) },
    { id: "EUK-GCP-112", service: "Dataflow job state encryption", type: "gcp:dataflow/job:Job", exposed: { templateGcsPath: "gs://dataflow-templates/latest/Word_Count", tempGcsLocation: "gs://acme-tmp/df" }, says: /no `kmsKeyName`/, withKey: (k) => ({ templateGcsPath: "gs://dataflow-templates/latest/Word_Count", tempGcsLocation: "gs://acme-tmp/df", kmsKeyName: k }) },
    { id: "EUK-GCP-113", service: "Dataflow Flex Template job state encryption", type: "gcp:dataflow/flexTemplateJob:FlexTemplateJob", exposed: { containerSpecGcsPath: "gs://acme-templates/etl.json" }, says: /no `kmsKeyName`/, withKey: (k) => ({ containerSpecGcsPath: "gs://acme-templates/etl.json", kmsKeyName: k }) },
    { id: "EUK-GCP-114", service: "Cloud Logging bucket encryption", type: "gcp:logging/projectBucketConfig:ProjectBucketConfig", exposed: { project: "acme-prod", location: "europe-west3", bucketId: "audit" }, says: /no `cmekSettings` \(unless the organisation's or folder's default/, withKey: (k) => ({ project: "acme-prod", location: "europe-west3", bucketId: "audit", cmekSettings: { kmsKeyName: k } }) },
    { id: "EUK-GCP-115", service: "Cloud Run service encryption", type: "gcp:cloudrunv2/service:Service", exposed: { location: "europe-west3", template: { containers: [{ image: "europe-docker.pkg.dev/acme/app/api:1" }] } }, says: /no `template\.encryptionKey`/, withKey: (k) => ({ location: "europe-west3", template: { encryptionKey: k, containers: [{ image: "europe-docker.pkg.dev/acme/app/api:1" }] } }) },
    { id: "EUK-GCP-116", service: "Cloud Run job encryption", type: "gcp:cloudrunv2/job:Job", exposed: { location: "europe-west3", template: { template: { containers: [{ image: "europe-docker.pkg.dev/acme/app/batch:1" }] } } }, says: /no `template\.template\.encryptionKey`/, withKey: (k) => ({ location: "europe-west3", template: { template: { encryptionKey: k, containers: [] } } }) },
    { id: "EUK-GCP-117", service: "Cloud Functions (2nd gen) encryption", type: "gcp:cloudfunctionsv2/function:Function", exposed: { location: "europe-west3" }, says: /no `kmsKeyName`/, withKey: (k) => ({ location: "europe-west3", kmsKeyName: k }) },
    { id: "EUK-GCP-118", service: "Dataform repository encryption", type: "gcp:dataform/repository:Repository", exposed: { region: "europe-west3" }, says: /no `kmsKeyName`/, withKey: (k) => ({ region: "europe-west3", kmsKeyName: k }) },
    { id: "EUK-GCP-119", service: "Vertex AI Workbench boot disk encryption", type: "gcp:workbench/instance:Instance", exposed: { location: "europe-west3-a", gceSetup: { dataDisks: { diskEncryption: "CMEK", kmsKey: key } } }, says: /no `gceSetup\.bootDisk`/, withKey: (k) => ({ location: "europe-west3-a", gceSetup: { bootDisk: { diskEncryption: "CMEK", kmsKey: k }, dataDisks: { diskEncryption: "CMEK", kmsKey: k } } }) },
    { id: "EUK-GCP-120", service: "Vertex AI Workbench data disk encryption", type: "gcp:workbench/instance:Instance", exposed: { location: "europe-west3-a", gceSetup: { bootDisk: { diskEncryption: "CMEK", kmsKey: key }, dataDisks: { diskEncryption: "GMEK" } } }, says: /`diskEncryption` is not CMEK/, withKey: (k) => ({ location: "europe-west3-a", gceSetup: { bootDisk: { diskEncryption: "CMEK", kmsKey: k }, dataDisks: { diskEncryption: "CMEK", kmsKey: k } } }) },
    { id: "EUK-GCP-121", service: "Cloud Data Fusion instance encryption", type: "gcp:datafusion/instance:Instance", exposed: { type: "BASIC", region: "europe-west3" }, says: /no `cryptoKeyConfig`/, withKey: (k) => ({ type: "BASIC", region: "europe-west3", cryptoKeyConfig: { keyReference: k } }) },
    { id: "EUK-GCP-123", service: "Firestore database encryption", type: "gcp:firestore/database:Database", exposed: { locationId: "eur3", type: "FIRESTORE_NATIVE" }, says: /no `cmekConfig`/, withKey: (k) => ({ locationId: "eur3", type: "FIRESTORE_NATIVE", cmekConfig: { kmsKeyName: k } }) },
    { id: "EUK-GCP-124", service: "GKE node pool boot disk encryption", type: "gcp:container/nodePool:NodePool", exposed: { cluster: "prod", nodeConfig: { machineType: "e2-standard-4" } }, says: /no `nodeConfig\.bootDiskKmsKey`/, withKey: (k) => ({ cluster: "prod", nodeConfig: { machineType: "e2-standard-4", bootDiskKmsKey: k } }) },
    { id: "EUK-GCP-125", service: "Looker (Google Cloud core) instance encryption", type: "gcp:looker/instance:Instance", exposed: { region: "europe-west3", platformEdition: "LOOKER_CORE_ENTERPRISE_ANNUAL" }, says: /no `encryptionConfig`/, withKey: (k) => ({ region: "europe-west3", platformEdition: "LOOKER_CORE_ENTERPRISE_ANNUAL", encryptionConfig: { kmsKeyName: k } }) },
    { id: "EUK-GCP-126", service: "Vertex AI TensorBoard encryption", type: "gcp:vertex/aiTensorboard:AiTensorboard", exposed: { displayName: "runs", region: "europe-west4" }, says: /no `encryptionSpec`/, withKey: (k) => ({ displayName: "runs", region: "europe-west4", encryptionSpec: { kmsKeyName: k } }) },
    { id: "EUK-GCP-127", service: "Vertex AI metadata store encryption", type: "gcp:vertex/aiMetadataStore:AiMetadataStore", exposed: { region: "europe-west4" }, says: /no `encryptionSpec`/, withKey: (k) => ({ region: "europe-west4", encryptionSpec: { kmsKeyName: k } }) },
    { id: "EUK-GCP-128", service: "Datastream stream encryption", type: "gcp:datastream/stream:Stream", exposed: { location: "europe-west3", streamId: "orders-cdc" }, says: /no `customerManagedEncryptionKey`/, withKey: (k) => ({ location: "europe-west3", streamId: "orders-cdc", customerManagedEncryptionKey: k }) },
    { id: "EUK-GCP-129", service: "Eventarc channel encryption", type: "gcp:eventarc/channel:Channel", exposed: { location: "europe-west3" }, says: /no `cryptoKeyName`/, withKey: (k) => ({ location: "europe-west3", cryptoKeyName: k }) },
];

describe("customer-managed-keys on the GCP data service rows", () => {
    for (const s of services) {
        describe(`${s.service} (${s.id})`, () => {
            it("is exposed without a Cloud KMS key, naming the service and the fix, citing its row", () => {
                const m = assertExposed(s);
                assert.match(m, /Google-managed encryption keys/);
                assert.ok(m.endsWith(`[${s.id}]`), m);
            });
            it("passes with a customer-managed Cloud KMS key", () => {
                assert.deepEqual(violations(cmk, { type: s.type, name: "data", provider, props: s.withKey(key) }), []);
            });
        });
    }
    it("Spanner: a multi-region database naming one key per region in `kmsKeyNames` is not reported as keyless", () => {
        const props = { instance: "global-orders", encryptionConfig: { kmsKeyNames: [gcpKey("europe-west1"), gcpKey("europe-west4")] } };
        assert.deepEqual(violations(cmk, { type: "gcp:spanner/database:Database", provider, props }), []);
    });
    it("Workbench: a boot disk on GMEK is reported even with a key named (the key is used only with CMEK)", () => {
        const props = { location: "europe-west3-a", gceSetup: { bootDisk: { diskEncryption: "GMEK", kmsKey: key }, dataDisks: { diskEncryption: "CMEK", kmsKey: key } } };
        assert.match(violations(cmk, { type: "gcp:workbench/instance:Instance", provider, props })[0], /`diskEncryption` is not CMEK/);
    });
});
