// The schema extract written by scripts/catalog/vendor-schemas.ts: only what could place a resource
// is kept, docs are plain and short, nested types are kept on the way to a place, and the committed
// extracts name where they came from.
import { strict as assert } from "assert";
import * as path from "path";
import { buildPlatformShape } from "../../../scripts/catalog/platform-shape";
import { PLATFORM_RULES } from "../../../scripts/catalog/platform-rules";
import { extract, plainDoc } from "../../../scripts/catalog/vendor-schemas";
import { VENDORED_SOURCES, type VendoredId } from "../../../scripts/catalog/vendored-model";
import { readVendoredFile, vendoredTypings } from "../../../scripts/catalog/vendored-reader";

const root = path.resolve(__dirname, "../../..");

const schema = {
    config: { variables: { s3Region: { type: "string", description: "Region for Object Storage." }, token: { type: "string" } } },
    types: {
        "ionoscloud:compute/ServerVolume:ServerVolume": { properties: { availabilityZone: { type: "string" }, size: { type: "integer" } } },
        "ionoscloud:compute/ServerLabel:ServerLabel": { properties: { key: { type: "string" } } },
        "ionoscloud:compute/Tier:Tier": { type: "string", enum: [{ value: "SSD" }] },
    },
    resources: {
        "ionoscloud:compute/server:Server": {
            inputProperties: {
                datacenterId: { type: "string", description: "[string] The ID of a Virtual Data Center." },
                name: { type: "string" },
                volume: { $ref: "#/types/ionoscloud:compute%2FServerVolume:ServerVolume" },
                labels: { type: "array", items: { $ref: "#/types/ionoscloud:compute%2FServerLabel:ServerLabel" } },
                location: { $ref: "#/types/ionoscloud:compute%2FTier:Tier", description: `Available: <span pulumi-lang-nodejs="\`de/fra\`" pulumi-lang-go="\`de/fra\`">\`de/fra\`</span>, \`us/las\`. ${"x".repeat(400)}` },
            },
            requiredInputs: ["datacenterId"],
        },
        "ionoscloud:compute/user:User": { inputProperties: { email: { type: "string" } } },
    },
};

describe("vendored schema extracts", () => {
    const out = extract("ionoscloud", schema, { commit: "5229c18aaf673cd11119c2d008ec7a75c6bfbf64", version: "v0.3.2" });

    it("keeps every resource token, and of its inputs only those that could place it", () => {
        assert.deepEqual(Object.keys(out.resources), ["ionoscloud:compute/server:Server", "ionoscloud:compute/user:User"]);
        assert.deepEqual(Object.keys(out.resources["ionoscloud:compute/server:Server"]), ["datacenterId", "volume", "location"]);
        assert.deepEqual(out.resources["ionoscloud:compute/user:User"], {});
        assert.deepEqual(out.resources["ionoscloud:compute/server:Server"].datacenterId, { type: "string", required: true, doc: "[string] The ID of a Virtual Data Center." });
    });

    it("keeps nested types only on the way to a place, and reads an enum as a string", () => {
        assert.deepEqual(out.inputTypes, { "ionoscloud:compute/ServerVolume:ServerVolume": { availabilityZone: { type: "string" } } });
        assert.equal(out.resources["ionoscloud:compute/server:Server"].volume.type, "ref:ionoscloud:compute/ServerVolume:ServerVolume");
        assert.equal(out.resources["ionoscloud:compute/server:Server"].location.type, "enum");
    });

    it("writes docs once per code span, cut to a few hundred characters", () => {
        const doc = out.resources["ionoscloud:compute/server:Server"].location.doc ?? "";
        assert.ok(doc.startsWith("Available: `de/fra`, `us/las`. xxx"), doc.slice(0, 60));
        assert.equal(doc.length, 321);
        assert.equal(plainDoc("  "), undefined);
    });

    it("keeps the provider's config keys that look like a place, and names its source", () => {
        assert.deepEqual(Object.keys(out.config), ["s3Region"]);
        assert.equal(out.source.repository, "https://github.com/ionos-cloud/pulumi-ionoscloud");
        assert.equal(out.source.version, "v0.3.2");
    });

    for (const id of Object.keys(VENDORED_SOURCES) as VendoredId[]) {
        it(`${id}: the committed extract names its repository, commit and version, and reads as typings`, () => {
            const file = readVendoredFile(root, id);
            assert.equal(file.source.repository, VENDORED_SOURCES[id].repository);
            assert.equal(file.npm, VENDORED_SOURCES[id].npm);
            assert.match(file.source.commit, /^[0-9a-f]{40}$/);
            assert.match(file.source.version, /^v\d+\.\d+\.\d+$/);
            const typings = vendoredTypings(id, file);
            // Elastic Cloud has 11 resource types; the regional clouds each more than 20.
            const least = VENDORED_SOURCES[id].kind === "platform" ? 10 : 20;
            assert.ok(typings.resources.length > least, `${id}: ${typings.resources.length} resources`);
            assert.ok(typings.resources.every((r) => r.token.startsWith(`${id}:`)));
        });
    }

    describe("a data platform's extract (kind platform)", () => {
        const t = (name: string) => `ec:index/${name}:${name}`;
        const ref = (name: string) => ({ $ref: `#/types/${encodeURIComponent(t(name))}` });
        const platformSchema: Parameters<typeof extract>[1] = {
            config: { variables: { endpoint: { type: "string" }, cloudName: { type: "string" } } },
            types: {
                [t("Es")]: { properties: { region: { type: "string" }, zoneCount: { type: "integer" }, hot: ref("Hot"), byok: ref("Byok"), name: { type: "string" } } },
                [t("Hot")]: { properties: { tier: ref("Tier") } },
                [t("Tier")]: { properties: { location: { type: "string" }, deeper: ref("Deeper") } },
                [t("Deeper")]: { properties: { region: { type: "string" } } },
                [t("Byok")]: { properties: { id: { type: "string" } } },
                [t("Other")]: { properties: { id: { type: "string" } } },
            },
            resources: {
                "ec:index/deployment:Deployment": {
                    inputProperties: { region: { type: "string" }, encryptionKmsKeyId: { type: "string" }, apiKey: { type: "string" }, elasticsearch: ref("Es"), other: ref("Other") },
                    requiredInputs: ["region"],
                },
            },
        };
        const file = extract("ec", platformSchema, { commit: "23151f3438541e93a4ee4608f1c8c172f2046f8b", version: "v0.12.2" });

        it("keeps the region vocabulary and key references, three levels below a top-level input and no deeper", () => {
            assert.deepEqual(Object.keys(file.resources["ec:index/deployment:Deployment"]), ["region", "encryptionKmsKeyId", "elasticsearch"]);
            assert.deepEqual(Object.keys(file.inputTypes), [t("Byok"), t("Es"), t("Hot"), t("Tier")]);
            assert.deepEqual(Object.keys(file.inputTypes[t("Tier")]), ["location"]);
            assert.deepEqual(Object.keys(file.config), ["cloudName"]);
        });

        it("reads, through the platform generator, as the typings would", () => {
            const rules = PLATFORM_RULES.find((r) => r.id === "ec");
            assert.ok(rules);
            const shape = buildPlatformShape(rules, vendoredTypings("ec", file));
            assert.deepEqual(shape.region.get("ec:index/deployment:Deployment"), ["elasticsearch.hot.tier.location", "elasticsearch.region", "region"]);
            assert.deepEqual(shape.keys.get("ec:index/deployment:Deployment"), ["elasticsearch.byok.id", "encryptionKmsKeyId"]);
            assert.deepEqual(shape.providerInputs, ["cloudName"]);
        });
    });
});
