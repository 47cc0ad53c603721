// Every hand-written row of the EU-native and region-first clouds names tokens, modules and property
// paths the installed SDK has (or, for IONOS, STACKIT, Exoscale and UpCloud, their vendored schema
// extract), with the value type the row reads (issue 12: what stays hand-written is held against the
// typings). The generated rows are read from the same typings by gen:catalog.
import { strict as assert } from "assert";
import { regionalClouds, regionalLocated, regionalLocatedSource, type RegionalSdk } from "eu-sovereignty-policies/lib";
import { REGIONAL_RULES } from "../../../scripts/catalog/regional-rules";
import { moduleErrors, moduleOf, notOwnErrors, pathErrors, readSdk } from "./regional-typings";

describe("regional clouds' hand rows checked against the installed SDK typings", function () {
    this.timeout(120_000);
    for (const rules of REGIONAL_RULES) {
        const cloud = regionalClouds[rules.id];
        const replicaTokens = Object.keys(cloud.replicas ?? {});
        const nestedTokens = Object.keys(rules.ownNested ?? {});
        const asideModules = [...(rules.notOwn ?? []), ...(rules.alsoOn ?? [])].map((n) => moduleOf(n.where));
        const settingModules = Object.values(cloud.settingModules ?? {}).flatMap((m) => [...m]);
        const placedInModules = cloud.placedIn === undefined ? [] : [moduleOf(cloud.placedIn.type)];
        const modules = [...new Set([...replicaTokens, ...nestedTokens].map(moduleOf).concat(asideModules, settingModules, placedInModules, [...(cloud.regionlessModules ?? [])]))];

        it(`${rules.id}: replica paths, global modules, nested own paths and set-aside inputs exist as the rows read them`, () => {
            const typings = readSdk(rules, modules);
            const errors = [
                ...Object.entries(cloud.replicas ?? {}).flatMap(([token, rows]) => rows.flatMap((row) => pathErrors(typings, token, row.path))),
                ...[...(cloud.regionlessModules ?? [])].flatMap((m) => moduleErrors(typings, m)),
                ...Object.entries(rules.ownNested ?? {}).flatMap(([token, paths]) => paths.flatMap((p) => pathErrors(typings, token, p))),
                ...(rules.notOwn ?? []).flatMap((n) => notOwnErrors(typings, n.where, n.inputs)),
                ...(rules.alsoOn ?? []).flatMap((n) => notOwnErrors(typings, n.where, n.inputs)),
                ...Object.values(cloud.settingModules ?? {}).flatMap((m) => [...m].flatMap((x) => moduleErrors(typings, x))),
                // The resource others are placed in is a type of the SDK, placed by an input of its own.
                ...(cloud.placedIn === undefined ? [] : typings.resources.some((r) => r.token === cloud.placedIn?.type)
                    ? [] : [`${cloud.placedIn.type}: no such resource type`]),
            ];
            assert.deepEqual(errors, []);
            if (cloud.placedIn !== undefined) assert.ok((regionalLocated[rules.id as RegionalSdk][cloud.placedIn.type]?.own.length ?? 0) > 0, `${cloud.placedIn.type} is located by an input of its own`);
            assert.equal(cloud.placedIn !== undefined, rules.placedBy !== undefined, `${rules.id}: placedIn (pack) and placedBy (rules) go together`);
        });

        it(`${rules.id}: the provider settings a resource inherits are inputs of its provider`, () => {
            const typings = readSdk(rules, []);
            const providerArgs = typings.providerArgs.map((a) => a.name);
            for (const setting of cloud.providerSettings) assert.ok(providerArgs.includes(setting), `${rules.id} provider has no \`${setting}\``);
            assert.deepEqual([...cloud.providerSettings].sort(), [...regionalLocatedSource[rules.id as RegionalSdk].providerSettings].sort());
        });
    }

    it("generated rows read strings or lists of strings only, and name the types of the SDK version they came from", () => {
        for (const rules of REGIONAL_RULES) {
            const rows = regionalLocated[rules.id as RegionalSdk];
            const tokens = Object.keys(rows);
            assert.ok(tokens.length > 0, rules.id);
            const typings = readSdk(rules, [...new Set(tokens.map(moduleOf))]);
            assert.equal(typings.version, regionalLocatedSource[rules.id as RegionalSdk].version, `${rules.id}: run npm run gen:catalog`);
            const errors = tokens.flatMap((t) => [...rows[t].own, ...(rows[t].also ?? []), ...(rows[t].in ?? [])].flatMap((p) => pathErrors(typings, t, p)));
            assert.deepEqual(errors, [], rules.id);
        }
    });

    describe("the check itself", () => {
        const linode = REGIONAL_RULES.find((r) => r.id === "linode");
        const oci = REGIONAL_RULES.find((r) => r.id === "oci");
        const alicloud = REGIONAL_RULES.find((r) => r.id === "alicloud");
        if (!linode || !oci || !alicloud) throw new Error("rules missing");

        it("passes a correct row and fails a list read as a string, a misspelt path and an unknown token", () => {
            const typings = readSdk(linode, ["index"]);
            assert.deepEqual(pathErrors(typings, "linode:index/image:Image", "replicaRegions[]"), []);
            assert.match(pathErrors(typings, "linode:index/image:Image", "replicaRegions").join(), /array of strings|spell it replicaRegions\[\]/);
            assert.match(pathErrors(typings, "linode:index/image:Image", "replicaRegion[]").join(), /not found/);
            assert.match(pathErrors(typings, "linode:index/imageX:ImageX", "region").join(), /no such resource type/);
        });

        it("fails a value type the row does not read: OCI's `destinationRegion` is a string, not a list", () => {
            const typings = readSdk(oci, ["Core"]);
            assert.deepEqual(pathErrors(typings, "oci:Core/volumeBackupPolicy:VolumeBackupPolicy", "destinationRegion"), []);
            assert.match(pathErrors(typings, "oci:Core/volumeBackupPolicy:VolumeBackupPolicy", "destinationRegion[]").join(), /is not an array|array of strings/);
        });

        it("reads a vendored extract like typings: IONOS `datacenterId` is a string input, a misspelt one is not found", () => {
            const ionos = REGIONAL_RULES.find((r) => r.id === "ionoscloud");
            if (!ionos) throw new Error("rules missing");
            const typings = readSdk(ionos, ["compute"]);
            assert.ok(typings.resources.every((r) => r.token.startsWith("ionoscloud:compute/")));
            assert.deepEqual(pathErrors(typings, "ionoscloud:compute/server:Server", "datacenterId"), []);
            assert.match(pathErrors(typings, "ionoscloud:compute/server:Server", "dataCenterId").join(), /the typings spell it datacenterId/);
            assert.match(pathErrors(typings, "ionoscloud:compute/server:Server", "dataCentre").join(), /not found/);
            assert.match(pathErrors(typings, "ionoscloud:k8s/cluster:Cluster", "location").join(), /no such resource type/, "outside the modules read");
        });

        it("fails a global module the SDK does not have", () => {
            const typings = readSdk(alicloud, ["ram", "alidns"]);
            assert.deepEqual(moduleErrors(typings, "ram"), []);
            assert.match(moduleErrors(typings, "alidns").join(), /no resource type/);
        });
    });
});
