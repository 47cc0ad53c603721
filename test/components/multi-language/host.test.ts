// The component package served as Pulumi serves it, offline: the provider host started as a process
// (run-plugin on components/, as `pulumi package add` and the engine do), GetSchema and Construct
// over gRPC, Construct's registrations answered by a mock resource monitor.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { componentsDir, construct, getSchema, MockMonitor, outputValue, startHost, type Host } from "./host";

const token = (name: string): string => `eu-sovereignty-components:index:${name}`;

describe("component package: the provider host over gRPC", function () {
    let monitor: MockMonitor;
    let host: Host;

    before(async () => {
        monitor = new MockMonitor();
        await monitor.start();
        host = await startHost(monitor.address);
    });

    after(async () => {
        await host?.stop();
        await monitor?.stop();
    });

    it("GetSchema returns every component with its inputs, as committed in components/schema.json", async () => {
        const schema = await getSchema(host);
        const committed = JSON.parse(fs.readFileSync(path.join(componentsDir, "schema.json"), "utf8")) as unknown;
        assert.deepStrictEqual(schema, committed);
        const resources = schema.resources as Record<string, { isComponent?: boolean; inputProperties: Record<string, Record<string, unknown>>; requiredInputs?: string[] }>;
        for (const name of ["AwsSovereignBucket", "AwsSovereignKey", "AwsRegionGuardrail", "AzureSovereignStorageAccount", "GcpSovereignBucket", "GcpLocationGuardrail"]) {
            assert.strictEqual(resources[token(name)]?.isComponent, true, name);
        }
        const bucket = resources[token("AwsSovereignBucket")].inputProperties;
        assert.deepStrictEqual(bucket.region, { type: "string", optional: true, plain: true, description: "The bucket's region. Default: the stack's `aws:region`." });
        assert.strictEqual(bucket.key.$ref, `#/types/${token("AwsKeyReference")}`);
        assert.deepStrictEqual(bucket.allowedLocations.items, { type: "string", plain: true });
        assert.deepStrictEqual(resources[token("AzureSovereignPostgres")].requiredInputs?.sort(), ["administratorLogin", "administratorLoginPassword", "resourceGroupName"]);
    });

    it("Construct of a compliant bucket returns its URN and outputs, its resources registered under it", async () => {
        const made = await construct(host, monitor, token("AwsSovereignBucket"), "logs", { region: "eu-central-1", bucketName: "sovereign-logs" });
        assert.strictEqual(made.urn, `urn:pulumi:dev::proj::${token("AwsSovereignBucket")}::logs`);
        assert.strictEqual(made.state.region, "eu-central-1");
        assert.strictEqual(made.state.bucketName, "sovereign-logs");
        // The key the component created beside the bucket (the mock answers `arn:mock:<name>`).
        assert.strictEqual(made.state.keyArn, "arn:mock:logs-key");
        const children = monitor.childrenOf(made.urn);
        const s3 = children.find((r) => r.type === "aws:s3/bucket:Bucket");
        assert.strictEqual(s3?.inputs.region, "eu-central-1");
        assert.strictEqual(s3?.inputs.bucket, "sovereign-logs");
        const sse = children.find((r) => r.type === "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration");
        assert.deepStrictEqual((sse?.inputs.rules as { applyServerSideEncryptionByDefault: unknown }[])[0].applyServerSideEncryptionByDefault,
            { sseAlgorithm: "aws:kms", kmsMasterKeyId: "arn:mock:logs-key" });
    });

    it("Construct takes a key reference whose ARN is another resource's output, and creates no key of its own", async () => {
        const keyUrn = "urn:pulumi:dev::proj::eu-sovereignty-components:index:AwsSovereignKey::shared";
        const arn = "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        const made = await construct(host, monitor, token("AwsSovereignBucket"), "shared-logs",
            { region: "eu-central-1", key: { arn: outputValue(arn, keyUrn), region: "eu-central-1" } }, {}, { key: [keyUrn] });
        assert.strictEqual(made.state.keyArn, arn);
        const children = monitor.childrenOf(made.urn);
        assert.deepStrictEqual(children.filter((r) => r.type.startsWith("aws:kms")), []);
        const sse = children.find((r) => r.type === "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration");
        assert.strictEqual((sse?.inputs.rules as { applyServerSideEncryptionByDefault: { kmsMasterKeyId: unknown } }[])[0].applyServerSideEncryptionByDefault.kmsMasterKeyId, arn);
    });

    it("Construct takes the region from the stack config the engine passes, as a program would", async () => {
        const made = await construct(host, monitor, token("AwsSovereignKey"), "payments", {}, { "aws:region": "eu-west-1" });
        assert.strictEqual(made.state.region, "eu-west-1");
        assert.strictEqual(made.state.arn, "arn:mock:payments");
    });

    it("Construct of a bucket outside the EU fails with the component's error and registers nothing", async () => {
        await assert.rejects(
            construct(host, monitor, token("AwsSovereignBucket"), "us-logs", { region: "us-east-1" }),
            (e: Error) => {
                assert.match(e.message, /SovereignBucket "us-logs": region "us-east-1" is not an allowed location; allowed: eu-central-1, /);
                return true;
            },
        );
        // Not even the package component: the TypeScript component's checks ran before it registered.
        assert.deepStrictEqual(monitor.registrations.filter((r) => r.name.startsWith("us-logs")), []);
    });

    it("Construct of a key ring with a non-EU location fails the same way, whatever the cloud", async () => {
        await assert.rejects(
            construct(host, monitor, token("GcpSovereignKeyRing"), "ring", { location: "us-central1" }),
            /SovereignKeyRing "ring": location "us-central1" is not an allowed location/,
        );
        assert.deepStrictEqual(monitor.registrations.filter((r) => r.name.startsWith("ring")), []);
    });
});
