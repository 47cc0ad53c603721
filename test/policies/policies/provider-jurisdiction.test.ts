import { strict as assert } from "assert";
import { headquarters, noJurisdictionPackages, sovereignRegionsByPackage } from "eu-sovereignty-policies/lib";
import { providerJurisdiction as policy } from "eu-sovereignty-policies/policies";
import { awsProvider, azureProvider, checkResource, gcpProvider, UNKNOWN } from "../../helpers/harness";

/** Per-resource mode (the sovereign presets): every resource is judged. */
const violations = (r: Parameters<typeof checkResource>[1], config: object = {}) => checkResource(policy, r, { report: "per-resource", ...config }).violations;
/** Default mode: the provider resource carries the finding. */
const onProvider = (provider: { type: string; props: Record<string, unknown>; name?: string }, config: object = {}) =>
    checkResource(policy, { type: provider.type, name: provider.name ?? "default_7_0_0", props: provider.props }, config).violations;
const byDefault = (r: Parameters<typeof checkResource>[1], config: object = {}) => checkResource(policy, r, config).violations;

describe("provider-jurisdiction", () => {
    describe("by default, once per provider", () => {
        it("reports a non-EU provider resource once, and none of its resources", () => {
            const [m, ...rest] = onProvider({ ...awsProvider("eu-central-1"), name: "default_7_48_0" });
            assert.equal(rest.length, 0);
            assert.match(m, /^pulumi:providers:aws "default_7_48_0": provider package `aws` belongs to Amazon Web Services, Inc\., headquartered in Seattle, United States, so the data of every resource this provider manages is exposed to the US CLOUD Act/);
            assert.match(m, /Rule provider-jurisdiction\. Fix: use an EU-headquartered provider \(OVHcloud/);
            assert.match(m, /allowPackages/);
            assert.deepEqual(byDefault({ type: "aws:s3/bucket:Bucket", props: {}, provider: awsProvider("eu-central-1") }), []);
            assert.deepEqual(byDefault({ type: "azure-native:storage:StorageAccount", props: { location: "westeurope" }, provider: azureProvider }), []);
        });
        it("passes a provider in a sovereign partition, and reports a resource that leaves it", () => {
            assert.deepEqual(onProvider(awsProvider("eusc-de-east-1")), []);
            assert.deepEqual(onProvider(gcpProvider({ universeDomain: "s3nsapis.fr" })), []);
            assert.deepEqual(byDefault({ type: "aws:sqs/queue:Queue", props: {}, provider: awsProvider("eusc-de-east-1") }), []);
            const [m, ...rest] = byDefault({ type: "aws:sqs/queue:Queue", name: "jobs", props: { region: "eu-west-1" }, provider: awsProvider("eusc-de-east-1") });
            assert.equal(rest.length, 0);
            assert.match(m, /^aws:sqs\/queue:Queue "jobs": provider package `aws` belongs to Amazon/);
        });
        it("flags a provider without a region, which cannot be proven sovereign", () => {
            assert.equal(onProvider(awsProvider()).length, 1);
            assert.equal(onProvider(gcpProvider()).length, 1);
        });
        it("leaves an uncatalogued package to its resources, which may be components only on its provider", () => {
            assert.deepEqual(onProvider({ type: "pulumi:providers:acme", props: {} }), []);
            const [m] = byDefault({ type: "acme:index:Thing", props: {}, provider: { type: "pulumi:providers:acme", props: {} } });
            assert.match(m, /headquarters of provider package `acme` are not catalogued/);
        });
        it("passes EU-headquartered, allowed and location-free packages' providers", () => {
            for (const pkg of ["ovh", "scaleway", "hcloud", "ionoscloud", "stackit", "random", "kubernetes", "awsx"]) {
                assert.deepEqual(onProvider({ type: `pulumi:providers:${pkg}`, props: {} }), [], pkg);
            }
            assert.deepEqual(onProvider(awsProvider("us-east-1"), { allowPackages: ["aws"] }), []);
            assert.equal(onProvider(awsProvider("us-east-1"), { allowPackages: ["gcp"] }).length, 1);
        });
        it("does not judge providers in per-resource mode (their resources carry the finding)", () => {
            assert.deepEqual(onProvider(awsProvider("us-east-1"), { report: "per-resource" }), []);
        });
    });
    describe("per resource", () => {
        it("flags an AWS resource in an EU region: location does not change who controls the data", () => {
            const [m, ...rest] = violations({ type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "secret-name" }, provider: awsProvider("eu-central-1") });
            assert.equal(rest.length, 0);
            assert.match(m, /^aws:s3\/bucket:Bucket "data": provider package `aws` belongs to Amazon Web Services, Inc\., headquartered in Seattle, United States/);
            assert.match(m, /US CLOUD Act \(18 U\.S\.C\. 2713\)/);
            assert.match(m, /OVHcloud \(`ovh`\), Scaleway \(`scaleway`\), Hetzner \(`hcloud`\), IONOS \(`ionoscloud`\)/);
            assert.match(m, /AWS European Sovereign Cloud \(region eusc-de-east-1\)/);
            assert.match(m, /allowPackages/);
            assert.doesNotMatch(m, /secret-name/);
        });
        it("passes the AWS European Sovereign Cloud, by the resource's region or its provider's", () => {
            assert.deepEqual(violations({ type: "aws:s3/bucket:Bucket", props: {}, provider: awsProvider("eusc-de-east-1") }), []);
            assert.deepEqual(violations({ type: "aws:sqs/queue:Queue", props: { region: "eusc-de-east-1" }, provider: awsProvider("eu-west-1") }), []);
            assert.equal(violations({ type: "aws:sqs/queue:Queue", props: { region: "eu-west-1" }, provider: awsProvider("eusc-de-east-1") }).length, 1);
        });
        it("passes a global resource (IAM) whose provider is in the sovereign partition", () => {
            assert.deepEqual(violations({ type: "aws:iam/role:Role", props: {}, provider: awsProvider("eusc-de-east-1") }), []);
            assert.equal(violations({ type: "aws:iam/role:Role", props: {}, provider: awsProvider("eu-west-1") }).length, 1);
            assert.equal(violations({ type: "aws:iam/role:Role", props: {}, provider: awsProvider() }).length, 1, "no region: not provably sovereign");
        });
        it("passes S3NS (u-france-east1, or the s3nsapis.fr universe), flags Google Cloud elsewhere", () => {
            assert.deepEqual(violations({ type: "gcp:storage/bucket:Bucket", props: { location: "u-france-east1" }, provider: gcpProvider() }), []);
            assert.deepEqual(violations({ type: "gcp:storage/bucket:Bucket", props: { location: "EU" }, provider: gcpProvider({ universeDomain: "s3nsapis.fr" }) }), []);
            const [m] = violations({ type: "gcp:storage/bucket:Bucket", props: { location: "europe-west3" }, provider: gcpProvider() });
            assert.match(m, /Google LLC/);
            assert.match(m, /S3NS/);
        });
        it("flags Azure with no sovereign partition offered", () => {
            const [m] = violations({ type: "azure-native:storage:StorageAccount", props: { location: "westeurope" }, provider: azureProvider });
            assert.match(m, /Microsoft Corporation, headquartered in Redmond/);
            assert.doesNotMatch(m, /sovereign/i);
        });
        it("passes EU-headquartered providers wherever their resources are (residency is another policy)", () => {
            for (const [type, pkg] of [["ovh:cloudProject:Kube", "ovh"], ["scaleway:index:InstanceServer", "scaleway"], ["hcloud:index:Server", "hcloud"], ["ionoscloud:compute:Server", "ionoscloud"]]) {
                assert.deepEqual(violations({ type, props: { region: "us-east-va" }, provider: { type: `pulumi:providers:${pkg}`, props: {} } }), [], type);
            }
        });
        it("flags non-EU providers other than the hyperscalers", () => {
            for (const [type, seat] of [["cloudflare:index:Record", /San Francisco/], ["alicloud:oss:Bucket", /Hangzhou, China.*National Intelligence Law/], ["digitalocean:index:Droplet", /New York/]] as const) {
                const [m] = violations({ type, props: {}, provider: { type: `pulumi:providers:${type.split(":")[0]}`, props: {} } });
                assert.match(m, seat, type);
            }
        });
        it("fails closed on a package whose headquarters are not catalogued", () => {
            const [m] = violations({ type: "acme:index:Thing", props: {}, provider: { type: "pulumi:providers:acme", props: {} } });
            assert.match(m, /headquarters of provider package `acme` are not catalogued/);
            assert.deepEqual(violations({ type: "acme:index:Thing", props: {}, provider: { type: "pulumi:providers:acme", props: {} } }, { allowPackages: ["acme"] }), []);
        });
        it("never echoes a malformed package name", () => {
            const [m] = violations({ type: "Evil Pkg!:index:Thing", props: {}, provider: { type: "pulumi:providers:x", props: {} } });
            assert.match(m, /unprintable package name/);
        });
        it("ignores packages without a location concept, provider resources and components", () => {
            for (const type of ["random:index/randomPassword:RandomPassword", "tls:index/privateKey:PrivateKey", "kubernetes:apps/v1:Deployment", "command:local:Command", "pulumi:pulumi:Stack"]) {
                assert.deepEqual(violations({ type, props: {}, provider: { type: `pulumi:providers:${type.split(":")[0]}`, props: {} } }), [], type);
            }
            assert.deepEqual(violations({ type: "pulumi:providers:aws", props: { region: "us-east-1" } }), [], "per resource: the provider is not judged");
            assert.deepEqual(violations({ type: "my:index:Component", props: {} }), []);
        });
        it("`allowPackages` accepts a provider after a legal assessment", () => {
            assert.deepEqual(violations({ type: "aws:s3/bucket:Bucket", props: {}, provider: awsProvider("eu-west-1") }, { allowPackages: ["aws"] }), []);
            assert.equal(violations({ type: "aws:s3/bucket:Bucket", props: {}, provider: awsProvider("eu-west-1") }, { allowPackages: ["gcp"] }).length, 1);
        });
        it("waits for a region unknown at preview", () => {
            const o = checkResource(policy, { type: "aws:s3/bucket:Bucket", props: { region: UNKNOWN }, provider: awsProvider("eu-west-1") }, { report: "per-resource" });
            assert.deepEqual(o.violations, []);
            assert.ok(o.unknown !== undefined);
        });
    });
    describe("catalogue", () => {
        it("every package has a company, a seat, a country and a source; non-EU ones name the law", () => {
            const seen = new Set<string>();
            for (const h of headquarters) {
                assert.ok(!seen.has(h.package), h.package);
                seen.add(h.package);
                assert.match(h.country, /^[A-Z]{2}$/, h.package);
                assert.match(h.source, /^https:\/\//, h.package);
                assert.ok(h.company && h.seat, h.package);
                assert.ok(!noJurisdictionPackages.has(h.package), h.package);
            }
            assert.ok(headquarters.filter((h) => !["FR", "DE", "FI"].includes(h.country)).every((h) => h.law !== undefined));
        });
        it("derives sovereign regions from the region tables", () => {
            assert.deepEqual([...sovereignRegionsByPackage.get("aws") ?? []], ["eusc-de-east-1"]);
            assert.deepEqual([...sovereignRegionsByPackage.get("gcp") ?? []], ["u-france-east1"]);
        });
    });
});
