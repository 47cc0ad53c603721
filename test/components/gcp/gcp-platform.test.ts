// Google Cloud platform building blocks under the mock runtime: GKE, Pub/Sub, Cloud Logging. What
// they create, their outputs, and every refusal (a clear error, and nothing registered).
import * as assert from "assert";
import { SovereignCryptoKey, SovereignGkeCluster, SovereignKeyRing, SovereignLogBucket, SovereignPubSubTopic } from "../../../components/gcp";
import { defaultAllowed } from "../allowed";
import { registrationsOf, resetRegistrations, settle, useMocks, valueOf, itRefuses, type Refusal } from "../mocks";

const regions = defaultAllowed("gcp", (e) => e.components === undefined && e.name !== "eu" && e.name !== "europe");
const ringOf = (l: string, r: string): string => `projects/sovereign-project/locations/${l}/keyRings/${r}`;
const network = "projects/sovereign-project/global/networks/private";

describe("components: GCP platform", () => {
    before(() => useMocks({ "gcp:region": "europe-west3", "gcp:project": "sovereign-project" }));
    beforeEach(async () => {
        await settle();
        resetRegistrations();
    });

    describe("SovereignGkeCluster", () => {
        it("creates a regional private cluster with CMEK secrets and boot disks in its region", async () => {
            const c = new SovereignGkeCluster("prod", { network, subnetwork: "nodes", nodesPerZone: 2 });
            const key = `${ringOf("europe-west3", "prod-keys-kr1")}/cryptoKeys/prod-key-ck1`;
            assert.strictEqual(await valueOf(c.keyId), key);
            assert.strictEqual(await valueOf(c.endpoint), "172.16.0.2");
            const [cluster] = await registrationsOf("gcp:container/cluster:Cluster");
            assert.strictEqual(cluster.inputs.location, "europe-west3");
            assert.deepStrictEqual(cluster.inputs.privateClusterConfig, { enablePrivateNodes: true, enablePrivateEndpoint: true, masterIpv4CidrBlock: "172.16.0.0/28" });
            assert.deepStrictEqual(cluster.inputs.databaseEncryption, { state: "ENCRYPTED", keyName: key });
            assert.strictEqual((cluster.inputs.nodeConfig as { bootDiskKmsKey: string }).bootDiskKmsKey, key);
            assert.strictEqual(cluster.inputs.initialNodeCount, 2);
            assert.deepStrictEqual(cluster.inputs.workloadIdentityConfig, { workloadPool: "sovereign-project.svc.id.goog" });
            assert.strictEqual(cluster.inputs.enableLegacyAbac, false);
            const [ring] = await registrationsOf("gcp:kms/keyRing:KeyRing");
            assert.strictEqual(ring.inputs.location, "europe-west3");
        });

        let elsewhere: SovereignCryptoKey;
        before(() => {
            elsewhere = new SovereignCryptoKey("k-west1", { keyRing: new SovereignKeyRing("r-west1", { location: "europe-west1" }) });
        });
        itRefuses([
            ["a region outside the allow-list", () => new SovereignGkeCluster("c", { region: "us-central1", network, subnetwork: "s" }),
                `SovereignGkeCluster "c": region "us-central1" is not an allowed location; ${regions}`],
            ["a zone (a zonal cluster's single control plane)", () => new SovereignGkeCluster("c", { region: "europe-west3-a", network, subnetwork: "s" }),
                'SovereignGkeCluster "c": region "europe-west3-a" is a zone, not a region; use its region "europe-west3"'],
            ["a key in another region", () => new SovereignGkeCluster("c", { network, subnetwork: "s", key: elsewhere }),
                'SovereignGkeCluster "c": key is in "europe-west1", but GKE needs its key in the cluster\'s region "europe-west3"'],
            ["no network", () => new SovereignGkeCluster("c", { subnetwork: "s" } as never),
                'SovereignGkeCluster "c": network and subnetwork are required: the nodes get private addresses only, on this VPC'],
            ["a control-plane range that is not a /28", () => new SovereignGkeCluster("c", { network, subnetwork: "s", masterIpv4CidrBlock: "172.16.0.0/24" }),
                'SovereignGkeCluster "c": masterIpv4CidrBlock "172.16.0.0/24" is not a /28 range such as "172.16.0.0/28"'],
        ] satisfies Refusal[]);
    });

    describe("SovereignPubSubTopic", () => {
        it("stores messages only in the allowed regions given, under a CMEK its service agent may use", async () => {
            const t = new SovereignPubSubTopic("events", { regions: ["europe-west3", "europe-west1"], subscriptions: ["worker"] });
            assert.deepStrictEqual(t.regions, ["europe-west3", "europe-west1"]);
            const key = `${ringOf("europe-west3", "events-keys-kr1")}/cryptoKeys/events-key-ck1`;
            const [topic] = await registrationsOf("gcp:pubsub/topic:Topic");
            assert.deepStrictEqual(topic.inputs.messageStoragePolicy, { allowedPersistenceRegions: ["europe-west3", "europe-west1"], enforceInTransit: true });
            assert.strictEqual(topic.inputs.kmsKeyName, key);
            const [grant] = await registrationsOf("gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember");
            assert.strictEqual(grant.inputs.cryptoKeyId, key);
            const [agent] = await registrationsOf("gcp:projects/serviceIdentity:ServiceIdentity");
            assert.strictEqual(agent.inputs.service, "pubsub.googleapis.com");
            const [sub] = await registrationsOf("gcp:pubsub/subscription:Subscription");
            assert.deepStrictEqual([sub.inputs.name, sub.inputs.topic], ["worker", "projects/sovereign-project/topics/events-t1"]);
        });

        it("defaults to the stack's region", async () => {
            new SovereignPubSubTopic("audit", { grantServiceAgent: false });
            const [topic] = await registrationsOf("gcp:pubsub/topic:Topic");
            assert.deepStrictEqual(topic.inputs.messageStoragePolicy, { allowedPersistenceRegions: ["europe-west3"], enforceInTransit: true });
            assert.strictEqual((await registrationsOf("gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember")).length, 0);
        });

        itRefuses([
            ["a persistence region outside the allow-list", () => new SovereignPubSubTopic("t", { regions: ["europe-west3", "europe-west2"] }),
                `SovereignPubSubTopic "t": regions[1] "europe-west2" is not an allowed location; ${regions}`],
            ["a multi-region as a persistence region", () => new SovereignPubSubTopic("t", { regions: ["eu"] }),
                `SovereignPubSubTopic "t": regions[0] "eu" is a multi-region, but this takes a region; ${regions}`],
            ["no region at all", () => new SovereignPubSubTopic("t", { regions: [] }),
                'SovereignPubSubTopic "t": regions must name at least one region'],
            ["the same region twice", () => new SovereignPubSubTopic("t", { regions: ["europe-west1", "europe-west1"] }),
                'SovereignPubSubTopic "t": regions names "europe-west1" twice'],
            ["a retention over 31 days", () => new SovereignPubSubTopic("t", { messageRetentionDuration: "9999999s" }),
                'SovereignPubSubTopic "t": messageRetentionDuration "9999999s" is not a duration from "600s" to "2678400s" (31 days)'],
        ] satisfies Refusal[]);
    });

    describe("SovereignLogBucket", () => {
        it("creates a log bucket with a CMEK in its region and grants the Logging service account when named", async () => {
            const b = new SovereignLogBucket("audit", { project: "sovereign-project", retentionDays: 400, loggingServiceAccount: "cmek-p1@gcp-sa-logging.iam.gserviceaccount.com" });
            assert.strictEqual(await valueOf(b.bucketName), "projects/sovereign-project/locations/europe-west3/buckets/audit");
            const key = `${ringOf("europe-west3", "audit-keys-kr1")}/cryptoKeys/audit-key-ck1`;
            const [bucket] = await registrationsOf("gcp:logging/projectBucketConfig:ProjectBucketConfig");
            assert.deepStrictEqual(bucket.inputs.cmekSettings, { kmsKeyName: key });
            assert.strictEqual(bucket.inputs.retentionDays, 400);
            assert.strictEqual(bucket.inputs.location, "europe-west3");
            const [grant] = await registrationsOf("gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember");
            assert.strictEqual(grant.inputs.member, "serviceAccount:cmek-p1@gcp-sa-logging.iam.gserviceaccount.com");
        });

        itRefuses([
            ["a location outside the allow-list", () => new SovereignLogBucket("l", { project: "sovereign-project", location: "global" }),
                `SovereignLogBucket "l": location "global" is not an allowed location; ${regions}`],
            ["no project", () => new SovereignLogBucket("l", {} as never),
                'SovereignLogBucket "l": project undefined is not a project id (6-30 lower-case letters, digits and hyphens); a Logging bucket needs its project named'],
            ["a retention over ten years", () => new SovereignLogBucket("l", { project: "sovereign-project", retentionDays: 4000 }),
                'SovereignLogBucket "l": retentionDays 4000 is out of range; allowed: an integer from 1 to 3650'],
        ] satisfies Refusal[]);
    });
});
