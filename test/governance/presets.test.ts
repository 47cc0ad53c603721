import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { policies } from "eu-sovereignty-policies/policies";

const dir = path.resolve(__dirname, "../../policies/presets");
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), "utf8")) as Record<string, unknown>;
const levels = (name: string) => Object.fromEntries(Object.entries(read(name)).map(([k, v]) => [k, typeof v === "string" ? v : (v as { enforcementLevel?: string }).enforcementLevel]));
const names = policies.map((p) => p.name).sort();

describe("presets", () => {
    it("ships audit, strict and sovereign, and nothing else", () => {
        assert.deepEqual(fs.readdirSync(dir).sort(), ["audit.json", "sovereign.json", "strict.json"]);
    });
    for (const preset of ["audit", "strict", "sovereign"]) {
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
});
