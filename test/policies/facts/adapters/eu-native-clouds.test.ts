// OVHcloud, Scaleway and Hetzner through the analyzer protocol: EU locations pass, others are named,
// a located resource without a location fails closed, and the global resources a real program
// declares (users, IAM, DNS, SSH keys, networks) are not flagged. All three are EU-headquartered.
import { strict as assert } from "assert";
import type { ResourceSpec } from "../../../../src";
import type { Diagnostic, Report } from "../../../../src/engine/types";
import { EU_PACK, resourceNamed, useSession, violationOf } from "../../../helpers/packs";

const ovh = { type: "ovh", props: { endpoint: "ovh-eu" } };
const scw = (props: Record<string, string> = {}) => ({ type: "scaleway", name: "default", props });
const hcloud = { type: "hcloud", props: {} };
const project = "0123456789abcdef0123456789abcdef";

const resources: ResourceSpec[] = [
    // OVHcloud Public Cloud: each resource names its own region.
    { type: "ovh:CloudProject/kube:Kube", name: "ovh-kube-gra", props: { serviceName: project, name: "k", region: "GRA11" }, provider: ovh },
    { type: "ovh:CloudProject/kube:Kube", name: "ovh-kube-bhs", props: { serviceName: project, name: "k", region: "BHS5" }, provider: ovh },
    { type: "ovh:CloudProject/kube:Kube", name: "ovh-kube-us", props: { serviceName: project, name: "k", region: "US-EAST-VA-1" }, provider: ovh },
    { type: "ovh:CloudProject/storage:Storage", name: "ovh-bucket-sbg", props: { serviceName: project, regionName: "SBG", name: "b" }, provider: ovh },
    { type: "ovh:CloudProject/storage:Storage", name: "ovh-bucket-none", props: { serviceName: project, name: "b" }, provider: ovh },
    {
        type: "ovh:CloudProject/database:Database", name: "ovh-kafka-de", provider: ovh,
        props: { serviceName: project, engine: "kafka", version: "3.8", plan: "business", flavor: "db1-4", nodes: [{ region: "DE" }, { region: "DE" }, { region: "DE" }] },
    },
    {
        type: "ovh:CloudProject/database:Database", name: "ovh-pg-mixed", provider: ovh,
        props: { serviceName: project, engine: "postgresql", version: "16", plan: "business", flavor: "db1-4", nodes: [{ region: "GRA" }, { region: "SGP" }] },
    },
    { type: "ovh:CloudProject/networkPrivate:NetworkPrivate", name: "ovh-vrack", props: { serviceName: project, name: "n", vlanId: 0, regions: ["GRA11", "WAW1"] }, provider: ovh },
    { type: "ovh:CloudProject/user:User", name: "ovh-user", props: { serviceName: project, description: "ci", roleNames: ["administrator"] }, provider: ovh },
    { type: "ovh:Domain/zoneRecord:ZoneRecord", name: "ovh-record", props: { zone: "example.eu", subdomain: "www", fieldtype: "A", ttl: 3600, target: "203.0.113.10" }, provider: ovh },
    { type: "ovh:Iam/policy:Policy", name: "ovh-iam-policy", props: { name: "p", identities: ["urn:v1:eu:identity:account:xx1111-ovh"], resources: ["urn:v1:eu:resource:vps:*"], allows: ["vps:apiovh:*"] }, provider: ovh },
    // Scaleway: the resource's region or zone, else the provider's.
    { type: "scaleway:object/bucket:Bucket", name: "scw-bucket-ams", props: { name: "b", region: "nl-ams" }, provider: scw() },
    { type: "scaleway:instance/server:Server", name: "scw-server-provider-zone", props: { type: "DEV1-S", image: "ubuntu_jammy" }, provider: scw({ zone: "pl-waw-1", region: "pl-waw" }) },
    { type: "scaleway:kubernetes/cluster:Cluster", name: "scw-kapsule-typo", props: { name: "k", version: "1.31", cni: "cilium", region: "fr-pra" }, provider: scw() },
    { type: "scaleway:databases/instance:Instance", name: "scw-rdb-par", props: { name: "db", nodeType: "DB-DEV-S", engine: "PostgreSQL-15", region: "fr-par" }, provider: scw() },
    { type: "scaleway:network/vpc:Vpc", name: "scw-vpc", props: { name: "v", region: "fr-par" }, provider: scw() },
    { type: "scaleway:iam/application:Application", name: "scw-iam-app", props: { name: "ci" }, provider: scw() },
    { type: "scaleway:iam/apiKey:ApiKey", name: "scw-iam-key", props: { applicationId: "00000000-0000-0000-0000-000000000000", description: "ci" }, provider: scw() },
    { type: "scaleway:account/project:Project", name: "scw-project", props: { name: "p" }, provider: scw() },
    { type: "scaleway:domain/record:Record", name: "scw-record", props: { dnsZone: "example.eu", name: "www", type: "A", data: "203.0.113.10", ttl: 3600 }, provider: scw() },
    // Hetzner Cloud: a location or a datacenter in one.
    { type: "hcloud:index/server:Server", name: "hz-server-fsn1", props: { name: "web", image: "debian-12", serverType: "cx22", location: "fsn1" }, provider: hcloud },
    { type: "hcloud:index/server:Server", name: "hz-server-dc", props: { name: "web", image: "debian-12", serverType: "cx22", datacenter: "hel1-dc2" }, provider: hcloud },
    { type: "hcloud:index/server:Server", name: "hz-server-hillsboro", props: { name: "web", image: "debian-12", serverType: "cpx11", location: "hil" }, provider: hcloud },
    { type: "hcloud:index/volume:Volume", name: "hz-volume-none", props: { name: "v", size: 50 }, provider: hcloud },
    { type: "hcloud:index/volume:Volume", name: "hz-volume-sin", props: { name: "v", size: 50, location: "sin" }, provider: hcloud },
    { type: "hcloud:index/network:Network", name: "hz-network", props: { name: "n", ipRange: "10.0.0.0/16" }, provider: hcloud },
    { type: "hcloud:index/networkSubnet:NetworkSubnet", name: "hz-subnet", props: { networkId: 1, type: "cloud", networkZone: "eu-central", ipRange: "10.0.1.0/24" }, provider: hcloud },
    { type: "hcloud:index/sshKey:SshKey", name: "hz-ssh-key", props: { name: "k", publicKey: "ssh-ed25519 AAAA" }, provider: hcloud },
    { type: "hcloud:index/firewall:Firewall", name: "hz-firewall", props: { name: "f", rules: [{ direction: "in", protocol: "tcp", port: "22", sourceIps: ["0.0.0.0/0"] }] }, provider: hcloud },
];

function mandatory(report: Report, name: string, policy = "eu-data-residency"): Diagnostic[] {
    return resourceNamed(report, name).diagnostics.filter((d) => d.policyName === policy && d.enforcementLevel === "mandatory");
}
const texts = (report: Report, name: string, policy?: string) => mandatory(report, name, policy).map(violationOf);

describe("OVHcloud, Scaleway and Hetzner through the analyzer protocol", function () {
    this.timeout(120_000);
    const session = useSession({ packDir: EU_PACK });
    let report: Report;
    before(async () => {
        report = await session().analyze(resources);
    });

    it("passes EU locations, read from the resource or its provider", () => {
        for (const name of ["ovh-kube-gra", "ovh-bucket-sbg", "ovh-kafka-de", "ovh-vrack", "scw-bucket-ams", "scw-server-provider-zone", "scw-rdb-par", "hz-server-fsn1", "hz-server-dc", "hz-subnet"]) {
            assert.deepEqual(texts(report, name), [], name);
        }
    });

    it("does not flag the global resources a program declares beside them", () => {
        for (const name of ["ovh-user", "ovh-record", "ovh-iam-policy", "scw-vpc", "scw-iam-app", "scw-iam-key", "scw-project", "scw-record", "hz-network", "hz-ssh-key", "hz-firewall"]) {
            assert.deepEqual(resourceNamed(report, name).diagnostics.filter((d) => d.enforcementLevel === "mandatory").map(violationOf), [], name);
        }
    });

    it("OVHcloud: names a region outside the EU, for every database node", () => {
        assert.match(texts(report, "ovh-kube-bhs")[0], /`region` is "bhs5" \(a numbered region of the site "bhs", Beauharnois, Canada\)/);
        assert.match(texts(report, "ovh-kube-us")[0], /`region` is "us-east-va-1" \(a numbered region of the site "us-east-va", Vint Hill, United States\)/);
        const mixed = texts(report, "ovh-pg-mixed");
        assert.equal(mixed.length, 1);
        assert.match(mixed[0], /`nodes\[1\]\.region` is "sgp" \(.*Singapore/);
    });

    it("OVHcloud: fails closed on a bucket without a region (the provider has none)", () => {
        assert.match(texts(report, "ovh-bucket-none")[0], /regionName cannot be proven.*Fix: set `regionName` on the resource to an allowed OVHcloud region/);
    });

    it("Scaleway: an unknown region is unrecognised, not echoed, with a did-you-mean", () => {
        const [typo] = texts(report, "scw-kapsule-typo");
        assert.match(typo, /an unrecognised value \(6 characters, not echoed\)/);
        assert.match(typo, /did you mean "fr-par"\?/);
    });

    it("Hetzner: names Hillsboro and Singapore, and fails closed on a volume Hetzner would place", () => {
        assert.match(texts(report, "hz-server-hillsboro")[0], /`location` is "hil" \(Hillsboro.*United States\)/);
        assert.match(texts(report, "hz-volume-sin")[0], /`location` is "sin" \(Singapore/);
        assert.match(texts(report, "hz-volume-none")[0], /cannot be proven.*Fix: set `location` on the resource to fsn1, nbg1 or hel1/);
    });

    it("raises no provider-jurisdiction finding for EU-headquartered providers", () => {
        for (const name of ["ovh-kube-bhs", "scw-bucket-ams", "hz-server-hillsboro"]) {
            assert.deepEqual(resourceNamed(report, name).diagnostics.filter((d) => d.policyName === "provider-jurisdiction"), [], name);
        }
    });
});

describe("Scaleway with a narrower allowedLocations, through the analyzer protocol", function () {
    this.timeout(120_000);
    const session = useSession({ packDir: EU_PACK, config: { "eu-data-residency": { allowedLocations: ["fr-par", "fr-par-1", "nl-ams"] } } });

    it("reports a Warsaw server and passes a Paris one", async () => {
        const report = await session().analyze([
            { type: "scaleway:instance/server:Server", name: "waw", props: { type: "DEV1-S", image: "ubuntu_jammy", zone: "pl-waw-1" }, provider: scw() },
            { type: "scaleway:instance/server:Server", name: "par", props: { type: "DEV1-S", image: "ubuntu_jammy", zone: "fr-par-1" }, provider: scw() },
        ]);
        assert.match(texts(report, "waw")[0], /`zone` is "pl-waw-1" \(.*Warsaw, Poland/);
        assert.deepEqual(texts(report, "par"), []);
    });
});
