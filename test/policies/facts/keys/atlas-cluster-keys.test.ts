// MongoDB Atlas clusters' `encryptionAtRestProvider` in the policy functions themselves: it decides custody
// (customer-managed-keys) and nothing else, so a value unknown at preview defers the cluster's custody
// verdict and never eu-key-location's stack check.
import { strict as assert } from "assert";
import { customerManagedKeys, euKeyLocation } from "eu-sovereignty-policies/policies";
import { checkResource, checkStack, UNKNOWN, type TestResource } from "../../../helpers/harness";

const atlas = { type: "pulumi:providers:mongodbatlas", props: {} };
const cluster = (encryptionAtRestProvider: unknown): TestResource => ({
    type: "mongodbatlas:index/cluster:Cluster", name: "c", provider: atlas,
    props: { projectId: "p", providerName: "AWS", providerRegionName: "EU_CENTRAL_1", providerInstanceSizeName: "M10", encryptionAtRestProvider },
});

describe("MongoDB Atlas cluster key setting (encryptionAtRestProvider)", () => {
    it("customer-managed-keys: NONE is a finding, AWS is not, unknown at preview is deferred", () => {
        const none = checkResource(customerManagedKeys, cluster("NONE"));
        assert.equal(none.violations.length, 1);
        assert.match(none.violations[0], /`encryptionAtRestProvider` is NONE: Atlas encrypts the cluster with keys MongoDB manages/);
        assert.deepEqual(checkResource(customerManagedKeys, cluster("AWS")).violations, []);
        const preview = checkResource(customerManagedKeys, cluster(UNKNOWN));
        assert.deepEqual(preview.violations, []);
        assert.ok(preview.unknown, "deferred to the SDK's preview handling");
    });

    it("eu-key-location: an unknown cluster setting does not defer the stack check", () => {
        const out = checkStack(euKeyLocation, [cluster(UNKNOWN)]);
        assert.deepEqual(out.violations, []);
        assert.ok(!out.unknown, "the cluster's key is the project's: nothing for eu-key-location to wait for");
    });
});
