import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { openFormatCatalogue, transitRows } from "eu-sovereignty-policies/lib";

// A type token that no SDK defines would make a catalogue row silently dead: check each against the
// provider SDKs installed for the components (their resource classes declare `__pulumiType`).
const sdkRoot = path.resolve(__dirname, "../../../node_modules/@pulumi");

function definedInSdk(token: string): boolean {
    const [pkg, modulePath] = token.split(":");
    const dir = path.join(sdkRoot, pkg, modulePath.split("/")[0]);
    if (!fs.existsSync(dir)) return false;
    const needle = `__pulumiType = '${token}'`;
    return fs.readdirSync(dir).some((f) => f.endsWith(".js") && fs.readFileSync(path.join(dir, f), "utf8").includes(needle));
}

describe("catalogue type tokens exist in the provider SDKs", () => {
    it("open-data-formats", () => {
        const missing = openFormatCatalogue.flatMap((e) => e.types).filter((t) => !definedInSdk(t));
        assert.deepEqual(missing, []);
    });
    it("encryption-in-transit", () => {
        const missing = [...transitRows.keys(), "aws:s3/bucketPolicy:BucketPolicy", "aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"].filter((t) => !definedInSdk(t));
        assert.deepEqual(missing, []);
    });
    it("the check itself rejects a made-up token", () => {
        assert.equal(definedInSdk("aws:dynamodb/table:Tabel"), false);
    });
});
