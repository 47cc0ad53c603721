import { strict as assert } from "assert";
import * as fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { policies } from "eu-sovereignty-policies/policies";
import { checkResource, checkStack, UNKNOWN, UNKNOWN_ARRAY, type TestResource } from "../helpers/harness";

// Random property trees thrown at every policy for resource types of every cloud: wrong types,
// nulls, deep nesting, huge strings, unicode, secrets, unknowns and prototype-polluting keys. No
// policy may throw, leak a secret or answer differently twice.

const SECRET = "SECRET-";
const shapeFile = path.resolve(__dirname, "../../policies/src/data/generated/provider-shape.json");

function catalogueTypes(): string[] {
    const fixed = [
        "aws:s3/bucket:Bucket", "aws:dynamodb/table:Table", "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
        "aws:kms/key:Key", "aws:iam/role:Role", "azure-native:storage:StorageAccount", "azure-native:cosmosdb:DatabaseAccount",
        "gcp:storage/bucket:Bucket", "gcp:secretmanager/secret:Secret", "gcp:pubsub/topic:Topic", "hcloud:index/server:Server",
        "pulumi:providers:aws", "acme:index:Component", "random:index/randomPet:RandomPet",
    ];
    if (!fs.existsSync(shapeFile)) return fixed;
    // Every type the generated catalogue knows, so a new type is fuzzed without a new test.
    const text = fs.readFileSync(shapeFile, "utf8");
    const found = new Set(text.match(/"(?:aws|azure-native|gcp):[\w./-]+:[\w]+"/g)?.map((s) => s.slice(1, -1)) ?? []);
    return [...new Set([...fixed, ...found])].sort();
}

const keys = fc.oneof(
    fc.constantFrom("region", "location", "zone", "availabilityZone", "availabilityZones", "replicas", "regionName",
        "locations", "locationName", "sku", "name", "rules", "destination", "bucket", "encryption", "kmsKeyId",
        "kmsMasterKeyId", "serverSideEncryption", "replication", "auto", "userManaged", "messageStoragePolicy",
        "allowedPersistenceRegions", "customPlacementConfig", "dataLocations", "keySource", "tags", "password",
        "__proto__", "constructor", "prototype", "toString", "hasOwnProperty"),
    fc.string({ maxLength: 12 }),
);

const leaf = fc.oneof(
    fc.constantFrom("eu-west-1", "us-east-1", "westeurope", "EU", "US", "global", "europe-west1-b", "arn:aws:kms:us-east-1:1:key/k", "alias/aws/s3", "AES256", "aws:kms", "Standard_GRS", ""),
    fc.constantFrom(UNKNOWN, UNKNOWN_ARRAY),
    fc.string({ unit: "grapheme", maxLength: 30 }),
    fc.string({ minLength: 2000, maxLength: 5000 }),
    fc.string({ unit: "binary", maxLength: 20 }).map((s) => `${SECRET}${Buffer.from(s).toString("hex")}`),
    fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
);

const { tree } = fc.letrec<{ tree: unknown; node: unknown }>((tie) => ({
    tree: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("node")),
    node: fc.oneof(
        fc.array(tie("tree"), { maxLength: 4 }),
        fc.dictionary(keys, tie("tree"), { maxKeys: 5 }),
    ),
}));

const deep = fc.integer({ min: 50, max: 300 }).map((depth) => {
    let v: unknown = "us-east-1";
    for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { replicas: v };
    return v;
});

const props = fc.dictionary(keys, fc.oneof(tree, deep), { maxKeys: 8 });
const resource = (types: string[]) => fc.record({
    type: fc.constantFrom(...types),
    name: fc.string({ maxLength: 20 }),
    props,
    provider: fc.option(fc.record({ type: fc.constantFrom("pulumi:providers:aws", "pulumi:providers:gcp", "pulumi:providers:azure-native"), props }), { nil: undefined }),
}) as fc.Arbitrary<TestResource>;

function secretsIn(v: unknown, out: string[] = [], depth = 0): string[] {
    if (depth > 400) return out;
    if (typeof v === "string" && v.startsWith(SECRET) && v.length > SECRET.length + 2) out.push(v);
    else if (v && typeof v === "object") for (const k of Object.keys(v)) secretsIn((v as Record<string, unknown>)[k], out, depth + 1);
    return out;
}

function assertClean(messages: string[], r: unknown): void {
    for (const s of secretsIn(r)) for (const m of messages) assert.ok(!m.includes(s), `message leaks a secret: ${m}`);
    for (const m of messages) {
        assert.ok(m.length < 4000, "messages stay short: no prop dumps");
        // The guard turns an exception into this message: seeing it means a policy threw.
        assert.ok(!m.includes("could not evaluate"), `a policy threw: ${m}`);
    }
}

describe("robustness: random property trees against every policy", function () {
    this.timeout(120000);
    const types = catalogueTypes();
    const runs = Number(process.env.FUZZ_RUNS ?? 300);

    for (const policy of policies) {
        if ("validateResource" in policy && policy.validateResource) {
            it(`${policy.name}: validateResource never throws, leaks or varies`, () => {
                fc.assert(fc.property(resource(types), fc.object(), (r, config) => {
                    const a = checkResource(policy as ResourceValidationPolicy, r, config);
                    const b = checkResource(policy as ResourceValidationPolicy, r, config);
                    assert.deepEqual(a, b);
                    assertClean(a.violations, r);
                }), { numRuns: runs });
            });
        }
        if ("validateStack" in policy) {
            it(`${policy.name}: validateStack never throws, leaks or varies`, () => {
                fc.assert(fc.property(fc.array(resource(types), { maxLength: 8 }), (rs) => {
                    const a = checkStack(policy as StackValidationPolicy, rs);
                    assert.deepEqual(a, checkStack(policy as StackValidationPolicy, rs));
                    assertClean(a.violations, rs);
                }), { numRuns: Math.ceil(runs / 3) });
            });
        }
    }
});
