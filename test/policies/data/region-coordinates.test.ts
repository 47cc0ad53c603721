// Region coordinates (policies/src/data/region-coordinates.ts): every catalogued location has a map
// point or says why it cannot have one, and the points are where the catalogue says the region is.
import { strict as assert } from "assert";
import { CLOUD_IDS, coordinateRowNames, jurisdictionOf, regionPoint, regionTables } from "eu-sovereignty-policies/lib";
import type { RegionPoint } from "eu-sovereignty-policies/lib";

// Rough boxes [latMin, latMax, lonMin, lonMax]: enough to catch a swapped sign or a swapped pair.
const EUROPE = [34, 72, -25, 45] as const;
const BOX: Record<string, readonly [number, number, number, number]> = {
    US: [24, 50, -125, -66], CA: [42, 60, -125, -60], BR: [-34, 5, -74, -34], AU: [-44, -10, 112, 154],
    JP: [30, 46, 129, 146], IN: [6, 36, 68, 98], SG: [1, 2, 103, 105], ZA: [-35, -22, 16, 33],
};

function inBox(p: RegionPoint, [a, b, c, d]: readonly [number, number, number, number]): boolean {
    return p.lat >= a && p.lat <= b && p.lon >= c && p.lon <= d;
}

describe("region coordinates", () => {
    for (const cloud of CLOUD_IDS) {
        it(`gives every ${cloud} location of the catalogue a point, or a reason why not`, () => {
            const names = regionTables[cloud].entries.map((e) => e.name);
            assert.deepEqual([...coordinateRowNames(cloud)].sort(), [...names].sort(), "one coordinate row per catalogue entry, no more");
            for (const e of regionTables[cloud].entries) {
                const p = regionPoint(cloud, e.name);
                assert.ok(p, `${cloud} ${e.name} has a row`);
                if ("unplottable" in p) {
                    assert.equal(e.country, "GLOBAL", `${cloud} ${e.name}: only a global location may have no point`);
                    continue;
                }
                assert.ok(Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180, `${cloud} ${e.name} in range`);
                assert.ok(p.place.length > 0);
                if (jurisdictionOf(e.country) !== "non-eu" || ["GB", "CH", "NO"].includes(e.country)) {
                    assert.ok(inBox(p, EUROPE), `${cloud} ${e.name} (${e.label}) is in Europe: ${p.lat}, ${p.lon}`);
                }
                const box = BOX[e.country];
                if (box) assert.ok(inBox(p, box), `${cloud} ${e.name} (${e.label}) is in ${e.country}: ${p.lat}, ${p.lon}`);
            }
        });
    }

    it("names the provider's city where it names one, and says so where it names only an area", () => {
        assert.deepEqual(regionPoint("aws", "eu-central-1"), { lat: 50.11, lon: 8.68, place: "Frankfurt", basis: "named-city" });
        const ireland = regionPoint("aws", "eu-west-1");
        assert.ok(ireland && "basis" in ireland);
        assert.equal(ireland.basis, "representative-city");
        assert.match(ireland.place, /Dublin \(the provider names Ireland\)/);
    });

    it("plots a dual-region at the midpoint of its regions and a multi-region at a nominal centre", () => {
        const eur4 = regionPoint("gcp", "eur4");
        assert.ok(eur4 && "basis" in eur4);
        assert.equal(eur4.basis, "midpoint");
        // Hamina (60.57, 27.2) and Eemshaven (53.44, 6.83).
        assert.equal(eur4.lat, 57.01);
        assert.equal(eur4.lon, 17.02);
        const eu = regionPoint("gcp", "eu");
        assert.ok(eu && "basis" in eu);
        assert.equal(eu.basis, "nominal-centre");
        assert.deepEqual(regionPoint("gcp", "global"), { unplottable: "global: no single location" });
    });

    it("knows nothing of locations the catalogue does not have", () => {
        assert.equal(regionPoint("aws", "mars-north-1"), undefined);
        assert.equal(regionPoint("nocloud", "eu-west-1"), undefined);
        assert.equal(regionPoint("aws", "constructor"), undefined);
        assert.equal(regionPoint("__proto__", "toString"), undefined);
    });
});
