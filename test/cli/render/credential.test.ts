// The label as a Verifiable Credential (`--format credential`, docs/label.md): real exports that reach
// levels 0..3 give credentials valid against our VC Data Model 2.0 core schema, with the level, the
// blockers by rule, where the data lives and who holds the keys; no proof, no secret value.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "../../../src/cli/args";
import { custodyOf, DEFAULT_ISSUER, GX, VC_V2_CONTEXT } from "../../../src/cli/render/credential";
import { runCli } from "../../helpers/cli";
import { ROOT } from "../../helpers/packs";
import { vcSchemaErrors } from "../../helpers/schemas";

interface Subject {
    id?: string; project?: string; stack?: string; source?: string; level: number; criteriaVersion: string; disclaimer: string;
    nextLevel?: { level: number; blockers: { rule: string; requirement: string; count: number; notEvaluated?: string }[] };
    dataLocations: { cloud: string; location: string; allowed: boolean; lives: number; replicas: number }[];
    storageLocations: string[];
    unlocatedResources: number;
    keyCustody: { tier: number | string; holder: string; keyManagement?: string; keyService?: string; keyLocation?: string; resources: number }[];
}
interface Credential { "@context": [string, Record<string, unknown>]; type: string[]; issuer: string; validFrom: string; credentialSubject: Subject; proof?: unknown }

const FIXTURES = ["test/fixtures/estate/compliant.json", "test/fixtures/estate/level-1.json", "test/fixtures/estate/non-eu-data.json", "test/fixtures/label/level-2.json"];

describe("label credential", function () {
    this.timeout(300_000);

    describe("over the four stacks that reach levels 3, 1, 0 and 2", () => {
        let vp: { "@context": string[]; type: string[]; verifiableCredential: Credential[]; proof?: unknown };
        let byProject: Map<string, Credential>;
        let ran: [number, number];
        before(async () => {
            const start = Date.now();
            const r = await runCli(["audit", ...FIXTURES, "--format", "credential"], { cwd: ROOT });
            assert.equal(r.code, 1, r.stderr);
            vp = JSON.parse(r.stdout) as typeof vp;
            ran = [start, Date.now()];
            byProject = new Map(vp.verifiableCredential.map((c) => [c.credentialSubject.project ?? "", c]));
        });

        it("is an unsigned VerifiablePresentation of one credential per stack, valid against the VC 2.0 core schema", () => {
            assert.equal(vcSchemaErrors(vp), "");
            assert.deepEqual(vp.type, ["VerifiablePresentation"]);
            assert.equal(vp.proof, undefined);
            assert.deepEqual(vp.verifiableCredential.map((c) => c.credentialSubject.source), FIXTURES);
            for (const c of vp.verifiableCredential) {
                assert.equal(vcSchemaErrors(c), "");
                assert.equal(c["@context"][0], VC_V2_CONTEXT);
                assert.equal(c["@context"][1].gx, GX);
                assert.deepEqual(c.type, ["VerifiableCredential", "SovereigntyLabelSelfAssessment"]);
                assert.equal(c.issuer, DEFAULT_ISSUER);
                assert.equal(c.proof, undefined);
                // validFrom is the report's date: made during the run.
                assert.ok(Date.parse(c.validFrom) >= ran[0] && Date.parse(c.validFrom) <= ran[1], c.validFrom);
                assert.match(c.credentialSubject.disclaimer, /not a Gaia-X certification/);
                assert.equal(c.credentialSubject.stack, "prod");
            }
        });

        it("level and blockers per stack, grouped by rule with counts", () => {
            const levels = Object.fromEntries([...byProject].map(([p, c]) => [p, c.credentialSubject.level]));
            assert.deepEqual(levels, { billing: 3, analytics: 1, shop: 0, ledger: 2 });
            assert.equal(byProject.get("billing")?.credentialSubject.nextLevel, undefined);
            assert.deepEqual(byProject.get("analytics")?.credentialSubject.nextLevel, { level: 2, blockers: [{ rule: "eu-data-residency", requirement: "L2-residency", count: 1 }] });
            assert.deepEqual(byProject.get("shop")?.credentialSubject.nextLevel?.blockers.map((b) => [b.rule, b.count]), [["customer-managed-keys", 1], ["encryption-in-transit", 1]]);
            assert.equal(byProject.get("ledger")?.credentialSubject.nextLevel?.level, 3);
            assert.equal(byProject.get("ledger")?.credentialSubject.id, "urn:pulumi:prod::ledger::pulumi:pulumi:Stack::ledger-prod");
        });

        it("where the data lives: each location once, allowed or not, with its counts", () => {
            const where = (p: string): [string, boolean, number][] =>
                (byProject.get(p)?.credentialSubject.dataLocations ?? []).map((l) => [`${l.cloud}:${l.location}`, l.allowed, l.lives]);
            assert.deepEqual(where("analytics"), [["hcloud:ash", false, 1], ["hcloud:fsn1", true, 1]]);
            assert.deepEqual(where("billing").sort(), [["hcloud:fsn1", true, 1], ["hcloud:nbg1", true, 1]]);
            assert.deepEqual(where("shop"), [["aws:us-east-1", false, 1]]);
            assert.deepEqual(where("ledger"), [["aws:eu-central-1", true, 4]]);
            assert.deepEqual(byProject.get("analytics")?.credentialSubject.storageLocations, ["hcloud:ash", "hcloud:fsn1"]);
            for (const c of byProject.values()) assert.equal(c.credentialSubject.unlocatedResources, 0);
        });

        it("who holds the keys: tiers and holders, without the key reference", () => {
            assert.deepEqual(byProject.get("ledger")?.credentialSubject.keyCustody, [
                { tier: 2, holder: "the customer, in the provider's key service", keyService: "aws KMS", keyLocation: "eu-central-1", resources: 1 },
            ]);
            assert.doesNotMatch(JSON.stringify(byProject.get("ledger")), /arn:aws:kms/);
        });
    });

    it("the prod example: a replica outside the EU and provider-held keys (gx:keyManagement managed)", async () => {
        const r = await runCli(["audit", "examples/stack-export/prod.json", "--format", "credential"], { cwd: ROOT });
        const c = JSON.parse(r.stdout) as Credential;
        assert.equal(vcSchemaErrors(c), "");
        assert.deepEqual(c.credentialSubject.dataLocations.map((l) => [l.location, l.allowed, l.lives, l.replicas]), [["us-east-1", false, 1, 1], ["eu-west-1", true, 7, 0]]);
        assert.deepEqual(c.credentialSubject.keyCustody.map((k) => [k.tier, k.keyManagement, k.resources]), [[1, "gx:KeyManagement/managed", 3], [2, undefined, 2]]);
    });

    it("no secret value reaches the credential (an export with plaintext secrets, as --show-secrets writes)", async () => {
        const file = "test/fixtures/credential/with-secrets.json";
        const input = fs.readFileSync(path.join(ROOT, file), "utf8");
        const secrets = ["S3CRET-provider-secret-key-5e1c", "S3CRET-tag-value-91b2", "S3CRET-db-password-7f3a"];
        for (const s of secrets) assert.ok(input.includes(s), s);
        const r = await runCli(["audit", file, "--format", "credential"], { cwd: ROOT });
        const c = JSON.parse(r.stdout) as Credential;
        assert.equal(vcSchemaErrors(c), "");
        assert.equal(c.credentialSubject.level, 2);
        assert.doesNotMatch(r.stdout + r.stderr, /S3CRET/);
    });

    it("--issuer and -o: the file holds one credential from that issuer, dated as the report", async () => {
        const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-vc-")), "label.vc.json");
        const r = await runCli(["audit", "test/fixtures/estate/level-1.json", "--format", "credential", "--issuer", "did:web:example.eu", "-o", out], { cwd: ROOT });
        assert.equal(r.code, 1, r.stderr);
        assert.match(r.stderr, /wrote the credential report to /);
        const c = JSON.parse(fs.readFileSync(out, "utf8")) as Credential;
        assert.equal(vcSchemaErrors(c), "");
        assert.equal(c.issuer, "did:web:example.eu");
        assert.equal(c.credentialSubject.level, 1);
    });

    it("--issuer must be a URL and goes with --format credential only", () => {
        assert.throws(() => parseArgs(["audit", "x.json", "--format", "credential", "--issuer", "my company"]), /--issuer needs a URL, DID or URN/);
        assert.throws(() => parseArgs(["audit", "x.json", "--issuer", "did:web:example.eu"]), /--issuer applies to --format credential only/);
    });

    it("key custody read from the report's key text", () => {
        assert.deepEqual(custodyOf("provider-managed (tier 1)"), { tier: 1, holder: "the cloud provider", keyManagement: "gx:KeyManagement/managed" });
        assert.deepEqual(custodyOf("a customer-managed (tier 2)"), { tier: 2, holder: "the customer, in the provider's key service" });
        assert.deepEqual(custodyOf("external (gcp Cloud KMS, europe-west3): projects/p/locations/europe-west3/keyRings/r/cryptoKeys/k"),
            { tier: 3, holder: "the customer, outside the provider", keyManagement: "gx:KeyManagement/HYOK", keyService: "gcp Cloud KMS", keyLocation: "europe-west3" });
        assert.equal(custodyOf("unrecognised key reference")?.tier, "unproven");
        assert.equal(custodyOf("—"), undefined);
    });

    describe("the schema rejects what VC 2.0 forbids", () => {
        const good = { "@context": [VC_V2_CONTEXT], type: ["VerifiableCredential"], issuer: "urn:x:y", validFrom: "2026-12-03T10:00:00Z", credentialSubject: { level: 1 } };
        it("accepts a minimal credential", () => assert.equal(vcSchemaErrors(good), ""));
        for (const [what, bad] of [
            ["no issuer", { ...good, issuer: undefined }],
            ["an issuer that is no URL", { ...good, issuer: "acme" }],
            ["the v2 context not first", { ...good, "@context": ["https://example.org/ctx", VC_V2_CONTEXT] }],
            ["the v1 context", { ...good, "@context": ["https://www.w3.org/2018/credentials/v1"] }],
            ["no VerifiableCredential type", { ...good, type: ["SovereigntyLabelSelfAssessment"] }],
            ["validFrom not a date-time", { ...good, validFrom: "3 December 2026" }],
            ["no credentialSubject", { ...good, credentialSubject: undefined }],
            ["an empty credentialSubject", { ...good, credentialSubject: {} }],
        ] as const) {
            it(`rejects ${what}`, () => assert.notEqual(vcSchemaErrors(JSON.parse(JSON.stringify(bad))), ""));
        }
    });
});
