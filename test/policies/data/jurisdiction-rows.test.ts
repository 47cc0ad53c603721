// The jurisdiction rows of the providers added for issue 12, through the analyzer protocol: who
// ultimately controls each, and whether a non-EU law reaches data it holds (provider-jurisdiction).
import { strict as assert } from "assert";
import { headquartersByPackage, isEuHeadquartered } from "eu-sovereignty-policies/lib";
import type { ResourceSpec } from "../../../src";
import type { Report } from "../../../src/engine/types";
import { EU_PACK, providerOf, useSession, violationOf, withProviders } from "../../helpers/packs";

const on = (pkg: string) => ({ type: pkg, props: {} });

const resources: ResourceSpec[] = [
    { type: "ec:index/deployment:Deployment", name: "elastic", props: { region: "gcp-europe-west3", version: "8.15.0", deploymentTemplateId: "gcp-storage-optimized" }, provider: on("ec") },
    { type: "exoscale:index/sksCluster:SksCluster", name: "exoscale", props: { zone: "ch-gva-2", name: "k" }, provider: on("exoscale") },
    { type: "ionoscloud:compute/server:Server", name: "ionos", props: { name: "web", cores: 1, ram: 1024 }, provider: on("ionoscloud") },
    { type: "stackit:index/objectstorageBucket:ObjectstorageBucket", name: "stackit", props: { projectId: "p", name: "b" }, provider: on("stackit") },
    { type: "upcloud:index/server:Server", name: "upcloud", props: { hostname: "web", zone: "de-fra1", plan: "1xCPU-1GB" }, provider: on("upcloud") },
];

describe("jurisdiction rows of Elastic Cloud, Exoscale, IONOS, STACKIT and UpCloud", function () {
    this.timeout(120_000);
    const session = useSession({ packDir: EU_PACK });
    let report: Report;
    before(async () => {
        report = await session().analyze(withProviders(resources));
    });
    const advisory = (name: string) => providerOf(report, name).diagnostics.filter((d) => d.policyName === "provider-jurisdiction").map(violationOf);

    it("Elastic Cloud: a Dutch N.V. managed from the US is reached by the CLOUD Act, and the message says why", () => {
        const [m, ...rest] = advisory("elastic");
        assert.equal(rest.length, 0);
        assert.match(m, /provider package `ec` belongs to Elastic N\.V\. \(Elastic Cloud\), headquartered in San Francisco, United States/);
        assert.match(m, /US CLOUD Act \(18 U\.S\.C\. 2713\) wherever it is stored \(incorporated in the Netherlands, but managed from the US/);
    });

    it("Exoscale: Swiss, with América Móvil as the ultimate parent, and the unverified part said as such", () => {
        const [m] = advisory("exoscale");
        assert.match(m, /Akenes SA \(Exoscale\), headquartered in Lausanne, Switzerland, whose ultimate parent is América Móvil, S\.A\.B\. de C\.V\. \(Mexico\), through A1 Telekom Austria AG/);
        assert.match(m, /Swiss law \(Switzerland is outside the EU\/EEA.*\(whether Mexican law reaches data its group holds in Europe was not verified\)/);
    });

    it("IONOS, STACKIT and UpCloud: EU-headquartered, with EU parents, so no finding", () => {
        for (const name of ["ionos", "stackit", "upcloud"]) assert.deepEqual(advisory(name), [], name);
    });

    it("names each parent and a source in the catalogue", () => {
        const row = (pkg: string) => {
            const h = headquartersByPackage.get(pkg);
            assert.ok(h, pkg);
            return h;
        };
        assert.match(row("ionoscloud").parent ?? "", /^United Internet AG \(Germany\)/);
        assert.match(row("stackit").parent ?? "", /^Schwarz Group \(Neckarsulm, Germany\)/);
        assert.equal(row("upcloud").company, "UpCloud Oy");
        assert.equal(row("ec").country, "US");
        assert.equal(row("exoscale").country, "CH");
        for (const pkg of ["ionoscloud", "stackit", "upcloud"]) assert.equal(isEuHeadquartered(row(pkg)), true, pkg);
        for (const pkg of ["ec", "exoscale"]) assert.equal(isEuHeadquartered(row(pkg)), false, pkg);
        for (const pkg of ["ec", "exoscale", "ionoscloud", "stackit", "upcloud"]) assert.match(row(pkg).source, /^https:\/\/\S+/, pkg);
    });
});
