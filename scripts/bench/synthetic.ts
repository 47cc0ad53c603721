// Synthetic estates for the benchmark and the scale tests, generated from the catalogue
// (policies/src/data/generated/provider-shape.json): every resource type the catalogue knows
// appears at least once, with the location inputs the catalogue lists (top-level and nested), a
// provider per cloud, keys (customer-managed, provider-managed, in and out of the EU), replicas,
// secrets, a few values unknown at preview, parents and dependencies. Deterministic for a seed.
import * as fs from "fs";
import * as path from "path";
import { makeUrn } from "../../src/engine/resources";
import type { ProviderSpec, ResourceSpec } from "../../src/engine/resources";
import { secret, unknown } from "../../src/engine/values";

export type Cloud = "aws" | "azure-native" | "gcp";
export const CLOUDS: readonly Cloud[] = ["aws", "azure-native", "gcp"];

interface TypeShape {
    inputs: Record<string, "optional" | "required">;
    otherLocationInputs?: string[];
}

interface CloudShape {
    types: Record<string, TypeShape>;
    nested: Record<string, string[]>;
}

/** One resource type of the catalogue. */
export interface CatalogueType {
    cloud: Cloud;
    type: string;
    inputs: Record<string, "optional" | "required">;
    nested: string[];
}

export const SHAPE_FILE = path.resolve(__dirname, "..", "..", "policies", "src", "data", "generated", "provider-shape.json");

let cachedTypes: CatalogueType[] | undefined;

/** Every resource type of the catalogue, sorted by cloud then token. */
export function catalogueTypes(file = SHAPE_FILE): CatalogueType[] {
    if (cachedTypes && file === SHAPE_FILE) {
        return cachedTypes;
    }
    if (!fs.existsSync(file)) {
        throw new Error(`the catalogue ${file} is missing; generate it with \`npm run gen:catalog\``);
    }
    const doc = JSON.parse(fs.readFileSync(file, "utf8")) as { clouds: Record<string, CloudShape> };
    const out: CatalogueType[] = [];
    for (const cloud of CLOUDS) {
        const shape = doc.clouds[cloud];
        if (!shape) {
            throw new Error(`the catalogue ${file} has no ${cloud} section`);
        }
        for (const type of Object.keys(shape.types).sort()) {
            out.push({ cloud, type, inputs: shape.types[type].inputs ?? {}, nested: shape.nested?.[type] ?? [] });
        }
    }
    if (file === SHAPE_FILE) {
        cachedTypes = out;
    }
    return out;
}

/** A small deterministic PRNG (mulberry32). */
export class Rng {
    private state: number;
    constructor(seed: number) {
        this.state = seed >>> 0;
    }
    next(): number {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    chance(p: number): boolean {
        return this.next() < p;
    }
    int(n: number): number {
        return Math.floor(this.next() * n);
    }
    pick<T>(items: readonly T[]): T {
        return items[this.int(items.length)];
    }
}

// Locations: mostly EU/EEA, some outside (the UK, Switzerland, the US, Asia), as in a real estate.
const LOCATIONS: Record<Cloud, { eu: readonly string[]; other: readonly string[] }> = {
    aws: { eu: ["eu-west-1", "eu-central-1", "eu-north-1", "eu-west-3", "eu-south-1"], other: ["us-east-1", "us-west-2", "eu-west-2", "eu-central-2", "ap-southeast-1"] },
    "azure-native": { eu: ["westeurope", "northeurope", "germanywestcentral", "francecentral", "swedencentral"], other: ["eastus", "uksouth", "switzerlandnorth", "japaneast"] },
    gcp: { eu: ["europe-west1", "europe-west3", "europe-north1", "europe-west9", "EU"], other: ["us-central1", "europe-west2", "asia-east1", "US"] },
};
const NON_EU_SHARE = 0.2;

/** Where a synthetic resource lives; `eu` false for the share placed outside the EU/EEA. */
function location(rng: Rng, cloud: Cloud): string {
    const l = LOCATIONS[cloud];
    return rng.chance(NON_EU_SHARE) ? rng.pick(l.other) : rng.pick(l.eu);
}

const regionOf = (loc: string): string => (loc === "EU" ? "europe-west1" : loc === "US" ? "us-central1" : loc);

/** Providers per cloud: the default one and a few explicit ones, some outside the EU. */
export function syntheticProviders(): Record<Cloud, ProviderSpec[]> {
    return {
        aws: [
            { type: "aws", props: { region: "eu-west-1", defaultTags: { tags: { costCenter: "platform" } } } },
            { type: "aws", name: "frankfurt", props: { region: "eu-central-1", skipMetadataApiCheck: true } },
            { type: "aws", name: "virginia", props: { region: "us-east-1", accessKey: secret("AKIA-SYNTHETIC-ACCESS-KEY") } },
        ],
        "azure-native": [
            { type: "azure-native", props: { location: "westeurope", subscriptionId: "00000000-0000-0000-0000-000000000000" } },
            { type: "azure-native", name: "us", props: { location: "eastus", clientSecret: secret("synthetic-client-secret") } },
        ],
        gcp: [
            { type: "gcp", props: { project: "acme-prod", region: "europe-west1", zone: "europe-west1-b" } },
            { type: "gcp", name: "iowa", props: { project: "acme-prod", region: "us-central1", zone: "us-central1-a" } },
        ],
    };
}

function locationValue(rng: Rng, cloud: Cloud, input: string, loc: string): unknown {
    const region = regionOf(loc);
    switch (input) {
        case "zone":
            return `${region}-${rng.pick(["a", "b", "c"])}`;
        case "availabilityZone":
            return `${region}${rng.pick(["a", "b", "c"])}`;
        case "availabilityZones":
            return cloud === "azure-native" ? ["1", "2"] : [`${region}a`, `${region}b`];
        case "location":
            return cloud === "aws" ? region : loc;
        default:
            return region;
    }
}

/** Sets `value` at a catalogue path such as `replicas[].location` or `config.endpoints[key].region`. */
function setPath(target: Record<string, unknown>, pathText: string, value: unknown): void {
    const parts = pathText.split(".");
    let node: Record<string, unknown> = target;
    parts.forEach((part, i) => {
        const m = /^([^[\]]+)((?:\[[^\]]*\])*)$/.exec(part);
        if (!m) {
            return;
        }
        const name = m[1];
        const suffixes = m[2].match(/\[[^\]]*\]/g) ?? [];
        const last = i === parts.length - 1;
        if (suffixes.length === 0) {
            if (last) {
                node[name] = value;
            } else {
                const child = node[name];
                node = (typeof child === "object" && child !== null && !Array.isArray(child) ? child : (node[name] = {})) as Record<string, unknown>;
            }
            return;
        }
        // Arrays and maps: one element each, which holds the rest of the path.
        let holder: Record<string, unknown> = node;
        let key = name;
        for (const s of suffixes) {
            const isArray = s === "[]";
            const existing = holder[key];
            const container = isArray
                ? (Array.isArray(existing) ? existing : (holder[key] = [])) as unknown[]
                : ((typeof existing === "object" && existing !== null && !Array.isArray(existing)) ? existing : (holder[key] = {})) as Record<string, unknown>;
            if (Array.isArray(container)) {
                if (container.length === 0) {
                    container.push({});
                }
                holder = container as unknown as Record<string, unknown>;
                key = "0";
            } else {
                holder = container;
                key = "primary";
            }
        }
        if (last) {
            holder[key] = value;
        } else {
            const child = holder[key];
            node = (typeof child === "object" && child !== null && !Array.isArray(child) ? child : (holder[key] = {})) as Record<string, unknown>;
        }
    });
}

/** Key references per cloud: customer keys in and out of the EU, provider-managed ones. */
function awsKey(rng: Rng, region: string): string {
    const id = "1234abcd-12ab-34cd-56ef-1234567890ab";
    return rng.pick([
        `arn:aws:kms:${region}:123456789012:key/${id}`,
        `arn:aws:kms:us-east-1:123456789012:key/${id}`,
        "alias/aws/s3",
        "alias/acme-data",
        id,
    ]);
}
const azureKey = (rng: Rng): string => rng.pick(["https://acme-eu-vault.vault.azure.net/keys/data", "https://acme-hsm.managedhsm.azure.net/keys/data", "https://acme-us-vault.vault.azure.net/keys/data"]);
const gcpKey = (rng: Rng, loc: string): string => `projects/acme-prod/locations/${rng.chance(0.7) ? loc.toLowerCase() : "us-central1"}/keyRings/main/cryptoKeys/data`;

/** Encryption and replication settings for the types the key and replication policies read. */
function specialProps(rng: Rng, type: string, loc: string): Record<string, unknown> {
    const region = regionOf(loc);
    const other = rng.pick(["us-east-1", "eu-central-1", "eu-north-1"]);
    switch (type) {
        case "aws:s3/bucket:Bucket":
        case "aws:s3/bucketV2:BucketV2":
            return rng.chance(0.5) ? { serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: awsKey(rng, region) } } } } : { acl: "private" };
        case "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration":
        case "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2":
            return { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: rng.pick(["aws:kms", "AES256"]), kmsMasterKeyId: awsKey(rng, region) } }] };
        case "aws:s3/bucketReplicationConfig:BucketReplicationConfig":
            return { role: "arn:aws:iam::123456789012:role/replication", rules: [{ id: "all", status: "Enabled", destination: { bucket: `arn:aws:s3:::replica-${other}`, storageClass: "STANDARD" } }] };
        case "aws:dynamodb/table:Table":
            return {
                hashKey: "id", billingMode: "PAY_PER_REQUEST", attributes: [{ name: "id", type: "S" }],
                serverSideEncryption: { enabled: true, kmsKeyArn: awsKey(rng, region) },
                replicas: rng.chance(0.5) ? [{ regionName: other, kmsKeyArn: awsKey(rng, other) }] : [],
            };
        case "aws:ebs/volume:Volume":
        case "aws:efs/fileSystem:FileSystem":
            return { encrypted: rng.chance(0.8), kmsKeyId: rng.chance(0.6) ? awsKey(rng, region) : undefined, size: 100 };
        case "aws:rds/instance:Instance":
        case "aws:rds/cluster:Cluster":
            return { engine: "postgres", storageEncrypted: true, kmsKeyId: awsKey(rng, region), password: secret("synthetic-db-password"), username: "admin" };
        case "aws:secretsmanager/secret:Secret":
            return { kmsKeyId: awsKey(rng, region), replicas: rng.chance(0.4) ? [{ region: other, kmsKeyId: awsKey(rng, other) }] : [] };
        case "aws:sqs/queue:Queue":
        case "aws:sns/topic:Topic":
            return { kmsMasterKeyId: rng.chance(0.5) ? awsKey(rng, region) : undefined };
        case "aws:kms/key:Key":
            return { description: "data key", multiRegion: rng.chance(0.2), customKeyStoreId: rng.chance(0.1) ? "cks-1234567890abcdef0" : undefined };
        case "azure-native:storage:StorageAccount":
            return {
                kind: "StorageV2", sku: { name: rng.pick(["Standard_LRS", "Standard_ZRS", "Standard_GRS", "Standard_RAGRS"]) },
                encryption: rng.chance(0.5) ? { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyVaultUri: azureKey(rng), keyName: "data" } } : { keySource: "Microsoft.Storage" },
            };
        case "azure-native:cosmosdb:DatabaseAccount":
            return {
                databaseAccountOfferType: "Standard", keyVaultKeyUri: rng.chance(0.5) ? azureKey(rng) : undefined,
                locations: [{ locationName: loc, failoverPriority: 0 }, { locationName: rng.pick(["northeurope", "eastus"]), failoverPriority: 1 }],
            };
        case "azure-native:compute:Disk":
            return { diskSizeGB: 128, encryption: { type: "EncryptionAtRestWithCustomerKey", diskEncryptionSetId: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/diskEncryptionSets/des-eu" } };
        case "azure-native:keyvault:Vault":
            return { properties: { tenantId: "00000000-0000-0000-0000-000000000000", sku: { family: "A", name: "standard" } }, vaultName: rng.pick(["acme-eu-vault", "acme-us-vault"]) };
        case "gcp:storage/bucket:Bucket":
            return { storageClass: "STANDARD", encryption: rng.chance(0.6) ? { defaultKmsKeyName: gcpKey(rng, loc) } : undefined, customPlacementConfig: rng.chance(0.2) ? { dataLocations: ["EUROPE-WEST1", "EUROPE-WEST4"] } : undefined };
        case "gcp:pubsub/topic:Topic":
            return { kmsKeyName: gcpKey(rng, region), messageStoragePolicy: { allowedPersistenceRegions: rng.chance(0.8) ? [region] : [region, "us-central1"] } };
        case "gcp:secretmanager/secret:Secret":
            return rng.chance(0.5)
                ? { replication: { auto: { customerManagedEncryption: { kmsKeyName: gcpKey(rng, "europe-west1") } } } }
                : { replication: { userManaged: { replicas: [{ location: region }, { location: rng.pick(["europe-west4", "us-east1"]) }] } } };
        case "gcp:sql/databaseInstance:DatabaseInstance":
            return { databaseVersion: "POSTGRES_15", encryptionKeyName: gcpKey(rng, region), rootPassword: secret("synthetic-root-password"), settings: { tier: "db-custom-2-7680" } };
        case "gcp:kms/cryptoKey:CryptoKey":
            return { keyRing: `projects/acme-prod/locations/${region}/keyRings/main`, versionTemplate: { protectionLevel: rng.pick(["SOFTWARE", "HSM", "EXTERNAL"]), algorithm: "GOOGLE_SYMMETRIC_ENCRYPTION" } };
        default:
            return {};
    }
}

/** Types that get extra weight beyond their one guaranteed appearance: the ones estates are made of. */
const POPULAR = [
    "aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2", "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    "aws:dynamodb/table:Table", "aws:ebs/volume:Volume", "aws:rds/instance:Instance", "aws:sqs/queue:Queue", "aws:kms/key:Key",
    "aws:iam/role:Role", "aws:lambda/function:Function", "aws:ec2/instance:Instance", "aws:secretsmanager/secret:Secret",
    "azure-native:storage:StorageAccount", "azure-native:cosmosdb:DatabaseAccount", "azure-native:compute:Disk", "azure-native:keyvault:Vault",
    "azure-native:resources:ResourceGroup", "azure-native:web:WebApp",
    "gcp:storage/bucket:Bucket", "gcp:pubsub/topic:Topic", "gcp:secretmanager/secret:Secret", "gcp:sql/databaseInstance:DatabaseInstance",
    "gcp:kms/cryptoKey:CryptoKey", "gcp:compute/instance:Instance", "gcp:serviceaccount/account:Account",
];

export interface SyntheticOptions {
    /** Default 1. */
    seed?: number;
    project?: string;
    stack?: string;
    /** Share of resources with a value unknown at preview. Default 0.02. */
    unknownShare?: number;
    /** Include the provider resources and component parents as resources. Default true. */
    structural?: boolean;
}

export interface SyntheticEstate {
    resources: ResourceSpec[];
    /** How many distinct catalogue types appear. */
    catalogueTypes: number;
    /** Resources per cloud (catalogue types only). */
    perCloud: Record<Cloud, number>;
}

/**
 * `count` resources: every catalogue type once (when `count` allows), then a mix weighted towards
 * common types. Provider resources and a few component parents are included in the count.
 */
export function syntheticEstate(count: number, opts: SyntheticOptions = {}): SyntheticEstate {
    const rng = new Rng(opts.seed ?? 1);
    const project = opts.project ?? "estate";
    const stack = opts.stack ?? "prod";
    const unknownShare = opts.unknownShare ?? 0.02;
    const types = catalogueTypes();
    const byName = new Map(types.map((t) => [t.type, t]));
    const popular = POPULAR.map((t) => byName.get(t)).filter((t): t is CatalogueType => t !== undefined);
    const providers = syntheticProviders();
    const resources: ResourceSpec[] = [];
    const perCloud: Record<Cloud, number> = { aws: 0, "azure-native": 0, gcp: 0 };

    const urnOf = (type: string, name: string, parent?: string): string => makeUrn(stack, project, type, name, parent);
    const providerUrn = (p: ProviderSpec): string => urnOf(`pulumi:providers:${p.type}`, p.name ?? "default");
    const structural = opts.structural ?? true;
    if (structural) {
        for (const cloud of CLOUDS) {
            for (const p of providers[cloud]) {
                resources.push({ type: `pulumi:providers:${p.type}`, name: p.name ?? "default", props: p.props, urn: providerUrn(p) });
            }
        }
    }
    const componentCount = structural ? Math.max(1, Math.floor(count / 500)) : 0;
    const components: string[] = [];
    for (let i = 0; i < componentCount && resources.length < count; i++) {
        const name = `platform-${i}`;
        const urn = urnOf("acme:index:Platform", name);
        components.push(urn);
        resources.push({ type: "acme:index:Platform", name, urn, custom: false, props: { team: `team-${i % 7}` } });
    }

    const remaining = Math.max(0, count - resources.length);
    const seen = new Set<string>();
    const recent: string[] = [];
    const keysByCloud: Record<Cloud, string[]> = { aws: [], "azure-native": [], gcp: [] };
    for (let i = 0; i < remaining; i++) {
        const t = i < types.length ? types[i] : rng.chance(0.5) && popular.length > 0 ? rng.pick(popular) : rng.pick(types);
        seen.add(t.type);
        perCloud[t.cloud]++;
        const provider = rng.chance(0.8) ? providers[t.cloud][0] : rng.pick(providers[t.cloud]);
        const loc = location(rng, t.cloud);
        const props: Record<string, unknown> = {
            tags: { owner: `team-${i % 13}`, environment: rng.pick(["prod", "staging", "dev"]), "cost-center": `cc-${i % 101}` },
            description: `synthetic ${t.type.split(":").pop()} #${i} for the sovereignty benchmark`,
        };
        for (const [input, need] of Object.entries(t.inputs)) {
            if (need === "required" || rng.chance(0.6)) {
                props[input] = locationValue(rng, t.cloud, input, loc);
            }
        }
        for (const p of t.nested) {
            if (rng.chance(0.7)) {
                const leaf = p.split(".").pop() ?? "";
                const value = locationValue(rng, t.cloud, /zone/i.test(leaf) ? "zone" : "region", location(rng, t.cloud));
                setPath(props, p, p.endsWith("[]") ? [value] : value);
            }
        }
        Object.assign(props, specialProps(rng, t.type, loc));
        for (const k of Object.keys(props)) {
            if (props[k] === undefined) {
                delete props[k];
            }
        }
        if (rng.chance(unknownShare)) {
            props[rng.pick(Object.keys(props))] = unknown;
        }
        const name = `${t.type.split(":").pop()?.toLowerCase()}-${i}`;
        const parent = components.length > 0 && rng.chance(0.3) ? rng.pick(components) : undefined;
        const dependencies: string[] = [];
        const propertyDependencies: Record<string, string[]> = {};
        if (recent.length > 0 && rng.chance(0.4)) {
            dependencies.push(rng.pick(recent));
        }
        const keys = keysByCloud[t.cloud];
        if (keys.length > 0 && rng.chance(0.2)) {
            const key = rng.pick(keys);
            dependencies.push(key);
            propertyDependencies[t.cloud === "aws" ? "kmsKeyId" : t.cloud === "gcp" ? "kmsKeyName" : "encryption"] = [key];
        }
        const urn = urnOf(t.type, name, parent);
        const spec: ResourceSpec = { type: t.type, name, urn, props, provider: { ...provider, urn: providerUrn(provider) } };
        if (parent) {
            spec.parent = parent;
        }
        if (dependencies.length > 0) {
            spec.dependencies = dependencies;
            spec.propertyDependencies = propertyDependencies;
        }
        resources.push(spec);
        recent.push(urn);
        if (recent.length > 50) {
            recent.shift();
        }
        if (/kms\/key:Key|kms\/cryptoKey:CryptoKey|keyvault:Vault/.test(t.type) && keys.length < 200) {
            keys.push(urn);
        }
    }
    return { resources, catalogueTypes: seen.size, perCloud };
}
