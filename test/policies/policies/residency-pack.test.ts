// Residency and cross-border replication through the analyzer protocol: the real pack (built by
// `npm run build`) in a child process, as the Pulumi CLI runs it, with preview unknowns, secrets,
// property dependencies and policy config sent as the engine sends them.
import { strict as assert } from "assert";
import { makeUrn, secret, unknown, type ResourceSpec } from "../../../src";
import type { Diagnostic, Report } from "../../../src/engine/types";
import { EU_PACK, resourceNamed, useSession, violationOf } from "../../helpers/packs";

const aws = (region?: string) => ({ type: "aws", props: region === undefined ? {} : { region } });
const bucketType = "aws:s3/bucket:Bucket";
const urn = (type: string, name: string) => makeUrn("dev", "project", type, name);
const residency = "eu-data-residency";
const replication = "eu-cross-border-replication";

const resources: ResourceSpec[] = [
    { type: bucketType, name: "eu-bucket", props: { bucket: "eu-bucket" }, provider: aws("eu-central-1") },
    { type: bucketType, name: "us-bucket", props: { bucket: "us-bucket" }, provider: aws("us-east-1") },
    { type: bucketType, name: "no-region", props: { bucket: "no-region" }, provider: aws() },
    { type: bucketType, name: "region-at-preview", props: { bucket: "p", region: unknown }, provider: aws("eu-west-1") },
    { type: "gcp:storage/bucket:Bucket", name: "secret-location", props: { location: secret("EUR7") }, provider: { type: "gcp", props: {} } },
    { type: "azure-native:resources:ResourceGroup", name: "zurich", props: { location: "Switzerland North" }, provider: { type: "azure-native", props: {} } },
    { type: "hcloud:index/server:Server", name: "ashburn", props: { location: "ash", serverType: "cx22", image: "debian-12" }, provider: { type: "hcloud", props: {} } },
    // An S3 replication rule whose destination ARN is unknown at preview: tied to its bucket by dependencies.
    {
        type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig", name: "replicate-to-us", provider: aws("eu-central-1"),
        props: { bucket: "eu-bucket", role: "arn:aws:iam::1:role/r", rules: [{ status: "Enabled", destination: { bucket: unknown } }] },
        propertyDependencies: { bucket: [urn(bucketType, "eu-bucket")], rules: [urn(bucketType, "us-bucket")] },
    },
    { type: "aws:dynamodb/table:Table", name: "orders", props: { replicas: [{ regionName: "us-east-2" }] }, provider: aws("eu-west-1") },
];

function of(report: Report, name: string, policy: string): Diagnostic[] {
    return resourceNamed(report, name).diagnostics.filter((d) => d.policyName === policy);
}

describe("residency and replication through the analyzer protocol", function () {
    this.timeout(120_000);

    describe("default config", () => {
        const session = useSession({ packDir: EU_PACK });
        let report: Report;
        before(async () => {
            report = await session().analyze(resources);
        });

        it("passes an EU bucket and blocks a US one, naming the region and the fix", () => {
            assert.deepEqual(of(report, "eu-bucket", residency), []);
            const [d] = of(report, "us-bucket", residency);
            assert.equal(d.enforcementLevel, "mandatory");
            assert.match(violationOf(d), /"us-east-1"/);
            assert.match(violationOf(d), /Fix: /);
        });
        it("fails closed on a bucket whose provider has no region", () => {
            const [d] = of(report, "no-region", residency);
            assert.equal(d.enforcementLevel, "mandatory");
            assert.match(violationOf(d), /set `aws:region`/);
        });
        it("leaves a region unknown at preview to the SDK: an advisory, not a violation", () => {
            const [d] = of(report, "region-at-preview", residency);
            assert.equal(d.enforcementLevel, "advisory");
            assert.match(d.message, /can't run policy 'eu-data-residency'.*during preview/);
        });
        it("sees a secret location unwrapped, judges it, and names only the catalogued name", () => {
            const [d] = of(report, "secret-location", residency);
            assert.equal(d.enforcementLevel, "mandatory");
            assert.match(violationOf(d), /"eur7"/);
        });
        it("refuses Switzerland by default, and a Hetzner server in Ashburn", () => {
            assert.equal(of(report, "zurich", residency).length, 1);
            assert.equal(of(report, "ashburn", residency).length, 1);
        });
        it("resolves an S3 replication destination unknown at preview through property dependencies", () => {
            const [d] = of(report, "replicate-to-us", replication);
            assert.equal(d.enforcementLevel, "mandatory");
            assert.match(violationOf(d), /us-bucket/);
            assert.match(violationOf(d), /"us-east-1"/);
        });
        it("flags a DynamoDB replica outside the EU", () => {
            assert.match(violationOf(of(report, "orders", replication)[0]), /replicas\[0\]\.regionName/);
        });
    });

    describe("with additionalLocations", () => {
        const session = useSession({ packDir: EU_PACK, config: { [residency]: { additionalLocations: ["switzerlandnorth"] } } });
        it("allows what the config adds, and nothing else", async () => {
            const report = await session().analyze(resources.filter((r) => ["zurich", "us-bucket"].includes(r.name)));
            assert.deepEqual(of(report, "zurich", residency), []);
            assert.equal(of(report, "us-bucket", residency).length, 1);
        });
    });

    it("rejects a malformed location list before the pack runs", async () => {
        const { PackSession } = await import("../../../src/engine/session");
        await assert.rejects(PackSession.start({ packDir: EU_PACK, config: { [residency]: { allowedLocations: "westeurope" } } }), /eu-data-residency/);
    });
});
