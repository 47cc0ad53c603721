// The label verdict (issue 15, docs/label.md): stacks that reach exactly level 0, 1, 2 and 3, waivers
// counted as passed, and a policy that did not run blocking its level (fail closed).
import { strict as assert } from "assert";
import { LABEL_REQUIREMENTS } from "eu-sovereignty-policies/lib";
import { policies } from "eu-sovereignty-policies/policies";
import type { Diagnostic, EnforcementLevel, PackInfo, ResourceReport, RunReport } from "../../../src/engine/types";
import { labelLine, labelOf } from "../../../src/cli/render/label";
import { renderMarkdown } from "../../../src/cli/render/markdown";
import { renderSarif } from "../../../src/cli/render/sarif";
import { renderText } from "../../../src/cli/render/text";
import { prodReport } from "./render-fixture";
import { ROOT } from "../../helpers/packs";

function pack(levels: Partial<Record<string, EnforcementLevel>> = {}): PackInfo {
    const level = (n: string): EnforcementLevel => levels[n] ?? "mandatory";
    return {
        name: "eu-sovereignty", version: "0.1.0", dir: ROOT,
        policies: policies.map((p) => ({ name: p.name, description: p.description, type: "resource", defaultEnforcementLevel: "mandatory", enforcementLevel: level(p.name) })),
        config: Object.fromEntries(policies.map((p) => [p.name, { enforcementLevel: level(p.name) }])),
    };
}

const URN = "urn:pulumi:prod::shop::aws:s3/bucket:Bucket::data";
function diag(policyName: string, message = "bad"): Diagnostic {
    return { policyName, policyPackName: "eu-sovereignty", policyPackVersion: "0.1.0", description: "", message, enforcementLevel: "mandatory", urn: URN, phase: "analyze" };
}
function run(diagnostics: Diagnostic[]): RunReport {
    const r: ResourceReport = { urn: URN, type: "aws:s3/bucket:Bucket", name: "data", custom: true, diagnostics, notApplicable: [], remediations: [], errors: [], verdict: diagnostics.length ? "fail" : "pass" };
    const summary = { resources: 1, mandatory: diagnostics.length, advisory: 0, remediations: 0, errors: 0, failing: diagnostics.length ? 1 : 0, erroring: 0, warning: 0, passing: diagnostics.length ? 0 : 1 };
    return { source: { kind: "stack-export", stack: "prod" }, resources: [r], stackDiagnostics: [], stackNotApplicable: [], errors: [], summary, durationMs: 1 };
}

describe("label verdict", () => {
    it("maps every requirement to policies the pack has", () => {
        const names = new Set(policies.map((p) => p.name));
        for (const req of LABEL_REQUIREMENTS) for (const p of req.policies) assert.ok(names.has(p), `${req.id}: ${p}`);
        // Every judging policy is in some level: none is left out of the label by accident.
        const mapped = new Set(LABEL_REQUIREMENTS.flatMap((r) => r.policies));
        for (const n of names) if (n !== "exempted-violations") assert.ok(mapped.has(n), n);
    });

    it("level 3: no findings, every policy ran", () => {
        const v = labelOf(run([]), pack());
        assert.equal(v.level, 3);
        assert.equal(v.next, undefined);
        assert.match(labelLine(v), /level 3 of 3 .*not a Gaia-X certification.*every level met/);
    });

    it("level 2: a provider outside EU jurisdiction blocks level 3 only", () => {
        const v = labelOf(run([diag("provider-jurisdiction"), diag("provider-jurisdiction")]), pack());
        assert.equal(v.level, 2);
        assert.deepEqual(v.next, { level: 3, blockers: [{ rule: "provider-jurisdiction", requirement: "L3-jurisdiction", count: 2 }] });
    });

    it("level 1: data outside the EU blocks level 2, grouped by rule, most first", () => {
        const v = labelOf(run([diag("eu-key-location"), diag("eu-data-residency"), diag("eu-data-residency"), diag("provider-jurisdiction")]), pack());
        assert.equal(v.level, 1);
        assert.equal(v.next?.level, 2);
        assert.deepEqual(v.next?.blockers.map((b) => [b.rule, b.count]), [["eu-data-residency", 2], ["eu-key-location", 1]]);
    });

    it("level 0: a level 1 finding, whatever else passes", () => {
        const v = labelOf(run([diag("encryption-in-transit")]), pack());
        assert.equal(v.level, 0);
        assert.deepEqual(v.next?.blockers, [{ rule: "encryption-in-transit", requirement: "L1-transit", count: 1 }]);
    });

    it("a waived finding counts as passed and is listed with its waiver", () => {
        const waived = diag("exempted-violations", "[exempted from open-data-formats until 2099-12-31: migration, OPS-12] aws:dynamodb/table:Table \"sessions\": proprietary");
        const v = labelOf(run([waived]), pack());
        assert.equal(v.level, 3);
        assert.deepEqual(v.waived, [{ rule: "open-data-formats", reason: "migration, OPS-12", expires: "2099-12-31", count: 1 }]);
    });

    it("a disabled policy proves nothing: it blocks its level (the audit preset disables provider-jurisdiction)", () => {
        const v = labelOf(run([]), pack({ "provider-jurisdiction": "disabled" }));
        assert.equal(v.level, 2);
        assert.equal(v.next?.blockers[0]?.rule, "provider-jurisdiction");
        assert.match(v.next?.blockers[0]?.notEvaluated ?? "", /disabled/);
        assert.match(labelLine(v), /level 3 blocked by provider-jurisdiction not evaluated/);
    });

    it("an analyzer error of a policy blocks its level", () => {
        const r = run([]);
        r.resources[0].errors.push({ phase: "analyze", urn: URN, policyName: "eu-data-residency", message: "threw" });
        assert.equal(labelOf(r, pack()).level, 1);
    });

    it("resources check did not see (a multi-language component) prove no level", () => {
        // aws-ts-eks: no finding on what check saw, but the EKS cluster inside eks.Cluster was never judged.
        const r = run([]);
        r.remoteComponents = [{ urn: "urn:pulumi:eu::aws-ts-eks::eks:index:Cluster::cluster", type: "eks:index:Cluster", name: "cluster" }];
        const v = labelOf(r, pack());
        assert.equal(v.level, 0);
        assert.match(v.next?.blockers[0]?.notEvaluated ?? "", /^the resources of a multi-language component were not seen offline/);
        assert.match(labelLine(v), /^Label: level 0 of 3 .* level 1 blocked by .*not evaluated/);
        assert.equal(labelOf(run([]), pack()).level, 3);
    });

    describe("in the reports of the prod export", () => {
        it("text: one summary line with the level and blockers", async () => {
            const text = renderText(await prodReport(), { color: false, cwd: ROOT });
            assert.match(text, /^Label: level 0 of 3 \(self-assessment, not a Gaia-X certification\) · level 1 blocked by customer-managed-keys ×4, encryption-in-transit ×3 · 1 waived$/m);
        });
        it("markdown: the label table and the disclaimer", async () => {
            const md = renderMarkdown(await prodReport(), { color: false, cwd: ROOT });
            assert.match(md, /## Sovereignty label/);
            assert.match(md, /not a Gaia-X certification/);
            assert.match(md, /\| 0 \| level 1: customer-managed-keys ×4, encryption-in-transit ×3 \| open-data-formats ×1 \(migration to PostgreSQL, ticket OPS-12, until 2099-12-31\) \|/);
        });
        it("sarif: run properties carry the label per stack", async () => {
            const sarif = JSON.parse(renderSarif(await prodReport(), { color: false, cwd: ROOT })) as { runs: { properties: { label: { disclaimer: string; stacks: { level: number }[] } } }[] };
            assert.match(sarif.runs[0].properties.label.disclaimer, /not a Gaia-X certification/);
            assert.deepEqual(sarif.runs[0].properties.label.stacks.map((s) => s.level), [0]);
        });
    });
});
