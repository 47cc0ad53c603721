// Google Cloud components under the mock runtime: what they create, their outputs, and every
// refusal (a clear error, and nothing registered).
import * as assert from "assert";
import { SovereignBucket, SovereignCryptoKey, SovereignKeyRing, SovereignSqlInstance } from "../../../components/gcp";
import { defaultAllowed, defaultKmsAllowed } from "../allowed";
import { refusal, registered, registrationsOf, resetRegistrations, settle, useMocks, valueOf, itRefuses, type Refusal } from "../mocks";

const regions = defaultAllowed("gcp", (e) => e.components === undefined && e.name !== "eu");
const kmsAllowed = defaultKmsAllowed();
const gcsAllowed = defaultAllowed("gcp");
const ring = (location: string, name: string): string => `projects/sovereign-project/locations/${location}/keyRings/${name}`;
const network = "projects/sovereign-project/global/networks/private";

describe("components: GCP", () => {
    before(() => useMocks({ "gcp:region": "europe-west3", "gcp:project": "sovereign-project" }));
    beforeEach(async () => {
        await settle();
        resetRegistrations();
    });

    describe("SovereignKeyRing and SovereignCryptoKey", () => {
        it("creates a key ring in the stack's region and an HSM key that rotates every 90 days", async () => {
            const kr = new SovereignKeyRing("ring");
            assert.strictEqual(kr.location, "europe-west3");
            assert.strictEqual(await valueOf(kr.keyRingId), ring("europe-west3", "ring-kr1"));
            assert.strictEqual(await valueOf(kr.name), "ring-kr1");
            const key = new SovereignCryptoKey("cmek", { keyRing: kr });
            assert.strictEqual(key.location, "europe-west3");
            assert.strictEqual(key.protectionLevel, "HSM");
            assert.strictEqual(await valueOf(key.cryptoKeyId), `${ring("europe-west3", "ring-kr1")}/cryptoKeys/cmek-ck1`);
            const [k] = await registrationsOf("gcp:kms/cryptoKey:CryptoKey");
            assert.deepStrictEqual(k.inputs.versionTemplate, { algorithm: "GOOGLE_SYMMETRIC_ENCRYPTION", protectionLevel: "HSM" });
            assert.strictEqual(k.inputs.rotationPeriod, "7776000s");
            assert.strictEqual(k.inputs.purpose, "ENCRYPT_DECRYPT");
            assert.strictEqual(k.inputs.skipInitialVersionCreation, false);
            assert.strictEqual((await registrationsOf("gcp:kms/cryptoKeyVersion:CryptoKeyVersion")).length, 0);
        });

        it("creates a Cloud EKM key whose first version points at the external key", async () => {
            const key = new SovereignCryptoKey("ekm", { keyRing: ring("europe-west4", "r"), protectionLevel: "EXTERNAL", externalKeyUri: "https://ekm.example.eu/v0/keys/k1" });
            assert.strictEqual(key.location, "europe-west4");
            const [k] = await registrationsOf("gcp:kms/cryptoKey:CryptoKey");
            assert.deepStrictEqual(k.inputs.versionTemplate, { algorithm: "EXTERNAL_SYMMETRIC_ENCRYPTION", protectionLevel: "EXTERNAL" });
            assert.strictEqual(k.inputs.skipInitialVersionCreation, true);
            assert.strictEqual(k.inputs.rotationPeriod, undefined);
            const [v] = await registrationsOf("gcp:kms/cryptoKeyVersion:CryptoKeyVersion");
            assert.deepStrictEqual(v.inputs.externalProtectionLevelOptions, { externalKeyUri: "https://ekm.example.eu/v0/keys/k1" });
            assert.strictEqual(v.inputs.cryptoKey, `${ring("europe-west4", "r")}/cryptoKeys/ekm-ck1`);
        });

        it("creates a Cloud EKM key over a VPC on the given connection", async () => {
            const connection = "projects/sovereign-project/locations/europe-west3/ekmConnections/ekm";
            new SovereignCryptoKey("vpc", { keyRing: { id: ring("europe-west3", "r"), location: "europe-west3" }, protectionLevel: "EXTERNAL_VPC", ekmConnection: connection, ekmConnectionKeyPath: "keys/k1" });
            const [k] = await registrationsOf("gcp:kms/cryptoKey:CryptoKey");
            assert.strictEqual(k.inputs.cryptoKeyBackend, connection);
            const [v] = await registrationsOf("gcp:kms/cryptoKeyVersion:CryptoKeyVersion");
            assert.deepStrictEqual(v.inputs.externalProtectionLevelOptions, { ekmConnectionKeyPath: "keys/k1" });
        });

        it("accepts the EU-only KMS multi-region europe by default, and lists it among the allowed locations", async () => {
            const kr = new SovereignKeyRing("eu-ring", { location: "europe" });
            assert.strictEqual(kr.location, "europe");
            const [ringReg] = await registrationsOf("gcp:kms/keyRing:KeyRing");
            assert.strictEqual(ringReg.inputs.location, "europe");
            assert.ok(kmsAllowed.split(", ").includes("europe") && !kmsAllowed.split(/[ ,]+/).includes("eu"), kmsAllowed);
        });

        const refusals: Refusal[] = [
            ["the global location", () => new SovereignKeyRing("kr", { location: "global" }),
                `SovereignKeyRing "kr": location "global" is not an allowed location; ${kmsAllowed}`],
            ["the KMS multi-region us", () => new SovereignKeyRing("kr", { location: "us" }),
                `SovereignKeyRing "kr": location "us" is not an allowed location; ${kmsAllowed}`],
            ["the KMS multi-region asia", () => new SovereignKeyRing("kr", { location: "asia" }),
                `SovereignKeyRing "kr": location "asia" is not an allowed location; ${kmsAllowed}`],
            ["the GCS-only EU multi-region", () => new SovereignKeyRing("kr", { location: "EU" }),
                `SovereignKeyRing "kr": location "EU" is not a location this service offers; ${kmsAllowed}`],
            ["a US region", () => new SovereignKeyRing("kr", { location: "us-central1" }),
                `SovereignKeyRing "kr": location "us-central1" is not an allowed location; ${kmsAllowed}`],
            ["a zone", () => new SovereignKeyRing("kr", { location: "europe-west3-a" }),
                'SovereignKeyRing "kr": location "europe-west3-a" is a zone, not a region or dual-region or multi-region; use its region "europe-west3"'],
            ["software protection", () => new SovereignCryptoKey("ck", { keyRing: ring("europe-west3", "r"), protectionLevel: "SOFTWARE" as "HSM" }),
                'SovereignCryptoKey "ck": protectionLevel "SOFTWARE" is not allowed (software keys are held and operated by Google alone); allowed: HSM, EXTERNAL, EXTERNAL_VPC'],
            ["an external key without its URI", () => new SovereignCryptoKey("ck", { keyRing: ring("europe-west3", "r"), protectionLevel: "EXTERNAL" }),
                'SovereignCryptoKey "ck": protectionLevel "EXTERNAL" needs externalKeyUri (the key in your external key manager)'],
            ["an EKM-over-VPC key without its connection", () => new SovereignCryptoKey("ck", { keyRing: ring("europe-west3", "r"), protectionLevel: "EXTERNAL_VPC" }),
                'SovereignCryptoKey "ck": protectionLevel "EXTERNAL_VPC" needs ekmConnection and ekmConnectionKeyPath'],
            ["an EKM connection in another location", () => new SovereignCryptoKey("ck", {
                keyRing: ring("europe-west3", "r"), protectionLevel: "EXTERNAL_VPC",
                ekmConnection: "projects/p/locations/europe-west1/ekmConnections/c", ekmConnectionKeyPath: "k",
            }), 'SovereignCryptoKey "ck": ekmConnection "projects/p/locations/europe-west1/ekmConnections/c" is not in the key ring\'s location "europe-west3"'],
            ["a rotation period under a day", () => new SovereignCryptoKey("ck", { keyRing: ring("europe-west3", "r"), rotationPeriod: "3600s" }),
                'SovereignCryptoKey "ck": rotationPeriod "3600s" is not a duration of at least one day in seconds, e.g. "7776000s"'],
            ["a rotation period on an external key", () => new SovereignCryptoKey("ck", { keyRing: ring("europe-west3", "r"), protectionLevel: "EXTERNAL", externalKeyUri: "u", rotationPeriod: "7776000s" }),
                'SovereignCryptoKey "ck": rotationPeriod is not available for protectionLevel "EXTERNAL": rotate the key in your external key manager'],
            ["a key ring id in the US", () => new SovereignCryptoKey("ck", { keyRing: ring("us-east1", "r") }),
                `SovereignCryptoKey "ck": keyRing (location) "us-east1" is not an allowed location; ${kmsAllowed}`],
            ["a key ring reference whose id contradicts its location", () => new SovereignCryptoKey("ck", { keyRing: { id: ring("us-east1", "r"), location: "europe-west3" } }),
                `SovereignCryptoKey "ck": keyRing.id "${ring("us-east1", "r")}" is not a key ring in "europe-west3"`],
        ];
        itRefuses(refusals);
    });

    describe("SovereignBucket", () => {
        it("creates a CMEK bucket with uniform access and public access prevention, its key in the same region and the GCS agent granted", async () => {
            const b = new SovereignBucket("archive");
            assert.strictEqual(b.location, "europe-west3");
            assert.strictEqual(await valueOf(b.bucketName), "archive-b1");
            assert.strictEqual(await valueOf(b.url), "gs://archive-b1");
            assert.strictEqual(await valueOf(b.selfLink), "https://www.googleapis.com/storage/v1/b/archive-b1");
            const keyId = `${ring("europe-west3", "archive-keys-kr1")}/cryptoKeys/archive-key-ck1`;
            assert.strictEqual(await valueOf(b.keyId), keyId);
            assert.strictEqual(b.keyRing?.location, "europe-west3");

            const [bucket] = await registrationsOf("gcp:storage/bucket:Bucket");
            const expected: Record<string, unknown> = {
                location: "EUROPE-WEST3", encryption: { defaultKmsKeyName: keyId }, uniformBucketLevelAccess: true,
                publicAccessPrevention: "enforced", versioning: { enabled: true }, forceDestroy: false,
            };
            for (const [k, v] of Object.entries(expected)) assert.deepStrictEqual(bucket.inputs[k], v, k);
            const [grant] = await registrationsOf("gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember");
            assert.deepStrictEqual(grant.inputs, {
                cryptoKeyId: keyId, role: "roles/cloudkms.cryptoKeyEncrypterDecrypter",
                member: "serviceAccount:service-123456789@gs-project-accounts.iam.gserviceaccount.com",
            });
        });

        it("puts a dual-region bucket's key in the same dual-region", async () => {
            const b = new SovereignBucket("dual", { location: "EUR4" });
            assert.strictEqual(b.location, "eur4");
            assert.strictEqual(b.keyRing?.location, "eur4");
            const [bucket] = await registrationsOf("gcp:storage/bucket:Bucket");
            assert.strictEqual(bucket.inputs.location, "EUR4");
        });

        it("builds a configurable dual-region from two allowed regions, its key in the KMS multi-region the allow-list adds", async () => {
            const b = new SovereignBucket("custom", { location: "EU", dataLocations: ["europe-west1", "europe-west4"], additionalLocations: ["europe"] });
            assert.deepStrictEqual(b.dataLocations, ["europe-west1", "europe-west4"]);
            assert.strictEqual(b.keyRing?.location, "europe");
            const [bucket] = await registrationsOf("gcp:storage/bucket:Bucket");
            assert.deepStrictEqual(bucket.inputs.customPlacementConfig, { dataLocations: ["EUROPE-WEST1", "EUROPE-WEST4"] });
        });

        it("uses a key passed in, creating no key ring", async () => {
            const kr = new SovereignKeyRing("shared", { location: "europe-west1" });
            const key = new SovereignCryptoKey("shared", { keyRing: kr });
            await settle();
            resetRegistrations();
            const b = new SovereignBucket("given", { location: "europe-west1", key, grantServiceAgent: false });
            assert.strictEqual(b.key, undefined);
            assert.strictEqual(await valueOf(b.keyId), `${ring("europe-west1", "shared-kr1")}/cryptoKeys/shared-ck1`);
            await settle();
            assert.deepStrictEqual(registered.filter((r) => r.custom).map((r) => r.type), ["gcp:storage/bucket:Bucket"]);
        });

        it("puts an EU bucket's key in the KMS multi-region europe without widening the allow-list", async () => {
            const b = new SovereignBucket("lake", { location: "EU" });
            assert.strictEqual(b.location, "eu");
            assert.strictEqual(b.keyRing?.location, "europe");
            const [ringReg] = await registrationsOf("gcp:kms/keyRing:KeyRing");
            assert.strictEqual(ringReg.inputs.location, "europe");
            const [bucket] = await registrationsOf("gcp:storage/bucket:Bucket");
            assert.strictEqual(bucket.inputs.location, "EU");
        });

        it("takes a europe key passed in for an EU bucket", async () => {
            const key = new SovereignCryptoKey("shared-eu", { keyRing: new SovereignKeyRing("shared-eu", { location: "europe" }) });
            const b = new SovereignBucket("given-eu", { location: "EU", key, grantServiceAgent: false });
            assert.strictEqual(b.key, undefined);
            assert.match(await valueOf(b.keyId), /\/locations\/europe\/keyRings\//);
        });

        it("refuses a key its own allow-list accepted but this one does not, registering nothing", async () => {
            const europe = new SovereignKeyRing("europe", { location: "europe" });
            const key = new SovereignCryptoKey("europe", { keyRing: europe });
            const r = await refusal(() => new SovereignBucket("b", { location: "EUR4", key, allowedLocations: ["eur4"] }));
            assert.ok(r.message.startsWith('SovereignBucket "b": key (location) "europe" is not an allowed location; '), r.message);
            assert.strictEqual(r.registrations, 0);
        });

        const key1 = `${ring("europe-west1", "r")}/cryptoKeys/k`;
        const refusals: Refusal[] = [
            ["the US multi-region", () => new SovereignBucket("b", { location: "US" }),
                `SovereignBucket "b": location "US" is not an allowed location; ${gcsAllowed}`],
            ["London", () => new SovereignBucket("b", { location: "europe-west2" }),
                `SovereignBucket "b": location "europe-west2" is not an allowed location; ${gcsAllowed}`],
            ["a dual-region with Zurich", () => new SovereignBucket("b", { location: "EUR8" }),
                `SovereignBucket "b": location "EUR8" is not an allowed location; ${gcsAllowed}`],
            ["the KMS-only europe location", () => new SovereignBucket("b", { location: "europe" }),
                `SovereignBucket "b": location "europe" is not a location this service offers; ${gcsAllowed}`],
            ["data locations outside a multi-region", () => new SovereignBucket("b", { location: "europe-west1", dataLocations: ["europe-west1", "europe-west4"] }),
                'SovereignBucket "b": dataLocations needs location "EU" (a configurable dual-region lies in a multi-region), got "europe-west1"'],
            ["a data location outside the allow-list", () => new SovereignBucket("b", { location: "EU", dataLocations: ["europe-west1", "europe-west2"] }),
                `SovereignBucket "b": dataLocations[1] "europe-west2" is not an allowed location; ${regions}`],
            ["the same data location twice", () => new SovereignBucket("b", { location: "EU", dataLocations: ["europe-west1", "europe-west1"], additionalLocations: ["europe"] }),
                'SovereignBucket "b": dataLocations names "europe-west1" twice'],
            ["a key in another location", () => new SovereignBucket("b", { key: key1 }),
                'SovereignBucket "b": key is in "europe-west1", but a bucket in "europe-west3" needs its key in "europe-west3"'],
            ["a malformed key id", () => new SovereignBucket("b", { key: "my-key" }),
                'SovereignBucket "b": key "my-key" is not a crypto key id such as "projects/p/locations/europe-west3/keyRings/r/cryptoKeys/k"'],
        ];
        itRefuses(refusals);
    });

    describe("SovereignSqlInstance", () => {
        it("creates a private PostgreSQL instance under a CMEK in its region, backups pinned to the region", async () => {
            const db = new SovereignSqlInstance("orders", { privateNetwork: network });
            assert.strictEqual(db.region, "europe-west3");
            assert.strictEqual(await valueOf(db.instanceName), "orders-sql1");
            assert.strictEqual(await valueOf(db.connectionName), "sovereign-project:europe-west3:orders-sql1");
            assert.strictEqual(await valueOf(db.privateIpAddress), "10.10.0.5");
            const keyId = `${ring("europe-west3", "orders-keys-kr1")}/cryptoKeys/orders-key-ck1`;
            assert.strictEqual(await valueOf(db.keyId), keyId);

            const [i] = await registrationsOf("gcp:sql/databaseInstance:DatabaseInstance");
            assert.strictEqual(i.inputs.region, "europe-west3");
            assert.strictEqual(i.inputs.databaseVersion, "POSTGRES_16");
            assert.strictEqual(i.inputs.encryptionKeyName, keyId);
            assert.strictEqual(i.inputs.deletionProtection, true);
            const settings = i.inputs.settings as Record<string, Record<string, unknown>>;
            assert.deepStrictEqual(settings.ipConfiguration, { ipv4Enabled: false, privateNetwork: network, sslMode: "ENCRYPTED_ONLY" });
            assert.deepStrictEqual(settings.backupConfiguration, { enabled: true, pointInTimeRecoveryEnabled: true, location: "europe-west3", backupRetentionSettings: { retainedBackups: 7 } });
            assert.strictEqual(settings.edition as unknown, "ENTERPRISE");
            const [agent] = await registrationsOf("gcp:projects/serviceIdentity:ServiceIdentity");
            assert.strictEqual(agent.inputs.service, "sqladmin.googleapis.com");
            const [grant] = await registrationsOf("gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember");
            assert.deepStrictEqual([grant.inputs.cryptoKeyId, grant.inputs.member], [keyId, "serviceAccount:service-123456789@gcp-sa-cloud-sql.iam.gserviceaccount.com"]);
        });

        const refusals: Refusal[] = [
            ["a multi-region", () => new SovereignSqlInstance("db", { region: "EU", privateNetwork: network }),
                `SovereignSqlInstance "db": region "EU" is a multi-region, but this takes a region; ${regions}`],
            ["a region outside the allow-list", () => new SovereignSqlInstance("db", { region: "europe-west6", privateNetwork: network }),
                `SovereignSqlInstance "db": region "europe-west6" is not an allowed location; ${regions}`],
            ["no private network", () => new SovereignSqlInstance("db", {} as { privateNetwork: string }),
                'SovereignSqlInstance "db": privateNetwork is required: the instance gets no public IP, only a private one on this VPC'],
            ["another engine", () => new SovereignSqlInstance("db", { privateNetwork: network, databaseVersion: "MYSQL_8_0" }),
                'SovereignSqlInstance "db": databaseVersion "MYSQL_8_0" is not a PostgreSQL version; allowed: POSTGRES_<major>, e.g. "POSTGRES_16"'],
            ["a key in another region", () => new SovereignSqlInstance("db", { privateNetwork: network, key: { id: `${ring("europe-west1", "r")}/cryptoKeys/k`, location: "europe-west1" } }),
                'SovereignSqlInstance "db": key is in "europe-west1", but Cloud SQL needs its key in the instance\'s region "europe-west3"'],
            ["no backups", () => new SovereignSqlInstance("db", { privateNetwork: network, retainedBackups: 0 }),
                'SovereignSqlInstance "db": retainedBackups 0 is out of range; allowed: an integer from 1 to 365'],
        ];
        itRefuses(refusals);
    });
});
