// Builds large `pulumi stack export` files for the scale tests: a synthetic estate from the
// catalogue written in the state format (secrets as ciphertext, or as plaintext like
// `--show-secrets`), plus every odd shape a real export can hold. Nothing large is committed: the
// tests write the file into a temporary directory.
import { syntheticEstate } from "../../../scripts/bench/synthetic";
import { makeUrn } from "../../../src/engine/resources";
import type { ResourceSpec } from "../../../src/engine/resources";
import { ASSET_SIG, SECRET_SIG, SIG_KEY, Secret, unknown } from "../../../src/engine/values";
import type { StateResource } from "../../../src/engine/export/stack-export";

export const PROJECT = "estate";
export const STACK = "prod";

/** Plaintext secret values written into the export: none may ever appear in a report. */
export const SECRET_VALUES = ["s3cr3t-db-password-7d1f", "AKIA-SCALE-TEST-ACCESS-KEY", "eu-secret-region-value-91c2"] as const;

export interface BuiltExport {
    doc: { version: number; deployment: { manifest: Record<string, unknown>; resources: StateResource[] } };
    /** URNs a report must list, in file order (live resources: not deleted). */
    liveUrns: string[];
    /** How many were deleted. */
    skipped: number;
    /** Names of the odd resources, by the shape they exercise. */
    odd: Record<string, string>;
}

const urn = (type: string, name: string, parent?: string): string => makeUrn(STACK, PROJECT, type, name, parent);

/** A state value: secrets as ciphertext (default) or as plaintext JSON, unknowns as computed values. */
function toState(value: unknown, plaintext: boolean): unknown {
    if (value === unknown) {
        return "computed-at-deploy";
    }
    if (value instanceof Secret) {
        return plaintext
            ? { [SIG_KEY]: SECRET_SIG, plaintext: JSON.stringify(value.value) }
            : { [SIG_KEY]: SECRET_SIG, ciphertext: `v1:${Buffer.from(JSON.stringify(value.value)).toString("base64").replace(/[A-Za-z]/g, "x")}` };
    }
    if (Array.isArray(value)) {
        return value.map((v) => toState(v, plaintext));
    }
    if (value !== null && typeof value === "object") {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value)) {
            if (v !== undefined) {
                out[k] = toState(v, plaintext);
            }
        }
        return out;
    }
    return value;
}

/** Outputs as a provider would return them: the inputs plus ids and ARNs. */
function outputsOf(spec: ResourceSpec, inputs: unknown, i: number): Record<string, unknown> {
    const base = typeof inputs === "object" && inputs !== null ? (inputs as Record<string, unknown>) : {};
    return { ...base, id: `${spec.name}-id`, arn: spec.type.startsWith("aws:") ? `arn:aws:synthetic:::${spec.name}` : undefined, urnIndex: i };
}

/**
 * `count` resources in all (at least a few hundred): the synthetic estate (every catalogue type
 * when `count` allows it) and the odd shapes below, with some deleted and pending replacement.
 */
export function buildExport(count: number, seed = 7): BuiltExport {
    const resources: StateResource[] = [];
    const odd: Record<string, string> = {};
    const stackUrn = urn("pulumi:pulumi:Stack", `${PROJECT}-${STACK}`);
    resources.push({
        urn: stackUrn, type: "pulumi:pulumi:Stack", custom: false,
        outputs: { endpoint: "https://example.eu", dbPassword: { [SIG_KEY]: SECRET_SIG, plaintext: JSON.stringify(SECRET_VALUES[0]) } },
    });

    const oddShapes = oddResources(stackUrn, odd);
    const estate = syntheticEstate(Math.max(0, count - 1 - oddShapes.length), { seed, project: PROJECT, stack: STACK, unknownShare: 0 });
    estate.resources.forEach((spec, i) => {
        const plaintext = i % 2 === 0;
        const inputs = toState(spec.props ?? {}, plaintext);
        const r: StateResource = {
            urn: spec.urn ?? urn(spec.type, spec.name, spec.parent),
            type: spec.type,
            custom: spec.custom ?? true,
            inputs,
            outputs: spec.type.startsWith("pulumi:providers:") ? inputs : outputsOf(spec, inputs, i),
            parent: spec.parent ?? stackUrn,
            dependencies: spec.dependencies ?? [],
            propertyDependencies: spec.propertyDependencies ?? {},
        };
        if (r.custom) {
            r.id = `${spec.name}-id`;
        }
        if (spec.provider) {
            r.provider = `${spec.provider.urn}::${spec.provider.name ?? "default"}-provider-id`;
        }
        if (spec.type.startsWith("pulumi:providers:")) {
            // A provider's secret settings, as --show-secrets writes them.
            (r.inputs as Record<string, unknown>).token = { [SIG_KEY]: SECRET_SIG, plaintext: JSON.stringify(SECRET_VALUES[1]) };
        }
        resources.push(r);
    });
    // The odd ones spread through the file rather than bunched at the end.
    const step = Math.max(1, Math.floor(resources.length / (oddShapes.length + 1)));
    oddShapes.forEach((r, i) => resources.splice(Math.min(resources.length, (i + 1) * step + i), 0, r));

    // Like `pulumi policy analyze`, only deleted resources are left out: one pending replacement still exists.
    const liveUrns = resources.filter((r) => r.delete !== true).map((r) => r.urn);
    return {
        doc: {
            version: 3,
            deployment: {
                manifest: { time: "2026-01-01T00:00:00Z", magic: "synthetic", version: "v3.200.0" },
                resources,
            },
        },
        liveUrns,
        skipped: resources.length - liveUrns.length,
        odd,
    };
}

function oddResources(stackUrn: string, odd: Record<string, string>): StateResource[] {
    const out: StateResource[] = [];
    const add = (shape: string, r: StateResource): void => {
        odd[shape] = r.urn;
        out.push(r);
    };
    const bucket = "aws:s3/bucket:Bucket";
    const awsProvider = `${urn("pulumi:providers:aws", "default")}::default-provider-id`;
    const deep = (depth: number): unknown => {
        let v: unknown = { region: "us-east-1" };
        for (let i = 0; i < depth; i++) v = i % 2 ? [v, null] : { nested: v, region: null };
        return v;
    };

    add("no inputs, only outputs", { urn: urn(bucket, "outputs-only"), type: bucket, custom: true, outputs: { region: "us-east-1", bucket: "outputs-only" }, provider: awsProvider });
    add("null inputs and outputs", { urn: urn(bucket, "nulls"), type: bucket, custom: true, inputs: null, outputs: null, provider: awsProvider });
    add("no properties at all", { urn: urn("gcp:storage/bucket:Bucket", "bare"), type: "gcp:storage/bucket:Bucket", custom: true });
    add("inputs not an object", { urn: urn(bucket, "array-inputs"), type: bucket, custom: true, inputs: [1, 2, 3], outputs: "text" });
    add("missing provider", { urn: urn(bucket, "ghost-provider"), type: bucket, custom: true, inputs: { bucket: "g" }, provider: `${urn("pulumi:providers:aws", "ghost")}::0000` });
    add("garbage provider reference", { urn: urn(bucket, "garbage-provider"), type: bucket, custom: true, inputs: {}, provider: "not a provider reference" });
    add("empty provider reference", { urn: urn(bucket, "empty-provider"), type: bucket, custom: true, inputs: {}, provider: "" });
    add("provider reference that is not a string", { urn: urn(bucket, "numeric-provider"), type: bucket, custom: true, inputs: {}, provider: 42 });
    add("empty type", { urn: urn("", "empty-type"), type: "", custom: true, inputs: { region: "us-east-1" } });
    add("type without colons", { urn: urn("nocolons", "garbage-type"), type: "nocolons", custom: true, inputs: { location: "westus" } });
    add("truncated type", { urn: urn("aws:", "truncated-type"), type: "aws:", custom: true, inputs: { region: "ap-south-1" }, provider: awsProvider });
    add("type of colons", { urn: urn("::::", "colons"), type: "::::", custom: true, inputs: {} });
    add("emoji type", { urn: urn("💥:🔥:🌈", "emoji-type"), type: "💥:🔥:🌈", custom: true, inputs: { region: "🌍" } });
    add("very long type", { urn: urn(`aws:${"x".repeat(2000)}:Y`, "long-type"), type: `aws:${"x".repeat(2000)}:Y`, custom: true, inputs: {} });
    add("unicode name", { urn: urn(bucket, "données-😀-名前"), type: bucket, custom: true, inputs: { bucket: "données" }, provider: awsProvider });
    add("right-to-left name", { urn: urn("azure-native:storage:StorageAccount", "חשבון-אחסון"), type: "azure-native:storage:StorageAccount", custom: true, inputs: { location: "westeurope" } });
    add("combining characters and zero-width joiner", { urn: urn(bucket, "e\u0301-\u200d-👩‍👩‍👧"), type: bucket, custom: true, inputs: {}, provider: awsProvider });
    add("name containing ::", { urn: urn(bucket, "a::b::c"), type: bucket, custom: true, inputs: {}, provider: awsProvider });
    add("short urn", { urn: "urn:pulumi:weird", type: bucket, custom: true, inputs: { region: "eu-west-1" } });
    add("secret region (ciphertext)", {
        urn: urn("aws:dynamodb/table:Table", "secret-region"), type: "aws:dynamodb/table:Table", custom: true, provider: awsProvider,
        inputs: { region: { [SIG_KEY]: SECRET_SIG, ciphertext: "v1:AAAA" }, replicas: [{ regionName: { [SIG_KEY]: SECRET_SIG, ciphertext: "v1:BBBB" } }] },
    });
    add("secret region (plaintext)", {
        urn: urn("aws:sqs/queue:Queue", "plaintext-secret-region"), type: "aws:sqs/queue:Queue", custom: true, provider: awsProvider,
        inputs: { region: { [SIG_KEY]: SECRET_SIG, plaintext: JSON.stringify(SECRET_VALUES[2]) }, kmsMasterKeyId: { [SIG_KEY]: SECRET_SIG, plaintext: "not json" } },
    });
    add("secret without value", { urn: urn(bucket, "empty-secret"), type: bucket, custom: true, provider: awsProvider, inputs: { region: { [SIG_KEY]: SECRET_SIG } } });
    add("wrong value types", {
        urn: urn("gcp:compute/instance:Instance", "wrong-types"), type: "gcp:compute/instance:Instance", custom: true,
        inputs: { zone: 42, region: true, location: ["europe-west1", null], bootDisk: "none", labels: { a: null }, project: 1e308 },
    });
    add("deeply nested", { urn: urn(bucket, "deep"), type: bucket, custom: true, provider: awsProvider, inputs: { tags: deep(200) } });
    add("huge strings", { urn: urn(bucket, "huge"), type: bucket, custom: true, provider: awsProvider, inputs: { policy: "x".repeat(200_000), region: "eu-west-1".repeat(1000) } });
    add("long array", { urn: urn("aws:ec2/instance:Instance", "long-array"), type: "aws:ec2/instance:Instance", custom: true, provider: awsProvider, inputs: { tags: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, `v${i}`])), securityGroups: Array.from({ length: 5000 }, (_, i) => `sg-${i}`) } });
    add("prototype keys", { urn: urn(bucket, "proto-keys"), type: bucket, custom: true, provider: awsProvider, inputs: JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "toString": "x", "hasOwnProperty": 1}') as unknown });
    add("asset and archive outputs", {
        urn: urn("aws:lambda/function:Function", "assets"), type: "aws:lambda/function:Function", custom: true, provider: awsProvider,
        inputs: { code: { [SIG_KEY]: ASSET_SIG, path: "./handler.zip", hash: "abc" } },
        outputs: { code: { [SIG_KEY]: ASSET_SIG, path: "./handler.zip", hash: "abc" }, role: null },
    });
    add("missing parent and dangling dependencies", {
        urn: urn(bucket, "dangling"), type: bucket, custom: true, provider: awsProvider, inputs: {},
        parent: urn("acme:index:Gone", "gone"), dependencies: [urn(bucket, "never-existed"), 7, null], propertyDependencies: { bucket: [urn(bucket, "never-existed")], odd: "not-a-list", worse: null },
    });
    add("propertyDependencies not an object", { urn: urn(bucket, "bad-propdeps"), type: bucket, custom: true, provider: awsProvider, inputs: {}, propertyDependencies: ["x"], dependencies: "y" });
    add("non-boolean flags", { urn: urn(bucket, "flags"), type: bucket, custom: "yes", protect: "true", provider: awsProvider, inputs: {} });
    add("component with outputs", { urn: urn("acme:index:Platform", "component-odd"), type: "acme:index:Platform", custom: false, parent: stackUrn, outputs: { endpoints: [null, { region: "us-east-1" }] } });

    // Replacement in progress: the old resource waits for deletion, the new one is live under the same URN.
    const replaced = urn(bucket, "replaced");
    add("replaced (old, pending deletion)", { urn: replaced, type: bucket, custom: true, delete: true, provider: awsProvider, inputs: { region: "us-east-1" } });
    out.push({ urn: replaced, type: bucket, custom: true, provider: awsProvider, inputs: { region: "eu-west-1" } });
    add("deleted", { urn: urn(bucket, "deleted"), type: bucket, custom: true, delete: true, inputs: {} });
    add("pending replacement", { urn: urn(bucket, "pending"), type: bucket, custom: true, pendingReplacement: true, inputs: {} });
    return out;
}
