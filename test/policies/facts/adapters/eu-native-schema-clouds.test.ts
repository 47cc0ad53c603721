// IONOS, STACKIT, Exoscale and UpCloud through the analyzer protocol (their coverage is generated from
// the vendored schema extracts): EU places pass, others are named, a located resource without a place
// fails closed, an IONOS resource is where the datacenter its `datacenterId` names is (found in the stack,
// fail closed when it is not), and the resources that hold no data of their own are not flagged.
import { strict as assert } from "assert";
import type { ResourceSpec } from "../../../../src";
import type { Report } from "../../../../src/engine/types";
import { EU_PACK, resourceNamed, useSession, violationOf } from "../../../helpers/packs";

const ionos = (props: Record<string, string> = {}) => ({ type: "ionoscloud", name: "default", props });
const stackit = (props: Record<string, string> = {}) => ({ type: "stackit", name: "default", props });
const exoscale = { type: "exoscale", props: {} };
const upcloud = { type: "upcloud", props: {} };
const urnOf = (type: string, name: string) => `urn:pulumi:dev::eu-native::${type}::${name}`;
const DC = "ionoscloud:compute/datacenter:Datacenter";
const project = "8d5e2c1a-0000-4000-8000-000000000000";

const datacenter = (name: string, location: string, id: string): ResourceSpec =>
    ({ type: DC, name, urn: urnOf(DC, name), props: { name, location }, outputs: { name, location, id }, provider: ionos() });
const inDatacenter = (type: string, name: string, props: Record<string, unknown>, dc?: string): ResourceSpec =>
    ({ type, name, props, provider: ionos(), ...(dc === undefined ? {} : { propertyDependencies: { datacenterId: [urnOf(DC, dc)] } }) });

const resources: ResourceSpec[] = [
    datacenter("dc-fra", "de/fra", "11111111-1111-4111-8111-111111111111"),
    datacenter("dc-fra-2", "de/fra/2", "22222222-2222-4222-8222-222222222222"),
    datacenter("dc-las", "us/las", "33333333-3333-4333-8333-333333333333"),
    inDatacenter("ionoscloud:compute/server:Server", "ionos-server-fra", { datacenterId: "11111111-1111-4111-8111-111111111111", cores: 2, ram: 2048 }, "dc-fra"),
    inDatacenter("ionoscloud:compute/lan:Lan", "ionos-lan-fra-2", { datacenterId: "22222222-2222-4222-8222-222222222222", public: false }, "dc-fra-2"),
    inDatacenter("ionoscloud:compute/volume:Volume", "ionos-volume-las", { datacenterId: "33333333-3333-4333-8333-333333333333", size: 10, diskType: "SSD" }, "dc-las"),
    // Found by the datacenter's `id` output, without a property dependency.
    inDatacenter("ionoscloud:k8s/nodePool:NodePool", "ionos-nodepool-by-id", { datacenterId: "11111111-1111-4111-8111-111111111111", k8sClusterId: "c", availabilityZone: "AUTO", nodeCount: 1 }),
    // A datacenter the stack does not declare.
    inDatacenter("ionoscloud:compute/nic:Nic", "ionos-nic-elsewhere", { datacenterId: "99999999-9999-4999-8999-999999999999", lan: 1 }),
    { type: "ionoscloud:dbaas/pSQLCluster:PSQLCluster", name: "ionos-pg-lhr", props: { location: "gb/lhr", instances: 1, cores: 2 }, provider: ionos() },
    { type: "ionoscloud:dbaas/pSQLCluster:PSQLCluster", name: "ionos-pg-backup-us", props: { location: "de/txl", backupLocation: "us-central-1", instances: 1 }, provider: ionos() },
    { type: "ionoscloud:dbaas/mariaDBCluster:MariaDBCluster", name: "ionos-maria-backup-us", props: { location: "de/txl", backup: { location: "us-central-1" } }, provider: ionos() },
    { type: "ionoscloud:dbaas/mongoCluster:MongoCluster", name: "ionos-mongo-backup-de", props: { location: "de/fra", backup: { location: "eu-central-2" } }, provider: ionos() },
    { type: "ionoscloud:objectstorage/bucket:Bucket", name: "ionos-bucket-s3region", props: { name: "b" }, provider: ionos({ s3Region: "eu-central-3" }) },
    { type: "ionoscloud:objectstorage/bucket:Bucket", name: "ionos-bucket-none", props: { name: "b" }, provider: ionos() },
    // `s3Region` places Object Storage only: a Kafka cluster without `location` still fails closed.
    { type: "ionoscloud:kafka/cluster:Cluster", name: "ionos-kafka-none", props: { name: "k", size: "S" }, provider: ionos({ s3Region: "eu-central-3" }) },
    { type: "ionoscloud:kafka/topic:Topic", name: "ionos-topic", props: { clusterId: "k", name: "t" }, provider: ionos() },
    { type: "ionoscloud:dbaas/pSQLUser:PSQLUser", name: "ionos-pg-user", props: { clusterId: "c", username: "app", location: "us/las" }, provider: ionos() },
    { type: "ionoscloud:compute/user:User", name: "ionos-user", props: { firstName: "a", lastName: "b", email: "a@example.eu" }, provider: ionos() },
    { type: "ionoscloud:dns/zone:Zone", name: "ionos-dns-zone", props: { name: "example.eu" }, provider: ionos() },
    // STACKIT: the resource's region, else the provider's `defaultRegion`; every region is in the EU.
    { type: "stackit:index/server:Server", name: "stackit-server-eu01", props: { projectId: project, name: "s", region: "eu01", availabilityZone: "eu01-m", machineType: "g1.1" }, provider: stackit() },
    { type: "stackit:index/objectstorageBucket:ObjectstorageBucket", name: "stackit-bucket-provider", props: { projectId: project, name: "b" }, provider: stackit({ defaultRegion: "eu01" }) },
    { type: "stackit:index/objectstorageBucket:ObjectstorageBucket", name: "stackit-bucket-none", props: { projectId: project, name: "b" }, provider: stackit() },
    { type: "stackit:index/skeCluster:SkeCluster", name: "stackit-ske-typo", props: { projectId: project, name: "k", region: "eu09" }, provider: stackit() },
    { type: "stackit:index/serviceAccount:ServiceAccount", name: "stackit-sa", props: { projectId: project, name: "ci" }, provider: stackit() },
    // Exoscale: every zonal resource names its zone; Switzerland is outside the EU/EEA.
    { type: "exoscale:index/computeInstance:ComputeInstance", name: "exo-vm-fra", props: { zone: "de-fra-1", name: "vm", type: "standard.small", templateId: "t" }, provider: exoscale },
    { type: "exoscale:index/computeInstance:ComputeInstance", name: "exo-vm-gva", props: { zone: "ch-gva-2", name: "vm", type: "standard.small", templateId: "t" }, provider: exoscale },
    { type: "exoscale:index/sosBucketPolicy:SosBucketPolicy", name: "exo-sos-vie", props: { zone: "at-vie-1", bucket: "b", policy: "{}" }, provider: exoscale },
    { type: "exoscale:index/iamRole:IamRole", name: "exo-role", props: { name: "r" }, provider: exoscale },
    { type: "exoscale:index/sshKey:SshKey", name: "exo-ssh-key", props: { name: "k", publicKey: "ssh-ed25519 AAAA" }, provider: exoscale },
    // UpCloud: zones, and Managed Object Storage regions.
    { type: "upcloud:index/server:Server", name: "upc-server-hel", props: { zone: "fi-hel1", hostname: "web", plan: "1xCPU-1GB" }, provider: upcloud },
    { type: "upcloud:index/server:Server", name: "upc-server-nyc", props: { zone: "us-nyc1", hostname: "web", plan: "1xCPU-1GB" }, provider: upcloud },
    { type: "upcloud:index/storage:Storage", name: "upc-storage-lon", props: { zone: "uk-lon1", size: 10, title: "s" }, provider: upcloud },
    { type: "upcloud:index/managedObjectStorage:ManagedObjectStorage", name: "upc-objects-eu", props: { region: "europe-1", configuredStatus: "started", name: "o" }, provider: upcloud },
    { type: "upcloud:index/floatingIpAddress:FloatingIpAddress", name: "upc-floating-ip", props: { macAddress: "aa:bb:cc:dd:ee:ff" }, provider: upcloud },
    { type: "upcloud:index/kubernetesNodeGroup:KubernetesNodeGroup", name: "upc-node-group", props: { cluster: "c", name: "g", nodeCount: 1, plan: "2xCPU-4GB" }, provider: upcloud },
];

/** Mandatory eu-data-residency messages about a resource, from its own check and the stack's. */
function texts(report: Report, name: string, policy = "eu-data-residency"): string[] {
    const r = resourceNamed(report, name);
    return [...r.diagnostics, ...report.stackDiagnostics.filter((d) => d.urn === r.urn)]
        .filter((d) => d.policyName === policy && d.enforcementLevel === "mandatory")
        .map(violationOf);
}

describe("IONOS, STACKIT, Exoscale and UpCloud through the analyzer protocol", function () {
    this.timeout(120_000);
    const session = useSession({ packDir: EU_PACK });
    let report: Report;
    before(async () => {
        report = await session().analyze(resources);
    });

    it("passes EU places, read from the resource, its provider or its datacenter", () => {
        for (const name of [
            "dc-fra", "dc-fra-2", "ionos-server-fra", "ionos-lan-fra-2", "ionos-nodepool-by-id", "ionos-bucket-s3region", "ionos-maria-backup-us", "ionos-mongo-backup-de",
            "stackit-server-eu01", "stackit-bucket-provider", "stackit-bucket-none", "exo-vm-fra", "exo-sos-vie", "upc-server-hel", "upc-objects-eu",
        ]) {
            assert.deepEqual(texts(report, name), [], name);
        }
    });

    it("does not flag what holds no data of its own or lives in a parent judged on its own", () => {
        for (const name of ["ionos-topic", "ionos-pg-user", "ionos-user", "ionos-dns-zone", "stackit-sa", "exo-role", "exo-ssh-key", "upc-floating-ip", "upc-node-group"]) {
            assert.deepEqual(texts(report, name), [], name);
        }
    });

    it("IONOS: a resource in a US datacenter is named with that datacenter's location", () => {
        assert.match(texts(report, "dc-las")[0], /`location` is "us\/las" \(Las Vegas, United States\)/);
        const [volume, ...rest] = texts(report, "ionos-volume-las");
        assert.equal(rest.length, 0);
        assert.match(volume, /^ionoscloud:compute\/volume:Volume "ionos-volume-las": its location from `datacenterId` \(the `location` of ionoscloud:compute\/datacenter:Datacenter "dc-las"\) is "us\/las" \(Las Vegas, United States\), outside the allowed locations\. Rule eu-data-residency/);
    });

    it("IONOS: fails closed on a datacenterId the stack does not declare, with the fix", () => {
        const [nic, ...rest] = texts(report, "ionos-nic-elsewhere");
        assert.equal(rest.length, 0);
        assert.match(nic, /its `datacenterId` does not name a ionoscloud:compute\/datacenter:Datacenter declared in this stack, so where it is cannot be proven/);
        assert.match(nic, /Fix: declare the datacenter in this stack .*pass `datacenterId: datacenter\.id`/);
        assert.ok(!nic.includes("99999999"), "the id is not echoed");
    });

    it("IONOS: names a UK cluster and a US backup location, and fails closed without a place", () => {
        assert.match(texts(report, "ionos-pg-lhr")[0], /`location` is "gb\/lhr" \(London, United Kingdom\)/);
        assert.deepEqual(texts(report, "ionos-pg-backup-us"), [], "the cluster itself is in Berlin");
        assert.match(texts(report, "ionos-pg-backup-us", "eu-cross-border-replication")[0], /`backupLocation` is "us-central-1" \(Object Storage, Lenexa, United States\)/);
        assert.match(texts(report, "ionos-maria-backup-us", "eu-cross-border-replication")[0], /`backup\.location` is "us-central-1" \(Object Storage, Lenexa/);
        assert.deepEqual(texts(report, "ionos-mongo-backup-de", "eu-cross-border-replication"), [], "Berlin");
        assert.match(texts(report, "ionos-bucket-none")[0], /region cannot be proven.*Fix: set `region` on the resource to an allowed IONOS location/);
        assert.match(texts(report, "ionos-kafka-none")[0], /location cannot be proven.*Fix: set `location` on the resource/);
    });

    it("STACKIT: an unknown region is unrecognised, not echoed", () => {
        const [typo] = texts(report, "stackit-ske-typo");
        assert.match(typo, /an unrecognised value \(4 characters, not echoed\)/);
        assert.ok(!typo.includes("eu09"));
    });

    it("Exoscale and UpCloud: Switzerland, the US and the UK are named, never allowed by default", () => {
        assert.match(texts(report, "exo-vm-gva")[0], /`zone` is "ch-gva-2" \(Geneva, Switzerland\)/);
        assert.match(texts(report, "upc-server-nyc")[0], /`zone` is "us-nyc1" \(New York, United States\)/);
        assert.match(texts(report, "upc-storage-lon")[0], /`zone` is "uk-lon1" \(London, United Kingdom\)/);
    });
});

describe("STACKIT with a narrower allowedLocations, through the analyzer protocol", function () {
    this.timeout(120_000);
    const session = useSession({ packDir: EU_PACK, config: { "eu-data-residency": { allowedLocations: ["eu01"] } } });

    it("fails closed on a bucket with no region once not every STACKIT region is allowed", async () => {
        const report = await session().analyze([
            { type: "stackit:index/objectstorageBucket:ObjectstorageBucket", name: "none", props: { projectId: project, name: "b" }, provider: stackit() },
            { type: "stackit:index/objectstorageBucket:ObjectstorageBucket", name: "eu01", props: { projectId: project, name: "b", region: "eu01" }, provider: stackit() },
        ]);
        assert.match(texts(report, "none")[0], /region cannot be proven.*Fix: set `region` on the resource, or `stackit:defaultRegion`/);
        assert.deepEqual(texts(report, "eu01"), []);
    });
});
