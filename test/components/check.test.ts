// Every TypeScript component's static `check` (which the multi-language components run before they
// register) refuses what its constructor refuses, with the same message, and accepts what it accepts.
import * as assert from "assert";
import { aws, azure, gcp, SovereigntyError } from "../../components/index";

const refuses = (fn: () => void, message: string): void => {
    assert.throws(fn, (e: unknown) => {
        assert.ok(e instanceof SovereigntyError, String(e));
        assert.strictEqual(e.message, message);
        return true;
    });
};

describe("component package: the components' static check", () => {
    it("every TypeScript component has one", () => {
        const classes = [aws, azure, gcp].flatMap((m) => Object.values(m))
            .filter((v): v is { name: string; type: string; check?: unknown } => typeof v === "function" && typeof (v as { type?: unknown }).type === "string");
        assert.ok(classes.length >= 23, `${classes.length}`);
        assert.deepStrictEqual(classes.filter((c) => typeof c.check !== "function").map((c) => c.name), []);
    });

    it("refuses a region outside the allow-list, and accepts one inside it", () => {
        refuses(() => aws.SovereignQueue.check("jobs", { region: "us-west-2" }),
            'SovereignQueue "jobs": region "us-west-2" is not an allowed location; allowed: eu-central-1, eu-west-1, eu-west-3, eu-north-1, eu-south-1, eu-south-2, eusc-de-east-1');
        assert.doesNotThrow(() => aws.SovereignQueue.check("jobs", { region: "eu-west-3" }));
        assert.doesNotThrow(() => aws.SovereignQueue.check("jobs", { region: "us-west-2", additionalLocations: ["us-west-2"] }));
    });

    it("checks a key reference as the constructor does (Azure resolves it before registering)", () => {
        const azureKey = (vaultUri: string, location: string) => ({ vaultUri, keyName: "k", location });
        refuses(() => azure.SovereignStorageAccount.check("sa", { resourceGroupName: "rg", location: "westeurope", key: azureKey("https://v.vault.azure.net/", "eastus") }),
            'SovereignStorageAccount "sa": key.location "eastus" is not an allowed location; allowed: westeurope, northeurope, francecentral, francesouth, ' +
            "germanywestcentral, germanynorth, swedencentral, swedensouth, italynorth, polandcentral, spaincentral, austriaeast, belgiumcentral, denmarkeast, norwayeast, norwaywest");
        refuses(() => azure.SovereignStorageAccount.check("sa", { resourceGroupName: "rg", location: "westeurope", key: azureKey("https://keys.example.com/", "westeurope") }),
            'SovereignStorageAccount "sa": key.vaultUri "https://keys.example.com/" is not a Key Vault or Managed HSM URI such as "https://my-vault.vault.azure.net/"');
        assert.doesNotThrow(() => azure.SovereignStorageAccount.check("sa", { resourceGroupName: "rg", location: "westeurope", key: azureKey("https://v.vault.azure.net/", "westeurope") }));
        const gcpKey = (location: string) => ({ id: `projects/p/locations/${location}/keyRings/r/cryptoKeys/k`, location });
        refuses(() => gcp.SovereignBucket.check("b", { location: "europe-west3", key: gcpKey("europe-west1") }),
            'SovereignBucket "b": key is in "europe-west1", but a bucket in "europe-west3" needs its key in "europe-west3"');
        assert.doesNotThrow(() => gcp.SovereignBucket.check("b", { location: "europe-west3", key: gcpKey("europe-west3") }));
    });

    it("refuses a value outside a fixed set, as the multi-language components pass strings", () => {
        refuses(() => gcp.SovereignSqlInstance.check("db", { region: "europe-west1", privateNetwork: "net", edition: "STANDARD" as "ENTERPRISE" }),
            'SovereignSqlInstance "db": edition "STANDARD" is not allowed; allowed: ENTERPRISE, ENTERPRISE_PLUS');
    });
});

