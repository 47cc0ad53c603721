// Provider defaults as azure-native applies them in Check: a resource without `location` takes the
// provider's `location` config, else its resource group's; the pack judges the filled inputs.
import * as assert from "assert";
import * as path from "path";
import { checkProgram, loadProgram } from "../../../src/engine/program/check";
import type { LoadedProgram } from "../../../src/engine/program/check";
import { readProject } from "../../../src/engine/program/project";
import { UNKNOWN_SENTINEL } from "../../../src/engine/values";
import { EU_PACK, ROOT, flaggedBy, resourceNamed, useSession } from "../../helpers/packs";

const DIR = path.join(ROOT, "test", "fixtures", "programs", "azure-defaults");

const load = (stack: string): Promise<LoadedProgram> => loadProgram(readProject(DIR, stack));
const locationOf = (p: LoadedProgram, name: string) => resourceNamed(p, name).inputs.location;
const defaultsOf = (p: LoadedProgram, name: string) => resourceNamed(p, name).defaults;

describe("provider defaults applied as in Check", function () {
    this.timeout(180_000);

    it("fills an unset Azure location from azure-native:location, and records it", async () => {
        const p = await load("eu");
        assert.strictEqual(locationOf(p, "data"), "westeurope");
        assert.deepStrictEqual(defaultsOf(p, "data"), [{ property: "location", from: "the provider's `location`" }]);
        assert.strictEqual(locationOf(p, "rg"), "westeurope");
        // The provider's config comes before the resource group's location.
        assert.strictEqual(locationOf(p, "bynamed"), "westeurope");
        // Set by the program: kept, and not reported as a default.
        assert.strictEqual(locationOf(p, "pinned"), "swedencentral");
        assert.strictEqual(defaultsOf(p, "pinned"), undefined);
        // Preview outputs are the checked inputs: `rg.location` is known downstream, and is the program's input there.
        assert.strictEqual(locationOf(p, "follows"), "westeurope");
        assert.strictEqual(defaultsOf(p, "follows"), undefined);
        // A type whose SDK takes no `location` gets none.
        assert.strictEqual(locationOf(p, "files"), undefined);
        assert.strictEqual(defaultsOf(p, "files"), undefined);
    });

    it("without provider config, takes the location of the program's resource group, by dependency or by name", async () => {
        const p = await load("groups");
        assert.strictEqual(locationOf(p, "data"), "westeurope");
        assert.deepStrictEqual(defaultsOf(p, "data"), [{ property: "location", from: "resource group rg" }]);
        // "named-rg" names the group declared as "Named-RG" (Azure names are case-insensitive).
        assert.strictEqual(locationOf(p, "bynamed"), "northeurope");
        assert.strictEqual(locationOf(p, "follows"), "westeurope");
        // A group outside the program would be looked up in Azure: offline it stays unset.
        assert.strictEqual(locationOf(p, "outside"), undefined);
        assert.strictEqual(defaultsOf(p, "outside"), undefined);
    });

    describe("classic azure (@pulumi/azure), as pulumi-azure's provider/resources.go defaults them", () => {
        const CLASSIC = path.join(ROOT, "test", "fixtures", "programs", "azure-classic-defaults");
        const loadClassic = (stack: string): Promise<LoadedProgram> => loadProgram(readProject(CLASSIC, stack));

        it("a resource group takes azure:location; other resources take their program resource group's location", async () => {
            const p = await loadClassic("eu");
            assert.strictEqual(locationOf(p, "rg"), "West Europe");
            assert.deepStrictEqual(defaultsOf(p, "rg"), [{ property: "location", from: "the provider's `location`" }]);
            // Not the provider's config: classic resources other than groups take their group's location.
            assert.strictEqual(locationOf(p, "data"), "West Europe");
            assert.deepStrictEqual(defaultsOf(p, "data"), [{ property: "location", from: "resource group rg" }]);
            assert.strictEqual(locationOf(p, "bynamed"), "North Europe");
            assert.strictEqual(locationOf(p, "pinned"), "Sweden Central");
            assert.strictEqual(defaultsOf(p, "pinned"), undefined);
            // A group outside the program is read from Azure in a real preview: offline the location is unknown.
            assert.strictEqual(locationOf(p, "outside"), UNKNOWN_SENTINEL);
            assert.match(defaultsOf(p, "outside")?.[0]?.from ?? "", /not in the program/);
        });

    });

    describe("through the eu-sovereignty pack", () => {
        const session = useSession({ packDir: EU_PACK });

        it("flags resources without a location in an eastus stack, and passes them in a westeurope stack", async () => {
            const us = await checkProgram(DIR, { stack: "us", session: session() });
            const flagged = flaggedBy(us, "eu-data-residency", "mandatory");
            for (const name of ["data", "rg", "bynamed", "outside"]) {
                assert.ok(flagged.includes(name), `${name} flagged in eastus: ${flagged.join(", ")}`);
            }
            assert.ok(!flagged.includes("pinned"), "swedencentral is in the EU");
            const message = resourceNamed(us, "data").diagnostics.find((d) => d.policyName === "eu-data-residency")?.message ?? "";
            assert.match(message, /eastus/);
            assert.deepStrictEqual(resourceNamed(us, "data").defaults, [{ property: "location", from: "the provider's `location`" }]);

            const eu = await checkProgram(DIR, { stack: "eu", session: session() });
            assert.deepStrictEqual(flaggedBy(eu, "eu-data-residency", "mandatory"), []);
            assert.deepStrictEqual(resourceNamed(eu, "data").placement?.lives.length, 1);
        });

        it("classic azure: an East US stack flags the group and the account in it; West Europe passes them", async () => {
            const dir = path.join(ROOT, "test", "fixtures", "programs", "azure-classic-defaults");
            const us = flaggedBy(await checkProgram(dir, { stack: "us", session: session() }), "eu-data-residency", "mandatory");
            for (const name of ["rg", "data"]) assert.ok(us.includes(name), `${name} flagged in East US: ${us.join(", ")}`);
            assert.ok(!us.includes("bynamed") && !us.includes("pinned"), us.join(", "));
            const eu = flaggedBy(await checkProgram(dir, { stack: "eu", session: session() }), "eu-data-residency", "mandatory");
            assert.ok(!eu.includes("rg") && !eu.includes("data"), eu.join(", "));
        });
    });
});
