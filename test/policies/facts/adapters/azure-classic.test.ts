// Azure classic (@pulumi/azure) through the analyzer protocol: display-name locations, geo-redundant
// storage to the paired region, and Cosmos DB geo-locations, with the same region data as azure-native.
import { strict as assert } from "assert";
import type { ResourceSpec } from "../../../../src";
import type { Diagnostic, Report } from "../../../../src/engine/types";
import { EU_PACK, resourceNamed, useSession, violationOf } from "../../../helpers/packs";

const provider = { type: "azure", props: {} };
const account = "azure:storage/account:Account";
const cosmos = "azure:cosmosdb/account:Account";
const storage = (location: string, accountReplicationType: string) => ({ location, resourceGroupName: "rg", accountTier: "Standard", accountReplicationType });

const resources: ResourceSpec[] = [
    { type: "azure:core/resourceGroup:ResourceGroup", name: "rg-eu", props: { location: "West Europe" }, provider },
    { type: "azure:core/resourceGroup:ResourceGroup", name: "rg-us", props: { location: "East US" }, provider },
    { type: account, name: "eu-grs", props: storage("West Europe", "GRS"), provider },
    { type: account, name: "sweden-ragrs", props: storage("swedencentral", "RAGRS"), provider },
    { type: account, name: "italy-gzrs", props: storage("Italy North", "GZRS"), provider },
    { type: account, name: "italy-zrs", props: storage("Italy North", "ZRS"), provider },
    { type: account, name: "zurich-lrs", props: storage("Switzerland North", "LRS"), provider },
    {
        type: cosmos, name: "cosmos-us-replica", provider,
        props: { location: "West Europe", offerType: "Standard", geoLocations: [{ location: "West Europe", failoverPriority: 0 }, { location: "East US 2", failoverPriority: 1 }] },
    },
    {
        type: cosmos, name: "cosmos-eu", provider,
        props: { location: "West Europe", offerType: "Standard", geoLocations: [{ location: "westeurope", failoverPriority: 0 }, { location: "North Europe", failoverPriority: 1 }] },
    },
    { type: "azure:recoveryservices/vault:Vault", name: "vault-default-grs", props: { location: "Italy North", resourceGroupName: "rg", sku: "Standard" }, provider },
    { type: "azure:recoveryservices/vault:Vault", name: "vault-lrs", props: { location: "Italy North", resourceGroupName: "rg", sku: "Standard", storageModeType: "LocallyRedundant" }, provider },
    { type: "azure:storage/container:Container", name: "child", props: { name: "c", storageAccountName: "eu-grs" }, provider },
    // Beside them in real programs: identity, role assignments, DNS and alerting, none of which holds data abroad.
    { type: "azure:authorization/userAssignedIdentity:UserAssignedIdentity", name: "identity", props: { name: "app", location: "West Europe", resourceGroupName: "rg" }, provider },
    {
        type: "azure:authorization/assignment:Assignment", name: "role-assignment", provider,
        props: { scope: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg", roleDefinitionName: "Storage Blob Data Reader", principalId: "11111111-1111-1111-1111-111111111111" },
    },
    { type: "azure:dns/zone:Zone", name: "dns-zone", props: { name: "example.eu", resourceGroupName: "rg" }, provider },
    { type: "azure:privatedns/zone:Zone", name: "private-dns-zone", props: { name: "privatelink.blob.core.windows.net", resourceGroupName: "rg" }, provider },
    { type: "azure:monitoring/actionGroup:ActionGroup", name: "action-group", props: { name: "ops", resourceGroupName: "rg", shortName: "ops", location: "global" }, provider },
];

function of(report: Report, name: string, policy: string): Diagnostic[] {
    return resourceNamed(report, name).diagnostics.filter((d) => d.policyName === policy && d.enforcementLevel === "mandatory");
}

describe("Azure classic (@pulumi/azure) through the analyzer protocol", function () {
    this.timeout(120_000);
    const session = useSession({ packDir: EU_PACK });
    let report: Report;
    before(async () => {
        report = await session().analyze(resources);
    });

    it("normalises display names as azure-native's: West Europe passes, East US and Switzerland North are blocked", () => {
        assert.deepEqual(of(report, "rg-eu", "eu-data-residency"), []);
        const [us] = of(report, "rg-us", "eu-data-residency");
        assert.match(violationOf(us), /eastus/);
        assert.match(violationOf(us), /Fix: /);
        assert.equal(of(report, "zurich-lrs", "eu-data-residency").length, 1);
    });

    it("follows a geo-redundant storage account to its paired region", () => {
        for (const name of ["eu-grs", "sweden-ragrs", "italy-zrs"]) {
            assert.deepEqual(of(report, name, "eu-data-residency"), [], name);
            assert.deepEqual(of(report, name, "eu-cross-border-replication"), [], name);
        }
        // Italy North has no Azure pair: a geo-redundant copy there cannot be proven to stay in the EU.
        const [gap] = of(report, "italy-gzrs", "eu-cross-border-replication");
        assert.match(violationOf(gap), /paired region/);
        assert.match(violationOf(gap), /accountReplicationType/);
        assert.match(violationOf(gap), /"GZRS"/);
    });

    it("takes a setting's geo-redundant default when it is unset (Recovery Services vault)", () => {
        const [gap] = of(report, "vault-default-grs", "eu-cross-border-replication");
        assert.match(violationOf(gap), /storageModeType/);
        assert.match(violationOf(gap), /its default when unset/);
        assert.deepEqual(of(report, "vault-lrs", "eu-cross-border-replication"), []);
    });

    it("flags a Cosmos DB geo-location outside the EU and passes EU ones", () => {
        const [d] = of(report, "cosmos-us-replica", "eu-cross-border-replication");
        assert.match(violationOf(d), /eastus2/);
        assert.match(violationOf(d), /geoLocations\[1\]\.location/);
        assert.deepEqual(of(report, "cosmos-eu", "eu-cross-border-replication"), []);
    });

    it("does not ask a child resource without a location of its own for one", () => {
        assert.deepEqual(of(report, "child", "eu-data-residency"), []);
    });

    it("does not flag identities, role assignments, DNS zones or a global action group", () => {
        for (const name of ["identity", "role-assignment", "dns-zone", "private-dns-zone", "action-group"]) {
            assert.deepEqual(resourceNamed(report, name).diagnostics.filter((d) => d.enforcementLevel === "mandatory").map(violationOf), [], name);
        }
    });
});
