import { strict as assert } from "assert";
import { euDataResidency as policy } from "eu-sovereignty-policies/policies";
import { awsProvider, checkResource, gcpProvider, UNKNOWN } from "../../helpers/harness";

const violations = (...a: Parameters<typeof checkResource>) => checkResource(...a).violations;

describe("eu-data-residency", () => {
    describe("AWS", () => {
        it("passes a bucket whose provider is in an EU region", () => {
            assert.deepEqual(violations(policy, { type: "aws:s3/bucket:Bucket", props: {}, provider: awsProvider("eu-central-1") }), []);
        });
        it("flags a bucket whose provider is in us-east-1, naming the value, its origin and the fix", () => {
            const [m, ...rest] = violations(policy, { type: "aws:s3/bucket:Bucket", name: "logs", props: {}, provider: awsProvider("us-east-1") });
            assert.equal(rest.length, 0);
            assert.match(m, /^aws:s3\/bucket:Bucket "logs": /);
            assert.match(m, /"us-east-1" \(N\. Virginia/);
            assert.match(m, /provider\.region/);
            assert.match(m, /eu-data-residency/);
            assert.match(m, /Fix: /);
        });
        it("uses the resource's own region before the provider's (v7 per-resource region)", () => {
            assert.deepEqual(violations(policy, { type: "aws:sqs/queue:Queue", props: { region: "eu-west-1" }, provider: awsProvider("us-east-1") }), []);
            assert.equal(violations(policy, { type: "aws:sqs/queue:Queue", props: { region: "us-west-2" }, provider: awsProvider("eu-west-1") }).length, 1);
        });
        it("never matches by prefix: London, Zurich and the isolated UK partition are outside the EU", () => {
            for (const region of ["eu-west-2", "eu-central-2", "eu-isoe-west-1"]) {
                assert.equal(violations(policy, { type: "aws:s3/bucket:Bucket", props: { region } }).length, 1, region);
            }
        });
        it("allows the AWS European Sovereign Cloud", () => {
            assert.deepEqual(violations(policy, { type: "aws:s3/bucket:Bucket", props: {}, provider: awsProvider("eusc-de-east-1") }), []);
        });
        it("fails closed on a regional resource with no region anywhere, saying how to fix it", () => {
            const [m] = violations(policy, { type: "aws:dynamodb/table:Table", name: "orders", props: {}, provider: awsProvider() });
            assert.match(m, /region cannot be proven/);
            assert.match(m, /aws:region/);
            assert.match(m, /explicit aws\.Provider/);
        });
        it("tells a resource of an explicit provider without a region to set it there, not in the stack config", () => {
            // aws-ts-organizations: an aws.Provider per member account with assumeRoles and no region, and a backup.Vault on it.
            const vault = { type: "aws:backup/vault:Vault", name: "backupVault-devAccount", props: {} };
            const [m] = violations(policy, { ...vault, provider: { ...awsProvider(), name: "devAccountProvider" } });
            assert.match(m, /region cannot be proven/);
            assert.match(m, /Fix: set `region` on its explicit aws\.Provider "devAccountProvider" \(an explicit provider does not read `aws:region` from the stack config\), or set `region` on the resource\.$/);
            const [d] = violations(policy, { ...vault, provider: { ...awsProvider(), name: "default_7_48_0" } });
            assert.match(d, /Fix: set `aws:region` to an allowed region in Pulumi\.<stack>\.yaml/);
        });
        it("passes the SDK's own components (no provider, no module/member token): their children are judged", () => {
            // Shape of `aws.cloudwatch.onSchedule(...)` and gcp's CallbackFunction as a preview sends them.
            for (const type of ["aws:cloudwatch:EventRuleEventSubscription", "aws:sqs:QueueEventSubscription", "gcp:cloudfunctions:CallbackFunction"]) {
                assert.deepEqual(violations(policy, { type, name: "emptyTrash", props: {} }), [], type);
            }
        });
        it("still fails closed on a bridged custom resource without a provider", () => {
            assert.match(violations(policy, { type: "aws:dynamodb/table:Table", name: "orders", props: {} })[0], /region cannot be proven/);
        });
        it("treats a blank region like a missing one", () => {
            assert.match(violations(policy, { type: "aws:sqs/queue:Queue", props: { region: " " }, provider: awsProvider() })[0], /region cannot be proven/);
            assert.deepEqual(violations(policy, { type: "aws:sqs/queue:Queue", props: { region: "" }, provider: awsProvider("eu-west-1") }), []);
        });
        it("does not flag global resources (IAM, Route 53)", () => {
            assert.deepEqual(violations(policy, { type: "aws:iam/role:Role", props: {}, provider: awsProvider() }), []);
            assert.deepEqual(violations(policy, { type: "aws:route53/zone:Zone", props: {}, provider: awsProvider("us-east-1") }), []);
        });
        it("counts an availability zone as its region", () => {
            assert.deepEqual(violations(policy, { type: "aws:ebs/volume:Volume", props: { availabilityZone: "eu-west-1a" }, provider: awsProvider("eu-west-1") }), []);
            const [m] = violations(policy, { type: "aws:ebs/volume:Volume", props: { availabilityZone: "us-east-1b" }, provider: awsProvider("eu-west-1") });
            assert.match(m, /availabilityZone/);
            assert.match(m, /"us-east-1"/);
            assert.equal(violations(policy, { type: "aws:ec2/subnet:Subnet", props: { availabilityZones: ["eu-west-1a", "ap-south-1a"] }, provider: awsProvider("eu-west-1") }).length, 1);
        });
        it("flags the provider resource itself when its region is outside the EU", () => {
            assert.equal(violations(policy, { type: "pulumi:providers:aws", props: { region: "us-west-2" } }).length, 1);
            assert.deepEqual(violations(policy, { type: "pulumi:providers:aws", props: { region: "eu-north-1" } }), []);
        });
    });

    describe("Azure", () => {
        it("normalises display names", () => {
            assert.deepEqual(violations(policy, { type: "azure-native:storage:StorageAccount", props: { location: "West Europe" } }), []);
            assert.deepEqual(violations(policy, { type: "azure-native:resources:ResourceGroup", props: { location: "germanywestcentral" } }), []);
        });
        it("flags non-EU locations, including Switzerland and the UK by default", () => {
            for (const location of ["eastus", "UK South", "switzerlandnorth"]) {
                assert.equal(violations(policy, { type: "azure-native:resources:ResourceGroup", props: { location } }).length, 1, location);
            }
        });
        it("does not flag `global` resources (DNS zones, Front Door)", () => {
            assert.deepEqual(violations(policy, { type: "azure-native:network:Zone", props: { location: "global" } }), []);
        });
        it("honours additionalLocations and allowedLocations", () => {
            assert.deepEqual(violations(policy, { type: "azure-native:resources:ResourceGroup", props: { location: "Switzerland North" } }, { additionalLocations: ["switzerlandnorth"] }), []);
            assert.equal(violations(policy, { type: "azure-native:resources:ResourceGroup", props: { location: "westeurope" } }, { allowedLocations: ["germanywestcentral"] }).length, 1);
            assert.deepEqual(violations(policy, { type: "azure-native:resources:ResourceGroup", props: { location: "germanywestcentral" } }, { allowedLocations: ["GermanyWestCentral"] }), []);
        });
    });

    describe("GCP", () => {
        it("resolves multi- and dual-regions case-insensitively", () => {
            for (const location of ["EU", "eu", "EUR4", "europe-west3"]) {
                assert.deepEqual(violations(policy, { type: "gcp:storage/bucket:Bucket", props: { location } }), [], location);
            }
            for (const location of ["US", "NAM4", "EUR5", "EUR7", "EUR8", "europe-west2"]) {
                assert.equal(violations(policy, { type: "gcp:storage/bucket:Bucket", props: { location } }).length, 1, location);
            }
        });
        it("counts a zone as its region", () => {
            assert.deepEqual(violations(policy, { type: "gcp:compute/instance:Instance", props: { zone: "europe-west1-b" } }), []);
            assert.equal(violations(policy, { type: "gcp:compute/instance:Instance", props: { zone: "us-central1-a" } }).length, 1);
        });
        it("names a zone as written, with its region (issue 11)", () => {
            const [m] = violations(policy, { type: "gcp:compute/instance:Instance", props: { zone: "us-central1-a" } });
            assert.match(m, /`zone` is "us-central1-a" \(a zone of "us-central1", Iowa, United States\)/);
            const [p] = violations(policy, { type: "gcp:compute/disk:Disk", props: {}, provider: gcpProvider({ zone: "us-east1-b" }) });
            assert.match(p, /`provider\.zone` \(from its provider "p"\) is "us-east1-b" \(a zone of "us-east1"/);
            const [a] = violations(policy, { type: "aws:ebs/volume:Volume", props: { availabilityZone: "us-east-1b" }, provider: awsProvider("eu-west-1") });
            assert.match(a, /`availabilityZone` is "us-east-1b" \(a zone of "us-east-1"/);
        });
        it("flags a global KMS key ring", () => {
            const [m] = violations(policy, { type: "gcp:kms/keyRing:KeyRing", props: { location: "global" } });
            assert.match(m, /"global"/);
        });
        it("takes the provider's region for types that default to it, and fails closed without one", () => {
            assert.deepEqual(violations(policy, { type: "gcp:sql/databaseInstance:DatabaseInstance", props: {}, provider: gcpProvider({ region: "europe-west4" }) }), []);
            assert.equal(violations(policy, { type: "gcp:sql/databaseInstance:DatabaseInstance", props: {}, provider: gcpProvider({ region: "us-east1" }) }).length, 1);
            assert.deepEqual(violations(policy, { type: "gcp:compute/instance:Instance", props: {}, provider: gcpProvider({ zone: "europe-west3-a" }) }), []);
            assert.equal(violations(policy, { type: "gcp:compute/instance:Instance", props: {}, provider: gcpProvider({ zone: "us-west1-b" }) }).length, 1);
            const [m] = violations(policy, { type: "gcp:sql/databaseInstance:DatabaseInstance", props: {}, provider: gcpProvider() });
            assert.match(m, /cannot be proven/);
            assert.match(m, /gcp:region/);
        });
        it("places a GKE cluster without `location` where the provider reads it: its region, else its zone", () => {
            const gke = (provider: Record<string, unknown>) => violations(policy, { type: "gcp:container/cluster:Cluster", name: "k8s", props: { initialNodeCount: 1 }, provider: gcpProvider(provider) });
            assert.match(gke({ region: "us-central1", zone: "europe-west1-b" })[0], /"us-central1"/, "the region comes first");
            assert.deepEqual(gke({ zone: "europe-west1-b" }), []);
            assert.match(gke({ zone: "us-east1-c" })[0], /"us-east1-c"/);
            assert.match(gke({})[0], /location cannot be proven/);
            assert.deepEqual(violations(policy, { type: "gcp:container/cluster:Cluster", props: { location: "europe-west4" }, provider: gcpProvider({ region: "us-central1" }) }), []);
        });
        it("fails closed on any type with an optional region or zone, whatever its docs say (subnetworks, disks)", () => {
            assert.deepEqual(violations(policy, { type: "gcp:compute/subnetwork:Subnetwork", props: {}, provider: gcpProvider({ region: "europe-west1" }) }), []);
            assert.match(violations(policy, { type: "gcp:compute/subnetwork:Subnetwork", props: {}, provider: gcpProvider() })[0], /region cannot be proven/);
            assert.equal(violations(policy, { type: "gcp:compute/disk:Disk", props: {}, provider: gcpProvider({ zone: "us-east1-b" }) }).length, 1);
        });
        it("allows the S3NS sovereign region", () => {
            assert.deepEqual(violations(policy, { type: "gcp:storage/bucket:Bucket", props: { location: "u-france-east1" } }), []);
        });
    });

    describe("EU-native providers", () => {
        it("checks Hetzner locations: fsn1 passes, ash and hil are in the US", () => {
            assert.deepEqual(violations(policy, { type: "hcloud:index/server:Server", props: { location: "fsn1" }, provider: { type: "pulumi:providers:hcloud", props: {} } }), []);
            assert.deepEqual(violations(policy, { type: "hcloud:index/server:Server", props: { datacenter: "nbg1-dc3" }, provider: { type: "pulumi:providers:hcloud", props: {} } }), []);
            for (const location of ["ash", "hil"]) {
                assert.equal(violations(policy, { type: "hcloud:index/server:Server", props: { location }, provider: { type: "pulumi:providers:hcloud", props: {} } }).length, 1);
            }
        });
        it("reads Hetzner network zones and floating IP home locations", () => {
            const hcloud = { type: "pulumi:providers:hcloud", props: {} };
            assert.deepEqual(violations(policy, { type: "hcloud:index/networkSubnet:NetworkSubnet", props: { networkZone: "eu-central" }, provider: hcloud }), []);
            assert.equal(violations(policy, { type: "hcloud:index/networkSubnet:NetworkSubnet", props: { networkZone: "us-east" }, provider: hcloud }).length, 1);
            assert.equal(violations(policy, { type: "hcloud:index/floatingIp:FloatingIp", props: { homeLocation: "hil" }, provider: hcloud }).length, 1);
        });
        it("names allowed locations of the same cloud in the fix", () => {
            assert.match(violations(policy, { type: "aws:s3/bucket:Bucket", props: { region: "us-east-1" } })[0], /allowed aws locations include eu-central-1/);
        });
        it("fails closed on a Hetzner server without a location (Hetzner would pick one)", () => {
            assert.match(violations(policy, { type: "hcloud:index/server:Server", props: {}, provider: { type: "pulumi:providers:hcloud", props: {} } })[0], /fsn1, nbg1 or hel1/);
        });
        it("checks OVHcloud and Scaleway regions", () => {
            assert.deepEqual(violations(policy, { type: "ovh:CloudProject/kube:Kube", props: { region: "GRA11" }, provider: { type: "pulumi:providers:ovh", props: {} } }), []);
            assert.equal(violations(policy, { type: "ovh:CloudProject/kube:Kube", props: { region: "BHS5" }, provider: { type: "pulumi:providers:ovh", props: {} } }).length, 1);
            assert.deepEqual(violations(policy, { type: "scaleway:instance/server:Server", props: { zone: "fr-par-2" }, provider: { type: "pulumi:providers:scaleway", props: {} } }), []);
        });
        it("passes a Scaleway resource without a region only while every Scaleway region is allowed", () => {
            // SCW_DEFAULT_REGION picks one of fr-par, nl-ams, pl-waw, it-mil: all EU, so the default list proves it.
            const server = { type: "scaleway:instance/server:Server", props: {}, provider: { type: "pulumi:providers:scaleway", props: {} } };
            assert.deepEqual(violations(policy, server), []);
            const [m] = violations(policy, server, { allowedLocations: ["fr-par", "nl-ams"] });
            assert.match(m, /zone cannot be proven/);
            assert.match(m, /scaleway:zone/);
            // Hetzner and OVHcloud have non-EU locations, so the same gap stays a finding.
            assert.equal(violations(policy, { type: "ovh:CloudProject/kube:Kube", props: {}, provider: { type: "pulumi:providers:ovh", props: {} } }).length, 1);
        });
    });

    describe("other providers and odd input", () => {
        it("fails closed on an unrecognised location of an unknown provider, without echoing it", () => {
            const [m] = violations(policy, { type: "digitalocean:index/droplet:Droplet", props: { region: "s3cr3t-value" }, provider: { type: "pulumi:providers:digitalocean", props: {} } });
            assert.match(m, /unrecognised value \(12 characters, not echoed\)/);
            assert.ok(!m.includes("s3cr3t"));
            assert.deepEqual(violations(policy, { type: "digitalocean:index/droplet:Droplet", props: { region: "fra1" }, provider: { type: "pulumi:providers:digitalocean", props: {} } }, { additionalLocations: ["fra1"] }), []);
        });
        it("suggests the closest catalogued name for a typo", () => {
            const [m] = violations(policy, { type: "aws:s3/bucket:Bucket", props: { region: "eu-wset-1" } });
            assert.match(m, /did you mean "eu-west-1"\?/);
        });
        it("does not flag component resources or providers without a location concept", () => {
            assert.deepEqual(violations(policy, { type: "acme:index:Website", props: { location: "us-east-1" } }), []);
            assert.deepEqual(violations(policy, { type: "random:index/randomPet:RandomPet", props: {}, provider: { type: "pulumi:providers:random", props: {} } }), []);
            assert.deepEqual(violations(policy, { type: "kubernetes:core/v1:Namespace", props: { metadata: { name: "x" } }, provider: { type: "pulumi:providers:kubernetes", props: {} } }), []);
        });
        it("reports garbage location values as unproven instead of throwing", () => {
            const [m] = violations(policy, { type: "aws:s3/bucket:Bucket", props: { region: 42 }, provider: awsProvider("eu-west-1") });
            assert.match(m, /not a location name but a number/);
            assert.equal(violations(policy, { type: "gcp:storage/bucket:Bucket", props: { location: ["EU"] } }).length, 1);
            assert.deepEqual(violations(policy, { type: "aws:s3/bucket:Bucket", props: { region: null }, provider: awsProvider("eu-west-1") }), []);
        });
        it("leaves a region unknown at preview to the SDK's preview handling", () => {
            const out = checkResource(policy, { type: "aws:s3/bucket:Bucket", props: { region: UNKNOWN }, provider: awsProvider("eu-west-1") });
            assert.deepEqual(out.violations, []);
            assert.match(out.unknown ?? "", /\.region can't be known during preview/);
        });
        it("ignores prototype-polluting keys", () => {
            const props = JSON.parse('{"__proto__": {"region": "us-east-1"}, "constructor": {"region": "us-east-1"}}');
            assert.deepEqual(violations(policy, { type: "aws:s3/bucket:Bucket", props, provider: awsProvider("eu-west-1") }), []);
        });
    });
});
