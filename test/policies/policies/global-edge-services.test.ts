import { strict as assert } from "assert";
import { euDataResidency, globalEdgeServices } from "eu-sovereignty-policies/policies";
import { awsProvider, checkResource, gcpProvider } from "../../helpers/harness";

const violations = (...a: Parameters<typeof checkResource>) => checkResource(...a).violations;
const east = awsProvider("us-east-1");

describe("us-east-1 pins and global edge services", () => {
    it("does not flag an ACM certificate, its validation or their provider in us-east-1 (CloudFront pins them)", () => {
        assert.deepEqual(violations(euDataResidency, { type: "aws:acm/certificate:Certificate", props: {}, provider: east }), []);
        assert.deepEqual(violations(euDataResidency, { type: "aws:acm/certificateValidation:CertificateValidation", props: {}, provider: east }), []);
        assert.deepEqual(violations(euDataResidency, { type: "pulumi:providers:aws", name: "us-east-1", props: { region: "us-east-1" } }), []);
        // The default provider in us-east-1 comes from the stack's `aws:region`: still reported, as the cause to fix.
        assert.equal(violations(euDataResidency, { type: "pulumi:providers:aws", name: "default_7_48_0", props: { region: "us-east-1" } }).length, 1);
    });
    it("still flags a certificate in another non-EU region, and a regional resource on the us-east-1 provider", () => {
        assert.equal(violations(euDataResidency, { type: "aws:acm/certificate:Certificate", props: {}, provider: awsProvider("us-west-2") }).length, 1);
        assert.match(violations(euDataResidency, { type: "aws:s3/bucket:Bucket", props: {}, provider: east })[0], /"us-east-1"/);
    });
    it("does not flag a WAFv2 web ACL of scope CLOUDFRONT in us-east-1, but flags a REGIONAL one there", () => {
        assert.deepEqual(violations(euDataResidency, { type: "aws:wafv2/webAcl:WebAcl", props: { scope: "CLOUDFRONT" }, provider: east }), []);
        assert.equal(violations(euDataResidency, { type: "aws:wafv2/webAcl:WebAcl", props: { scope: "REGIONAL" }, provider: east }).length, 1);
    });
    it("reports a CloudFront distribution as a global edge service, with a fix that moves nothing pinned", () => {
        const [m, ...rest] = violations(globalEdgeServices, { type: "aws:cloudfront/distribution:Distribution", name: "cdn", props: {}, provider: awsProvider("eu-west-1") });
        assert.equal(rest.length, 0);
        assert.match(m, /^aws:cloudfront\/distribution:Distribution "cdn": CloudFront caches content/);
        assert.match(m, /global-edge-services/);
        assert.match(m, /Fix: serve the content without a global edge service/);
        assert.doesNotMatch(m, /deploy it to an allowed location/);
        assert.equal(globalEdgeServices.enforcementLevel, "advisory");
    });
    it("reports nothing on ordinary or pinned resources", () => {
        assert.deepEqual(violations(globalEdgeServices, { type: "aws:acm/certificate:Certificate", props: {}, provider: east }), []);
        assert.deepEqual(violations(globalEdgeServices, { type: "aws:s3/bucket:Bucket", props: {}, provider: east }), []);
    });
});

describe("BigQuery default location", () => {
    it("flags a dataset without `location` (it defaults to the US multi-region), even with an EU provider", () => {
        const [m] = violations(euDataResidency, { type: "gcp:bigquery/dataset:Dataset", name: "ds", props: {}, provider: gcpProvider({ region: "europe-west1" }) });
        assert.match(m, /"us" \(US multi-region\)/);
        assert.match(m, /location \(unset, so the default\)/);
        assert.deepEqual(violations(euDataResidency, { type: "gcp:bigquery/dataset:Dataset", props: { location: "EU" } }), []);
    });
});
