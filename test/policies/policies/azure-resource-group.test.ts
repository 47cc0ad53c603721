import { strict as assert } from "assert";
import { euCrossBorderReplication as policy } from "eu-sovereignty-policies/policies";
import { checkResource, checkStack, UNKNOWN, type TestResource } from "../../helpers/harness";

const rg = (name: string, location: string, resourceGroupName?: string): TestResource => ({
    type: "azure-native:resources:ResourceGroup", name, urn: `urn:rg:${name}`,
    props: resourceGroupName === undefined ? { location } : { location, resourceGroupName },
});
const account = (props: Record<string, unknown>, propertyDependencies?: Record<string, string[]>): TestResource => ({
    type: "azure-native:storage:StorageAccount", name: "acct", urn: "urn:acct", props, propertyDependencies,
});
const stack = (rs: TestResource[], config: object = {}) => checkStack(policy, rs, config);

describe("Azure resources that inherit their resource group's location (eu-cross-border-replication)", () => {
    it("follows RA-GRS from a group in an unpaired region (polandcentral) and fails", () => {
        const { violations } = stack([rg("rg", "polandcentral", "data-rg"), account({ resourceGroupName: "data-rg", sku: { name: "Standard_RAGRS" } })]);
        assert.equal(violations.length, 1);
        assert.match(violations[0], /storage:StorageAccount "acct"/);
        assert.match(violations[0], /"polandcentral"/);
        assert.match(violations[0], /`sku\.name` is "Standard_RAGRS"/);
        assert.match(violations[0], /no Azure pair/);
    });
    it("passes when the group's region has an EU pair, matched by name case-insensitively or by Pulumi name", () => {
        assert.deepEqual(stack([rg("rg", "westeurope", "Data-RG"), account({ resourceGroupName: "data-rg", sku: { name: "Standard_GRS" } })]).violations, []);
        assert.deepEqual(stack([rg("data-rg", "westeurope"), account({ resourceGroupName: "data-rg", sku: { name: "Standard_GRS" } })]).violations, []);
    });
    it("resolves the group by the property dependencies of resourceGroupName while its name is unknown", () => {
        const swiss = [rg("rg", "switzerlandnorth", UNKNOWN), account({ resourceGroupName: UNKNOWN, sku: { name: "Standard_GZRS" } }, { resourceGroupName: ["urn:rg:rg"] })];
        const { violations, unknown } = stack(swiss, { additionalLocations: ["switzerlandnorth"] });
        assert.equal(unknown, undefined);
        assert.equal(violations.length, 1);
        assert.match(violations[0], /paired region of the `location` of its resource group .*"switzerlandnorth".*`sku\.name` is "Standard_GZRS".* is "switzerlandwest"/);
    });
    it("fails closed when neither the resource's nor the group's location can be proven", () => {
        const { violations } = stack([account({ resourceGroupName: "elsewhere", sku: { name: "Standard_RAGRS" } })]);
        assert.equal(violations.length, 1);
        assert.match(violations[0], /does not resolve to a resource group in this stack/);
        assert.match(violations[0], /Fix: set `location`/);
        assert.doesNotMatch(violations[0], /elsewhere/);
    });
    it("covers geo-redundant database backups too", () => {
        const server = { type: "azure-native:dbforpostgresql:Server", name: "pg", props: { resourceGroupName: "r", backup: { geoRedundantBackup: "Enabled" } } };
        assert.equal(stack([rg("r", "italynorth"), server]).violations.length, 1);
        assert.deepEqual(stack([rg("r", "germanywestcentral"), server]).violations, []);
        assert.deepEqual(stack([rg("r", "italynorth"), { ...server, props: { ...server.props, backup: { geoRedundantBackup: "Disabled" } } }]).violations, []);
    });
    it("leaves locally redundant and self-located resources to the per-resource rule", () => {
        assert.deepEqual(stack([account({ resourceGroupName: "elsewhere", sku: { name: "Standard_LRS" } })]).violations, []);
        assert.deepEqual(stack([account({ location: "polandcentral", resourceGroupName: "elsewhere", sku: { name: "Standard_GRS" } })]).violations, []);
    });
    it("takes the provider's location before the group's", () => {
        const r: TestResource = { ...account({ resourceGroupName: "elsewhere", sku: { name: "Standard_RAGRS" } }), provider: { type: "pulumi:providers:azure-native", props: { location: "switzerlandnorth" } } };
        assert.deepEqual(stack([r]).violations, []);
        const [m, ...rest] = checkResource(policy, r, { additionalLocations: ["switzerlandnorth"] }).violations;
        assert.deepEqual(rest, []);
        assert.match(m, /paired region of the provider's `location` "switzerlandnorth".*`sku\.name` is "Standard_RAGRS".* is "switzerlandwest"/);
    });
});

describe("the geo-redundancy message names the SKU and the pair", () => {
    it("with additionalLocations", () => {
        const [m, ...rest] = checkResource(policy, account({ location: "switzerlandnorth", sku: { name: "Standard_RAGRS" } }), { additionalLocations: ["switzerlandnorth"] }).violations;
        assert.deepEqual(rest, []);
        assert.match(m, /the paired region of `location` "switzerlandnorth" \(Zurich[^)]*\) \(`sku\.name` is "Standard_RAGRS", a geo-redundant copy\) is "switzerlandwest"/);
        assert.doesNotMatch(m, /`sku\.name` is "switzerlandwest"/);
    });
    it("never echoes an unexpected SKU value", () => {
        const [m] = checkResource(policy, account({ location: "switzerlandnorth", sku: { name: "secret-GRS-token" } }), { additionalLocations: ["switzerlandnorth"] }).violations;
        assert.doesNotMatch(m, /secret/);
        assert.match(m, /a geo-redundant value/);
    });
});
