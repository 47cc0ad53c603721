// components/schema.json is what the provider host infers from the components today (regenerated
// here the way `npm run gen:schema` does), and every TypeScript component is in the package.
import * as assert from "assert";
import * as fs from "fs";
import { inferSchemaText, schemaPath } from "../../../scripts/component-schema";
import { aws, azure, gcp } from "../../../components/index";
import * as multiLanguage from "../../../components/multi-language";

describe("component package: schema", () => {
    it("components/schema.json matches the schema the host infers from the components", async () => {
        const inferred = await inferSchemaText();
        assert.ok(inferred === fs.readFileSync(schemaPath, "utf8"), "components/schema.json is stale: run `npm run gen:schema`");
    });

    it("every TypeScript component is served, named after its cloud (AWS and GCP both have a SovereignBucket)", () => {
        const prefixes = { aws: "Aws", azure: "Azure", gcp: "Gcp" } as const;
        const expected = Object.entries({ aws, azure, gcp }).flatMap(([cloud, mod]) => Object.values(mod)
            .filter((v): v is { name: string; type: string } => typeof v === "function" && typeof (v as { type?: unknown }).type === "string")
            .map((c) => `${prefixes[cloud as keyof typeof prefixes]}${c.name}`));
        assert.ok(expected.length >= 23, `${expected.length} components`);
        assert.deepStrictEqual(Object.keys(multiLanguage).sort(), expected.sort());
    });
});
