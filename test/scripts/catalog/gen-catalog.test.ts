// The catalogue generator (scripts/gen-catalog.ts) and the data it committed: the committed files
// must be what the generator produces from the installed typings, and must hold the types the
// policies rely on (removing one fails a test here).
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { awsRegionlessSource, awsRegionlessTypes } from "../../../policies/src/data/generated/aws-regionless-types";
import { gcpProviderDefaulted, gcpProviderDefaultedSource } from "../../../policies/src/data/generated/gcp-provider-defaulted";
import { awsRegionlessTypes as computeAwsRegionless } from "../../../scripts/catalog/aws-regions";
import { parseDts, propsOf } from "../../../scripts/catalog/dts-reader";
import { expandPaths, extractTokenSpans, lineOf, verifyToken, TypingsIndex } from "../../../scripts/catalog/facts-verification";
import { gcpProviderDefaulted as computeGcpDefaulted, providerDefaultOf } from "../../../scripts/catalog/gcp-defaults";
import { OUTPUTS } from "../../../scripts/catalog/generate";
import { isLocationName, lookupPath, nestedLocationPaths } from "../../../scripts/catalog/location-props";
import type { Cloud, PackageTypings, PropInfo } from "../../../scripts/catalog/model";
import { compareStrings } from "../../../scripts/catalog/model";
import { packageDir, readPackage, readResourceDts, readResourceJs } from "../../../scripts/catalog/package-reader";
import { formatJson } from "../../../scripts/catalog/render-json";
import { buildCloudShape } from "../../../scripts/catalog/shape";

const root = path.resolve(__dirname, "../../..");

interface ShapeJson {
    packages: Record<string, string>;
    clouds: Record<string, {
        package: string;
        version: string;
        summary: { types: number; topLevel: Record<string, { types: number; required: number }>; regionless?: number; nestedPaths: number };
        regionless?: string[];
        providerDefaulted?: Record<string, string>;
        types: Record<string, { inputs: Record<string, string>; regional?: boolean }>;
        nested: Record<string, string[]>;
    }>;
}

const shape = JSON.parse(fs.readFileSync(path.join(root, OUTPUTS.providerShapeJson), "utf8")) as ShapeJson;

function isSorted(list: readonly string[]): boolean {
    return list.every((v, i) => i === 0 || compareStrings(list[i - 1], v) < 0);
}

/** Token grammar: `<cloud>:<module>[/<file>]:<Class>`. */
const TOKEN = { "aws": /^aws:[a-z0-9]+\/[A-Za-z0-9_]+:[A-Za-z0-9_]+$/, "azure-native": /^azure-native:[a-z0-9]+:[A-Za-z0-9_]+$/, "gcp": /^gcp:[a-z0-9]+\/[A-Za-z0-9_]+:[A-Za-z0-9_]+$/ };

describe("catalogue generator (npm run gen:catalog)", () => {
    describe("committed AWS regionless types", () => {
        const list = [...awsRegionlessTypes];

        it("holds the global services and not the regional ones", () => {
            for (const t of ["aws:iam/role:Role", "aws:iam/policy:Policy", "aws:route53/zone:Zone", "aws:route53/record:Record",
                "aws:cloudfront/distribution:Distribution", "aws:organizations/account:Account", "aws:waf/webAcl:WebAcl"]) {
                assert.ok(awsRegionlessTypes.has(t), `${t} should be regionless`);
            }
            for (const t of ["aws:s3/bucket:Bucket", "aws:kms/key:Key", "aws:kms/replicaKey:ReplicaKey", "aws:dynamodb/table:Table",
                "aws:secretsmanager/secret:Secret", "aws:route53/resolverEndpoint:ResolverEndpoint", "aws:wafv2/webAcl:WebAcl",
                "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2"]) {
                assert.ok(!awsRegionlessTypes.has(t), `${t} should be regional`);
            }
        });

        it("is well-formed, sorted, counted in its header and the same as provider-shape.json", () => {
            for (const t of list) assert.match(t, TOKEN.aws);
            assert.ok(isSorted(list), "sorted, no duplicates");
            assert.equal(list.length, awsRegionlessSource.regionless);
            const aws = shape.clouds.aws;
            assert.deepEqual(list, aws.regionless);
            assert.deepEqual(list, Object.keys(aws.types).filter((t) => aws.types[t].regional === false));
            assert.equal(aws.summary.types, awsRegionlessSource.resourceTypes);
            assert.equal(aws.types["aws:s3/bucket:Bucket"].inputs.region, "optional");
            const header = fs.readFileSync(path.join(root, OUTPUTS.awsRegionless), "utf8");
            assert.match(header, new RegExp(`NO top-level \`region\` input: ${list.length} of`));
        });
    });

    describe("committed GCP provider-defaulted types", () => {
        const keys = Object.keys(gcpProviderDefaulted);

        it("holds the types whose docs say they default to the provider, with the right input", () => {
            const expected: Record<string, string> = {
                "gcp:compute/instance:Instance": "zone",
                "gcp:compute/address:Address": "region",
                "gcp:sql/databaseInstance:DatabaseInstance": "region",
                "gcp:cloudfunctions/function:Function": "region",
                "gcp:cloudscheduler/job:Job": "region",
                "gcp:tpu/v2Vm:V2Vm": "zone",
                "gcp:artifactregistry/repositoryIamMember:RepositoryIamMember": "location",
                // Optional region/zone whose docs name no default: the provider's fallback applies.
                "gcp:compute/subnetwork:Subnetwork": "region",
                "gcp:compute/disk:Disk": "zone",
            };
            for (const [t, prop] of Object.entries(expected)) assert.equal(gcpProviderDefaulted[t], prop, t);
        });

        it("leaves out required locations, optional locations whose docs name no default, and unknown keys", () => {
            assert.equal(gcpProviderDefaulted["gcp:storage/bucket:Bucket"], undefined);
            assert.equal(gcpProviderDefaulted["gcp:kms/keyRing:KeyRing"], undefined);
            assert.equal(gcpProviderDefaulted["constructor"], undefined);
            assert.equal(gcpProviderDefaulted["__proto__"], undefined);
        });

        it("is well-formed, sorted, counted and the same as provider-shape.json", () => {
            for (const t of keys) {
                assert.match(t, TOKEN.gcp);
                assert.ok(["region", "zone", "location"].includes(gcpProviderDefaulted[t]));
            }
            assert.ok(isSorted(keys));
            assert.equal(keys.length, gcpProviderDefaultedSource.defaulted);
            assert.deepEqual({ ...gcpProviderDefaulted }, shape.clouds.gcp.providerDefaulted);
            // Every listed input exists and is optional.
            for (const t of keys) assert.equal(shape.clouds.gcp.types[t].inputs[gcpProviderDefaulted[t]], "optional", t);
        });
    });

    describe("committed provider-shape.json", () => {
        it("records the installed package versions", () => {
            for (const cloud of ["aws", "azure-native", "gcp"] as Cloud[]) {
                const pkg = JSON.parse(fs.readFileSync(path.join(packageDir(root, cloud), "package.json"), "utf8")) as { version: string };
                assert.equal(shape.clouds[cloud].version, pkg.version, cloud);
                assert.equal(shape.packages[`@pulumi/${cloud}`], pkg.version);
            }
        });

        it("lists the nested locations the replication policy reads", () => {
            const has = (cloud: string, token: string, p: string): void =>
                assert.ok((shape.clouds[cloud].nested[token] ?? []).includes(p), `${token} ${p}`);
            has("aws", "aws:dynamodb/table:Table", "replicas[].regionName");
            has("aws", "aws:secretsmanager/secret:Secret", "replicas[].region");
            has("azure-native", "azure-native:cosmosdb:DatabaseAccount", "locations[].locationName");
            has("gcp", "gcp:pubsub/topic:Topic", "messageStoragePolicy.allowedPersistenceRegions[]");
            has("gcp", "gcp:storage/bucket:Bucket", "customPlacementConfig.dataLocations[]");
            has("gcp", "gcp:secretmanager/secret:Secret", "replication.userManaged.replicas[].location");
        });

        it("has well-formed sorted tokens and summaries that add up", () => {
            for (const cloud of ["aws", "azure-native", "gcp"] as const) {
                const c = shape.clouds[cloud];
                const tokens = Object.keys(c.types);
                assert.ok(isSorted(tokens), cloud);
                for (const t of tokens) assert.match(t, TOKEN[cloud]);
                assert.equal(c.summary.types, tokens.length);
                for (const [prop, n] of Object.entries(c.summary.topLevel)) {
                    assert.equal(n.types, tokens.filter((t) => c.types[t].inputs[prop] !== undefined).length, `${cloud} ${prop}`);
                    assert.equal(n.required, tokens.filter((t) => c.types[t].inputs[prop] === "required").length, `${cloud} ${prop}`);
                }
                assert.equal(c.summary.nestedPaths, Object.values(c.nested).reduce((a, p) => a + p.length, 0));
            }
            assert.equal(shape.clouds["azure-native"].types["azure-native:documentdb:DatabaseAccount"], undefined, "documentdb is only an alias");
        });
    });

    describe("regeneration from the installed typings", () => {
        // A representative subset in process (fast), then the whole generator in a child process.
        const subsets: Record<Cloud, readonly string[]> = {
            "aws": ["iam", "route53", "s3", "kms", "dynamodb", "secretsmanager", "cloudfront"],
            "azure-native": ["cosmosdb", "storage"],
            "gcp": ["compute", "pubsub", "storage", "sql", "secretmanager"],
        };
        const read = new Map<Cloud, PackageTypings>();
        before(function () {
            this.timeout(120_000);
            for (const [cloud, modules] of Object.entries(subsets) as [Cloud, readonly string[]][]) {
                read.set(cloud, readPackage(cloud, packageDir(root, cloud), { fileFilter: (rel) => modules.includes(rel.split("/")[0]) }));
            }
        });
        const inSubset = (cloud: Cloud, token: string): boolean => subsets[cloud].includes(token.split(":")[1].split("/")[0]);

        it("gives the committed AWS regionless types for the subset", () => {
            const aws = read.get("aws");
            assert.ok(aws && aws.resources.length > 100);
            assert.deepEqual(computeAwsRegionless(aws.resources), [...awsRegionlessTypes].filter((t) => inSubset("aws", t)));
        });

        it("gives the committed GCP provider-defaulted types for the subset", () => {
            const gcp = read.get("gcp");
            assert.ok(gcp);
            const computed = Object.fromEntries(computeGcpDefaulted(gcp.resources).map((d) => [d.token, d.prop]));
            assert.deepEqual(computed, Object.fromEntries(Object.entries(gcpProviderDefaulted).filter(([t]) => inSubset("gcp", t))));
        });

        it("gives the committed provider-shape entries and nested paths for the subset", () => {
            for (const [cloud, typings] of read) {
                const built = buildCloudShape(typings);
                const committed = shape.clouds[cloud];
                const tokens = Object.keys(committed.types).filter((t) => inSubset(cloud, t));
                assert.deepEqual([...built.types.keys()], tokens, cloud);
                assert.deepEqual(JSON.parse(JSON.stringify(Object.fromEntries(built.types))), Object.fromEntries(tokens.map((t) => [t, committed.types[t]])), cloud);
                assert.deepEqual(Object.fromEntries(built.nested), Object.fromEntries(Object.entries(committed.nested).filter(([t]) => inSubset(cloud, t))), cloud);
            }
        });

        it("leaves every committed output as the full generator writes it (gen-catalog --check)", function () {
            this.timeout(180_000);
            const run = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "scripts/gen-catalog.ts", "--check"], {
                cwd: root, encoding: "utf8", env: { ...process.env, TS_NODE_PROJECT: path.join(root, "tsconfig.json") },
            });
            assert.equal(run.status, 0, `run \`npm run gen:catalog\` and commit the result:\n${run.stdout}\n${run.stderr}`);
        });
    });

    describe("pure steps", () => {
        it("reads a resource's token, class and non-self aliases from its .js", () => {
            const js = [
                "class Thing extends pulumi.CustomResource {",
                "    static __pulumiType = 'aws:x/thing:Thing';",
                "        const aliasOpts = { aliases: [{ type: \"aws:x/thingV2:ThingV2\" }, { type: \"aws:x/thing:Thing\" }] };",
                "}",
            ].join("\n");
            assert.deepEqual(readResourceJs(js), { token: "aws:x/thing:Thing", className: "Thing", aliases: ["aws:x/thingV2:ThingV2"] });
            assert.equal(readResourceJs("module.exports = {};"), undefined);
        });

        it("reads Args inputs with optionality, docs and nested input types from a .d.ts", () => {
            const dts = [
                "/** @deprecated use Other */",
                "export declare class Thing extends pulumi.CustomResource { readonly region: pulumi.Output<string>; static isInstance(o: any): boolean; }",
                "export interface ThingArgs {",
                "    /**",
                "     * Region where this resource will be managed. Defaults to the Region set in the provider configuration.",
                "     */",
                "    region?: pulumi.Input<string | undefined>;",
                "    replicas: pulumi.Input<pulumi.Input<inputs.x.ThingReplica>[]>;",
                "}",
            ].join("\n");
            const r = readResourceDts("x/thing.d.ts", dts, "Thing");
            assert.equal(r.deprecated, true);
            assert.deepEqual(r.outputs, ["region"]);
            assert.deepEqual(r.args.map((a) => [a.name, a.optional]), [["region", true], ["replicas", false]]);
            assert.equal(r.args[0].doc, "Region where this resource will be managed. Defaults to the Region set in the provider configuration.");
            const inputs = new Map<string, PropInfo[]>([["x.ThingReplica", propsOf(
                (parseDts("i.d.ts", "interface R { regionName: pulumi.Input<string>; kmsKeyArn?: pulumi.Input<string>; timeZone?: string; allocationId?: string }")
                    .statements[0] as import("typescript").InterfaceDeclaration).members, "")]]);
            assert.deepEqual(nestedLocationPaths(r.args, inputs).map((p) => p.path), ["replicas[].regionName"]);
            assert.equal(lookupPath(r.args, "replicas[].regionName", { inputTypes: inputs }).status, "verified");
            assert.equal(lookupPath(r.args, "replicas.regionName", { inputTypes: inputs }).status, "different");
            assert.equal(lookupPath(r.args, "replicas[].region", { inputTypes: inputs }).status, "not found");
        });

        it("tells location names from look-alikes", () => {
            for (const n of ["region", "regionName", "awsRegion", "locations", "dataLocations", "availabilityZones", "allowedPersistenceRegions"]) assert.ok(isLocationName(n), n);
            for (const n of ["allocationId", "timezone", "timeZone", "hostedZoneId", "regionalCertificateArn", "relocation"]) assert.ok(!isLocationName(n), n);
        });

        it("applies the GCP provider-default rule to optional inputs only", () => {
            const prop = (doc: string, optional = true, name = "region"): PropInfo => ({ name, optional, doc, type: { kind: "primitive", text: "string" } });
            const said = providerDefaultOf(prop("The Region in which the created address should reside. If it is not provided, the provider region is used."));
            assert.equal(said?.setting, "region");
            assert.match(said?.phrase ?? "", /provider region is used/);
            assert.equal(providerDefaultOf(prop("If it is not provided, the provider region is used.", false)), undefined);
            // An optional region or zone falls back to the provider whatever its doc says.
            assert.equal(providerDefaultOf(prop("The GCP region for this subnetwork."))?.setting, "region");
            assert.equal(providerDefaultOf(prop("The zone of the disk.", true, "zone"))?.setting, "zone");
            // An optional location does only when its doc says so.
            assert.equal(providerDefaultOf(prop("The location of the repository.", true, "location")), undefined);
            assert.equal(providerDefaultOf(prop("If it is not provided, the provider will use a default.", true, "location")), undefined);
        });

        it("reads token spans and brace groups out of the facts file", () => {
            const text = "x `aws:ebs/volume:Volume{encrypted,kmsKeyId}` and\n`azure-native:storage:StorageAccount.encryption{keySource,\n keyVaultProperties.keyVaultUri}` `sku.name`";
            const spans = extractTokenSpans(text);
            assert.deepEqual(spans.map((s) => [s.line, s.token, s.paths]), [
                [1, "aws:ebs/volume:Volume", ["encrypted", "kmsKeyId"]],
                [2, "azure-native:storage:StorageAccount", ["encryption.keySource", "encryption.keyVaultProperties.keyVaultUri"]],
            ]);
            assert.deepEqual(expandPaths(".replicas[].regionName"), ["replicas[].regionName"]);
            assert.equal(lineOf("a\nb `c`\n  d", "`c` d"), 2);
        });

        it("reports a token that exists only as an alias, with the token to use", () => {
            const resource = { token: "azure-native:cosmosdb:DatabaseAccount", className: "DatabaseAccount", file: "cosmosdb/databaseAccount.d.ts", args: [], outputs: [], aliases: ["azure-native:documentdb:DatabaseAccount"], deprecated: false };
            const pkg: PackageTypings = { cloud: "azure-native", packageName: "@pulumi/azure-native", version: "0", resources: [resource], providerArgs: [], inputTypes: new Map(), regionEnum: new Map() };
            const [v] = verifyToken(new TypingsIndex(new Map([["azure-native", pkg]])), "test", "azure-native:documentdb:DatabaseAccount", []);
            assert.equal(v.status, "different");
            assert.match(v.actual, /azure-native:cosmosdb:DatabaseAccount/);
        });

        it("writes JSON deterministically, one line per entry below the expanded depth", () => {
            const doc = { b: { "t:2": { inputs: { region: "optional" } }, "t:1": {} } };
            assert.equal(formatJson(doc, 2), "{\n  \"b\": {\n    \"t:2\": {\"inputs\":{\"region\":\"optional\"}},\n    \"t:1\": {}\n  }\n}");
        });
    });
});
