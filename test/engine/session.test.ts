// A pack session end to end: verdicts, configuration as the CLI does it, remediation, stack
// policies, and analyzer errors.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputError, PackError } from "../../src/engine/errors";
import { runPack } from "../../src/engine/run-pack";
import { listPresets } from "../../src/engine/session";
import { flaggedBy, fixturePack, resourceNamed, useSession, violationOf } from "../helpers/packs";

const usEast = { type: "aws", props: { region: "us-east-1" } };
const euWest = { type: "aws", props: { region: "eu-west-1" } };

describe("pack session (regions pack)", function () {
    this.timeout(60_000);
    const session = useSession({ packDir: fixturePack("regions") });
    afterEach(async () => {
        await session().configure({});
    });

    it("reports each resource's violations, with levels, severity and counts", async () => {
        const report = await session().analyze([
            { type: "aws:s3/bucket:Bucket", name: "own-region", props: { region: "us-east-1", tags: { team: "x" } } },
            { type: "aws:s3/bucket:Bucket", name: "provider-region", provider: usEast },
            { type: "aws:s3/bucket:Bucket", name: "fine", provider: euWest, props: { tags: { owner: "me" } } },
        ]);
        const own = resourceNamed(report, "own-region");
        assert.deepStrictEqual(own.diagnostics.map((d) => [d.policyName, d.enforcementLevel, d.severity, violationOf(d)]), [
            ["forbidden-region", "mandatory", "high", "region us-east-1 is forbidden"],
            ["owner-tag", "advisory", "low", "tags have no owner"],
        ]);
        assert.strictEqual(own.verdict, "fail");
        assert.deepStrictEqual(resourceNamed(report, "provider-region").provider, {
            urn: "urn:pulumi:dev::project::pulumi:providers:aws::default", type: "pulumi:providers:aws", name: "default",
        });
        assert.strictEqual(resourceNamed(report, "fine").verdict, "pass");
        assert.deepStrictEqual(report.summary, { resources: 3, mandatory: 2, advisory: 1, remediations: 0, errors: 0, failing: 2, erroring: 0, warning: 0, passing: 1 });
        assert.strictEqual(report.pack.name, "regions");
        assert.strictEqual(report.source.kind, "resources");
    });

    it("passes dependencies and property dependencies to stack policies", async () => {
        const report = await session().analyze([
            { type: "aws:s3/bucket:Bucket", name: "source", props: { region: "us-east-1" } },
            { type: "aws:s3/bucketPolicy:BucketPolicy", name: "by-dependency", dependencies: ["urn:pulumi:dev::project::aws:s3/bucket:Bucket::source"] },
            { type: "aws:s3/bucketPolicy:BucketPolicy", name: "by-property", propertyDependencies: { bucket: ["urn:pulumi:dev::project::aws:s3/bucket:Bucket::source"] } },
            { type: "aws:s3/bucketPolicy:BucketPolicy", name: "unrelated" },
        ]);
        assert.deepStrictEqual(flaggedBy(report, "dependency-region"), ["by-dependency", "by-property"]);
        const d = resourceNamed(report, "by-property").diagnostics[0];
        assert.strictEqual(d.phase, "analyze-stack");
        assert.strictEqual(violationOf(d), "by-property depends on source in us-east-1");
    });

    it("applies a config object: levels, the shorthand, properties validated by the pack's schema", async () => {
        const info = await session().configure({ config: { "owner-tag": "disabled", "forbidden-region": { regions: ["eu-west-1"] } } });
        assert.strictEqual(info.policies.find((p) => p.name === "owner-tag")?.enforcementLevel, "disabled");
        assert.deepStrictEqual(info.config["forbidden-region"], { enforcementLevel: "mandatory", properties: { regions: ["eu-west-1"] } });
        const report = await session().analyze([
            { type: "t:i:R", name: "eu", props: { region: "eu-west-1", tags: {} } },
            { type: "t:i:R", name: "us", props: { region: "us-east-1", tags: {} } },
        ]);
        assert.deepStrictEqual(flaggedBy(report, "forbidden-region"), ["eu"]);
        assert.deepStrictEqual(flaggedBy(report, "owner-tag"), []);
    });

    it("keeps each report a snapshot: a later configure changes neither it nor an earlier PackInfo", async () => {
        const before = await session().configure({ config: { "owner-tag": "disabled" } });
        const report = await session().analyze([{ type: "t:i:R", name: "us", props: { region: "us-east-1" } }]);
        await session().configure({ config: { all: "advisory", "forbidden-region": { regions: ["eu-north-1"] } } });
        const level = (info: typeof before, name: string) => info.policies.find((p) => p.name === name)?.enforcementLevel;
        assert.strictEqual(level(report.pack, "forbidden-region"), "mandatory");
        assert.strictEqual(level(report.pack, "owner-tag"), "disabled");
        assert.deepStrictEqual(report.pack.config["forbidden-region"]?.properties, { regions: ["us-east-1"] });
        assert.strictEqual(level(before, "forbidden-region"), "mandatory");
        assert.strictEqual(level(session().pack, "forbidden-region"), "advisory");
    });

    it("accepts \"all\", and a config file on top of a preset", async () => {
        await session().configure({ config: { all: "advisory" } });
        let report = await session().analyze([{ type: "t:i:R", name: "us", props: { region: "us-east-1" } }]);
        assert.deepStrictEqual(report.resources[0].diagnostics.map((d) => d.enforcementLevel), ["advisory"]);
        assert.strictEqual(report.summary.mandatory, 0);

        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-"));
        const file = path.join(dir, "config.json");
        fs.writeFileSync(file, JSON.stringify({ "forbidden-region": { regions: ["us-west-2"] } }));
        await session().configure({ preset: "wide", config: file });
        report = await session().analyze([
            { type: "t:i:R", name: "east", props: { region: "us-east-1", tags: {} } },
            { type: "t:i:R", name: "west", props: { region: "us-west-2" } },
        ]);
        // The file replaced the preset's regions; the preset's level for owner-tag stayed.
        assert.deepStrictEqual(flaggedBy(report, "forbidden-region"), ["west"]);
        assert.deepStrictEqual(flaggedBy(report, "owner-tag", "mandatory"), ["east"]);
    });

    it("rejects bad config before Configure, naming the policy and the problem", async () => {
        await assert.rejects(session().configure({ config: { "forbidden-region": { regions: [] } } }),
            (e: Error) => e instanceof InputError && e.message === 'invalid config for policy "forbidden-region" (the policy pack config): regions must NOT have fewer than 1 items');
        await assert.rejects(session().configure({ config: { "forbidden-region": { maxFindings: "ten" } } }), /maxFindings must be integer/);
        await assert.rejects(session().configure({ config: { "no-such-policy": "advisory" } }), /configures policy "no-such-policy", which pack regions does not have \(its policies: default-owner, dependency-region, forbidden-region, owner-tag\)/);
        await assert.rejects(session().configure({ config: "/no/such/config.json" }), /^InputError: config file \/no\/such\/config.json does not exist$/);
        await assert.rejects(session().configure({ preset: "nope" }), (e: Error) => e.message === 'unknown preset "nope"; available presets: lenient, wide');
        assert.deepStrictEqual(listPresets(fixturePack("regions")), ["lenient", "wide"]);
    });

    it("remediates before analyzing when a policy is set to remediate", async () => {
        let report = await session().analyze([{ type: "t:i:R", name: "r", props: { tags: { team: "x" } } }]);
        assert.deepStrictEqual(report.resources[0].remediations, []);
        assert.deepStrictEqual(flaggedBy(report, "owner-tag"), ["r"]);

        await session().configure({ config: { "default-owner": "remediate" } });
        report = await session().analyze([{ type: "t:i:R", name: "r", props: { tags: { team: "x" } } }]);
        const r = report.resources[0];
        assert.deepStrictEqual(r.remediations.map((m) => [m.policyName, m.properties]), [["default-owner", { tags: { team: "x", owner: "platform-team" } }]]);
        // Analyze saw the remediated inputs.
        assert.deepStrictEqual(flaggedBy(report, "owner-tag"), []);
        assert.strictEqual(report.summary.remediations, 1);
    });
});

describe("pack session (a pack whose policies throw)", function () {
    this.timeout(60_000);
    const session = useSession({ packDir: fixturePack("throws") });

    it("turns a throwing policy into a per-resource analyzer error and goes on", async () => {
        const report = await session().analyze([
            { type: "t:i:R", name: "explode" },
            { type: "t:i:R", name: "flag" },
            { type: "t:i:R", name: "stack-explode" },
        ]);
        const exploded = resourceNamed(report, "explode");
        assert.strictEqual(exploded.verdict, "error");
        assert.strictEqual(exploded.errors.length, 1);
        const e = exploded.errors[0];
        assert.strictEqual(e.message, "policy 'explodes' threw: policy blew up on purpose");
        assert.strictEqual(e.policyName, "explodes");
        assert.strictEqual(e.phase, "analyze");
        assert.match(e.detail ?? "", /index\.js:\d+/); // the full text keeps the stack for debugging
        assert.strictEqual(resourceNamed(report, "flag").verdict, "fail");
        assert.deepStrictEqual(report.errors.map((x) => [x.phase, x.message]), [["analyze-stack", "policy 'stack-explodes' threw: stack policy blew up on purpose"]]);
        assert.strictEqual(report.summary.errors, 2);
    });

    it("fails the run with one line when the pack dies mid-analysis", async () => {
        await assert.rejects(session().analyze([{ type: "t:i:R", name: "die" }]), (e: Error) =>
            e instanceof PackError && /^policy pack stopped answering during analysis/.test(e.message) && !e.message.includes("\n"));
        await assert.rejects(session().analyze([{ type: "t:i:R", name: "after" }]), /policy pack stopped answering during analysis: the pack exited with code 3/);
    });
});

describe("runPack", function () {
    this.timeout(60_000);

    it("starts, analyzes and stops in one call, with stack names in URNs", async () => {
        const report = await runPack({
            packDir: fixturePack("regions"),
            stack: { project: "shop", stack: "prod" },
            config: { "owner-tag": "mandatory" },
            resources: [{ type: "t:i:R", name: "x", props: { tags: {} } }],
        });
        assert.strictEqual(report.resources[0].urn, "urn:pulumi:prod::shop::t:i:R::x");
        assert.deepStrictEqual(flaggedBy(report, "owner-tag", "mandatory"), ["x"]);
    });
});

describe("analysis phases", function () {
    this.timeout(60_000);
    const session = useSession({ packDir: fixturePack("regions") });

    it("can make only the per-resource calls or only AnalyzeStack (for benchmarks)", async () => {
        const resources = [
            { type: "t:i:R", name: "source", props: { region: "us-east-1" } },
            { type: "t:i:R", name: "user", dependencies: ["urn:pulumi:dev::project::t:i:R::source"] },
        ];
        const perResource = await session().analyze(resources, { phases: ["analyze"] });
        assert.deepStrictEqual(flaggedBy(perResource, "forbidden-region"), ["source"]);
        assert.deepStrictEqual(flaggedBy(perResource, "dependency-region"), []);
        const stackOnly = await session().analyze(resources, { phases: ["analyze-stack"] });
        assert.deepStrictEqual(flaggedBy(stackOnly, "forbidden-region"), []);
        assert.deepStrictEqual(flaggedBy(stackOnly, "dependency-region"), ["user"]);
    });
});
