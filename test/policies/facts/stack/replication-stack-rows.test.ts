import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { azureReferenceRows, rdsSourceRows, s3ReplicationRows } from "eu-sovereignty-policies/lib";
import { euCrossBorderReplication as policy } from "eu-sovereignty-policies/policies";
import { awsProvider, azureProvider, checkResource, checkStack, UNKNOWN, type TestResource } from "../../../helpers/harness";

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

    describe("Azure copies named by reference", () => {
        const cases: [string, string, string, Record<string, unknown>][] = [
            ["azure-native:sql:FailoverGroup", "EUR-AZ-005", "partnerServers[0].id", { partnerServers: [{ id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/servers/dr" }] }],
            ["azure-native:storage:ObjectReplicationPolicy", "EUR-AZ-006", "destinationAccount", { destinationAccount: "dr", sourceAccount: "src" }],
            ["azure-native:storage:ObjectReplicationPolicy", "EUR-AZ-007", "sourceAccount", { destinationAccount: "dr", sourceAccount: "src" }],
        ];
        for (const [type, id, path, props] of cases) {
            it(`${type} \`${path}\`: unresolved in the stack, or resolved outside the EU, cites ${id}`, () => {
                const r: TestResource = { type, name: "copy", props: { resourceGroupName: "rg", ...props }, provider: azureProvider };
                const unresolved = checkStack(policy, [r]).violations.filter((m) => m.includes(`\`${path}\``));
                assert.equal(unresolved.length, 1, unresolved.join("\n"));
                assert.match(unresolved[0], new RegExp(`cannot be resolved to a resource in this stack.*\\[${id}\\]$`));
                const target = type.endsWith("FailoverGroup")
                    ? { type: "azure-native:sql:Server", name: "dr", props: { serverName: "dr", resourceGroupName: "rg", location: "eastus" } }
                    : { type: "azure-native:storage:StorageAccount", name: path === "destinationAccount" ? "dr" : "src", props: { accountName: path === "destinationAccount" ? "dr" : "src", resourceGroupName: "rg", location: "eastus" } };
                const outside = checkStack(policy, [r, { ...target, urn: urn(target.type, target.name), provider: azureProvider }]).violations.filter((m) => m.includes(`\`${path}\``));
                assert.equal(outside.length, 1, outside.join("\n"));
                assert.match(outside[0], new RegExp(`"eastus".*\\[${id}\\]$`));
            });
        }
    });

    it("every EUR id is unique across the adapters' replicaSpecs and the stack rows", () => {
        const dir = path.resolve(__dirname, "../../../../policies/src/facts/adapters");
        const specIds = ["aws", "aws-native", "azure", "azure-classic", "gcp"].flatMap((f) =>
            [...fs.readFileSync(path.join(dir, `${f}.ts`), "utf8").matchAll(/id: "(EUR-[A-Z]+-\d{3})"/g)].map((m) => m[1]));
        const stackIds = [...Object.values(s3ReplicationRows), ...Object.values(rdsSourceRows), ...Object.values(azureReferenceRows).flat()].map((r) => r.id);
        assert.deepEqual(stackIds, ["EUR-AWS-021", "EUR-AWS-022", "EUR-AWS-023", "EUR-AWS-024", "EUR-AWS-025", "EUR-AZ-005", "EUR-AZ-006", "EUR-AZ-007"]);
        const ids = [...specIds, ...stackIds];
        assert.equal(new Set(ids).size, ids.length, "no id twice");
    });
});
