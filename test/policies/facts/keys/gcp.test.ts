import { strict as assert } from "assert";
import { gcpProvider, type TestResource } from "../../../helpers/harness";
import { checkAll, cmk, external, gcpKey, location, violations, assertExposed } from "./fixtures";

type Props = Record<string, unknown>;
const provider = gcpProvider({ project: "acme-prod", region: "europe-west3" });

interface Service {
    service: string;
    type: string;
    exposed: Props;
    says: RegExp;
    withKey(key: string): Props;
    path: string;
}

const services: Service[] = [
    {
        service: "Cloud Storage bucket encryption", type: "gcp:storage/bucket:Bucket",
        exposed: { location: "EU", uniformBucketLevelAccess: true }, says: /no `encryption\.defaultKmsKeyName`: Google-managed encryption keys/,
        withKey: (k) => ({ location: "EU", encryption: { defaultKmsKeyName: k } }), path: "encryption.defaultKmsKeyName",
    },
    {
        service: "Persistent disk encryption", type: "gcp:compute/disk:Disk",
        exposed: { zone: "europe-west3-a", size: 100, type: "pd-balanced" }, says: /no `diskEncryptionKey`/,
        withKey: (k) => ({ zone: "europe-west3-a", size: 100, diskEncryptionKey: { kmsKeySelfLink: `${k}/cryptoKeyVersions/1` } }), path: "diskEncryptionKey.kmsKeySelfLink",
    },
    {
        service: "Boot disk encryption", type: "gcp:compute/instance:Instance",
        exposed: { zone: "europe-west3-b", machineType: "e2-small", bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } } }, says: /no `bootDisk\.kmsKeySelfLink`/,
        withKey: (k) => ({ zone: "europe-west3-b", machineType: "e2-small", bootDisk: { initializeParams: { image: "debian-cloud/debian-12" }, kmsKeySelfLink: k } }), path: "bootDisk.kmsKeySelfLink",
    },
    {
        service: "Cloud SQL instance encryption", type: "gcp:sql/databaseInstance:DatabaseInstance",
        exposed: { region: "europe-west3", databaseVersion: "POSTGRES_16", settings: { tier: "db-f1-micro" } }, says: /no `encryptionKeyName`/,
        withKey: (k) => ({ region: "europe-west3", databaseVersion: "POSTGRES_16", encryptionKeyName: k }), path: "encryptionKeyName",
    },
    {
        service: "BigQuery dataset encryption", type: "gcp:bigquery/dataset:Dataset",
        exposed: { datasetId: "sales", location: "EU" }, says: /no `defaultEncryptionConfiguration`/,
        withKey: (k) => ({ datasetId: "sales", location: "EU", defaultEncryptionConfiguration: { kmsKeyName: k } }), path: "defaultEncryptionConfiguration.kmsKeyName",
    },
    {
        service: "Pub/Sub topic encryption", type: "gcp:pubsub/topic:Topic",
        exposed: { name: "orders", messageStoragePolicy: { allowedPersistenceRegions: ["europe-west3"] } }, says: /no `kmsKeyName`/,
        withKey: (k) => ({ name: "orders", kmsKeyName: k }), path: "kmsKeyName",
    },
    {
        service: "GKE application-layer secrets encryption", type: "gcp:container/cluster:Cluster",
        exposed: { location: "europe-west3", initialNodeCount: 1, databaseEncryption: { state: "DECRYPTED" } }, says: /`databaseEncryption\.state` is not ENCRYPTED/,
        withKey: (k) => ({ location: "europe-west3", databaseEncryption: { state: "ENCRYPTED", keyName: k } }), path: "databaseEncryption.keyName",
    },
    {
        service: "Secret Manager secret encryption", type: "gcp:secretmanager/secret:Secret",
        exposed: { secretId: "db-password", replication: { auto: {} } }, says: /no `replication\.auto\.customerManagedEncryption\.kmsKeyName`/,
        withKey: (k) => ({ secretId: "db-password", replication: { auto: { customerManagedEncryption: { kmsKeyName: k } } } }), path: "replication.auto.customerManagedEncryption.kmsKeyName",
    },
    {
        service: "Secret Manager replica encryption", type: "gcp:secretmanager/secret:Secret",
        exposed: { secretId: "db-password", replication: { userManaged: { replicas: [{ location: "europe-west3" }] } } }, says: /the replica names no/,
        withKey: (k) => ({ secretId: "db-password", replication: { userManaged: { replicas: [{ location: "europe-west3", customerManagedEncryption: { kmsKeyName: k } }] } } }),
        path: "replication.userManaged.replicas[0].customerManagedEncryption.kmsKeyName",
    },
];

const res = (s: Service, props: Props): TestResource => ({ type: s.type, name: "data", provider, props });
const cryptoKey = (loc: string, protectionLevel: string | undefined): TestResource => ({
    type: "gcp:kms/cryptoKey:CryptoKey", name: "data-key", provider,
    props: { keyRing: `projects/acme-prod/locations/${loc}/keyRings/acme`, name: "data", ...(protectionLevel ? { versionTemplate: { algorithm: "GOOGLE_SYMMETRIC_ENCRYPTION", protectionLevel } } : {}) },
});

describe("key policies on Google Cloud", () => {
    for (const s of services) {
        describe(`${s.service} (${s.type.split(":").pop()})`, () => {
            it("exposed: customer-managed-keys flags Google-managed keys with the property to set", () => {
                assertExposed(s);
            });
            it("customer-managed in an EU key ring: passes customer-managed-keys and eu-key-location", () => {
                for (const loc of ["europe-west3", "europe-west1", "europe-north1"]) {
                    assert.deepEqual(violations(cmk, res(s, s.withKey(gcpKey(loc)))), []);
                    assert.deepEqual(violations(location, res(s, s.withKey(gcpKey(loc)))), []);
                }
            });
            it("customer-managed outside the EU, or in `global`: eu-key-location flags the key's location (the EU-only `europe` is in gcp-kms-europe.test.ts)", () => {
                for (const [loc, shown] of [["us-central1", /"us-central1"/], ["global", /"global"/], ["europe-west2", /London/]] as const) {
                    const [m, ...rest] = violations(location, res(s, s.withKey(gcpKey(loc))));
                    assert.equal(rest.length, 0, loc);
                    assert.ok(m.includes(`\`${s.path}\``), m);
                    assert.ok(m.includes(gcpKey(loc)), "names the key");
                    assert.match(m, shown);
                    assert.match(m, /Rule eu-key-location/);
                }
            });
            it("external: only a Cloud EKM key satisfies external-key-custody", () => {
                const consumer = res(s, s.withKey(gcpKey("europe-west3")));
                for (const level of ["EXTERNAL", "EXTERNAL_VPC"]) {
                    assert.deepEqual(checkAll(external, [cryptoKey("europe-west3", level), consumer]).violations, [], level);
                }
                for (const level of ["HSM", undefined]) {
                    const [m, ...rest] = checkAll(external, [cryptoKey("europe-west3", level), consumer]).violations;
                    assert.equal(rest.length, 0);
                    assert.match(m, /gcp:kms\/cryptoKey:CryptoKey "data-key"/);
                    assert.match(m, /held by Cloud KMS/);
                    assert.match(m, /EXTERNAL_VPC/);
                }
                const [m] = checkAll(external, [consumer]).violations;
                assert.match(m, /not declared in this stack/, "a key elsewhere cannot be proven external");
            });
        });
    }

    describe("details", () => {
        it("customer-supplied keys (CSEK) are customer-held, never echoed, and not Cloud EKM", () => {
            const disk: TestResource = { type: "gcp:compute/disk:Disk", provider, props: { zone: "europe-west3-a", diskEncryptionKey: { rawKey: "SGVsbG8gV29ybGQhSGVsbG8gV29ybGQhSGVsbG8gV28=" } } };
            assert.deepEqual(violations(cmk, disk), []);
            assert.deepEqual(checkAll(location, [disk]).violations, []);
            const [m, ...rest] = checkAll(external, [disk]).violations;
            assert.equal(rest.length, 0);
            assert.match(m, /customer-supplied key material at `diskEncryptionKey\.rawKey`/);
            assert.ok(!m.includes("SGVsbG8"), "key material is never echoed");
        });
        it("a boot disk made from an existing disk is judged on that disk", () => {
            assert.deepEqual(violations(cmk, { type: "gcp:compute/instance:Instance", provider, props: { zone: "europe-west3-b", bootDisk: { source: "projects/acme-prod/zones/europe-west3-b/disks/os" } } }), []);
        });
        it("reads full resource URLs and key version names", () => {
            const k = `//cloudkms.googleapis.com/${gcpKey("us-east1")}/cryptoKeyVersions/3`;
            assert.match(violations(location, { type: "gcp:pubsub/topic:Topic", provider, props: { kmsKeyName: k } })[0], /"us-east1"/);
        });
        it("a name that is not a Cloud KMS key is an unrecognised reference", () => {
            const [m] = violations(cmk, { type: "gcp:pubsub/topic:Topic", provider, props: { kmsKeyName: "my-key" } });
            assert.match(m, /unrecognised key reference/);
            assert.ok(!m.includes("my-key"));
        });
    });
});
