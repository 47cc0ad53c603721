import { strict as assert } from "assert";
import { keyClouds } from "eu-sovereignty-policies/lib";
import type { KeyCloud } from "eu-sovereignty-policies/lib";
import { readTypings, rowProblems, type SdkPackage, type Typings } from "./typings";

// Every key row of the three clouds against the installed SDKs' typings: the type token exists, and
// each path the row reads (`at`, `key`, `supplied`, gate paths) is an input of `<Class>Args`, followed
// through types/input.d.ts and arrays, with the value kind the row assumes. A misspelt path or a gate
// comparing a string input with a boolean would make a row silently dead or wrong. Each token is
// checked against its own package's typings (azure's classic rows against @pulumi/azure).
const sdks: readonly SdkPackage[] = ["aws", "aws-native", "azure-native", "azure", "gcp"];

function tokensOf(c: KeyCloud): string[] {
    return [...Object.keys(c.rows), ...c.companions.flatMap((r) => [...r.targets, ...r.companions])];
}

function sdkOf(token: string): SdkPackage {
    const pkg = token.slice(0, token.indexOf(":"));
    const sdk = sdks.find((s) => s === pkg);
    if (sdk === undefined) throw new Error(`${token}: no SDK typings for package ${pkg}`);
    return sdk;
}

/** Reads each package's typings once, for the tokens of all rows. */
function typingsFor(tokens: readonly string[]): (token: string) => Typings {
    const bySdk = new Map<SdkPackage, Typings>();
    for (const sdk of sdks) {
        const mine = tokens.filter((t) => sdkOf(t) === sdk);
        if (mine.length > 0) bySdk.set(sdk, readTypings(sdk, mine));
    }
    return (token) => bySdk.get(sdkOf(token))!;
}

describe("key rows checked against the installed SDK typings", function () {
    this.timeout(120_000);
    let typingsOf: (token: string) => Typings;
    before(() => {
        typingsOf = typingsFor(keyClouds.flatMap(tokensOf));
    });

    for (const c of keyClouds) {
        it(`${c.cloud}: every row's token, paths and value kinds exist as the row assumes`, () => {
            const problems = Object.entries(c.rows).flatMap(([token, rows]) => rows.flatMap((row) => rowProblems(typingsOf(token), token, row).map((p) => `${row.id}: ${p}`)));
            assert.deepEqual(problems, []);
        });
        it(`${c.cloud}: every companion row's tokens exist and its link and inline paths are inputs`, () => {
            const problems: string[] = [];
            for (const r of c.companions) {
                for (const token of [...r.targets, ...r.companions]) if (!typingsOf(token).args(token)) problems.push(`${r.id}: ${token} is not in the SDK`);
                for (const token of r.companions) {
                    const s = typingsOf(token).shapeAt(token, r.link);
                    if ("error" in s) problems.push(`${r.id}: ${s.error}`);
                }
                // The inline block may exist on some targets only (aws:s3/bucketV2 has none in @pulumi/aws 7), but on one at least.
                const inline = r.inline;
                if (inline !== undefined && r.targets.every((token) => "error" in typingsOf(token).shapeAt(token, inline))) problems.push(`${r.id}: no target has an input \`${inline}\``);
            }
            assert.deepEqual(problems, []);
        });
    }

    describe("the check itself", () => {
        const t = () => typingsOf("aws:redshift/cluster:Cluster");
        const redshift = "aws:redshift/cluster:Cluster";
        it("passes a correct row", () => {
            assert.deepEqual(rowProblems(t(), redshift, { at: "", key: "kmsKeyId", gates: [{ path: "encrypted", kind: "string" }] }), []);
        });
        it("fails a misspelt key, a misspelt block and a misspelt gate path", () => {
            assert.match(rowProblems(t(), redshift, { at: "", key: "kmsKeyID" }).join("\n"), /key: .*no input `kmsKeyID`/);
            assert.match(rowProblems(t(), "aws:ecr/repository:Repository", { at: "encryptionConfiguration[]", key: "kmsKey" }).join("\n"), /at: .*no input `encryptionConfiguration`/);
            assert.match(rowProblems(t(), redshift, { at: "", key: "kmsKeyId", gates: [{ path: "encrypt", kind: "string" }] }).join("\n"), /gate encrypt: .*no input `encrypt`/);
        });
        it("fails a gate whose kind is not the input's: Redshift's `encrypted` is a string, not a boolean", () => {
            assert.match(rowProblems(t(), redshift, { at: "", key: "kmsKeyId", gates: [{ path: "encrypted", kind: "boolean" }] }).join("\n"), /`encrypted` is string, the row assumes boolean/);
        });
        it("fails an array read without fanning out, and a fan-out over an object", () => {
            assert.match(rowProblems(t(), "aws:ecr/repository:Repository", { at: "encryptionConfigurations", key: "kmsKey" }).join("\n"), /at: .*is array, the row assumes object/);
            assert.match(rowProblems(t(), "aws:ebs/volume:Volume", { at: "", key: "kmsKeyId[]" }).join("\n"), /not an array/);
        });
        it("checks classic azure rows against @pulumi/azure, not azure-native", () => {
            const account = "azure:storage/account:Account";
            assert.deepEqual(rowProblems(typingsOf(account), account, { at: "customerManagedKey", key: "keyVaultKeyId" }), []);
            assert.match(rowProblems(typingsOf(account), account, { at: "customerManagedKey", key: "keyVaultUri" }).join("\n"), /@pulumi\/azure .*|no input `customerManagedKey.keyVaultUri`/);
        });
        it("fails a token the SDK does not define", () => {
            assert.match(rowProblems(t(), "aws:dynamodb/table:Tabel", { at: "", key: "kmsKeyArn" }).join("\n"), /not a resource/);
        });
    });
});

describe("key row ids", () => {
    const prefix: Readonly<Record<string, string>> = { aws: "AWS", azure: "AZC?", gcp: "GCP" };
    it("every protection and companion row has a unique id of its cloud's form", () => {
        const seen = new Map<string, string>();
        for (const c of keyClouds) {
            const ids = [...Object.values(c.rows).flat().map((r) => r.id), ...c.companions.map((r) => r.id)];
            for (const id of ids) {
                assert.match(id, new RegExp(`^EUK-${prefix[c.cloud]}-\\d{3}$`), id);
                assert.equal(seen.get(id), undefined, `${id} is used twice`);
                seen.set(id, c.cloud);
            }
        }
    });
    it("keeps the first published ids (EUK-AWS-101..115) on the rows they named", () => {
        const aws = keyClouds.find((c) => c.cloud === "aws")!;
        assert.equal(aws.rows["aws:ecr/repository:Repository"][0].id, "EUK-AWS-101");
        assert.equal(aws.rows["aws:redshift/cluster:Cluster"][0].id, "EUK-AWS-102");
        assert.equal(aws.rows["aws:fsx/lustreFileSystem:LustreFileSystem"][0].id, "EUK-AWS-115");
    });
    it("rows of one type have distinct services (the policy finds a finding's row by its service)", () => {
        for (const c of keyClouds) {
            for (const [token, rows] of Object.entries(c.rows)) assert.equal(new Set(rows.map((r) => r.service)).size, rows.length, token);
        }
    });
});

describe("customer-managed-keys coverage", () => {
    // A data service is counted once however many tokens name it (the four S3 encryption tokens are one).
    const services = (cloud: string) => new Set(Object.values(keyClouds.find((c) => c.cloud === cloud)!.rows).map((rows) => rows[0].service)).size;
    it("covers at least 40 AWS, 25 Azure and 25 GCP data services (90 in all)", () => {
        const counts = { aws: services("aws"), azure: services("azure"), gcp: services("gcp") };
        assert.ok(counts.aws >= 40, `aws: ${counts.aws}`);
        assert.ok(counts.azure >= 25, `azure: ${counts.azure}`);
        assert.ok(counts.gcp >= 25, `gcp: ${counts.gcp}`);
        assert.ok(counts.aws + counts.azure + counts.gcp >= 90);
    });
});
