// Policy pack config as the CLI handles it: parsing, defaults, "all", validation against schemas.
import * as assert from "assert";
import { InputError } from "../../src/engine/errors";
import { parsePolicyPackConfig, reconcilePolicyConfig } from "../../src/engine/policy-config";
import type { PolicyMeta } from "../../src/engine/policy-config";

const policies: PolicyMeta[] = [
    { name: "region", enforcementLevel: "mandatory", configSchema: { properties: { regions: { type: "array", items: { type: "string" }, default: ["us-east-1"] } } } },
    { name: "tags", enforcementLevel: "advisory", configSchema: { properties: { key: { type: "string" } }, required: ["key"] } },
    { name: "plain", enforcementLevel: "advisory" },
];

describe("policy pack config", () => {
    it("accepts the shorthand level and objects with properties", () => {
        assert.deepStrictEqual(parsePolicyPackConfig({ region: "advisory", tags: { enforcementLevel: "disabled", key: "owner" }, plain: {} }, "t"), {
            region: { enforcementLevel: "advisory" },
            tags: { enforcementLevel: "disabled", properties: { key: "owner" } },
        });
    });

    it("rejects bad levels and shapes with the policy named", () => {
        assert.throws(() => parsePolicyPackConfig({ region: "strict" }, "cfg.json"), (e: Error) =>
            e instanceof InputError && e.message === 'cfg.json: "strict" for policy "region" is not an enforcement level (advisory, mandatory, remediate, disabled)');
        assert.throws(() => parsePolicyPackConfig({ region: { enforcementLevel: 3 } }, "c"), /enforcementLevel 3 for policy "region"/);
        assert.throws(() => parsePolicyPackConfig([], "c"), /must be a JSON object/);
        assert.throws(() => parsePolicyPackConfig({ region: 5 }, "c"), /policy "region" must be an enforcement level or an object/);
    });

    it("fills schema defaults, applies all then per-policy settings, later layers win", () => {
        const result = reconcilePolicyConfig("p", policies, [
            { entries: { all: { enforcementLevel: "advisory" }, tags: { properties: { key: "owner" } } }, source: "preset" },
            { entries: { region: { enforcementLevel: "disabled", properties: { regions: ["eu-west-1"] } } }, source: "file" },
        ]);
        assert.deepStrictEqual(result, {
            region: { enforcementLevel: "disabled", properties: { regions: ["eu-west-1"] } },
            tags: { enforcementLevel: "advisory", properties: { key: "owner" } },
            plain: { enforcementLevel: "advisory" },
        });
    });

    it("validates against each policy's schema, naming the policy and the problem", () => {
        assert.throws(
            () => reconcilePolicyConfig("p", policies, [{ entries: { tags: { properties: { key: "x" } }, region: { properties: { regions: "eu" } } }, source: "config file c.json" }]),
            (e: Error) => e instanceof InputError && e.message === 'invalid config for policy "region" (config file c.json): regions must be array');
        // A required property missing is an error even without config, as with the CLI.
        assert.throws(() => reconcilePolicyConfig("p", policies, []), /invalid config for policy "tags" \(defaults\): the config needs `key`/);
    });

    it("rejects policies the pack does not have", () => {
        assert.throws(() => reconcilePolicyConfig("p", policies, [{ entries: { regoin: { enforcementLevel: "advisory" }, tags: { properties: { key: "k" } } }, source: "config file c.json" }]),
            /config file c.json configures policy "regoin", which pack p does not have \(its policies: plain, region, tags\)/);
    });
});
