import { strict as assert } from "assert";
import type { Policies, ResourceValidation, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import Ajv from "ajv";
import AjvDraft04 from "ajv-draft-04";
import { decide, exemptionsSchema, globMatch, parkedUrnCount, parseExemptions, parseIsoInstant, setToday, targetOfUrn, withGovernance } from "eu-sovereignty-policies/governance";
import { exemptedViolations } from "eu-sovereignty-policies/policies";
import { checkResource } from "../../helpers/harness";
import { analyze, analyzeStack } from "./chain";

// A stand-in policy: flags resources whose props have `bad: true`, and in the stack each such resource.
const fake: ResourceValidationPolicy & StackValidationPolicy = {
    name: "fake-check",
    description: "Fake.",
    enforcementLevel: "mandatory",
    validateResource: (args, report) => {
        if (args.props.bad === true) report(`${args.name} is bad`);
    },
    validateStack: (args, report) => {
        for (const r of args.resources) if (r.props.bad === true) report(`${r.name} is bad in the stack`, r.urn);
    },
};
const other: ResourceValidationPolicy = {
    name: "other-check",
    description: "Other.",
    enforcementLevel: "mandatory",
    validateResource: (args, report) => {
        if (args.props.bad === true) report("other");
    },
};
const pack: Policies = [withGovernance(fake, 0), withGovernance(other, 1), exemptedViolations];

const db = { type: "aws:rds/instance:Instance", name: "legacy-db", props: { bad: true } };
const dbUrn = "urn:pulumi:dev::test::aws:rds/instance:Instance::legacy-db";
const waiver = (extra: Record<string, unknown>) => ({ reason: "ticket SEC-42: migration in Q3", expires: "2026-06-30", ...extra });
const withExemptions = (...exemptions: unknown[]) => ({ "fake-check": { exemptions } });

describe("governance: exemptions", () => {
    beforeEach(() => setToday("2026-03-01"));
    after(() => setToday(undefined));

    describe("glob patterns", () => {
        it("matches * across any characters and ? as one", () => {
            assert.ok(globMatch("aws:rds/*", "aws:rds/instance:Instance"));
            assert.ok(globMatch("legacy-*", "legacy-db"));
            assert.ok(globMatch("*::legacy-db", dbUrn));
            assert.ok(globMatch("db-?", "db-1"));
            assert.ok(!globMatch("db-?", "db-10"));
            assert.ok(!globMatch("aws:rds/*", "aws:s3/bucket:Bucket"));
            assert.ok(!globMatch("legacy", "legacy-db"), "anchored at both ends");
            assert.ok(globMatch("*", ""));
        });
        it("stays linear on adversarial patterns", () => {
            // A backtracking matcher needs about 20000^20 steps here and never returns within the
            // test timeout; the O(pattern × text) one needs 10^6 (no wall-clock budget needed).
            const pattern = "*a".repeat(20) + "*b";
            assert.ok(!globMatch(pattern, "a".repeat(20_000)));
            assert.ok(globMatch(pattern, "a".repeat(20_000) + "b"));
        });
    });

    describe("dates", () => {
        it("accepts a date, valid through the end of that day (UTC)", () => {
            const d = parseIsoInstant("2026-06-30");
            assert.equal(d?.start, Date.UTC(2026, 5, 30));
            assert.equal(d?.end, Date.UTC(2026, 6, 1));
        });
        it("accepts date-times with a time zone, and applies the offset", () => {
            assert.equal(parseIsoInstant("2026-06-30T18:00:00Z")?.end, Date.UTC(2026, 5, 30, 18));
            assert.equal(parseIsoInstant("2026-06-30T18:00+02:00")?.end, Date.UTC(2026, 5, 30, 16));
            assert.equal(parseIsoInstant("2026-06-30T18:00:00.5Z")?.end, Date.UTC(2026, 5, 30, 18, 0, 0, 500));
        });
        it("rejects impossible dates, missing time zones and other formats", () => {
            for (const v of ["2026-02-30", "2026-13-01", "2026-06-30T25:00Z", "2026-06-30T18:00:00", "30/06/2026", "2026-6-30", "next year", ""]) {
                assert.equal(parseIsoInstant(v), undefined, v);
            }
        });
    });

    describe("parsing and deciding", () => {
        it("reads name, type and URN globs; all given must match", () => {
            const ex = parseExemptions([waiver({ name: "legacy-*", type: "aws:rds/*" })]);
            assert.equal(ex.valid.length, 1);
            const t = targetOfUrn(dbUrn);
            assert.deepEqual(t, { urn: dbUrn, name: "legacy-db", type: "aws:rds/instance:Instance" });
            assert.equal(decide(ex, t, Date.UTC(2026, 2, 1)).kind, "exempt");
            assert.equal(decide(ex, { ...t, type: "aws:s3/bucket:Bucket" }, Date.UTC(2026, 2, 1)).kind, "none");
        });
        it("takes the type from a child URN (parent$type)", () => {
            assert.deepEqual(targetOfUrn("urn:pulumi:dev::p::my:index:Db$aws:rds/instance:Instance::db"), {
                urn: "urn:pulumi:dev::p::my:index:Db$aws:rds/instance:Instance::db", name: "db", type: "aws:rds/instance:Instance",
            });
        });
        it("prefers a live exemption, else reports the most recently expired", () => {
            const ex = parseExemptions([waiver({ name: "*", expires: "2025-01-01" }), waiver({ name: "*", expires: "2025-12-31" })]);
            const d = decide(ex, targetOfUrn(dbUrn), Date.UTC(2026, 2, 1));
            assert.equal(d.kind, "expired");
            assert.equal(d.kind === "expired" && d.exemption.expires, "2025-12-31");
        });
        const malformed: [string, unknown, RegExp][] = [
            ["no matcher", { reason: "r", expires: "2026-06-30" }, /no matcher/],
            ["missing reason", { name: "x", expires: "2026-06-30" }, /missing `reason`/],
            ["blank reason", { name: "x", reason: "   ", expires: "2026-06-30" }, /missing `reason`/],
            ["missing expiry", { name: "x", reason: "r" }, /missing `expires`/],
            ["bad date", { name: "x", reason: "r", expires: "30/06/2026" }, /not an ISO 8601 date/],
            ["impossible date", { name: "x", reason: "r", expires: "2026-02-30" }, /not an ISO 8601 date/],
            ["unknown field", { name: "x", reason: "r", expires: "2026-06-30", owner: "me" }, /unknown field "owner"/],
            ["empty pattern", { name: "", reason: "r", expires: "2026-06-30" }, /not a non-empty pattern/],
            ["not an object", "name=x", /not an object/],
        ];
        for (const [what, entry, problem] of malformed) {
            it(`rejects an entry with ${what} at run time`, () => {
                const ex = parseExemptions([entry]);
                assert.equal(ex.valid.length, 0);
                assert.match(ex.malformed[0].problem, problem);
            });
        }
        it("the config schema rejects exactly what the run-time check rejects (CLI draft-04 and engine draft-07 validators)", () => {
            const cases: unknown[] = [...malformed.map((m) => m[1]), waiver({ name: "x" }), waiver({ urn: "*" }), waiver({ row: "EUK-AZ-*" }), waiver({ type: "aws:*", expires: "2026-06-30T12:00:00Z" })];
            for (const validator of [new Ajv({ strict: false }), new AjvDraft04({ strict: false })]) {
                const validate = validator.compile({ type: "object", properties: { exemptions: exemptionsSchema } });
                for (const c of cases) {
                    const schemaOk = validate({ exemptions: [c] });
                    const runtimeOk = parseExemptions([c]).malformed.length === 0;
                    // Calendar checks (2026-02-30) are beyond a pattern: the run time is stricter there.
                    if (JSON.stringify(c).includes("2026-02-30")) assert.ok(!runtimeOk);
                    else assert.equal(schemaOk, runtimeOk, JSON.stringify(c));
                }
            }
        });
    });

    describe("through the pack's policies", () => {
        it("without exemptions, the violation is enforced at the policy's level", () => {
            const f = analyze(pack, db);
            assert.deepEqual(f.map((x) => [x.policy, x.level]), [["fake-check", "mandatory"], ["other-check", "mandatory"]]);
        });
        it("a matching exemption (by name glob) moves the violation to exempted-violations as an advisory with the reason", () => {
            const f = analyze(pack, db, withExemptions(waiver({ name: "legacy-*" })));
            assert.deepEqual(f.map((x) => [x.policy, x.level]), [["other-check", "mandatory"], ["exempted-violations", "advisory"]]);
            const m = f[1].message;
            assert.equal(m, "[exempted from fake-check until 2026-06-30: ticket SEC-42: migration in Q3] legacy-db is bad");
        });
        it("matches by URN glob and by type glob too", () => {
            for (const matcher of [{ urn: "*::legacy-db" }, { type: "aws:rds/*" }, { urn: dbUrn }]) {
                const f = analyze(pack, db, withExemptions(waiver(matcher)));
                assert.deepEqual(f.map((x) => x.policy), ["other-check", "exempted-violations"], JSON.stringify(matcher));
            }
        });
        it("an exemption that does not match changes nothing", () => {
            for (const matcher of [{ name: "other-*" }, { type: "aws:s3/*" }, { name: "legacy-*", type: "aws:s3/*" }]) {
                const f = analyze(pack, db, withExemptions(waiver(matcher)));
                assert.deepEqual(f.map((x) => x.policy), ["fake-check", "other-check"], JSON.stringify(matcher));
                assert.equal(f[0].message, "legacy-db is bad");
            }
        });
        it("a `row` pattern waives only the findings that cite a matching row id", () => {
            // Two findings on one resource, from two rows of one policy (as customer-managed-keys cites EUK-… ids).
            const rows: ResourceValidationPolicy = {
                name: "fake-check", description: "Fake.", enforcementLevel: "mandatory",
                validateResource: (args, report) => {
                    if (args.props.bad !== true) return;
                    report(`${args.name}: volume has provider keys. Fix: name a key. [EUK-AWS-005]`);
                    report(`${args.name}: root volume has no encryption. Fix: encrypt it. [EUK-AWS-006]`);
                    report(`${args.name}: cites nothing`);
                },
            };
            const rowPack: Policies = [withGovernance(rows, 0), exemptedViolations];
            const f = analyze(rowPack, db, withExemptions(waiver({ row: "EUK-AWS-005" })));
            assert.deepEqual(f.map((x) => x.policy), ["fake-check", "fake-check", "exempted-violations"]);
            assert.match(f[2].message, /\[EUK-AWS-005\]$/);
            const glob = analyze(rowPack, db, withExemptions(waiver({ row: "EUK-AWS-*", name: "legacy-*" })));
            assert.deepEqual(glob.map((x) => x.message.endsWith("cites nothing") ? "none" : x.policy), ["none", "exempted-violations", "exempted-violations"]);
            assert.equal(parseExemptions([waiver({ row: "EUK-AWS-005" })]).valid.length, 1, "`row` alone is a matcher");
        });
        it("an exemption applies only to the policy whose config holds it", () => {
            const f = analyze(pack, db, { "other-check": { exemptions: [waiver({ name: "*" })] } });
            assert.deepEqual(f.map((x) => x.policy), ["fake-check", "exempted-violations"]);
            assert.match(f[1].message, /^\[exempted from other-check until/);
        });
        it("one waiver repeated under several policies exempts each", () => {
            const e = [waiver({ name: "legacy-db" })];
            const f = analyze(pack, db, { "fake-check": { exemptions: e }, "other-check": { exemptions: e } });
            assert.deepEqual(f.map((x) => x.policy), ["exempted-violations", "exempted-violations"]);
        });
        it("an expired exemption no longer applies: the policy enforces and says it expired and when", () => {
            setToday("2026-07-01");
            const f = analyze(pack, db, withExemptions(waiver({ name: "legacy-*" })));
            assert.deepEqual(f.map((x) => [x.policy, x.level]), [["fake-check", "mandatory"], ["other-check", "mandatory"]]);
            assert.match(f[0].message, /^legacy-db is bad \(Exemption #1 for this resource expired on 2026-06-30 and no longer applies; its reason was: ticket SEC-42/);
        });
        it("an exemption expiring today still applies until the end of the day", () => {
            setToday("2026-06-30");
            assert.deepEqual(analyze(pack, db, withExemptions(waiver({ name: "*" }))).map((x) => x.policy), ["other-check", "exempted-violations"]);
            setToday("2026-06-30T23:59:59Z");
            assert.deepEqual(analyze(pack, db, withExemptions(waiver({ name: "*" }))).map((x) => x.policy), ["other-check", "exempted-violations"]);
        });
        it("a malformed exemption that slipped past the schema exempts nothing and is named on the violation", () => {
            const f = analyze(pack, db, withExemptions({ name: "legacy-*", expires: "2026-06-30" }));
            assert.deepEqual(f.map((x) => x.policy), ["fake-check", "other-check"]);
            assert.match(f[0].message, /Malformed exemptions in this policy's config were ignored and exempt nothing: #1: missing `reason`/);
        });
        it("an invalid EU_SOVEREIGNTY_TODAY fails closed: nothing is exempted, and the violation says why", () => {
            setToday("tomorrow");
            const f = analyze(pack, db, withExemptions(waiver({ name: "*" })));
            assert.equal(f[0].policy, "fake-check");
            assert.match(f[0].message, /Exemptions were not applied: EU_SOVEREIGNTY_TODAY is not a valid ISO 8601 date/);
        });
        it("a compliant resource produces nothing, exemption or not", () => {
            assert.deepEqual(analyze(pack, { ...db, props: {} }, withExemptions(waiver({ name: "*" }))), []);
        });
        it("with exempted-violations disabled the waived violation is hidden, and the stash does not grow across calls", () => {
            const config = { ...withExemptions(waiver({ name: "*" })), "exempted-violations": "disabled" };
            analyze(pack, db, config);
            assert.equal(parkedUrnCount(), 1);
            analyze(pack, db, config);
            assert.equal(parkedUrnCount(), 1, "the first policy of the next call drops the leftovers");
            analyze(pack, db, withExemptions(waiver({ name: "*" })));
            assert.equal(parkedUrnCount(), 0, "drained");
        });
        it("leftovers of an earlier call are never reported under a later one", () => {
            analyze(pack, db, { ...withExemptions(waiver({ name: "*" })), "exempted-violations": "disabled" });
            const f = analyze(pack, db);
            assert.deepEqual(f.map((x) => x.policy), ["fake-check", "other-check"]);
        });
    });

    describe("stack findings", () => {
        const rs = [db, { type: "aws:s3/bucket:Bucket", name: "fine", props: {} }];
        it("a stack finding naming an exempted resource is reported by exempted-violations", () => {
            const f = analyzeStack(pack, rs, withExemptions(waiver({ type: "aws:rds/*" })));
            assert.deepEqual(f.map((x) => [x.policy, x.level]), [["exempted-violations", "advisory"]]);
            assert.match(f[0].message, /^\[exempted from fake-check until 2026-06-30: ticket SEC-42: migration in Q3\] legacy-db is bad in the stack$/);
        });
        it("is enforced when the exemption does not match or has expired", () => {
            assert.deepEqual(analyzeStack(pack, rs, withExemptions(waiver({ name: "fine" }))).map((x) => x.policy), ["fake-check"]);
            setToday("2027-01-01");
            const [f] = analyzeStack(pack, rs, withExemptions(waiver({ name: "legacy-db" })));
            assert.equal(f.policy, "fake-check");
            assert.match(f.message, /expired on 2026-06-30/);
        });
        it("exempted-violations lists malformed exemptions seen by the policies at stack time", () => {
            const config = withExemptions({ name: "legacy-*", reason: "r", expires: "soon" });
            analyze(pack, db, config);
            const f = analyzeStack(pack, rs, config);
            const listed = f.filter((x) => x.policy === "exempted-violations");
            assert.equal(listed.length, 1);
            assert.match(listed[0].message, /^fake-check: exemption #1 in its config is malformed \(`expires` is not an ISO 8601 date/);
            // Fixed config: the listing goes away.
            analyze(pack, db, withExemptions(waiver({ name: "nothing" })));
            assert.deepEqual(analyzeStack(pack, rs, withExemptions(waiver({ name: "nothing" }))).filter((x) => x.policy === "exempted-violations"), []);
        });
    });

    describe("withGovernance", () => {
        it("adds `exemptions` to the config schema, keeping the policy's own properties and metadata", () => {
            const g = withGovernance({ ...fake, configSchema: { properties: { x: { type: "string" } } } }, 0);
            assert.deepEqual(Object.keys(g.configSchema?.properties ?? {}), ["x", "exemptions"]);
            assert.equal(g.name, "fake-check");
            assert.equal(g.enforcementLevel, "mandatory");
        });
        it("refuses a policy that already has an `exemptions` property", () => {
            assert.throws(() => withGovernance({ ...fake, configSchema: { properties: { exemptions: {} } } }, 0), /already has an `exemptions` property/);
        });
        it("runs every validation of a policy given as an array, parking from each", async () => {
            const v = fake.validateResource as ResourceValidation;
            const g = withGovernance({ ...fake, validateResource: [v, v] }, 0);
            // Several validations run through a promise (the SDK awaits it); let it settle.
            checkResource(g, db, { exemptions: [waiver({ name: "*" })] });
            await new Promise((r) => setImmediate(r));
            assert.equal(checkResource(exemptedViolations, db).violations.length, 2);
        });
    });
});
