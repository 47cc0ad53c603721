import { strict as assert } from "assert";
import { headquarters, noJurisdictionPackages, sovereignRegionsByPackage } from "eu-sovereignty-policies/lib";
import { providerJurisdiction as policy } from "eu-sovereignty-policies/policies";
import { awsProvider, azureProvider, checkResource, gcpProvider, UNKNOWN } from "../unit/harness";

const violations = (...a: Parameters<typeof checkResource>) => checkResource(...a).violations;

describe("provider-jurisdiction", () => {
    it("flags an AWS resource in an EU region: location does not change who controls the data", () => {
        const [m, ...rest] = violations(policy, { type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "secret-name" }, provider: awsProvider("eu-central-1") });
        assert.equal(rest.length, 0);
        assert.match(m, /^aws:s3\/bucket:Bucket "data": provider package `aws` belongs to Amazon Web Services, Inc\., headquartered in Seattle, United States/);
        assert.match(m, /US CLOUD Act \(18 U\.S\.C\. 2713\)/);
        assert.match(m, /OVHcloud \(`ovh`\), Scaleway \(`scaleway`\), Hetzner \(`hcloud`\), IONOS \(`ionoscloud`\)/);
        assert.match(m, /AWS European Sovereign Cloud \(region eusc-de-east-1\)/);
        assert.match(m, /allowPackages/);
        assert.doesNotMatch(m, /secret-name/);
    });
    it("passes the AWS European Sovereign Cloud, by the resource's region or its provider's", () => {
        assert.deepEqual(violations(policy, { type: "aws:s3/bucket:Bucket", props: {}, provider: awsProvider("eusc-de-east-1") }), []);
        assert.deepEqual(violations(policy, { type: "aws:sqs/queue:Queue", props: { region: "eusc-de-east-1" }, provider: awsProvider("eu-west-1") }), []);
        assert.equal(violations(policy, { type: "aws:sqs/queue:Queue", props: { region: "eu-west-1" }, provider: awsProvider("eusc-de-east-1") }).length, 1);
    });
    it("passes a global resource (IAM) whose provider is in the sovereign partition", () => {
        assert.deepEqual(violations(policy, { type: "aws:iam/role:Role", props: {}, provider: awsProvider("eusc-de-east-1") }), []);
        assert.equal(violations(policy, { type: "aws:iam/role:Role", props: {}, provider: awsProvider("eu-west-1") }).length, 1);
        assert.equal(violations(policy, { type: "aws:iam/role:Role", props: {}, provider: awsProvider() }).length, 1, "no region: not provably sovereign");
    });
    it("passes S3NS (u-france-east1, or the s3nsapis.fr universe), flags Google Cloud elsewhere", () => {
        assert.deepEqual(violations(policy, { type: "gcp:storage/bucket:Bucket", props: { location: "u-france-east1" }, provider: gcpProvider() }), []);
        assert.deepEqual(violations(policy, { type: "gcp:storage/bucket:Bucket", props: { location: "EU" }, provider: gcpProvider({ universeDomain: "s3nsapis.fr" }) }), []);
        const [m] = violations(policy, { type: "gcp:storage/bucket:Bucket", props: { location: "europe-west3" }, provider: gcpProvider() });
        assert.match(m, /Google LLC/);
        assert.match(m, /S3NS/);
    });
    it("flags Azure with no sovereign partition offered", () => {
        const [m] = violations(policy, { type: "azure-native:storage:StorageAccount", props: { location: "westeurope" }, provider: azureProvider });
        assert.match(m, /Microsoft Corporation, headquartered in Redmond/);
        assert.doesNotMatch(m, /sovereign/i);
    });
    it("passes EU-headquartered providers wherever their resources are (residency is another policy)", () => {
        for (const [type, pkg] of [["ovh:cloudProject:Kube", "ovh"], ["scaleway:index:InstanceServer", "scaleway"], ["hcloud:index:Server", "hcloud"], ["ionoscloud:compute:Server", "ionoscloud"]]) {
            assert.deepEqual(violations(policy, { type, props: { region: "us-east-va" }, provider: { type: `pulumi:providers:${pkg}`, props: {} } }), [], type);
        }
    });
    it("flags non-EU providers other than the hyperscalers", () => {
        for (const [type, seat] of [["cloudflare:index:Record", /San Francisco/], ["alicloud:oss:Bucket", /Hangzhou, China.*National Intelligence Law/], ["digitalocean:index:Droplet", /New York/]] as const) {
            const [m] = violations(policy, { type, props: {}, provider: { type: `pulumi:providers:${type.split(":")[0]}`, props: {} } });
            assert.match(m, seat, type);
        }
    });
    it("fails closed on a package whose headquarters are not catalogued", () => {
        const [m] = violations(policy, { type: "acme:index:Thing", props: {}, provider: { type: "pulumi:providers:acme", props: {} } });
        assert.match(m, /headquarters of provider package `acme` are not catalogued/);
        assert.deepEqual(violations(policy, { type: "acme:index:Thing", props: {}, provider: { type: "pulumi:providers:acme", props: {} } }, { allowPackages: ["acme"] }), []);
    });
    it("never echoes a malformed package name", () => {
        const [m] = violations(policy, { type: "Evil Pkg!:index:Thing", props: {}, provider: { type: "pulumi:providers:x", props: {} } });
        assert.match(m, /unprintable package name/);
    });
    it("ignores packages without a location concept, provider resources and components", () => {
        for (const type of ["random:index/randomPassword:RandomPassword", "tls:index/privateKey:PrivateKey", "kubernetes:apps/v1:Deployment", "command:local:Command", "pulumi:pulumi:Stack"]) {
            assert.deepEqual(violations(policy, { type, props: {}, provider: { type: `pulumi:providers:${type.split(":")[0]}`, props: {} } }), [], type);
        }
        assert.deepEqual(violations(policy, { type: "pulumi:providers:aws", props: { region: "us-east-1" } }), []);
        assert.deepEqual(violations(policy, { type: "my:index:Component", props: {} }), []);
    });
    it("`allowPackages` accepts a provider after a legal assessment", () => {
        assert.deepEqual(violations(policy, { type: "aws:s3/bucket:Bucket", props: {}, provider: awsProvider("eu-west-1") }, { allowPackages: ["aws"] }), []);
        assert.equal(violations(policy, { type: "aws:s3/bucket:Bucket", props: {}, provider: awsProvider("eu-west-1") }, { allowPackages: ["gcp"] }).length, 1);
    });
    it("waits for a region unknown at preview", () => {
        const o = checkResource(policy, { type: "aws:s3/bucket:Bucket", props: { region: UNKNOWN }, provider: awsProvider("eu-west-1") });
        assert.deepEqual(o.violations, []);
        assert.ok(o.unknown !== undefined);
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
