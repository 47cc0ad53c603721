// The pack converts each request's properties once for all its policies (policies/src/sdk/deserialize-once.ts)
// instead of once per policy as @pulumi/policy does. Sound only if no policy changes what it is given:
// the same estate (every catalogue type, keys, replicas, secrets, unknowns) must get the same verdicts
// both ways, Analyze and AnalyzeStack alike.
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as path from "path";
import { syntheticEstate } from "../../../scripts/bench/synthetic";
import { toEngineResources } from "../../../src/engine/resources";
import { EU_PACK, ROOT } from "../../helpers/packs";
import { analyzeWith, verdicts } from "../../helpers/verdicts";

const OPT_OUT = "EU_SOV_DESERIALIZE_PER_POLICY";

describe("robustness: properties converted once per request", function () {
    this.timeout(600_000);

    it("gives the same verdicts as converting them once per policy, on every catalogue type", async () => {
        const stack = { project: "estate", stack: "prod" };
        const resources = toEngineResources(syntheticEstate(10_000, stack).resources, stack);
        const once = verdicts(await analyzeWith(OPT_OUT, false, resources));
        const perPolicy = verdicts(await analyzeWith(OPT_OUT, true, resources));
        // A floor that the estate is judged at all (provider-jurisdiction reports once per provider: ~4,900).
        assert.ok(once.length > 4_000, `diagnostics: ${once.length}`);
        assert.deepStrictEqual(once, perPolicy);
    });

    it("hands every policy the same conversion of a Struct, a new one for another Struct, and can be turned off", () => {
        const script = `
            const { installDeserializeOnce } = require(${JSON.stringify(path.join(EU_PACK, "dist", "sdk", "deserialize-once.js"))});
            const { Struct } = require("google-protobuf/google/protobuf/struct_pb");
            const sdk = require("@pulumi/policy/deserialize");
            const off = installDeserializeOnce({ ${OPT_OUT}: "1" });
            const a = Struct.fromJavaScript({ location: "westeurope", tags: { team: "x" } });
            const b = Struct.fromJavaScript({ location: "westeurope", tags: { team: "x" } });
            const before = sdk.deserializeProperties(a, false) === sdk.deserializeProperties(a, false);
            const on = installDeserializeOnce({});
            const again = installDeserializeOnce({});
            const first = sdk.deserializeProperties(a, false);
            console.log(JSON.stringify({ off, before, on, again, same: first === sdk.deserializeProperties(a, false),
                other: first === sdk.deserializeProperties(b, false), value: first, secretsApart: first === sdk.deserializeProperties(a, true) }));`;
        const out = JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" })) as Record<string, unknown>;
        assert.deepStrictEqual(out, {
            off: false, before: false, on: true, again: true, same: true, other: false,
            value: { location: "westeurope", tags: { team: "x" } }, secretsApart: false,
        });
    });
});
