// Every example through the real eu-sovereignty pack (policies/, built by `npm run build`).
// EXPECTED is the contract: for each example and each policy in CHECKED, the exact set of
// resources the policy flags as mandatory. When you add a policy to CHECKED, add its column to
// every row (a missing entry means "flags nothing").
import * as assert from "assert";
import * as path from "path";
import { auditExport } from "../../src/engine/export/audit";
import { loadProgram } from "../../src/engine/program/check";
import type { LoadedProgram } from "../../src/engine/program/check";
import { readProject } from "../../src/engine/program/project";
import { mapBounded } from "../../src/engine/pool";
import type { Report } from "../../src/engine/types";
import { EU_PACK, ROOT, flaggedBy, useSession } from "../helpers/packs";

// Every mandatory policy of the default configuration.
const CHECKED = ["eu-data-residency", "eu-cross-border-replication", "customer-managed-keys", "eu-key-location"];

const EXPECTED: Record<string, Record<string, string[]>> = {
    "examples/aws-violating": {
        "eu-data-residency": ["default_7_48_0", "logs", "ml-training-data", "oregon"],
        "eu-cross-border-replication": ["api-token", "orders"],
        "customer-managed-keys": ["api-token", "invoices", "logs", "ml-training-data", "orders"],
        "eu-key-location": ["payments"],
    },
    "examples/azure-violating": {
        "eu-data-residency": ["analytics", "datalake", "default_3_28_0"],
        "eu-cross-border-replication": ["catalog", "datalake"],
        "customer-managed-keys": ["archive", "catalog", "datalake"],
    },
    "examples/gcp-violating": {
        "eu-data-residency": ["default_9_37_0", "media"],
        "eu-cross-border-replication": ["events"],
        "customer-managed-keys": ["backups", "events", "media", "orders"],
    },
    "examples/aws-compliant": {},
    "examples/azure-compliant": {},
    "examples/gcp-compliant": {},
    ".": {
        "eu-cross-border-replication": ["catalog", "orders"],
        "eu-data-residency": ["analytics-exports"],
        "customer-managed-keys": ["analytics-exports", "backups", "catalog", "invoices", "media", "orders"],
    },
    "examples/stack-export/prod.json": {
        "eu-data-residency": ["default_7_48_0", "legacy-logs"],
        "eu-cross-border-replication": ["sessions"],
        "customer-managed-keys": ["legacy-logs", "sessions", "storefront-content"],
    },
    // Resident in the EU, but its bucket has no encryption configuration.
    "examples/stack-export/staging.json": {
        "customer-managed-keys": ["orders-archive"],
    },
};

describe("examples through the eu-sovereignty pack", function () {
    this.timeout(300_000);
    const session = useSession({ packDir: EU_PACK });
    const programs = Object.keys(EXPECTED).filter((k) => !k.endsWith(".json"));
    const loaded = new Map<string, LoadedProgram>();
    const reports = new Map<string, Report>();

    before(async function () {
        this.timeout(300_000);
        // Two programs at a time: each runs in its own process.
        const results = await mapBounded(programs, 2, (p) => loadProgram(readProject(path.join(ROOT, p), "dev")));
        programs.forEach((p, i) => loaded.set(p, results[i]));
    });

    it("the pack has the policies the table checks", () => {
        const names = session().pack.policies.map((p) => p.name);
        for (const p of CHECKED) {
            assert.ok(names.includes(p), `policy ${p} is missing from the pack; run npm run build`);
        }
    });

    for (const example of Object.keys(EXPECTED)) {
        it(`${example}: exactly the expected resources are flagged`, async () => {
            let report: Report;
            if (example.endsWith(".json")) {
                report = await auditExport(path.join(ROOT, example), { session: session() });
            } else {
                const program = loaded.get(example)!;
                report = await session().analyzeResources(program.resources, { source: program.source });
            }
            reports.set(example, report);
            assert.deepStrictEqual(report.summary.errors, 0, JSON.stringify(report.resources.flatMap((r) => r.errors)));
            for (const policy of CHECKED) {
                assert.deepStrictEqual(flaggedBy(report, policy, "mandatory"), [...(EXPECTED[example][policy] ?? [])].sort(), `${example}: ${policy}`);
            }
        });
    }

    it("a violating example's messages name the resource and the offending value", () => {
        const report = reports.get("examples/aws-violating");
        assert.ok(report, "the aws-violating test did not run");
        const orders = report.resources.find((r) => r.name === "orders")!;
        const d = orders.diagnostics.find((x) => x.policyName === "eu-cross-border-replication")!;
        assert.match(d.message, /orders/);
        assert.match(d.message, /us-east-2/);
    });
});
