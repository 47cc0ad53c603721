// `check` sends a policy what `pulumi preview --policy-pack` sends it (step_generator.go in pulumi's
// pkg/resource/deploy), for the cases a stack export does differently.
import * as assert from "assert";
import * as path from "path";
import { loadProgram } from "../../../src/engine/program/check";
import { readProject } from "../../../src/engine/program/project";
import { ROOT } from "../../helpers/packs";

const program = (name: string) => path.join(ROOT, "test", "fixtures", "programs", name);

describe("check matches pulumi preview --policy-pack", function () {
    this.timeout(60_000);

    it("sends a resource read with .get to no analyzer call, but the id it read reaches its users", async () => {
        const loaded = await loadProgram(readProject(program("reads"), "dev"));
        assert.deepStrictEqual(loaded.resources.map((r) => r.name), ["reads-dev", "default", "user"]);
        const user = loaded.resources.find((r) => r.name === "user");
        assert.deepStrictEqual(user?.inputs, { region: "eu-west-1", source: "thing-1234" });
        // Custom timeouts travel in seconds, as the engine parses them from the registration.
        assert.deepStrictEqual(user?.options?.customTimeouts, { create: 300, delete: 90 });
    });

    it("sends no aliases: a preview sends only the alias that matched an old resource, and offline there is none", async () => {
        const loaded = await loadProgram(readProject(program("reads"), "dev"));
        const user = loaded.resources.find((r) => r.name === "user");
        assert.deepStrictEqual(user?.options?.aliases, []);
    });

    it("names a default provider after its plugin download URL and keeps the URL under __internal, as the engine does", async () => {
        const loaded = await loadProgram(readProject(program("plugin-url"), "dev"));
        const hosted = loaded.resources.find((r) => r.name === "hosted");
        const name = "default_1_2_3_https_/get.example.test/plugins";
        assert.deepStrictEqual(hosted?.provider, {
            urn: `urn:pulumi:dev::plugin-url::pulumi:providers:test::${name}`, type: "pulumi:providers:test", name,
            // The trailing slash is trimmed, as parseProviderRequest does when a version is given.
            inputs: { region: "eu-west-1", version: "1.2.3", __internal: { pluginDownloadURL: "https://get.example.test/plugins" } },
        });
        // Same version, no URL: another default provider.
        assert.strictEqual(loaded.resources.find((r) => r.name === "plain")?.provider?.name, "default_1_2_3");
        assert.deepStrictEqual(loaded.resources.find((r) => r.name === "own")?.inputs,
            { region: "eu-north-1", __internal: { pluginDownloadURL: "https://get.example.test/plugins" } });
    });
});
