// The engine's package entry (`eu-sovereignty`) loads no provider SDK: a CI job or a program that only
// runs the pack must not pay for three SDKs. The components are the subpath `eu-sovereignty/components`.
import { strict as assert } from "assert";
import { execFileSync } from "child_process";
import { ROOT } from "../helpers/packs";

function loaded(entry: string): string[] {
    const script = `require(${JSON.stringify(entry)}); process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
    return JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" })) as string[];
}

const sdk = /[\\/]node_modules[\\/]@pulumi[\\/](aws|azure-native|gcp)[\\/]/;

describe("package entries", function () {
    this.timeout(120_000);
    it("`eu-sovereignty` (the engine) loads no provider SDK", () => {
        const mods = loaded("eu-sovereignty");
        assert.ok(mods.some((m) => m.includes("session")), "the engine itself is loaded");
        assert.deepEqual(mods.filter((m) => sdk.test(m)), []);
    });
    it("`eu-sovereignty/components` gives the three clouds' components", () => {
        const script = 'const c = require("eu-sovereignty/components"); process.stdout.write(JSON.stringify([typeof c.aws.SovereignBucket, typeof c.azure.SovereignKeyVault, typeof c.gcp.SovereignBucket]));';
        assert.deepEqual(JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" })), ["function", "function", "function"]);
    });
});
