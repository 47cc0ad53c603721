// eu-sovereignty-components stands alone: it imports nothing outside components/ but packages, the
// pack only through its public exports, and the provider SDKs it imports are peer dependencies.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import * as yaml from "js-yaml";

const root = path.join(__dirname, "..", "..");
const dir = path.join(root, "components");
const manifest = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as {
    main: string; dependencies: Record<string, string>; peerDependencies: Record<string, string>;
};
const packExports = Object.keys((JSON.parse(fs.readFileSync(path.join(root, "policies", "package.json"), "utf8")) as { exports: Record<string, unknown> }).exports);

function sources(d: string): string[] {
    return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(d, e.name);
        if (e.isDirectory()) return e.name === "dist" || e.name === "node_modules" ? [] : sources(p);
        return e.name.endsWith(".ts") ? [p] : [];
    });
}

const imports = sources(dir).flatMap((file) => [...fs.readFileSync(file, "utf8").matchAll(/^(?:import|export)[^;]*? from "([^"]+)";/gm)]
    .map((m) => ({ file: path.relative(dir, file), spec: m[1] })));

describe("component package: the workspace package", () => {
    it("imports nothing outside components/ by path", () => {
        assert.ok(imports.length > 50, `${imports.length} imports`);
        const outside = imports.filter((i) => i.spec.startsWith(".") && path.relative(dir, path.resolve(dir, path.dirname(i.file), i.spec)).startsWith(".."));
        assert.deepStrictEqual(outside, []);
    });

    it("imports eu-sovereignty-policies only through its package exports", () => {
        const pack = imports.filter((i) => i.spec.startsWith("eu-sovereignty-policies"));
        assert.ok(pack.length > 0);
        for (const i of pack) assert.ok(packExports.includes(`.${i.spec.slice("eu-sovereignty-policies".length)}`), `${i.file}: ${i.spec}`);
        assert.ok("eu-sovereignty-policies" in manifest.dependencies);
    });

    it("has every provider SDK it imports as a peer dependency, and its plugin entry as main", () => {
        const sdks = new Set(imports.map((i) => /^(@pulumi\/(?:aws|azure-native|gcp))(\/|$)/.exec(i.spec)?.[1]).filter((s): s is string => s !== undefined));
        assert.deepStrictEqual([...sdks].sort(), Object.keys(manifest.peerDependencies).sort());
        for (const sdk of sdks) assert.ok(!(sdk in manifest.dependencies), sdk);
        assert.strictEqual(manifest.main, "multi-language/index.ts");
        assert.deepStrictEqual(yaml.load(fs.readFileSync(path.join(dir, "PulumiPlugin.yaml"), "utf8")), { runtime: "nodejs" });
    });
});
