// `audit` sends a policy what `pulumi policy analyze --file` sends it (AnalyzeSnapshot in pulumi's
// pkg/resource/deploy/analyze_snapshot.go), checked on a small hand-made export.
import * as assert from "assert";
import * as path from "path";
import { auditExport } from "../../../src/engine/export/audit";
import { readStackExport } from "../../../src/engine/export/stack-export";
import type { Report } from "../../../src/engine/types";
import { SECRET_SIG, SIG_KEY } from "../../../src/engine/values";
import { ROOT, fixturePack, resourceNamed, useSession, violationOf } from "../../helpers/packs";

const FILE = path.join(ROOT, "test", "fixtures", "exports", "analyze-parity.json");
const urn = (t: string, n: string) => `urn:pulumi:prod::shop::${t}::${n}`;
const wireSecret = (value: unknown) => ({ [SIG_KEY]: SECRET_SIG, value });

interface Echo {
    raw: Record<string, unknown>;
    seen: Record<string, unknown>;
    provider?: { urn: string; name: string; raw: Record<string, unknown> };
    opts: { protect: boolean; aliases: string[]; customTimeouts: { createSeconds: number; updateSeconds: number; deleteSeconds: number }; parent?: string };
}
interface StackEntry { urn: string; name: string; parent?: string; props: Record<string, unknown>; provider?: { urn: string }; dependencies: string[]; propertyDependencies: Record<string, string[]> }

const echoOf = (report: Report, name: string): Echo =>
    JSON.parse(violationOf(resourceNamed(report, name).diagnostics.find((d) => d.policyName === "echo" && d.phase === "analyze")!)) as Echo;
const stackOf = (report: Report): StackEntry[] =>
    JSON.parse(violationOf(report.stackDiagnostics.find((d) => d.policyName === "echo-stack")!)) as StackEntry[];

describe("audit matches pulumi policy analyze --file", function () {
    this.timeout(60_000);

    it("reads the resources the CLI analyzes: all but deleted ones, no pending operation", () => {
        const loaded = readStackExport(FILE);
        assert.deepStrictEqual(loaded.resources.map((r) => r.name), [
            "shop-prod", "default_7_48_0", "eu", "site", "orders", "imported-logs", "replacing", "orphan", "db-password",
        ]);
        assert.strictEqual(loaded.skipped, 2);
        assert.deepStrictEqual(loaded.pendingOperations, [{ urn: urn("aws:s3/bucket:Bucket", "half-made"), operation: "creating" }]);
        assert.strictEqual(loaded.encryptedSecrets, 3);
    });

    describe("through the echo pack", () => {
        const session = useSession({ packDir: fixturePack("echo"), config: { "echo-remediate": "remediate" } });
        let report: Report;
        before(async () => {
            report = await auditExport(FILE, { session: session() });
        });

        it("sends stored inputs to Analyze, even where a resource has none (read, component)", () => {
            assert.deepStrictEqual(echoOf(report, "imported-logs").raw, {});
            assert.deepStrictEqual(echoOf(report, "site").raw, {});
            assert.deepStrictEqual(echoOf(report, "replacing").raw, { bucket: "replacing" });
        });

        it("reports remediations without applying them, as the CLI does for state", () => {
            const orders = resourceNamed(report, "orders");
            assert.deepStrictEqual(orders.remediations.map((r) => r.policyName), ["echo-remediate"]);
            assert.deepStrictEqual(echoOf(report, "orders").raw, { bucket: "orders", tags: { owner: wireSecret("team-a") } });
            const stack = stackOf(report).find((r) => r.name === "orders");
            assert.deepStrictEqual(stack?.props, { bucket: "orders", region: "eu-central-1", tags: { owner: "team-a" } });
        });

        it("sends the provider the file holds (the live one of its URN), without internal keys, and none for a provider not in the file", () => {
            const orders = echoOf(report, "orders");
            assert.deepStrictEqual(orders.provider && { urn: orders.provider.urn, name: orders.provider.name, raw: orders.provider.raw },
                { urn: urn("pulumi:providers:aws", "eu"), name: "eu", raw: { region: "eu-central-1", version: "7.48.0" } });
            assert.deepStrictEqual(echoOf(report, "imported-logs").provider?.raw, { region: "us-east-1", version: "7.48.0" });
            assert.strictEqual(echoOf(report, "orphan").provider, undefined);
            assert.strictEqual(resourceNamed(report, "orphan").provider, undefined);
        });

        it("sends protect, aliases, custom timeouts and parent from the state", () => {
            const { opts } = echoOf(report, "orders");
            assert.strictEqual(opts.protect, true);
            assert.deepStrictEqual(opts.aliases, [urn("aws:s3/bucket:Bucket", "orders-old")]);
            assert.deepStrictEqual(opts.customTimeouts, { createSeconds: 300, updateSeconds: 0, deleteSeconds: 60 });
            assert.strictEqual(opts.parent, urn("shop:web:Site", "site"));
        });

        it("redacts undecryptable secrets to the secret \"[secret]\", as the CLI does offline", () => {
            const echo = echoOf(report, "db-password");
            assert.deepStrictEqual(echo.raw.secretString, wireSecret("[secret]"));
            assert.strictEqual(echo.seen.secretString, "[secret]");
            const stackRes = stackOf(report).find((r) => r.name === "shop-prod");
            assert.deepStrictEqual(stackRes?.props, { bucketName: "orders", dbPassword: "[secret]" });
        });

        it("sends outputs to AnalyzeStack, empty where a resource has none, with the state's links", () => {
            const stack = stackOf(report);
            assert.deepStrictEqual(stack.map((r) => r.name), readStackExport(FILE).resources.map((r) => r.name));
            assert.deepStrictEqual(stack.find((r) => r.name === "imported-logs")?.props, { bucket: "imported-logs", region: "us-east-1" });
            assert.deepStrictEqual(stack.find((r) => r.name === "default_7_48_0")?.props, { region: "us-east-1", version: "7.48.0" });
            const orders = stack.find((r) => r.name === "orders");
            assert.deepStrictEqual(orders?.dependencies, [urn("shop:web:Site", "site")]);
            // Properties without dependencies are not sent.
            assert.deepStrictEqual(orders?.propertyDependencies, { tags: [urn("shop:web:Site", "site")] });
            assert.strictEqual(orders?.parent, urn("shop:web:Site", "site"));
        });
    });
});
