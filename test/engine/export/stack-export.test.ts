// Auditing `pulumi stack export` files: what is read from them and what the pack gets.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputError } from "../../../src/engine/errors";
import { auditExport } from "../../../src/engine/export/audit";
import { ENCRYPTED_SECRET, readStackExport } from "../../../src/engine/export/stack-export";
import { SECRET_SIG, SIG_KEY, UNKNOWN_SENTINEL } from "../../../src/engine/values";
import { EU_PACK, ROOT, fixturePack, resourceNamed, useSession, violationOf } from "../../helpers/packs";

const PROD = path.join(ROOT, "examples", "stack-export", "prod.json");
const wireSecret = (value: unknown) => ({ [SIG_KEY]: SECRET_SIG, value });
const urn = (t: string, n: string) => `urn:pulumi:prod::shop::${t}::${n}`;

function tempFile(content: string): string {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-exp-")), "export.json");
    fs.writeFileSync(file, content);
    return file;
}

describe("stack exports", function () {
    this.timeout(60_000);

    it("reads resources with their providers, parents and dependencies, skipping deleted ones", () => {
        const loaded = readStackExport(PROD);
        assert.strictEqual(loaded.project, "shop");
        assert.strictEqual(loaded.stack, "prod");
        assert.strictEqual(loaded.skipped, 1);
        assert.ok(!loaded.resources.some((r) => r.name === "old-reports"));
        const logs = loaded.resources.find((r) => r.name === "legacy-logs");
        assert.deepStrictEqual(logs?.provider, {
            urn: urn("pulumi:providers:aws", "default_7_48_0"), type: "pulumi:providers:aws", name: "default_7_48_0",
            inputs: { region: "us-east-1", skipCredentialsValidation: "false", skipRegionValidation: "true", version: "7.48.0" },
        });
        const sse = loaded.resources.find((r) => r.name === "orders-archive-sse");
        assert.deepStrictEqual(sse?.propertyDependencies, { bucket: [urn("aws:s3/bucket:Bucket", "orders-archive")], rules: [urn("aws:kms/key:Key", "orders-key")] });
        const site = loaded.resources.find((r) => r.name === "storefront-content");
        assert.strictEqual(site?.parent, urn("shop:web:StaticSite", "storefront"));
        // Encrypted secrets cannot be read offline. Deployed state has no unknowns (issue 13): they stay
        // secret, with a value that is no location, so a location held that way fails closed.
        const version = loaded.resources.find((r) => r.name === "db-password-value");
        assert.deepStrictEqual(version?.inputs.secretString, wireSecret(ENCRYPTED_SECRET));
        assert.ok(loaded.encryptedSecrets >= 1);
        assert.ok(!JSON.stringify(loaded.resources).includes(UNKNOWN_SENTINEL), "no unknowns in deployed state");
    });

    it("keeps plaintext secrets (from --show-secrets) secret", () => {
        const file = tempFile(JSON.stringify({ version: 3, deployment: { resources: [
            { urn: "urn:pulumi:s::p::t:i:R::r", type: "t:i:R", custom: true, inputs: { pw: { [SIG_KEY]: SECRET_SIG, plaintext: "\"hunter2\"" }, obj: { [SIG_KEY]: SECRET_SIG, plaintext: "{\"a\":1}" } } },
        ] } }));
        assert.deepStrictEqual(readStackExport(file).resources[0].inputs, { pw: wireSecret("hunter2"), obj: wireSecret({ a: 1 }) });
    });

    it("reads an export from standard input with \"-\"", () => {
        const text = fs.readFileSync(PROD, "utf8");
        const loaded = readStackExport("-", ROOT, () => text);
        assert.strictEqual(loaded.stack, "prod");
        assert.strictEqual(loaded.resources.length, readStackExport(PROD).resources.length);
        assert.deepStrictEqual(loaded.source, { kind: "stack-export", project: "shop", stack: "prod" });
        assert.throws(() => readStackExport("-", ROOT, () => "nope"), /^InputError: standard input is not a stack export: it is not valid JSON/);
    });

    it("validates the export's schema version", () => {
        for (const version of [1, 2, 3, 4]) {
            assert.doesNotThrow(() => readStackExport(tempFile(JSON.stringify({ version, deployment: { resources: [] } }))));
        }
        for (const version of [0, 5, "3"]) {
            assert.throws(() => readStackExport(tempFile(JSON.stringify({ version, deployment: { resources: [] } }))),
                (e: Error) => e instanceof InputError && new RegExp(`is a stack export of version ${JSON.stringify(JSON.stringify(version)).slice(1, -1)}, which this tool does not read \\(it reads versions 1, 2, 3, 4\\)`).test(e.message), String(version));
        }
    });

    it("reports pending operations without auditing their resources, as pulumi policy analyze does", () => {
        const creating = { urn: "urn:pulumi:s::p::aws:s3/bucket:Bucket::half-made", type: "aws:s3/bucket:Bucket", custom: true, inputs: { bucket: "half-made" } };
        const kept = { urn: "urn:pulumi:s::p::aws:s3/bucket:Bucket::kept", type: "aws:s3/bucket:Bucket", custom: true, inputs: {} };
        const file = tempFile(JSON.stringify({ version: 3, deployment: { resources: [kept], pending_operations: [
            { resource: creating, type: "creating" }, { resource: kept, type: "updating" },
        ] } }));
        const loaded = readStackExport(file);
        assert.deepStrictEqual(loaded.pendingOperations, [{ urn: creating.urn, operation: "creating" }, { urn: kept.urn, operation: "updating" }]);
        // The CLI analyzes the snapshot's resources only (AnalyzeSnapshot in pkg/resource/deploy/analyze_snapshot.go).
        assert.deepStrictEqual(loaded.resources.map((r) => r.name), ["kept"]);
    });

    it("accepts an empty stack", () => {
        const file = tempFile(JSON.stringify({ version: 3, deployment: { manifest: { time: "t", magic: "m", version: "v3" } } }));
        assert.deepStrictEqual(readStackExport(file).resources, []);
    });

    it("rejects files that are not stack exports with one line saying how to make one", () => {
        const cases: [string, RegExp][] = [
            ["/no/such/export.json", /^stack export \/no\/such\/export\.json does not exist; create one with `pulumi stack export --file export\.json`$/],
            [tempFile("{ not json"), /is not a stack export: it is not valid JSON \(/],
            [path.join(ROOT, "package.json"), /package\.json is not a stack export \(no deployment\.resources\); create one with `pulumi stack export --file package\.json`$/],
            [tempFile(JSON.stringify({ version: 3, deployment: { resources: [{ type: "t:i:R" }] } })), /resource #1 has no urn or type/],
            [tempFile("[]"), /is not a stack export/],
        ];
        for (const [file, expected] of cases) {
            assert.throws(() => readStackExport(file), (e: Error) => e instanceof InputError && expected.test(e.message) && !e.message.includes("\n"), file);
        }
    });

    describe("through the pack", () => {
        const session = useSession({ packDir: fixturePack("echo") });

        it("sends inputs to Analyze and final states (outputs) to AnalyzeStack", async () => {
            const report = await auditExport(PROD, { session: session() });
            assert.strictEqual(report.source.kind, "stack-export");
            assert.strictEqual(report.resources.length, 12);
            const echo = JSON.parse(violationOf(resourceNamed(report, "db-password-value").diagnostics.find((d) => d.policyName === "echo")!));
            // Inputs without the engine-internal __defaults, the secret still a secret.
            assert.deepStrictEqual(Object.keys(echo.raw).sort(), ["secretId", "secretString"]);
            assert.deepStrictEqual(echo.raw.secretString, wireSecret(ENCRYPTED_SECRET));
            assert.strictEqual(echo.provider.urn, urn("pulumi:providers:aws", "eu_west"));
            assert.strictEqual(echo.provider.raw.region, "eu-west-1");
            const stack = JSON.parse(violationOf(report.stackDiagnostics.find((d) => d.policyName === "echo-stack")!)) as { name: string; props: Record<string, unknown>; propertyDependencies: Record<string, string[]> }[];
            const bucket = stack.find((r) => r.name === "orders-archive");
            assert.strictEqual(bucket?.props.region, "eu-west-1"); // an output, not an input
            assert.deepStrictEqual(stack.find((r) => r.name === "orders-archive-sse")?.propertyDependencies.rules, [urn("aws:kms/key:Key", "orders-key")]);
        });
    });

    describe("through the eu-sovereignty pack", () => {
        const session = useSession({ packDir: EU_PACK });

        it("fails closed on a location held as an encrypted secret: deployed state has no unknowns", async () => {
            const file = tempFile(JSON.stringify({ version: 3, deployment: { resources: [
                { urn: "urn:pulumi:s::p::azure-native:storage:StorageAccount::acct", type: "azure-native:storage:StorageAccount", custom: true,
                    inputs: { location: { [SIG_KEY]: SECRET_SIG, ciphertext: "v1:abc" }, resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } } },
            ] } }));
            const report = await auditExport(file, { session: session() });
            const residency = resourceNamed(report, "acct").diagnostics.find((d) => d.policyName === "eu-data-residency");
            assert.strictEqual(residency?.enforcementLevel, "mandatory");
            assert.ok(!/preview/.test(residency?.message ?? ""), residency?.message);
            assert.strictEqual(report.encryptedSecrets, 1);
        });
    });
});
