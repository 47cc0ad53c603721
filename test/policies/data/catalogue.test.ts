import { strict as assert } from "assert";
import { defaultAllowedLocations, jurisdictionOf, lookupRegion, placeOf, regionKey, regionTables } from "eu-sovereignty-policies/lib";

describe("region catalogue", () => {
    const allowed = new Set(defaultAllowedLocations);

    // Each name here is a promise of the default list: removing one from the catalogue fails this test.
    const euByCloud: Record<string, string[]> = {
        aws: ["eu-central-1", "eu-west-1", "eu-west-3", "eu-north-1", "eu-south-1", "eu-south-2", "eusc-de-east-1"],
        azure: ["westeurope", "northeurope", "francecentral", "francesouth", "germanywestcentral", "germanynorth",
            "swedencentral", "swedensouth", "italynorth", "polandcentral", "spaincentral", "austriaeast",
            "belgiumcentral", "denmarkeast", "norwayeast", "norwaywest"],
        gcp: ["europe-west1", "europe-west3", "europe-west4", "europe-west8", "europe-west9", "europe-west10",
            "europe-west12", "europe-north1", "europe-north2", "europe-central2", "europe-southwest1", "eu", "eur4", "u-france-east1"],
        ovh: ["gra", "sbg", "rbx", "de", "waw", "eu-west-par"],
        scaleway: ["fr-par", "nl-ams", "pl-waw"],
        hcloud: ["fsn1", "nbg1", "hel1", "eu-central"],
        oci: ["eu-frankfurt-1", "eu-amsterdam-1", "eu-paris-1", "eu-marseille-1", "eu-milan-1", "eu-madrid-1", "eu-stockholm-1"],
        digitalocean: ["fra1", "ams3", "fra", "ams"],
        linode: ["linode:eu-central", "de-fra-2", "fr-par", "nl-ams", "se-sto", "it-mil", "es-mad"],
        alicloud: ["eu-central-1"],
        datadog: ["datadoghq.eu"],
        cloudflare: ["eu"],
    };
    const notAllowed: Record<string, string[]> = {
        aws: ["eu-west-2", "eu-central-2", "eu-isoe-west-1", "us-east-1", "il-central-1"],
        azure: ["uksouth", "ukwest", "switzerlandnorth", "switzerlandwest", "eastus"],
        gcp: ["europe-west2", "europe-west6", "us", "nam4", "eur5", "eur7", "eur8", "europe", "global", "asia"],
        ovh: ["uk", "bhs", "eu-west-eri", "sgp"],
        hcloud: ["ash", "hil", "sin", "us-east"],
        oci: ["us-ashburn-1", "uk-london-1", "eu-zurich-1", "eu-jovanovac-1", "me-jeddah-1"],
        digitalocean: ["nyc3", "sfo3", "lon1", "tor1", "sgp1", "nyc"],
        linode: ["us-east", "eu-west", "gb-lon", "ap-south"],
        alicloud: ["alicloud:eu-west-1", "cn-hangzhou", "us-east-1", "cn-hongkong"],
        datadog: ["datadoghq.com", "us3.datadoghq.com", "us5.datadoghq.com", "ap1.datadoghq.com", "ddog-gov.com"],
        cloudflare: ["us", "fedramp"],
    };

    for (const [cloud, names] of Object.entries(euByCloud)) {
        it(`allows the EU/EEA locations of ${cloud} by default`, () => {
            for (const n of names) {
                assert.ok(lookupRegion(cloud, n), `${cloud} ${n} is catalogued`);
                assert.ok(allowed.has(n), `${cloud} ${n} is in the default list`);
            }
        });
    }
    for (const [cloud, names] of Object.entries(notAllowed)) {
        it(`keeps the non-EU locations of ${cloud} out of the default list, and catalogued so they are named`, () => {
            for (const n of names) {
                assert.ok(lookupRegion(cloud, n), `${cloud} ${n} is catalogued`);
                assert.ok(!allowed.has(n), `${cloud} ${n} is not allowed by default`);
            }
        });
    }

    it("keys a name another cloud uses for another country as <cloud>:<name>, so one allow-list entry never admits both", () => {
        // Alibaba eu-west-1 is London, AWS eu-west-1 Ireland; Linode eu-central is Frankfurt, Hetzner's a network zone.
        assert.equal(lookupRegion("alicloud", "eu-west-1")?.country, "GB");
        assert.ok(allowed.has("eu-west-1") && !allowed.has("alicloud:eu-west-1"));
        assert.ok(allowed.has("linode:eu-central") && allowed.has("eu-central"));
        // Same name, same country: one key (Alibaba and AWS eu-central-1 are both Frankfurt).
        assert.equal(regionKey("alicloud", "eu-central-1"), "eu-central-1");
        assert.equal(regionKey("alicloud", "eu-west-1"), "alicloud:eu-west-1");
        // The key form is accepted only where it is the key.
        assert.equal(lookupRegion("aws", "aws:eu-west-1"), undefined);
        assert.equal(placeOf("alicloud", "alicloud:eu-west-1").known, false);
        assert.equal(defaultAllowedLocations.filter((n) => n === "eu-central-1").length, 1);
    });

    it("derives jurisdiction from the country: EU, EEA, or neither", () => {
        assert.equal(jurisdictionOf("DE"), "eu");
        assert.equal(jurisdictionOf("NO"), "eea");
        assert.equal(jurisdictionOf("CH"), "non-eu");
        assert.equal(jurisdictionOf("GB"), "non-eu");
    });

    it("names a source for every table and lower-case canonical names only", () => {
        for (const table of Object.values(regionTables)) {
            assert.match(table.source, /^https:\/\//);
            for (const e of table.entries) assert.equal(e.name, e.name.toLowerCase().replace(/\s/g, ""));
        }
    });
});
