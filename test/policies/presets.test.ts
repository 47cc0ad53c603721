import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { LABEL_REQUIREMENTS } from "eu-sovereignty-policies/lib";
import { policies } from "eu-sovereignty-policies/policies";

const dir = path.resolve(__dirname, "../../policies/presets");
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), "utf8")) as Record<string, unknown>;
const levels = (name: string) => Object.fromEntries(Object.entries(read(name)).map(([k, v]) => [k, typeof v === "string" ? v : (v as { enforcementLevel?: string }).enforcementLevel]));
const names = policies.map((p) => p.name).sort();

describe("presets", () => {
    it("ships audit, strict, sovereign and level-1 to level-3, and nothing else", () => {
        assert.deepEqual(fs.readdirSync(dir).sort(), ["audit.json", "level-1.json", "level-2.json", "level-3.json", "sovereign.json", "strict.json"]);
    });
    for (const preset of ["audit", "strict", "sovereign", "level-1", "level-2", "level-3"]) {
        it(`${preset} sets a valid level for every policy of the pack, and names no other`, () => {
            const l = levels(preset);
            assert.deepEqual(Object.keys(l).sort(), names);
            for (const v of Object.values(l)) assert.ok(["advisory", "mandatory", "disabled"].includes(v ?? ""), String(v));
            assert.equal(l["exempted-violations"], "advisory", "waived violations are only ever shown");
        });
    }
    it("audit: every policy advisory, provider-jurisdiction off", () => {
        const l = levels("audit");
        for (const n of names) assert.equal(l[n], n === "provider-jurisdiction" ? "disabled" : "advisory", n);
    });
    it("strict: key custody, open formats and encryption in transit mandatory; provider-jurisdiction advisory", () => {
        const l = levels("strict");
        for (const n of ["external-key-custody", "open-data-formats", "encryption-in-transit", "eu-data-residency", "eu-cross-border-replication", "customer-managed-keys", "eu-key-location"]) {
            assert.equal(l[n], "mandatory", n);
        }
        assert.equal(l["provider-jurisdiction"], "advisory");
    });
    it("sovereign: strict plus provider-jurisdiction and global-edge-services mandatory", () => {
        assert.deepEqual(levels("sovereign"), { ...levels("strict"), "provider-jurisdiction": "mandatory", "global-edge-services": "mandatory" });
    });
    for (const level of [1, 2, 3] as const) {
        it(`level-${level}: exactly the policies of label levels 1 to ${level} mandatory, the others advisory (still run, so the label sees them)`, () => {
            const wanted = new Set(LABEL_REQUIREMENTS.filter((r) => r.level <= level).flatMap((r) => r.policies));
            assert.ok(wanted.size >= level * 3, "every level names its policies");
            const l = levels(`level-${level}`);
            for (const n of names) assert.equal(l[n], wanted.has(n) ? "mandatory" : "advisory", n);
        });
    }
    it("how the aliases compare: level-3 is sovereign; strict is level-2 plus external-key-custody; audit enforces no level", () => {
        assert.deepEqual(levels("level-3"), levels("sovereign"));
        assert.deepEqual(levels("strict"), { ...levels("level-2"), "external-key-custody": "mandatory" });
        assert.ok(Object.values(levels("audit")).every((v) => v !== "mandatory"));
    });
});
