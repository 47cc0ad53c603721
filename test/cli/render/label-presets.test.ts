// `--preset level-N` blocks exactly what stands in the way of label level N, on real exports
// (test/fixtures/estate: level 3, level 1 with a server in the US, level 0 with a US bucket;
// test/fixtures/label/level-2.json: AWS in Frankfurt with a customer-managed key and TLS only).
import { strict as assert } from "assert";
import * as path from "path";
import { runCli } from "../../helpers/cli";
import { ROOT } from "../../helpers/packs";

const ESTATE = path.join(ROOT, "test", "fixtures", "estate");
const file = (name: string) => (name === "level-2" ? path.join(ROOT, "test", "fixtures", "label", "level-2.json") : path.join(ESTATE, `${name}.json`));

interface Json { summary: { mandatory: number }; runs: { label: { level: number }; resources: { diagnostics: { policyName: string; enforcementLevel: string }[] }[] }[] }

async function audit(name: string, preset: string): Promise<{ code: number; mandatory: string[]; level: number }> {
    const r = await runCli(["audit", file(name), "--preset", preset, "--format", "json"], { cwd: ROOT });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const doc = JSON.parse(r.stdout) as Json;
    const mandatory = [...new Set(doc.runs[0].resources.flatMap((x) => x.diagnostics).filter((d) => d.enforcementLevel === "mandatory").map((d) => d.policyName))].sort();
    return { code: r.code, mandatory, level: doc.runs[0].label.level };
}

describe("label presets on real exports", function () {
    this.timeout(300_000);

    it("a level 1 stack passes level-1 and is blocked by level-2 on the rule that keeps it at level 1", async () => {
        const one = await audit("level-1", "level-1");
        assert.deepEqual([one.code, one.mandatory, one.level], [0, [], 1]);
        const two = await audit("level-1", "level-2");
        assert.deepEqual([two.code, two.mandatory, two.level], [1, ["eu-data-residency"], 1]);
    });

    it("a level 0 stack is blocked by level-1 on its level 1 rules only", async () => {
        const r = await audit("non-eu-data", "level-1");
        assert.deepEqual([r.code, r.mandatory, r.level], [1, ["customer-managed-keys", "encryption-in-transit"], 0]);
    });

    it("a level 2 stack passes level-2, and level-3 (sovereign) blocks it on the level 3 rules; strict on key custody alone", async () => {
        const two = await audit("level-2", "level-2");
        assert.deepEqual([two.code, two.mandatory, two.level], [0, [], 2]);
        const three = await audit("level-2", "level-3");
        assert.deepEqual([three.code, three.mandatory, three.level], [1, ["external-key-custody", "provider-jurisdiction"], 2]);
        const strict = await audit("level-2", "strict");
        assert.deepEqual([strict.code, strict.mandatory], [1, ["external-key-custody"]]);
    });

    it("a level 3 stack passes level-3", async () => {
        const r = await audit("compliant", "level-3");
        assert.deepEqual([r.code, r.mandatory, r.level], [0, [], 3]);
    });
});
