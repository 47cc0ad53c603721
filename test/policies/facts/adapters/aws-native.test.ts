// AWS Cloud Control (@pulumi/aws-native) through the analyzer protocol: a resource lives in its
// provider's `region` (aws-native resources have no `region` input), fails closed without one as
// @pulumi/aws does, and global services (IAM, CloudFront, Route 53...) carry no location.
import { strict as assert } from "assert";
import type { ResourceSpec } from "../../../../src";
import type { Diagnostic, Report } from "../../../../src/engine/types";
import { EU_PACK, resourceNamed, useSession, violationOf } from "../../../helpers/packs";

const provider = (region?: string) => ({ type: "aws-native", props: region === undefined ? {} : { region } });
const bucket = "aws-native:s3:Bucket";

const resources: ResourceSpec[] = [
    { type: bucket, name: "us-bucket", props: { bucketName: "acme-us" }, provider: provider("us-east-1") },
    { type: bucket, name: "eu-bucket", props: { bucketName: "acme-eu" }, provider: provider("eu-west-1") },
    { type: bucket, name: "no-region-bucket", props: {}, provider: provider() },
    { type: "aws-native:iam:Role", name: "role", props: { assumeRolePolicyDocument: {} }, provider: provider() },
    { type: "aws-native:cloudfront:Distribution", name: "cdn", props: { distributionConfig: { enabled: true } }, provider: provider("us-east-1") },
    { type: "aws-native:route53resolver:ResolverRule", name: "resolver", props: { ruleType: "FORWARD", domainName: "corp" }, provider: provider() },
    {
        type: "aws-native:dynamodb:GlobalTable", name: "orders", provider: provider("eu-central-1"),
        props: { attributeDefinitions: [], keySchema: [], replicas: [{ region: "eu-central-1" }, { region: "us-west-2" }] },
    },
    { type: "aws-native:certificatemanager:Certificate", name: "cdn-cert", props: { domainName: "acme.eu" }, provider: provider("us-east-1") },
    { type: "aws-native:wafv2:WebAcl", name: "cdn-waf", props: { scope: "CLOUDFRONT", defaultAction: {} }, provider: provider("us-east-1") },
    { type: "aws-native:wafv2:WebAcl", name: "regional-waf", props: { scope: "REGIONAL", defaultAction: {} }, provider: provider("us-east-1") },
    { type: "aws-native:s3:Bucket", name: "odd-region", props: {}, provider: { type: "aws-native", props: { region: 42 } } },
    { type: "aws-native:dynamodb:GlobalTable", name: "orders-eu", provider: provider("eu-central-1"), props: { replicas: [{ region: "eu-central-1" }, { region: "eu-west-3" }] } },
];

function of(report: Report, name: string, policy: string): Diagnostic[] {
    return resourceNamed(report, name).diagnostics.filter((d) => d.policyName === policy && d.enforcementLevel === "mandatory");
}

describe("AWS Cloud Control (@pulumi/aws-native) through the analyzer protocol", function () {
    this.timeout(120_000);
    const session = useSession({ packDir: EU_PACK });
    let report: Report;
    before(async () => {
        report = await session().analyze(resources);
    });

    it("blocks a bucket whose provider is in us-east-1, naming the value, where it was read and the rule", () => {
        const [d, ...rest] = of(report, "us-bucket", "eu-data-residency");
        assert.equal(rest.length, 0);
        assert.match(violationOf(d), /us-east-1/);
        assert.match(violationOf(d), /provider\.region/);
        assert.match(violationOf(d), /Fix: /);
    });

    it("passes a bucket whose provider is in eu-west-1", () => {
        assert.deepEqual(of(report, "eu-bucket", "eu-data-residency"), []);
    });

    it("fails closed on a regional resource whose provider has no region, with the fix", () => {
        for (const name of ["no-region-bucket", "resolver"]) {
            const [d, ...rest] = of(report, name, "eu-data-residency");
            assert.equal(rest.length, 0, name);
            assert.match(violationOf(d), /region cannot be proven/);
            assert.match(violationOf(d), /aws-native:region/);
            assert.match(violationOf(d), /aws-native\.Provider/);
        }
    });

    it("asks no region of global services (IAM, CloudFront)", () => {
        assert.deepEqual(of(report, "role", "eu-data-residency"), []);
        assert.deepEqual(of(report, "cdn", "eu-data-residency"), []);
    });

    it("does not report what AWS pins to us-east-1 for CloudFront (certificate, CLOUDFRONT-scope WAF), but does a regional WAF there", () => {
        assert.deepEqual(of(report, "cdn-cert", "eu-data-residency"), []);
        assert.deepEqual(of(report, "cdn-waf", "eu-data-residency"), []);
        assert.match(violationOf(of(report, "regional-waf", "eu-data-residency")[0]), /us-east-1/);
    });

    it("reports a provider region that is not a string without echoing garbage", () => {
        const [d, ...rest] = of(report, "odd-region", "eu-data-residency");
        assert.equal(rest.length, 0);
        assert.match(violationOf(d), /provider\.region/);
        assert.doesNotMatch(violationOf(d), /\b42\b/);
    });

    it("follows a global table's replicas: us-west-2 is a cross-border copy, EU replicas pass", () => {
        const [d, ...rest] = of(report, "orders", "eu-cross-border-replication");
        assert.equal(rest.length, 0);
        assert.match(violationOf(d), /us-west-2/);
        assert.match(violationOf(d), /replicas\[1\]\.region/);
        assert.deepEqual(of(report, "orders", "eu-data-residency"), []);
        assert.deepEqual(of(report, "orders-eu", "eu-cross-border-replication"), []);
    });
});
