import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { rdsSourceRows, s3ReplicationRows } from "eu-sovereignty-policies/lib";
import { euCrossBorderReplication as policy } from "eu-sovereignty-policies/policies";
import { awsProvider, checkResource, checkStack, UNKNOWN, type TestResource } from "../../../helpers/harness";

const urn = (type: string, name: string) => `urn:pulumi:dev::t::${type}::${name}`;
const eu = awsProvider("eu-central-1");

// The expected rows are written out here, not read from the tables: removing a row fails a case.
describe("replication relations resolved on the stack (facts/stack)", () => {
    describe("S3 replication sources", () => {
        const dr: TestResource = { type: "aws:s3/bucket:Bucket", name: "dr", urn: urn("aws:s3/bucket:Bucket", "dr"), props: { bucket: "dr" }, provider: awsProvider("us-east-1") };
        const rules = [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::dr" } }];
        const cases: [string, string, Record<string, unknown>, string][] = [
            ["aws:s3/bucketReplicationConfig:BucketReplicationConfig", "EUR-AWS-021", { bucket: "src", role: "r", rules }, "rules[0].destination.bucket"],
            ["aws:s3/bucket:Bucket", "EUR-AWS-022", { bucket: "src", replicationConfiguration: { role: "r", rules } }, "replicationConfiguration.rules[0].destination.bucket"],
            ["aws:s3/bucketV2:BucketV2", "EUR-AWS-023", { bucket: "src", replicationConfiguration: { role: "r", rules } }, "replicationConfiguration.rules[0].destination.bucket"],
        ];
        for (const [type, id, props, at] of cases) {
            it(`${type}: a destination outside the EU cites ${id}`, () => {
                const src: TestResource = { type, name: "src", urn: urn(type, "src"), props, provider: eu };
                const [m, ...rest] = checkStack(policy, [src, dr]).violations;
                assert.equal(rest.length, 0);
                assert.equal(m, `${type} "src": the replication destination \`${at}\` is bucket aws:s3/bucket:Bucket "dr", whose region is "us-east-1" (N. Virginia, United States), outside the allowed locations. Rule eu-cross-border-replication; allowed: the EU/EEA default list (set \`allowedLocations\` or \`additionalLocations\` in the policy config to change it). Fix: replicate to a bucket in an allowed region. [${id}]`);
                assert.equal(s3ReplicationRows[type]?.id, id);
            });
        }
        it("a destination the stack cannot resolve cites the source's row", () => {
            const src: TestResource = { type: cases[0][0], name: "src", props: cases[0][2], provider: eu };
            assert.match(checkStack(policy, [src]).violations[0], /cannot be resolved to a bucket in this stack.*\[EUR-AWS-021\]$/);
        });
    });

    describe("RDS read-replica sources", () => {
        const cases: [string, string, string, string][] = [
            ["aws:rds/instance:Instance", "EUR-AWS-024", "replicateSourceDb", "arn:aws:rds:us-east-1:1:db:orders"],
            ["aws:rds/cluster:Cluster", "EUR-AWS-025", "replicationSourceIdentifier", "arn:aws:rds:us-east-1:1:cluster:orders"],
        ];
        for (const [type, id, input, arn] of cases) {
            it(`${type}: a source ARN outside the EU cites ${id}, per resource and on the stack at preview`, () => {
                const known = checkResource(policy, { type, name: "replica", props: { [input]: arn }, provider: eu }).violations;
                assert.equal(known.length, 1);
                assert.match(known[0], new RegExp(`replication source \`${input}\` .*\\[${id}\\]$`));
                const source: TestResource = { type, name: "orders", urn: urn(type, "orders"), props: {}, provider: awsProvider("us-east-1") };
                const replica: TestResource = { type, name: "replica", props: { [input]: UNKNOWN }, provider: eu, propertyDependencies: { [input]: [source.urn!] } };
                const [m, ...rest] = checkStack(policy, [source, replica]).violations;
                assert.equal(rest.length, 0);
                assert.match(m, new RegExp(`^${type.replace(/[/]/g, "\\/")} "replica": .*\\(database "orders".*\\) is "us-east-1".*\\[${id}\\]$`));
                assert.equal(rdsSourceRows[type]?.property, input);
            });
        }
    });

    it("every EUR id is unique across the adapters' replicaSpecs and the stack rows", () => {
        const dir = path.resolve(__dirname, "../../../../policies/src/facts/adapters");
        const specIds = ["aws", "aws-native", "azure", "azure-classic", "gcp"].flatMap((f) =>
            [...fs.readFileSync(path.join(dir, `${f}.ts`), "utf8").matchAll(/id: "(EUR-[A-Z]+-\d{3})"/g)].map((m) => m[1]));
        const stackIds = [...Object.values(s3ReplicationRows), ...Object.values(rdsSourceRows)].map((r) => r.id);
        assert.deepEqual(stackIds, ["EUR-AWS-021", "EUR-AWS-022", "EUR-AWS-023", "EUR-AWS-024", "EUR-AWS-025"]);
        const ids = [...specIds, ...stackIds];
        assert.equal(new Set(ids).size, ids.length, "no id twice");
    });
});
