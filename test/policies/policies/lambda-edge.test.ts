import { strict as assert } from "assert";
import { euDataResidency as residency, globalEdgeServices as edge } from "eu-sovereignty-policies/policies";
import { awsProvider, checkResource, checkStack, UNKNOWN, type TestResource } from "../../helpers/harness";

const east = awsProvider("us-east-1");
const fnUrn = "urn:pulumi:dev::test::aws:lambda/function:Function::rewrite";
const fn: TestResource = { type: "aws:lambda/function:Function", name: "rewrite", urn: fnUrn, props: { name: "rewrite-7f3a", publish: true }, provider: east };
const qualified = "arn:aws:lambda:us-east-1:123456789012:function:rewrite-7f3a:3";
const distribution = (behavior: Record<string, unknown>, deps: Record<string, string[]> = {}): TestResource => ({
    type: "aws:cloudfront/distribution:Distribution", name: "cdn", props: { defaultCacheBehavior: behavior }, provider: east, propertyDependencies: deps,
});

/** Everything eu-data-residency reports for a stack: per resource, then on the stack. */
function residencyFindings(rs: TestResource[]): string[] {
    return [...rs.flatMap((r) => checkResource(residency, r).violations), ...checkStack(residency, rs).violations];
}

describe("Lambda@Edge (issue 11)", () => {
    it("does not report a us-east-1 function a distribution associates by qualified ARN; global-edge-services does", () => {
        const stack = [fn, distribution({ lambdaFunctionAssociations: [{ eventType: "viewer-request", lambdaArn: qualified }] })];
        assert.deepEqual(residencyFindings(stack), []);
        const [m, ...rest] = checkStack(edge, stack).violations;
        assert.equal(rest.length, 0);
        assert.match(m, /^aws:lambda\/function:Function "rewrite": a Lambda@Edge function of aws:cloudfront\/distribution:Distribution "cdn": /);
        assert.match(m, /US East \(N\. Virginia\) only/);
        assert.match(m, /Rule global-edge-services\. Fix: /);
    });
    it("resolves the association by property dependency while the ARN is unknown at preview", () => {
        const stack = [fn, distribution({ lambdaFunctionAssociations: [{ eventType: "origin-request", lambdaArn: UNKNOWN }] }, { defaultCacheBehavior: [fnUrn] })];
        assert.deepEqual(residencyFindings(stack), []);
        assert.equal(checkStack(edge, stack).violations.length, 1);
    });
    it("reads ordered cache behaviors too", () => {
        const stack = [fn, { ...distribution({}), props: { defaultCacheBehavior: {}, orderedCacheBehaviors: [{ lambdaFunctionAssociations: [{ lambdaArn: qualified }] }] } }];
        assert.deepEqual(residencyFindings(stack), []);
    });
    it("still reports a us-east-1 function no distribution uses, once, naming the region", () => {
        const other = distribution({ lambdaFunctionAssociations: [{ lambdaArn: "arn:aws:lambda:us-east-1:123456789012:function:another:1" }] });
        for (const stack of [[fn], [fn, other]]) {
            const [m, ...rest] = residencyFindings(stack);
            assert.equal(rest.length, 0);
            assert.match(m, /^aws:lambda\/function:Function "rewrite": location `provider\.region` \(from its provider "p"\) is "us-east-1"/);
            assert.match(m, /Rule eu-data-residency/);
            assert.deepEqual(checkStack(edge, stack).violations, []);
        }
    });
    it("reports a function in another non-EU region per resource, used or not", () => {
        const west = { ...fn, provider: awsProvider("us-west-2") };
        const stack = [west, distribution({ lambdaFunctionAssociations: [{ lambdaArn: qualified }] })];
        assert.equal(residencyFindings(stack).length, 1);
        assert.equal(checkResource(residency, west).violations.length, 1);
    });
    it("leaves an association unknown at preview, with no dependency, to the SDK's preview handling", () => {
        const stack = [fn, distribution({ lambdaFunctionAssociations: UNKNOWN })];
        assert.ok(checkStack(residency, stack).unknown !== undefined);
    });
});
