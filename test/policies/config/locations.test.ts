import { strict as assert } from "assert";
import { allowedHint, allowedLocations } from "eu-sovereignty-policies/lib";

describe("allowed-locations config", () => {
    it("is the default list when neither list is configured, whatever else the config holds", () => {
        const set = allowedLocations({ exemptions: [] } as object);
        assert.ok(set.has("eu-central-1"));
        assert.match(allowedHint(set), /EU\/EEA default list/);
    });
    it("builds the set once per configured lists, although the SDK hands a new config object to every call", () => {
        const lists = { allowedLocations: ["westeurope"], additionalLocations: ["Switzerland North"] };
        const a = allowedLocations({ ...lists });
        const b = allowedLocations({ ...lists });
        assert.equal(a, b);
        assert.deepEqual([...a].sort(), ["switzerlandnorth", "westeurope"]);
        assert.match(allowedHint(a), /policy config's `allowedLocations`/);
    });
    it("adds to the default list with additionalLocations only", () => {
        const set = allowedLocations({ additionalLocations: ["eu-central-2"] });
        assert.ok(set.has("eu-central-2") && set.has("eu-west-1"));
    });
});
