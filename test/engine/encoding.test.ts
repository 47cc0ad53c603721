// What the pack receives, byte for byte: the echo pack reports the Struct each call carried and
// what the SDK made of it, so these tests see secrets, unknowns, providers, options, parents and
// dependencies as a policy does under the real CLI.
import * as assert from "assert";
import * as path from "path";
import { checkProgram } from "../../src/engine/program/check";
import type { Report, ResourceReport } from "../../src/engine/types";
import { SECRET_SIG, SIG_KEY, UNKNOWN_SENTINEL, secret, unknown } from "../../src/engine/values";
import { ROOT, fixturePack, resourceNamed, useSession, violationOf } from "../helpers/packs";

interface Echo {
    type: string;
    name: string;
    urn: string;
    raw: Record<string, unknown>;
    seen: Record<string, unknown>;
    provider?: { type: string; name: string; urn: string; raw: Record<string, unknown> };
    opts: Record<string, unknown>;
    config: Record<string, unknown>;
}
interface StackEcho {
    urn: string;
    name: string;
    parent?: string;
    dependencies: string[];
    propertyDependencies: Record<string, string[]>;
    provider?: { urn: string; name: string; props: Record<string, unknown> };
    props: Record<string, unknown>;
}

const wireSecret = (value: unknown) => ({ [SIG_KEY]: SECRET_SIG, value });

function echoOf(r: ResourceReport): Echo {
    const d = r.diagnostics.find((x) => x.policyName === "echo");
    assert.ok(d, `no echo for ${r.name}`);
    return JSON.parse(violationOf(d)) as Echo;
}

function stackEcho(report: Report): Map<string, StackEcho> {
    const d = report.stackDiagnostics.find((x) => x.policyName === "echo-stack");
    assert.ok(d, "no stack echo");
    return new Map((JSON.parse(violationOf(d)) as StackEcho[]).map((e) => [e.name, e]));
}

describe("what the pack receives", function () {
    this.timeout(120_000);
    const session = useSession({ packDir: fixturePack("echo"), config: { echo: { label: "configured" } } });

    it("gets properties as a Struct with Pulumi's secret and unknown encodings", async () => {
        const report = await session().analyze([{
            type: "aws:s3/bucket:Bucket",
            name: "b",
            props: { pw: secret("hunter2"), arn: unknown, nested: { list: [secret(1), unknown, null] }, __defaults: ["bucket"], region: "eu-west-1" },
            provider: { type: "aws", name: "eu", props: { region: "eu-west-1", token: secret("t0ken") } },
            options: { protect: true, ignoreChanges: ["tags"], aliases: ["urn:pulumi:dev::project::aws:s3/bucket:Bucket::old"] },
        }]);
        const echo = echoOf(report.resources[0]);
        assert.deepStrictEqual(echo.raw, {
            pw: wireSecret("hunter2"),
            arn: UNKNOWN_SENTINEL,
            nested: { list: [wireSecret(1), UNKNOWN_SENTINEL, null] },
            region: "eu-west-1",
        });
        // The SDK hands policies the plain value of secrets; unknowns stay sentinels until read.
        assert.deepStrictEqual(echo.seen, { pw: "hunter2", arn: UNKNOWN_SENTINEL, nested: { list: [1, UNKNOWN_SENTINEL, null] }, region: "eu-west-1" });
        assert.deepStrictEqual(echo.provider, {
            type: "pulumi:providers:aws", name: "eu", urn: "urn:pulumi:dev::project::pulumi:providers:aws::eu",
            raw: { region: "eu-west-1", token: wireSecret("t0ken") },
        });
        assert.deepStrictEqual(echo.opts, {
            protect: true, ignoreChanges: ["tags"], aliases: ["urn:pulumi:dev::project::aws:s3/bucket:Bucket::old"],
            customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 }, additionalSecretOutputs: [],
        });
        // Configure carried the policy's properties.
        assert.deepStrictEqual(echo.config, { label: "configured" });
    });

    it("lets the SDK handle a policy reading an unknown value, as in a preview", async () => {
        const report = await session().analyze([{ type: "t:i:R", name: "u", props: { probe: unknown } }, { type: "t:i:R", name: "k", props: { probe: "known" } }]);
        const probeOf = (name: string) => resourceNamed(report, name).diagnostics.find((d) => d.policyName === "probe");
        assert.strictEqual(probeOf("u")?.enforcementLevel, "advisory");
        assert.match(probeOf("u")?.message ?? "", /^can't run policy 'probe' from policy pack 'echo@v0\.0\.1' during preview: /);
        assert.strictEqual(violationOf(probeOf("k")!), 'probe="known"');
    });

    it("gives stack policies parents, dependencies, property dependencies and providers", async () => {
        const parent = "urn:pulumi:dev::project::my:index:Group::g";
        const report = await session().analyze([
            { type: "my:index:Group", name: "g", custom: false },
            { type: "t:i:Key", name: "key", parent },
            { type: "t:i:Bucket", name: "bucket", props: { kmsKey: unknown }, outputs: { kmsKey: unknown, arn: "arn:b" },
                dependencies: ["urn:pulumi:dev::project::my:index:Group$t:i:Key::key"],
                propertyDependencies: { kmsKey: ["urn:pulumi:dev::project::my:index:Group$t:i:Key::key"], empty: [] },
                provider: { type: "t", props: { region: "eu" } } },
        ]);
        assert.strictEqual(resourceNamed(report, "key").urn, "urn:pulumi:dev::project::my:index:Group$t:i:Key::key");
        const stack = stackEcho(report);
        assert.strictEqual(stack.get("key")?.parent, parent);
        assert.deepStrictEqual(stack.get("bucket"), {
            urn: "urn:pulumi:dev::project::t:i:Bucket::bucket",
            type: "t:i:Bucket",
            name: "bucket",
            dependencies: ["urn:pulumi:dev::project::my:index:Group$t:i:Key::key"],
            propertyDependencies: { kmsKey: ["urn:pulumi:dev::project::my:index:Group$t:i:Key::key"] },
            provider: { urn: "urn:pulumi:dev::project::pulumi:providers:t::default", type: "pulumi:providers:t", name: "default", props: { region: "eu" } },
            // AnalyzeStack sees final states: the outputs.
            props: { kmsKey: UNKNOWN_SENTINEL, arn: "arn:b" },
        });
    });

    it("remediates through Remediate and analyzes the result, secrets intact", async () => {
        await session().configure({ config: { "echo-remediate": "remediate" } });
        try {
            const report = await session().analyze([{ type: "t:i:R", name: "r", props: { pw: secret("s"), __defaults: [] } }]);
            const r = report.resources[0];
            assert.deepStrictEqual(r.remediations.map((m) => [m.policyName, m.properties]), [["echo-remediate", { pw: "s", __defaults: [], remediatedBy: "echo" }]]);
            assert.deepStrictEqual(echoOf(r).raw, { pw: wireSecret("s"), remediatedBy: "echo" });
        } finally {
            await session().configure({ config: { echo: { label: "configured" } } });
        }
    });

    describe("from a program run offline", () => {
        let report: Report;
        before(async function () {
            this.timeout(120_000);
            report = await checkProgram(path.join(ROOT, "test", "fixtures", "programs", "wiring"), { session: session() });
        });
        const urn = (t: string, n: string) => `urn:pulumi:dev::wiring::${t}::${n}`;
        const stackUrn = urn("pulumi:pulumi:Stack", "wiring-dev");

        it("registers the stack, components, providers and custom resources with engine URNs", () => {
            assert.deepStrictEqual(report.resources.map((r) => r.urn).sort(), [
                urn("pulumi:providers:test", "default"),
                urn("pulumi:providers:test", "default_1_2_3"),
                urn("pulumi:providers:test", "eu"),
                stackUrn,
                urn("test:index:Group", "group"),
                urn("test:index:Group$test:index:Thing", "group-child"),
                urn("test:index:Thing", "first"),
                urn("test:index:Thing", "second"),
                urn("test:index:Thing", "versioned"),
            ].sort());
            assert.strictEqual(resourceNamed(report, "group-child").parent, urn("test:index:Group", "group"));
            assert.strictEqual(resourceNamed(report, "first").parent, stackUrn);
            assert.strictEqual(resourceNamed(report, "default").parent, undefined);
            assert.deepStrictEqual(report.source, {
                kind: "program", path: path.join(ROOT, "test", "fixtures", "programs", "wiring"),
                file: path.join(ROOT, "test", "fixtures", "programs", "wiring", "index.ts"), project: "wiring", stack: "dev",
            });
        });

        it("sends secrets (pulumi.secret and secure config) and unknowns (outputs not known at preview)", () => {
            const first = echoOf(resourceNamed(report, "first"));
            assert.deepStrictEqual(first.raw, {
                region: "us-east-1",
                password: wireSecret("hunter2"),
                // A secure value cannot be decrypted offline: its ciphertext stands in, still secret.
                apiKey: wireSecret("v1:a2V5bm9uY2U=:a2V5Y2lwaGVy"),
                label: "hello",
                greeting: "hi",
                fromProject: "project-default",
            });
            assert.deepStrictEqual(echoOf(resourceNamed(report, "second")).raw, { sourceArn: UNKNOWN_SENTINEL, size: 2 });
        });

        it("makes default providers from the stack config, named by version as the engine does", () => {
            const first = echoOf(resourceNamed(report, "first"));
            assert.deepStrictEqual(first.provider, {
                type: "pulumi:providers:test", name: "default", urn: urn("pulumi:providers:test", "default"),
                raw: { region: "eu-west-1", token: wireSecret("v1:bm9uY2U=:Y2lwaGVydGV4dA=="), settings: { retries: 3 } },
            });
            assert.deepStrictEqual(echoOf(resourceNamed(report, "versioned")).provider?.raw, {
                region: "eu-west-1", token: wireSecret("v1:bm9uY2U=:Y2lwaGVydGV4dA=="), settings: { retries: 3 }, version: "1.2.3",
            });
            // The provider resources go through the pack too.
            assert.strictEqual(echoOf(resourceNamed(report, "default_1_2_3")).type, "pulumi:providers:test");
        });

        it("keeps explicit providers, options, dependencies and property dependencies", () => {
            const second = echoOf(resourceNamed(report, "second"));
            assert.deepStrictEqual(second.provider, { type: "pulumi:providers:test", name: "eu", urn: urn("pulumi:providers:test", "eu"), raw: { region: "eu-central-1" } });
            assert.strictEqual(second.opts.protect, true);
            assert.strictEqual(second.opts.parent, stackUrn);
            const stack = stackEcho(report).get("second");
            assert.deepStrictEqual(stack?.dependencies, [urn("test:index:Thing", "first")]);
            assert.deepStrictEqual(stack?.propertyDependencies, { sourceArn: [urn("test:index:Thing", "first")] });
        });

        it("gives AnalyzeStack the stack's and components' registered outputs", () => {
            const stack = stackEcho(report);
            assert.deepStrictEqual(stack.get("wiring-dev")?.props, { secondUrn: urn("test:index:Thing", "second") });
            assert.deepStrictEqual(stack.get("group")?.props, { childUrn: urn("test:index:Group$test:index:Thing", "group-child") });
        });

        it("locates each resource in the program", () => {
            const file = path.join(ROOT, "test", "fixtures", "programs", "wiring", "index.ts");
            assert.deepStrictEqual(resourceNamed(report, "first").source, { file, line: 30, column: 15 });
            assert.strictEqual(resourceNamed(report, "group-child").source?.line, 22);
            assert.strictEqual(resourceNamed(report, "wiring-dev").source, undefined);
        });
    });
});
