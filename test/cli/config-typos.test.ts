// A config that refuses typos (keys come back sorted: the pack's schema travels as a protobuf Struct) (issue 14): unknown keys, impossible dates and missing matchers are
// errors (exit 2) that say what to write, before any resource is analyzed.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import { isoDatePattern, parseIsoInstant } from "eu-sovereignty-policies/governance";
import { runCli } from "../helpers/cli";
import { ROOT } from "../helpers/packs";

const STAGING = "examples/stack-export/staging.json";

function configFile(config: unknown): string {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-typos-")), "c.json");
    fs.writeFileSync(file, JSON.stringify(config));
    return file;
}

/** Exit 2, nothing on stdout, one line on stderr; returns that line. */
async function refused(config: unknown): Promise<string> {
    const r = await runCli(["audit", STAGING, "--config", configFile(config)], { cwd: ROOT });
    assert.strictEqual(r.code, 2, r.stderr || r.stdout.slice(0, 500));
    assert.strictEqual(r.stdout, "");
    const lines = r.stderr.split("\n").filter((l) => l);
    assert.strictEqual(lines.length, 1, r.stderr);
    return lines[0];
}

const exemption = { name: "orders", reason: "migration to PostgreSQL, ticket OPS-12", expires: "2026-12-31" };

describe("config typos fail closed", function () {
    this.timeout(120_000);

    it("an unknown key in a policy's config is refused, naming the valid keys and the likely one", async () => {
        const line = await refused({ "provider-jurisdiction": { enforcementLevle: "mandatory" } });
        assert.match(line, /policy "provider-jurisdiction" has no config key `enforcementLevle` \(did you mean `enforcementLevel`\?\)/);
        assert.match(line, /its keys are `enforcementLevel`, `allowPackages`, `exemptions`, `report`$/);
    });

    it("a misspelt property and an unknown key on \"all\" are refused too", async () => {
        assert.match(await refused({ "eu-data-residency": { allowedLocation: ["eu-west-1"] } }), /no config key `allowedLocation` \(did you mean `allowedLocations`\?\)/);
        assert.match(await refused({ all: { enforcementLevel: "mandatory", severity: "high" } }), /policy "all" has no config key `severity`; its keys are `enforcementLevel`$/);
    });

    it("an exemption without a matcher says which keys it needs, not a property count", async () => {
        const line = await refused({ "open-data-formats": { exemptions: [{ reason: "r", expires: "2026-12-31" }] } });
        assert.match(line, /exemptions\[0\] needs one of `name`, `row`, `type`, `urn`$/);
        assert.doesNotMatch(line, /fewer than/);
        assert.match(await refused({ "open-data-formats": { exemptions: [{ name: "orders", expires: "2026-12-31" }] } }), /exemptions\[0\] needs `reason`$/);
    });

    it("an unknown key inside an exemption is refused with the keys it may have", async () => {
        const line = await refused({ "open-data-formats": { exemptions: [{ ...exemption, nmae: "orders" }] } });
        assert.match(line, /exemptions\[0\] has an unknown key `nmae` \(did you mean `name`\?\); its keys are `expires`, `name`, `reason`, `row`, `type`, `urn`$/);
    });

    it("impossible dates are refused with the form to write", async () => {
        for (const expires of ["2026-13-45", "2026-02-29", "2026-04-31", "2026-06-30T24:00Z", "2026-06-30T12:00+15:00"]) {
            const line = await refused({ "open-data-formats": { exemptions: [{ ...exemption, expires }] } });
            assert.match(line, new RegExp(`exemptions\\[0\\]\\.expires is "${expires.replace(/\+/g, "\\+")}", not an ISO 8601 date: a real calendar day YYYY-MM-DD`), line);
        }
    });

    it("a valid config with an exemption still runs", async () => {
        const r = await runCli(["audit", STAGING, "--format", "json", "--config", configFile({ "open-data-formats": { exemptions: [exemption] } })], { cwd: ROOT });
        assert.ok(r.code === 0 || r.code === 1, r.stderr);
    });
});

describe("the schema's date pattern and the run-time date check agree", () => {
    const pattern = new RegExp(isoDatePattern);
    const pad = (n: number, width: number): string => String(n).padStart(width, "0");

    it("on leap days and month ends", () => {
        for (const [v, ok] of [["2028-02-29", true], ["2000-02-29", true], ["2100-02-29", false], ["2026-02-29", false], ["2026-02-28", true],
            ["2026-04-30", true], ["2026-04-31", false], ["2026-12-31", true], ["2026-13-01", false], ["2026-00-10", false], ["2026-01-00", false]] as const) {
            assert.strictEqual(pattern.test(v), ok, v);
            assert.strictEqual(parseIsoInstant(v) !== undefined, ok, v);
        }
    });

    it("on any year, month and day", () => {
        fc.assert(fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
            const v = `${y}-${pad(m, 2)}-${pad(d, 2)}`;
            const real = m >= 1 && m <= 12 && d >= 1 && new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
            assert.strictEqual(pattern.test(v), real, v);
            assert.strictEqual(parseIsoInstant(v) !== undefined, real, v);
        }), { numRuns: 2000 });
    });

    it("on times and zones", () => {
        fc.assert(fc.property(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 16 }), fc.boolean(), (h, min, zh, plus) => {
            const v = `2026-06-30T${pad(h, 2)}:${pad(min, 2)}:00${plus ? "+" : "-"}${pad(zh, 2)}:00`;
            const real = h <= 23 && min <= 59 && zh <= 14;
            assert.strictEqual(pattern.test(v), real, v);
            assert.strictEqual(parseIsoInstant(v) !== undefined, real, v);
        }), { numRuns: 500 });
    });
});
