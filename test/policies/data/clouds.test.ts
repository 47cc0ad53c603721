import { strict as assert } from "assert";
import { CLOUD_IDS, cloudOfPackage, regionTables } from "eu-sovereignty-policies/lib";

describe("cloud registry", () => {
    it("maps each provider package to its cloud explicitly", () => {
        assert.equal(cloudOfPackage("aws"), "aws");
        assert.equal(cloudOfPackage("azure-native"), "azure");
        assert.equal(cloudOfPackage("azure"), "azure");
        assert.equal(cloudOfPackage("gcp"), "gcp");
        assert.equal(cloudOfPackage("hcloud"), "hcloud");
        for (const c of ["oci", "digitalocean", "linode", "alicloud", "datadog", "cloudflare"]) assert.equal(cloudOfPackage(c), c);
    });

    it("leaves unknown packages, including Object.prototype names, to the generic adapter", () => {
        for (const p of ["random", "kubernetes", "constructor", "__proto__", "toString", ""]) {
            assert.equal(cloudOfPackage(p), undefined, p);
        }
    });

    it("has a region table for every cloud id and for no other", () => {
        assert.deepEqual(Object.keys(regionTables).sort(), [...CLOUD_IDS].sort());
    });
});
