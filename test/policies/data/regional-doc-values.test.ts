// Every region, zone or location value the SDKs' own docs mention for an input the pack reads
// (`Ex.: "GRA11"`, `(Defaults to \`nyc3\`)`, `Example: \`phx\``) is in the region catalogue, EU or not,
// so a user who copies the doc's example gets a named place, never "unrecognised".
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { placeOf } from "eu-sovereignty-policies/lib";
import type { CloudId } from "eu-sovereignty-policies/lib";

interface RegionalJson { readonly docValues: readonly string[] }
const shape = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../../policies/src/data/generated/provider-shape.json"), "utf8")) as { regional: Record<string, RegionalJson> };

/** Doc words that are not places, with why; the pack refuses them as unrecognised, which is right. */
const NOT_PLACES: Readonly<Record<string, string>> = {
    "ovh all": "an IP Load Balancing farm in `ALL` zones of the load balancer: the zones are not named, so fail closed",
    "scaleway cloud-init": "a user-data key named in the doc of UserData's zone, not a zone",
    "ionoscloud s3region": "the provider setting `s3Region` named in a bucket region's doc, not a region",
    // A place, but no source found names its city or country: it stays unrecognised (fail closed) until one does.
    "ionoscloud eu-central-4": "an IONOS Object Storage region no source found places (regions/eu-native-schema.ts)",
};

describe("region values named in the SDKs' docs", () => {
    it("reads the regional clouds' doc values from the generated shape", () => {
        assert.deepEqual(Object.keys(shape.regional).sort(), [
            "alicloud", "digitalocean", "exoscale", "hcloud", "ionoscloud", "linode", "oci", "ovh", "scaleway", "stackit", "upcloud",
        ]);
        assert.ok(shape.regional.ovh.docValues.some((v) => v.startsWith("gra11 ")), "OVH's `Ex.: \"GRA11\"` is read");
        assert.ok(shape.regional.ionoscloud.docValues.some((v) => v.startsWith("de/fra/2 ")), "IONOS's `de/fra/2` is read");
        assert.ok(shape.regional.upcloud.docValues.some((v) => v.startsWith("de-fra1 ")), "UpCloud's `de-fra1` is read");
    });

    for (const [cloud, data] of Object.entries(shape.regional)) {
        it(`${cloud}: every value is catalogued (city, country) or a listed non-place`, () => {
            const unknown = [...new Set(data.docValues.map((v) => v.split(" ")[0]))]
                .filter((v) => !Object.hasOwn(NOT_PLACES, `${cloud} ${v}`))
                .filter((v) => !placeOf(cloud as CloudId, v).known);
            assert.deepEqual(unknown, []);
        });
    }

    it("names an OCI region key by its region", () => {
        const phx = placeOf("oci", "PHX");
        assert.equal(phx.canonical, "us-phoenix-1");
        assert.equal(phx.label, "Phoenix, United States");
        assert.equal(placeOf("oci", "fra").canonical, "eu-frankfurt-1");
        assert.equal(placeOf("oci", "xyz").known, false);
    });

    it("keeps the listed non-places unrecognised", () => {
        assert.equal(placeOf("ovh", "ALL").known, false);
        assert.equal(placeOf("scaleway", "cloud-init").known, false);
        assert.equal(placeOf("ionoscloud", "eu-central-4").known, false);
    });
});
