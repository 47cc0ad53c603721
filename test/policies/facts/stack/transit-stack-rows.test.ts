import { strict as assert } from "assert";
import { s3TlsRows } from "eu-sovereignty-policies/lib";
import { encryptionInTransit as policy } from "eu-sovereignty-policies/policies";
import { awsProvider, checkStack, type TestResource } from "../../../helpers/harness";

const aws = awsProvider("eu-west-1");

// The expected rows are written out here, not read from the tables: removing a row fails a case.
describe("transit relations resolved on the stack (facts/stack)", () => {
    for (const [type, id] of [["aws:s3/bucket:Bucket", "EUT-AWS-009"], ["aws:s3/bucketV2:BucketV2", "EUT-AWS-010"]]) {
        it(`${type} without a TLS-only policy cites ${id}`, () => {
            const [m, ...rest] = checkStack(policy, [{ type, name: "logs", props: { bucket: "logs-1" }, provider: aws }]).violations;
            assert.equal(rest.length, 0);
            assert.equal(m, `${type} "logs": no bucket policy in this stack denies requests made without TLS (a Deny statement with the condition \`"Bool": { "aws:SecureTransport": "false" }\`), so the bucket accepts plain HTTP. Rule encryption-in-transit. Fix: add an aws.s3.BucketPolicy for this bucket with a statement \`{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [arn, \`\${arn}/*\`], Condition: { Bool: { "aws:SecureTransport": "false" } } }\`. [${id}]`);
            assert.equal(s3TlsRows.get(type)?.inline, "policy");
        });
    }
    it("a bucket policy resource naming the bucket secures it, whatever the bucket type", () => {
        const doc = JSON.stringify({ Statement: [{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: ["arn:aws:s3:::logs-1", "arn:aws:s3:::logs-1/*"], Condition: { Bool: { "aws:SecureTransport": "false" } } }] });
        for (const type of ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"]) {
            const rs: TestResource[] = [{ type, name: "logs", props: { bucket: "logs-1" }, provider: aws }, { type: "aws:s3/bucketPolicy:BucketPolicy", name: "p", props: { bucket: "logs-1", policy: doc } }];
            assert.deepEqual(checkStack(policy, rs).violations, [], type);
        }
    });
    for (const [type, id] of [["aws:lb/listener:Listener", "EUT-AWS-001"], ["aws:alb/listener:Listener", "EUT-AWS-002"]]) {
        it(`${type} without a protocol, on an application load balancer, cites its own row ${id}`, () => {
            const lb: TestResource = { type: "aws:lb/loadBalancer:LoadBalancer", name: "lb", props: { loadBalancerType: "application", arn: "arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/x" }, provider: aws };
            const l: TestResource = { type, name: "l", props: { loadBalancerArn: "arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/x", defaultActions: [{ type: "forward" }] }, provider: aws };
            const [m, ...rest] = checkStack(policy, [lb, l]).violations;
            assert.equal(rest.length, 0);
            assert.equal(m, `${type} "l": \`protocol\` is not set (default HTTP) and the listener does not only redirect to HTTPS. Rule encryption-in-transit: TLS 1.2 or newer, no plain HTTP. Fix: use \`protocol: "HTTPS"\` with a certificate, or make every default action a redirect with \`redirect.protocol: "HTTPS"\`. [${id}]`);
            assert.deepEqual(checkStack(policy, [{ ...lb, props: { ...lb.props, loadBalancerType: "gateway" } }, l]).violations, [], "a Gateway Load Balancer listener takes no protocol");
        });
    }
});
