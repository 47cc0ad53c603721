// Invokes offline: built-in answers from the stack config, answers from an --invokes file, and one
// line naming any other function and how to supply its result.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputError, ProgramError } from "../../../src/engine/errors";
import { loadProgram } from "../../../src/engine/program/check";
import { answerInvoke, readInvokeFixtures } from "../../../src/engine/program/invokes";
import type { InvokeContext } from "../../../src/engine/program/builtin-invokes";
import { readProject } from "../../../src/engine/program/project";
import { ROOT, resourceNamed } from "../../helpers/packs";

const DIR = path.join(ROOT, "test", "fixtures", "programs", "invokes");
const ANSWERS = path.join(DIR, "ami-answers.json");

function context(config: Record<string, string>, resources: ReturnType<InvokeContext["resources"]> = []): InvokeContext {
    return { setting: (pkg, key) => config[`${pkg}:${key}`], resources: () => resources };
}

function tempFile(text: string): string {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-inv-")), "answers.json");
    fs.writeFileSync(file, text);
    return file;
}

describe("invokes offline", function () {
    this.timeout(120_000);

    it("answers the common data sources from the stack config and from an explicit provider", async () => {
        const p = await loadProgram(readProject(DIR, "dev"));
        assert.deepStrictEqual(resourceNamed(p, "answers").inputs.tags, {
            zone: "eu-central-1a",
            region: "eu-central-1",
            partition: "aws",
            account: "000000000000",
            project: "my-eu-project",
            paris: "eu-west-3",
        });
    });

    it("fails an unknown invoke with one line naming the function and --invokes, awaited or read through an Output", async () => {
        for (const stack of ["ami", "ami-output"]) {
            try {
                await loadProgram(readProject(DIR, stack));
                assert.fail("the program ran");
            } catch (e) {
                assert.ok(e instanceof ProgramError, String(e));
                assert.ok(!e.message.includes("\n"), e.message);
                assert.match(e.message, /failed: the program called aws:ec2\/getAmi:getAmi, which cannot be answered offline \(it has no built-in offline answer\); give its result in a JSON file passed with --invokes/);
            }
        }
    });

    it("answers from an --invokes file, choosing the entry whose args match", async () => {
        const p = await loadProgram(readProject(DIR, "ami"), undefined, { invokesFile: ANSWERS });
        assert.deepStrictEqual(resourceNamed(p, "ami").inputs.tags, { ami: "ami-0123456789abcdef0" });
    });

    it("rejects a bad --invokes file in one line before the program runs", async () => {
        const cases: [string, RegExp][] = [
            ["{", /^cannot read the invokes file .*answers\.json: /],
            ["[]", /must be a JSON object of function tokens to results$/],
            ['{"aws:index/getRegion:getRegion": 3}', /aws:index\/getRegion:getRegion must map to a result object or a list/],
            ['{"aws:index/getRegion:getRegion": [{"args": {}}]}', /aws:index\/getRegion:getRegion\[0\] must be \{"args": \{\.\.\.\}, "result": \{\.\.\.\}\}$/],
        ];
        for (const [text, expected] of cases) {
            await assert.rejects(loadProgram(readProject(DIR, "dev"), undefined, { invokesFile: tempFile(text) }),
                (e: Error) => e instanceof InputError && expected.test(e.message) && !e.message.includes("\n"));
        }
    });

    it("says why a built-in cannot answer, and never prints argument values", () => {
        assert.throws(() => answerInvoke("aws:index/getRegion:getRegion", {}, context({}), undefined),
            /getRegion, which cannot be answered offline \(aws:region is not set in the stack config\)/);
        const fixtures = readInvokeFixtures(tempFile('{"x:index:getSecret": [{"args": {"name": "a"}, "result": {"v": 1}}]}'));
        assert.throws(() => answerInvoke("x:index:getSecret", { name: "hunter2" }, context({}), fixtures, "answers.json"),
            (e: Error) => /with arguments \(name\), which no entry of answers\.json matches/.test(e.message) && !e.message.includes("hunter2"));
    });

    it("derives the partition from the region, and answers a resource group the program declares", () => {
        const cn = answerInvoke("aws:index/getPartition:getPartition", {}, context({ "aws:region": "cn-north-1" }), undefined);
        assert.deepStrictEqual(cn, { id: "aws-cn", partition: "aws-cn", dnsSuffix: "amazonaws.com.cn", reverseDnsPrefix: "cn.com.amazonaws" });
        const group = { type: "azure-native:resources:ResourceGroup", name: "rg", inputs: { resourceGroupName: "Data-RG" } };
        const rg = answerInvoke("azure-native:resources:getResourceGroup", { resourceGroupName: "data-rg" }, context({ "azure-native:location": "westeurope" }, [group]), undefined);
        assert.strictEqual(rg.location, "westeurope");
        assert.throws(() => answerInvoke("azure-native:resources:getResourceGroup", { resourceGroupName: "other" }, context({}, [group]), undefined),
            /resource group "other" is not declared in the program/);
    });

    it("renders aws.iam.getPolicyDocument from its arguments, as the provider does without calling AWS", () => {
        // aws-ts-appsync's assume-role document, and a TLS-only bucket policy statement the pack reads.
        const doc = answerInvoke("aws:iam/getPolicyDocument:getPolicyDocument", {
            statements: [
                { actions: ["sts:AssumeRole"], principals: [{ type: "Service", identifiers: ["appsync.amazonaws.com"] }] },
                { sid: "TlsOnly", effect: "Deny", actions: ["s3:*"], resources: ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
                    principals: [{ type: "*", identifiers: ["*"] }], conditions: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }] },
            ],
        }, context({}), undefined);
        assert.deepStrictEqual(JSON.parse(String(doc.json)), {
            Version: "2012-10-17",
            Statement: [
                { Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: "appsync.amazonaws.com" } },
                { Sid: "TlsOnly", Effect: "Deny", Action: "s3:*", Resource: ["arn:aws:s3:::b", "arn:aws:s3:::b/*"], Principal: "*",
                    Condition: { Bool: { "aws:SecureTransport": "false" } } },
            ],
        });
        assert.deepStrictEqual(JSON.parse(String(doc.minifiedJson)), JSON.parse(String(doc.json)));
        assert.throws(() => answerInvoke("aws:iam/getPolicyDocument:getPolicyDocument", { sourcePolicyDocuments: ["{}"] }, context({}), undefined),
            /getPolicyDocument, which cannot be answered offline \(it merges `sourcePolicyDocuments`, which is not reproduced offline\)/);
    });

    it("answers the classic azure provider's getClientConfig from its own settings", () => {
        // classic-azure-ts-msi-keyvault-rbac reads the tenant for a Key Vault from azure.core.getClientConfig.
        const cfg = answerInvoke("azure:core/getClientConfig:getClientConfig", {},
            context({ "azure:tenantId": "11111111-2222-3333-4444-555555555555", "azure-native:tenantId": "other" }), undefined);
        assert.strictEqual(cfg.tenantId, "11111111-2222-3333-4444-555555555555");
        assert.strictEqual(cfg.subscriptionId, "00000000-0000-0000-0000-000000000000");
        assert.strictEqual(cfg.objectId, "00000000-0000-0000-0000-000000000000");
    });
});
