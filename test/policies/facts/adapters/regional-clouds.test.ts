// OCI, DigitalOcean, Akamai/Linode and Alibaba Cloud through the analyzer protocol: EU regions pass,
// others are named with city and country, unknown names are unrecognised, and a regional resource
// without a region (on itself or its provider) fails closed.
import { strict as assert } from "assert";
import type { ResourceSpec } from "../../../../src";
import type { Diagnostic, Report } from "../../../../src/engine/types";
import { EU_PACK, providerOf, resourceNamed, useSession, violationOf, withProviders } from "../../../helpers/packs";

const oci = (region?: string) => ({ type: "oci", name: "default", props: region === undefined ? {} : { region } });
const ali = (region?: string) => ({ type: "alicloud", name: "default", props: region === undefined ? {} : { region } });
const doProvider = { type: "digitalocean", props: {} };
const linodeProvider = { type: "linode", props: {} };

const resources: ResourceSpec[] = [
    // OCI: the provider's region places every regional resource.
    { type: "oci:ObjectStorage/bucket:Bucket", name: "oci-frankfurt", props: { name: "b", namespace: "ns", compartmentId: "c" }, provider: oci("eu-frankfurt-1") },
    { type: "oci:ObjectStorage/bucket:Bucket", name: "oci-ashburn", props: { name: "b", namespace: "ns", compartmentId: "c" }, provider: oci("us-ashburn-1") },
    { type: "oci:Core/instance:Instance", name: "oci-no-region", props: { compartmentId: "c", shape: "VM.Standard.E4.Flex" }, provider: oci() },
    { type: "oci:Core/instance:Instance", name: "oci-typo", props: { compartmentId: "c" }, provider: oci("eu-frankfurt-9") },
    { type: "oci:Identity/compartment:Compartment", name: "oci-compartment", props: { name: "c", description: "d" }, provider: oci() },
    { type: "oci:Core/vcn:Vcn", name: "oci-zurich", props: { compartmentId: "c" }, provider: { type: "oci", name: "zurich", props: { region: "eu-zurich-1" } } },
    // DigitalOcean: each resource names its own region.
    { type: "digitalocean:index/droplet:Droplet", name: "do-fra1", props: { region: "fra1", size: "s-1vcpu-1gb", image: "debian-12-x64" }, provider: doProvider },
    { type: "digitalocean:index/droplet:Droplet", name: "do-nyc3", props: { region: "nyc3", size: "s-1vcpu-1gb", image: "debian-12-x64" }, provider: doProvider },
    { type: "digitalocean:index/spacesBucket:SpacesBucket", name: "do-bucket-default", props: { name: "b" }, provider: doProvider },
    { type: "digitalocean:index/app:App", name: "do-app-ams", props: { spec: { name: "a", region: "ams" } }, provider: doProvider },
    { type: "digitalocean:index/domain:Domain", name: "do-domain", props: { name: "example.com" }, provider: doProvider },
    // Akamai/Linode.
    { type: "linode:index/instance:Instance", name: "linode-frankfurt", props: { region: "eu-central", type: "g6-nanode-1" }, provider: linodeProvider },
    { type: "linode:index/instance:Instance", name: "linode-de-fra-2", props: { region: "de-fra-2", type: "g6-nanode-1" }, provider: linodeProvider },
    { type: "linode:index/lkeCluster:LkeCluster", name: "linode-newark", props: { region: "us-east", k8sVersion: "1.31" }, provider: linodeProvider },
    { type: "linode:index/objectStorageBucket:ObjectStorageBucket", name: "linode-bucket-cluster", props: { cluster: "fr-par-1", label: "b" }, provider: linodeProvider },
    { type: "linode:index/objectStorageBucket:ObjectStorageBucket", name: "linode-bucket-london", props: { region: "eu-west", label: "b" }, provider: linodeProvider },
    { type: "linode:index/volume:Volume", name: "linode-volume-none", props: { label: "v", size: 10 }, provider: linodeProvider },
    // Alibaba Cloud: provider region, zones, and ids spelt like AWS's but elsewhere.
    { type: "alicloud:oss/bucket:Bucket", name: "ali-frankfurt", props: { bucket: "b" }, provider: ali("eu-central-1") },
    { type: "alicloud:oss/bucket:Bucket", name: "ali-hangzhou", props: { bucket: "b" }, provider: ali("cn-hangzhou") },
    { type: "alicloud:oss/bucket:Bucket", name: "ali-london", props: { bucket: "b" }, provider: ali("eu-west-1") },
    { type: "alicloud:ecs/instance:Instance", name: "ali-zone", props: { availabilityZone: "eu-central-1a", instanceType: "ecs.g7.large" }, provider: ali("eu-central-1") },
    { type: "alicloud:vpc/switch:Switch", name: "ali-zone-us", props: { zoneId: "us-east-1b", cidrBlock: "10.0.0.0/24" }, provider: ali() },
    { type: "alicloud:oss/bucket:Bucket", name: "ali-no-region", props: { bucket: "b" }, provider: ali() },
    { type: "alicloud:ram/user:User", name: "ali-ram-user", props: { name: "u" }, provider: ali() },
    // Copies to other regions.
    { type: "oci:ObjectStorage/replicationPolicy:ReplicationPolicy", name: "oci-replication-us", props: { bucket: "b", namespace: "ns", destinationBucketName: "d", destinationRegionName: "us-ashburn-1" }, provider: oci("eu-frankfurt-1") },
    { type: "oci:ObjectStorage/replicationPolicy:ReplicationPolicy", name: "oci-replication-eu", props: { bucket: "b", namespace: "ns", destinationBucketName: "d", destinationRegionName: "eu-amsterdam-1" }, provider: oci("eu-frankfurt-1") },
    { type: "alicloud:oss/bucketReplication:BucketReplication", name: "ali-oss-replication-cn", props: { bucket: "b", destination: { bucket: "d", location: "oss-cn-beijing" } }, provider: ali("eu-central-1") },
    { type: "linode:index/image:Image", name: "linode-image-replicas", props: { label: "i", region: "eu-central", replicaRegions: ["fr-par", "us-east"] }, provider: linodeProvider },
    { type: "oci:Identity/domain:Domain", name: "oci-domain-us", props: { compartmentId: "c", displayName: "d", homeRegion: "us-phoenix-1", licenseType: "free" }, provider: oci("eu-frankfurt-1") },
];

function mandatory(report: Report, name: string, policy = "eu-data-residency"): Diagnostic[] {
    return resourceNamed(report, name).diagnostics.filter((d) => d.policyName === policy && d.enforcementLevel === "mandatory");
}

describe("OCI, DigitalOcean, Akamai/Linode and Alibaba Cloud through the analyzer protocol", function () {
    this.timeout(120_000);
    const session = useSession({ packDir: EU_PACK });
    let report: Report;
    before(async () => {
        report = await session().analyze(withProviders(resources));
    });

    it("passes EU regions, read from the resource or its provider", () => {
        for (const name of ["oci-frankfurt", "do-fra1", "do-app-ams", "linode-frankfurt", "linode-de-fra-2", "linode-bucket-cluster", "ali-frankfurt", "ali-zone"]) {
            assert.deepEqual(mandatory(report, name).map(violationOf), [], name);
        }
    });

    it("names a non-EU region with its city and country, and the stack config key to change", () => {
        const [ashburn] = mandatory(report, "oci-ashburn");
        assert.match(violationOf(ashburn), /"us-ashburn-1" \(Ashburn, United States\)/);
        assert.match(violationOf(ashburn), /`oci:region` in Pulumi\.<stack>\.yaml/);
        assert.match(violationOf(mandatory(report, "oci-zurich")[0]), /"eu-zurich-1" \(Zurich, Switzerland\).*provider "zurich"/);
        assert.match(violationOf(mandatory(report, "do-nyc3")[0]), /`region` is "nyc3" \(New York, United States\)/);
        assert.match(violationOf(mandatory(report, "linode-newark")[0]), /"us-east" \(Newark, United States\)/);
        // Suggestions are names as a resource writes them, not allow-list keys ("linode:eu-central").
        assert.match(violationOf(mandatory(report, "linode-newark")[0]), /allowed linode locations include eu-central, de-fra-2/);
        assert.match(violationOf(mandatory(report, "linode-bucket-london")[0]), /"eu-west" \(London, United Kingdom\)/);
        assert.match(violationOf(mandatory(report, "ali-hangzhou")[0]), /"cn-hangzhou" \(Hangzhou, China\)/);
        assert.match(violationOf(mandatory(report, "ali-zone-us")[0]), /"us-east-1b" \(a zone of "us-east-1", Virginia, United States\)/);
    });

    it("keeps Alibaba's eu-west-1 (London) apart from AWS's eu-west-1 (Ireland) in the allow-list", () => {
        const [london] = mandatory(report, "ali-london");
        assert.match(violationOf(london), /"eu-west-1" \(London, United Kingdom; allow-list name "alicloud:eu-west-1"\)/);
    });

    it("names an unknown region as unrecognised, with a did-you-mean, without echoing it", () => {
        const [typo] = mandatory(report, "oci-typo");
        assert.match(violationOf(typo), /an unrecognised value \(14 characters, not echoed\)/);
        assert.match(violationOf(typo), /did you mean "eu-frankfurt-1"\?/);
    });

    it("fails closed when neither the resource nor its provider names a region", () => {
        assert.match(violationOf(mandatory(report, "oci-no-region")[0]), /region cannot be proven.*Fix: set `oci:region`/);
        assert.match(violationOf(mandatory(report, "ali-no-region")[0]), /region cannot be proven.*Fix: set `alicloud:region`/);
        assert.match(violationOf(mandatory(report, "do-bucket-default")[0]), /region cannot be proven.*Fix: set `region` on the resource/);
        assert.match(violationOf(mandatory(report, "linode-volume-none")[0]), /region cannot be proven.*Fix: set `region` on the resource/);
    });

    it("asks no region of global resources (OCI Identity, Alibaba RAM, DigitalOcean domains)", () => {
        for (const name of ["oci-compartment", "ali-ram-user", "do-domain"]) assert.deepEqual(mandatory(report, name).map(violationOf), [], name);
    });

    it("flags copies to a region outside the EU (OCI replication, OSS replication, Linode image replicas)", () => {
        const cross = (name: string) => mandatory(report, name, "eu-cross-border-replication").map(violationOf);
        assert.match(cross("oci-replication-us")[0], /destinationRegionName.*"us-ashburn-1"/);
        assert.deepEqual(cross("oci-replication-eu"), []);
        assert.match(cross("ali-oss-replication-cn")[0], /destination\.location.*"cn-beijing" \(Beijing, China\)/);
        const image = cross("linode-image-replicas");
        assert.equal(image.length, 1);
        assert.match(image[0], /replicaRegions\[1\].*"us-east"/);
    });

    it("reads an OCI identity domain's own home region, without its provider's", () => {
        assert.match(violationOf(mandatory(report, "oci-domain-us")[0]), /`homeRegion` is "us-phoenix-1"/);
    });

    it("names the ultimate parent and the law that reaches it in provider-jurisdiction", () => {
        const advisory = (name: string) => providerOf(report, name).diagnostics.filter((d) => d.policyName === "provider-jurisdiction").map(violationOf).join("\n");
        assert.match(advisory("linode-frankfurt"), /ultimate parent is Akamai Technologies/);
        assert.match(advisory("ali-frankfurt"), /ultimate parent is Alibaba Group Holding Limited.*National Intelligence Law/);
        assert.match(advisory("oci-frankfurt"), /Oracle Corporation.*CLOUD Act/);
    });
});
