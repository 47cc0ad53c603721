// Presets, exemptions and the governance policies through the analyzer protocol: the real pack in
// a child process, configured as the Pulumi CLI configures it, analysing each resource and the stack.
import { strict as assert } from "assert";
import type { ResourceSpec } from "../../../src/engine/resources";
import type { Diagnostic, Report } from "../../../src/engine/types";
import { EU_PACK, flaggedBy, resourceNamed, useSession, violationOf, withProviders } from "../../helpers/packs";

const TODAY = "2026-03-01";

// Providers named as a program would name them; the engine analyzes each provider as a resource too.
const aws = (region: string, name = "default_7_48_0") => ({ type: "aws", name, props: { region } });
const azure = { type: "azure-native", name: "default_3_28_0", props: {} };

const resources: ResourceSpec[] = [
    // open-data-formats (and provider-jurisdiction: AWS)
    { type: "aws:dynamodb/table:Table", name: "orders", props: { hashKey: "id" }, provider: aws("eu-west-1") },
    { type: "aws:dynamodb/table:Table", name: "events", props: { hashKey: "id" }, provider: aws("eu-west-1") },
    // encryption-in-transit, per resource
    { type: "azure-native:storage:StorageAccount", name: "files", props: { location: "westeurope", minimumTlsVersion: "TLS1_0", enableHttpsTrafficOnly: true }, provider: azure },
    // encryption-in-transit, stack check: no bucket policy denying plain HTTP
    { type: "aws:s3/bucket:Bucket", name: "logs", props: { bucket: "logs-1" }, provider: aws("eu-west-1") },
    // eu-data-residency
    { type: "aws:sqs/queue:Queue", name: "faraway", props: {}, provider: aws("us-east-1", "us_east") },
    // provider-jurisdiction passes: sovereign partition, EU-native provider
    { type: "aws:sqs/queue:Queue", name: "sovereign", props: {}, provider: aws("eusc-de-east-1", "eusc") },
    { type: "hcloud:index/server:Server", name: "web", props: { location: "fsn1", serverType: "cx22", image: "debian-12" }, provider: { type: "hcloud", props: {} } },
];

const waiver = (extra: Record<string, unknown>) => ({ reason: "SEC-42: migrating to PostgreSQL in Q3", expires: "2026-06-30", ...extra });

function of(report: Report, name: string, policy: string): Diagnostic[] {
    return resourceNamed(report, name).diagnostics.filter((d) => d.policyName === policy);
}

describe("governance through the analyzer protocol", function () {
    this.timeout(120_000);
    let saved: string | undefined;
    before(() => {
        saved = process.env.EU_SOVEREIGNTY_TODAY;
        process.env.EU_SOVEREIGNTY_TODAY = TODAY;
    });
    after(() => {
        if (saved === undefined) delete process.env.EU_SOVEREIGNTY_TODAY;
        else process.env.EU_SOVEREIGNTY_TODAY = saved;
    });
    const session = useSession({ packDir: EU_PACK });
    const run = async (opts: { preset?: string; config?: Record<string, unknown> }) => {
        await session().configure(opts);
        return session().analyze(withProviders(resources));
    };

    describe("the new policies at their default levels", () => {
        let report: Report;
        before(async () => {
            report = await run({});
        });
        it("open-data-formats flags DynamoDB as an advisory, naming the open alternative", () => {
            const [d] = of(report, "orders", "open-data-formats");
            assert.equal(d.enforcementLevel, "advisory");
            assert.equal(d.severity, "medium");
            assert.match(violationOf(d), /Amazon DynamoDB keeps data behind a proprietary API or format.*PostgreSQL/);
        });
        it("encryption-in-transit flags TLS 1.0 on a storage account, and a bucket without a TLS-only policy (stack check)", () => {
            const [d] = of(report, "files", "encryption-in-transit");
            assert.equal(d.enforcementLevel, "advisory");
            assert.match(violationOf(d), /`minimumTlsVersion` is "TLS1_0"/);
            const [b] = of(report, "logs", "encryption-in-transit");
            assert.equal(b.phase, "analyze-stack");
            assert.match(violationOf(b), /aws:SecureTransport/);
        });
        it("provider-jurisdiction flags the AWS and Azure providers once each as advisories, not the sovereign partition or Hetzner", () => {
            assert.deepEqual(flaggedBy(report, "provider-jurisdiction", "advisory"), ["default_3_28_0", "default_7_48_0", "us_east"]);
            assert.deepEqual(flaggedBy(report, "provider-jurisdiction", "mandatory"), []);
        });
        it("eu-data-residency stays mandatory", () => {
            assert.deepEqual(flaggedBy(report, "eu-data-residency", "mandatory"), ["faraway"]);
        });
        it("the pack reports its declared levels", () => {
            const levels = Object.fromEntries(session().pack.policies.map((p) => [p.name, p.enforcementLevel]));
            assert.equal(levels["open-data-formats"], "advisory");
            assert.equal(levels["provider-jurisdiction"], "advisory");
            assert.equal(levels["exempted-violations"], "advisory");
        });
    });

    describe("presets", () => {
        it("audit: everything advisory, provider-jurisdiction off, nothing fails", async () => {
            const report = await run({ preset: "audit" });
            assert.deepEqual(flaggedBy(report, "eu-data-residency", "advisory"), ["faraway"]);
            assert.deepEqual(flaggedBy(report, "provider-jurisdiction"), []);
            assert.equal(report.summary.mandatory, 0);
            assert.ok(report.summary.advisory > 0);
            assert.ok(report.resources.every((r) => r.verdict !== "fail"));
        });
        it("strict: open formats, encryption in transit and key custody mandatory; provider-jurisdiction advisory", async () => {
            const report = await run({ preset: "strict" });
            assert.deepEqual(flaggedBy(report, "open-data-formats", "mandatory"), ["events", "orders"]);
            assert.deepEqual(flaggedBy(report, "encryption-in-transit", "mandatory"), ["files", "logs"]);
            assert.deepEqual(flaggedBy(report, "provider-jurisdiction", "mandatory"), []);
            assert.ok(flaggedBy(report, "provider-jurisdiction", "advisory").includes("default_7_48_0"));
            assert.equal(resourceNamed(report, "orders").verdict, "fail");
            const levels = Object.fromEntries(session().pack.policies.map((p) => [p.name, p.enforcementLevel]));
            assert.equal(levels["external-key-custody"], "mandatory");
        });
        it("sovereign: provider-jurisdiction mandatory, per resource; the sovereign partition and EU-native providers pass", async () => {
            const report = await run({ preset: "sovereign" });
            assert.deepEqual(flaggedBy(report, "provider-jurisdiction", "mandatory"), ["events", "faraway", "files", "logs", "orders"]);
            assert.deepEqual(of(report, "sovereign", "provider-jurisdiction"), []);
            assert.deepEqual(of(report, "web", "provider-jurisdiction"), []);
        });
    });

    describe("exemptions", () => {
        const strictWith = (policy: string, ...exemptions: unknown[]) => run({ preset: "strict", config: { [policy]: { exemptions } } });

        it("a matching exemption (name glob) turns the violation into an exempted-violations advisory with the reason", async () => {
            const report = await strictWith("open-data-formats", waiver({ name: "ord*" }));
            assert.deepEqual(of(report, "orders", "open-data-formats"), []);
            const [d, ...rest] = of(report, "orders", "exempted-violations");
            assert.equal(rest.length, 0);
            assert.equal(d.enforcementLevel, "advisory");
            assert.match(violationOf(d), /^\[exempted from open-data-formats until 2026-06-30: SEC-42: migrating to PostgreSQL in Q3\] aws:dynamodb\/table:Table "orders": Amazon DynamoDB/);
        });
        it("does not touch resources it does not match, nor other policies", async () => {
            const report = await strictWith("open-data-formats", waiver({ name: "ord*" }));
            assert.equal(of(report, "events", "open-data-formats")[0]?.enforcementLevel, "mandatory");
            assert.equal(of(report, "default_7_48_0", "provider-jurisdiction").length, 1, "provider-jurisdiction is not exempted");
        });
        it("matches by URN glob and by type glob", async () => {
            for (const matcher of [{ urn: "urn:pulumi:*::*::aws:dynamodb/table:Table::events" }, { type: "aws:dynamodb/*" }]) {
                const report = await strictWith("open-data-formats", waiver(matcher));
                const exempted = flaggedBy(report, "exempted-violations", "advisory");
                assert.ok(exempted.includes("events"), JSON.stringify(matcher));
                assert.deepEqual(of(report, "events", "open-data-formats"), [], JSON.stringify(matcher));
            }
        });
        it("a non-matching exemption changes nothing", async () => {
            const report = await strictWith("open-data-formats", waiver({ name: "orders", type: "aws:s3/*" }));
            assert.deepEqual(flaggedBy(report, "open-data-formats", "mandatory"), ["events", "orders"]);
            assert.deepEqual(flaggedBy(report, "exempted-violations"), []);
        });
        it("an expired exemption no longer applies: the policy enforces and says it expired and when", async () => {
            const report = await strictWith("open-data-formats", waiver({ name: "orders", expires: "2026-02-01" }));
            const [d] = of(report, "orders", "open-data-formats");
            assert.equal(d.enforcementLevel, "mandatory");
            assert.match(violationOf(d), /Exemption #1 for this resource expired on 2026-02-01 and no longer applies; its reason was: SEC-42/);
            assert.deepEqual(flaggedBy(report, "exempted-violations"), []);
        });
        it("exempts a stack-level finding, reported against the resource it names", async () => {
            const report = await strictWith("encryption-in-transit", waiver({ name: "logs", reason: "public website bucket behind CloudFront" }));
            assert.deepEqual(of(report, "logs", "encryption-in-transit"), []);
            const [d] = of(report, "logs", "exempted-violations");
            assert.equal(d.enforcementLevel, "advisory");
            assert.equal(d.phase, "analyze-stack");
            assert.match(violationOf(d), /^\[exempted from encryption-in-transit until 2026-06-30: public website bucket behind CloudFront\]/);
            assert.equal(of(report, "files", "encryption-in-transit")[0]?.enforcementLevel, "mandatory");
        });
        it("the same waiver repeated under two policies exempts both", async () => {
            const w = waiver({ name: "orders" });
            const report = await run({ preset: "sovereign", config: { "open-data-formats": { exemptions: [w] }, "provider-jurisdiction": { exemptions: [w] } } });
            const exempted = of(report, "orders", "exempted-violations").map((d) => violationOf(d).replace(/ until.*/, ""));
            assert.deepEqual(exempted.sort(), ["[exempted from open-data-formats", "[exempted from provider-jurisdiction"]);
            assert.deepEqual(of(report, "orders", "open-data-formats"), []);
            assert.deepEqual(of(report, "orders", "provider-jurisdiction"), []);
        });
        describe("malformed exemptions are rejected by config validation", () => {
            const cases: [string, unknown][] = [
                ["no matcher", { reason: "r", expires: "2026-06-30" }],
                ["missing reason", { name: "orders", expires: "2026-06-30" }],
                ["empty reason", { name: "orders", reason: "", expires: "2026-06-30" }],
                ["bad date", { name: "orders", reason: "r", expires: "30/06/2026" }],
                ["date-time without time zone", { name: "orders", reason: "r", expires: "2026-06-30T12:00:00" }],
                ["unknown field", { name: "orders", reason: "r", expires: "2026-06-30", approvedBy: "me" }],
            ];
            for (const [what, entry] of cases) {
                it(what, async () => {
                    await assert.rejects(session().configure({ config: { "open-data-formats": { exemptions: [entry] } } }),
                        /invalid config for policy "open-data-formats".*exemptions/);
                });
            }
            it("and the session keeps its previous, valid configuration", async () => {
                await session().configure({ preset: "strict" });
                await assert.rejects(session().configure({ config: { "open-data-formats": { exemptions: [{ name: "x" }] } } }));
                const report = await session().analyze(resources);
                assert.deepEqual(flaggedBy(report, "open-data-formats", "mandatory"), ["events", "orders"]);
            });
        });
    });
});
