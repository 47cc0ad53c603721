// Text and Markdown say which values a provider default supplied, and which operations an
// interrupted update left pending, as the JSON report does.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../helpers/cli";
import { ROOT } from "../../helpers/packs";

const PROGRAM = path.join(ROOT, "test", "fixtures", "programs", "azure-defaults");

function pendingExport(): string {
    const creating = { urn: "urn:pulumi:prod::shop::aws:s3/bucket:Bucket::half-made", type: "aws:s3/bucket:Bucket", custom: true, inputs: { bucket: "half-made" } };
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-pending-")), "prod.json");
    fs.writeFileSync(file, JSON.stringify({ version: 3, deployment: { resources: [], pending_operations: [{ resource: creating, type: "creating" }] } }));
    return file;
}

describe("reports: provider defaults and pending operations", function () {
    this.timeout(300_000);

    it("text names the default under the resource it decided", async () => {
        const r = await runCli(["check", PROGRAM, "--stack", "us", "--format", "text"], { cwd: ROOT });
        assert.strictEqual(r.code, 1, r.stderr);
        const block = r.stdout.split("\n\n").find((b) => / data azure-native:storage:StorageAccount/.test(b));
        assert.ok(block, r.stdout);
        assert.match(block, /eu-data-residency/);
        assert.match(block, /default\s+location from the provider's `location`/);
    });

    it("Markdown marks the defaulted location in the resource table and under the findings", async () => {
        const r = await runCli(["check", PROGRAM, "--stack", "us", "--format", "markdown"], { cwd: ROOT });
        assert.strictEqual(r.code, 1, r.stderr);
        assert.match(r.stdout, /\| `data` \| `azure-native:storage:StorageAccount` \| eastus \(default: the provider's `location`\) \|/);
        assert.match(r.stdout, /- \*\*default\*\*: `location` from the provider's `location` \(the program leaves it unset\)/);
        // A resource that sets its own location carries no default note.
        assert.doesNotMatch(r.stdout, /\| `pinned` \|[^\n]*default/);
    });

    it("text and Markdown report pending operations of an export", async () => {
        const file = pendingExport();
        const text = await runCli(["audit", file, "--format", "text"], { cwd: ROOT });
        assert.match(text.stdout, /pending 1 operation of an interrupted update \(creating\); run `pulumi refresh`/);
        const md = await runCli(["audit", file, "--format", "markdown"], { cwd: ROOT });
        assert.match(md.stdout, /\*\*Pending operations\*\* of an interrupted update \(their resources may exist\): creating `urn:pulumi:prod::shop::aws:s3\/bucket:Bucket::half-made`/);
    });
});
