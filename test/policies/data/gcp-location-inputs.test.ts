import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { gcpLocationInputs } from "eu-sovereignty-policies/lib";
import { euCrossBorderReplication as replication, euDataResidency as policy } from "eu-sovereignty-policies/policies";
import { checkResource, checkStack, gcpProvider, type TestResource } from "../../helpers/harness";

const violations = (...a: Parameters<typeof checkResource>) => checkResource(...a).violations;
const eu = gcpProvider({ region: "europe-west1" });

describe("GCP location-like inputs other than location/region/zone (issue 11)", () => {
    describe("Spanner instance `config`", () => {
        const spanner = (config: unknown) => violations(policy, { type: "gcp:spanner/instance:Instance", name: "db", props: { config }, provider: eu });
        it("passes EU regional configs and eur3, also by resource path", () => {
            for (const config of ["regional-europe-west1", "regional-europe-west3", "eur3", "projects/p/instanceConfigs/eur3", "EUR3"]) {
                assert.deepEqual(spanner(config), [], config);
            }
        });
        it("flags nam-eur-asia1, nam3 and US regional configs, naming the config", () => {
            const [m, ...rest] = spanner("nam-eur-asia1");
            assert.equal(rest.length, 0);
            assert.match(m, /^gcp:spanner\/instance:Instance "db": location `config` is "nam-eur-asia1" \(Spanner multi-region nam-eur-asia1/);
            assert.match(m, /Fix: use a Spanner config in allowed regions, e\.g\. `regional-europe-west1` or `eur3`/);
            assert.match(spanner("nam3")[0], /"nam3"/);
            assert.match(spanner("regional-us-central1")[0], /`config` is "regional-us-central1" \(the Spanner regional config of "us-central1", Iowa/);
        });
        it("flags eur5 (London) and eur6 (witness in Zurich) unless those regions are allowed", () => {
            assert.equal(spanner("eur5").length, 1);
            assert.equal(spanner("eur6").length, 1);
            assert.deepEqual(violations(policy, { type: "gcp:spanner/instance:Instance", props: { config: "eur6" }, provider: eu }, { additionalLocations: ["europe-west6"] }), []);
        });
        it("fails closed on unknown configs without echoing them", () => {
            for (const config of ["eur99", "regional-europe-west1-b", "regional-xx1", "dual-region-somewhere1"]) {
                const [m] = spanner(config);
                assert.match(m, /an unrecognised value \(\d+ characters, not echoed\)/, config);
                assert.ok(!m.includes(config), config);
                assert.match(m, /Fix: use a Spanner config in allowed regions/);
            }
            assert.match(spanner(7)[0], /not a location name but a number/);
        });
        describe("custom configs (checked on their InstanceConfig)", () => {
            const instance = (config: string, deps: Record<string, string[]> = {}): TestResource =>
                ({ type: "gcp:spanner/instance:Instance", name: "db", props: { config }, provider: eu, propertyDependencies: deps });
            const cfgUrn = "urn:pulumi:dev::test::gcp:spanner/instanceConfig:InstanceConfig::cfg";
            const customConfig = (baseConfig: string, replicas: string[]): TestResource => ({
                type: "gcp:spanner/instanceConfig:InstanceConfig", name: "cfg", urn: cfgUrn, provider: eu,
                props: { name: "custom-eu-reads", baseConfig, replicas: replicas.map((location) => ({ location, type: "READ_ONLY" })) },
            });
            it("passes an instance whose custom config the stack declares, by name or dependency; the config itself is checked", () => {
                assert.deepEqual(spanner("custom-eu-reads"), [], "decided on the stack, not per resource");
                assert.deepEqual(checkStack(policy, [customConfig("eur3", ["europe-west3"]), instance("custom-eu-reads")]).violations, []);
                assert.deepEqual(checkStack(policy, [customConfig("eur3", []), instance("projects/p/instanceConfigs/custom-eu-reads")]).violations, []);
                assert.deepEqual(checkStack(policy, [customConfig("eur3", []), instance("custom-other", { config: [cfgUrn] })]).violations, []);
                assert.match(violations(policy, customConfig("nam3", []))[0], /`baseConfig` is "nam3"/);
                assert.match(violations(replication, customConfig("eur3", ["us-east1"]))[0], /`replicas\[0\]\.location` is "us-east1"/);
            });
            it("fails closed when the stack does not declare it", () => {
                const [m, ...rest] = checkStack(policy, [instance("custom-eu-reads")]).violations;
                assert.equal(rest.length, 0);
                assert.match(m, /^gcp:spanner\/instance:Instance "db": `config` names a custom Spanner config that is not declared in this stack/);
                assert.match(m, /declare it in this stack as a gcp\.spanner\.InstanceConfig/);
                assert.ok(!m.includes("custom-eu-reads"));
            });
        });
    });

    describe("Firestore `locationId`", () => {
        const firestore = (locationId: string) => violations(policy, { type: "gcp:firestore/database:Database", props: { locationId }, provider: eu });
        it("passes EU regions and eur3, flags nam5 and US regions", () => {
            assert.deepEqual(firestore("eur3"), []);
            assert.deepEqual(firestore("europe-west3"), []);
            assert.match(firestore("nam5")[0], /`locationId` is "nam5" \(Firestore multi-region nam5/);
            assert.equal(firestore("us-east1").length, 1);
        });
        it("fails closed on a zone or a name Firestore does not define", () => {
            assert.match(firestore("europe-west3-a")[0], /unrecognised value/);
            assert.match(firestore("eu")[0], /Fix: use an allowed Firestore location/);
        });
    });

    describe("App Engine `locationId`", () => {
        const app = (locationId: string) => violations(policy, { type: "gcp:appengine/application:Application", props: { locationId }, provider: eu });
        it("reads europe-west as Belgium and us-central as Iowa", () => {
            assert.deepEqual(app("europe-west"), []);
            assert.deepEqual(app("europe-west3"), []);
            assert.match(app("us-central")[0], /"us-central" \(the App Engine location of "us-central1", Iowa/);
            assert.equal(app("europe-west2").length, 1);
        });
    });

    describe("zones and storage locations under other names", () => {
        it("checks every Bigtable cluster zone", () => {
            const props = { clusters: [{ clusterId: "a", zone: "europe-west1-b" }, { clusterId: "b", zone: "us-central1-c" }] };
            const [m, ...rest] = violations(policy, { type: "gcp:bigtable/instance:Instance", name: "bt", props, provider: eu });
            assert.equal(rest.length, 0);
            assert.match(m, /`clusters\[1\]\.zone` is "us-central1-c" \(a zone of "us-central1"/);
            assert.deepEqual(violations(policy, { type: "gcp:bigtable/instance:Instance", props: { clusters: [{ zone: "europe-west4-a" }] }, provider: eu }), []);
        });
        it("gives a Bigtable cluster without a zone its provider's zone, and fails closed without one", () => {
            const props = { clusters: [{ clusterId: "a", zone: "europe-west1-b" }, { clusterId: "b" }] };
            assert.deepEqual(violations(policy, { type: "gcp:bigtable/instance:Instance", props, provider: gcpProvider({ zone: "europe-west1-c" }) }), []);
            assert.match(violations(policy, { type: "gcp:bigtable/instance:Instance", props, provider: gcpProvider({ zone: "us-east1-b" }) })[0], /`provider\.zone \(for clusters\[1\]\.zone, unset\)` \(from the resource's provider\) is "us-east1-b"/);
            const [m] = violations(policy, { type: "gcp:bigtable/instance:Instance", props, provider: gcpProvider({ region: "europe-west1" }) });
            assert.match(m, /zone of clusters\[1\] cannot be proven/);
            assert.match(m, /Fix: set `zone` on clusters\[1\], or `gcp:zone` on its provider/);
        });
        it("checks Redis zones, GKE node locations and image storage locations", () => {
            assert.equal(violations(policy, { type: "gcp:redis/instance:Instance", props: { region: "europe-west1", locationId: "us-east1-b" } }).length, 1);
            assert.equal(violations(policy, { type: "gcp:container/cluster:Cluster", props: { location: "europe-west1", nodeLocations: ["europe-west1-b", "asia-east1-a"] } }).length, 1);
            assert.equal(violations(policy, { type: "gcp:compute/image:Image", props: { storageLocations: ["us"] }, provider: eu }).length, 1);
            assert.deepEqual(violations(policy, { type: "gcp:compute/image:Image", props: { storageLocations: ["eu"] }, provider: eu }), []);
        });
        it("reports copies (Cloud SQL backups, snapshot schedules) under cross-border replication", () => {
            const sql = { type: "gcp:sql/databaseInstance:DatabaseInstance", props: { region: "europe-west1", settings: { backupConfiguration: { location: "us" } } } };
            assert.match(violations(replication, sql)[0], /`settings\.backupConfiguration\.location` is "us"/);
            assert.deepEqual(violations(policy, sql), []);
            const schedule = { type: "gcp:compute/resourcePolicy:ResourcePolicy", props: { region: "europe-west1", snapshotSchedulePolicy: { snapshotProperties: { storageLocations: ["asia"] } } } };
            assert.equal(violations(replication, schedule).length, 1);
        });
    });

    it("reads only inputs the catalogue generator records, or Spanner's config names (not location-named, checked in the typings)", () => {
        const shape = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../policies/src/data/generated/provider-shape.json"), "utf8")) as {
            clouds: { gcp: { types: Record<string, { inputs: Record<string, string>; otherLocationInputs?: string[] }>; nested: Record<string, string[]> } };
        };
        const gcp = shape.clouds.gcp;
        const typed: Record<string, string> = { "gcp:spanner/instance:Instance": "spanner/instance.d.ts", "gcp:spanner/instanceConfig:InstanceConfig": "spanner/instanceConfig.d.ts" };
        for (const [type, inputs] of Object.entries(gcpLocationInputs)) {
            assert.ok(gcp.types[type] !== undefined, type);
            for (const { path: p } of inputs) {
                const bare = p.replace(/\[\]/g, "");
                const recorded = (gcp.types[type].otherLocationInputs ?? []).includes(bare) || (gcp.nested[type] ?? []).some((n) => n.replace(/\[\]/g, "") === bare);
                if (recorded) continue;
                const dts = fs.readFileSync(require.resolve(`@pulumi/gcp/${typed[type]}`), "utf8");
                assert.match(dts, new RegExp(`\\n    ${bare}\\??: pulumi\\.Input<string`), `${type} ${p}`);
            }
        }
    });
});
