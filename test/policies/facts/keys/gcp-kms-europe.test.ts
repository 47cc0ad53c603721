// Cloud KMS's `europe` multi-region is EU-only (https://cloud.google.com/kms/docs/locations), and
// GCS `EU` buckets and BigQuery `EU` datasets require their CMEK key there: such a set-up passes,
// while `global` and non-EU key rings are still refused.
import { strict as assert } from "assert";
import { euDataResidency } from "eu-sovereignty-policies/policies";
import { checkResource, gcpProvider } from "../../../helpers/harness";
import { checkAll, gcpKey, location } from "./fixtures";

const provider = gcpProvider({ project: "acme-prod", region: "europe-west3" });
const bucket = (key: string) => ({ type: "gcp:storage/bucket:Bucket", name: "lake", provider, props: { location: "EU", encryption: { defaultKmsKeyName: key } } });
const dataset = (key: string) => ({ type: "gcp:bigquery/dataset:Dataset", name: "dw", provider, props: { datasetId: "dw", location: "EU", defaultEncryptionConfiguration: { kmsKeyName: key } } });

describe("Cloud KMS `europe` multi-region (EU-only)", () => {
    for (const [what, make] of [["GCS EU bucket", bucket], ["BigQuery EU dataset", dataset]] as const) {
        it(`${what} with a key in \`europe\` passes eu-key-location`, () => {
            assert.deepEqual(checkAll(location, [make(gcpKey("europe"))]).violations, []);
        });
        it(`${what} with a key in \`global\` or \`us\` is refused`, () => {
            for (const loc of ["global", "us", "europe-west2"]) {
                const v = checkAll(location, [make(gcpKey(loc))]).violations;
                assert.equal(v.length, 1, `${loc}: ${v.join("\n")}`);
                assert.match(v[0], new RegExp(`"${loc}"`));
            }
        });
    }
    it("a key ring in `europe` passes eu-data-residency; one in `global` does not", () => {
        const ring = (loc: string) => ({ type: "gcp:kms/keyRing:KeyRing", name: "ring", provider, props: { name: "ring", location: loc } });
        assert.deepEqual(checkResource(euDataResidency, ring("europe")).violations, []);
        assert.equal(checkResource(euDataResidency, ring("global")).violations.length, 1);
    });
    it("a key in the stack on a `europe` key ring passes through the stack index", () => {
        const ring = { type: "gcp:kms/keyRing:KeyRing", name: "ring", urn: "urn:pulumi:dev::p::gcp:kms/keyRing:KeyRing::ring", provider, props: { name: "acme", location: "europe" } };
        const key = { type: "gcp:kms/cryptoKey:CryptoKey", name: "data", urn: "urn:pulumi:dev::p::gcp:kms/cryptoKey:CryptoKey::data", provider, props: { name: "data", keyRing: "projects/acme-prod/locations/europe/keyRings/acme" } };
        assert.deepEqual(checkAll(location, [ring, key, bucket(gcpKey("europe"))]).violations, []);
    });
    it("Artifact Registry's `europe` is still not counted as EU (its extent is not published)", () => {
        const repo = { type: "gcp:artifactregistry/repository:Repository", name: "images", provider, props: { location: "europe", format: "DOCKER", repositoryId: "images" } };
        assert.equal(checkResource(euDataResidency, repo).violations.length, 1);
    });
});
