// The data platforms' adapters held against their SDKs' typings (issue 12; Elastic Cloud's from its
// vendored schema extract, scripts/catalog/vendored/ec.json): every region-vocabulary
// input the generator lists (policies/src/data/generated/platform-inputs.ts) is read by the adapter (a
// value set there is reported at that path) or is in the reviewed not-read list of
// scripts/catalog/platform-rules.ts; every type token and path the adapters and key rows name exists.
import { strict as assert } from "assert";
import * as path from "path";
import { platformInputs, platformInputsSource, type PlatformSdk } from "../../../../../policies/src/data/generated/platform-inputs";
import { factsOf } from "../../../../../policies/src/facts";
import { services as aivenServices } from "../../../../../policies/src/facts/adapters/platforms/aiven";
import { mustLocate as atlasLocated, onlineArchive, thirdPartyIntegration } from "../../../../../policies/src/facts/adapters/platforms/atlas";
import { mustLocate as confluentLocated } from "../../../../../policies/src/facts/adapters/platforms/confluent";
import { mustLocate as elasticLocated } from "../../../../../policies/src/facts/adapters/platforms/elastic";
import { account as snowflakeAccount } from "../../../../../policies/src/facts/adapters/platforms/snowflake";
import { d1Database, kvNamespace, r2Bucket } from "../../../../../policies/src/facts/adapters/cloudflare";
import { atlasClusters, atlasEncryptionAtRest, confluentByokKey, confluentKafkaCluster, elasticDeployment, platformKeyFactsOf, platformRowsOf } from "../../../../../policies/src/facts/keys/platforms";
import { readPlatformTypings } from "../../../../../scripts/catalog/generate";
import { lookupPath } from "../../../../../scripts/catalog/location-props";
import type { PackageTypings } from "../../../../../scripts/catalog/model";
import { isListed, PLATFORM_RULES, type PlatformRules, type PlatformSdkId } from "../../../../../scripts/catalog/platform-rules";

const root = path.resolve(__dirname, "../../../../..");
const PROBE = "PROBE_REGION_9";

/** Props holding `value` at a generated path: `a[].b` -> { a: [{ b: value }] }, `m[key]` -> { m: { k: value } }. */
export function propsAt(inputPath: string, value: unknown): Record<string, unknown> {
    const steps = inputPath.split(".");
    let inner: unknown = value;
    for (let i = steps.length - 1; i >= 0; i--) {
        const m = /^(\w+)((?:\[\]|\[key\])*)$/.exec(steps[i]);
        if (!m) throw new Error(`unparseable path ${inputPath}`);
        for (const wrap of (m[2].match(/\[\]|\[key\]/g) ?? []).reverse()) inner = wrap === "[]" ? [inner] : { k: inner };
        inner = { [m[1]]: inner };
    }
    return inner as Record<string, unknown>;
}

/** `a[].b[]` -> `a[0].b[0]`, `m[key]` -> `m.k`: the path a reader reports for {@link propsAt}'s value. */
function concrete(inputPath: string): string {
    return inputPath.replace(/\[\]/g, "[0]").replace(/\[key\]/g, ".k");
}

// Values the adapters read only beside a sibling: Atlas reads a third-party integration's `region` as a
// Datadog site only when `type` is DATADOG.
const siblings: Readonly<Record<string, Record<string, unknown>>> = {
    "mongodbatlas:index/thirdPartyIntegration:ThirdPartyIntegration": { type: "DATADOG" },
};

/** Whether the pack's facts report a value set at `inputPath` of `token`, at that path. */
function regionRead(token: string, inputPath: string): boolean {
    const props = { ...siblings[token], ...propsAt(inputPath, PROBE) };
    const pkg = token.split(":")[0];
    const facts = factsOf({ type: token, name: "probe", urn: `urn:pulumi:s::p::${token}::probe`, props, provider: { type: `pulumi:providers:${pkg}`, name: "default", urn: `urn:pulumi:s::p::pulumi:providers:${pkg}::default`, props: {} } } as never);
    const want = concrete(inputPath);
    return [...facts.locations, ...facts.replicas].some((ref) => ref.path === want || ref.path.startsWith(`${want}[`));
}

/** Whether a key row reads a value set at `inputPath` of `token`. */
function keyRead(token: string, inputPath: string): boolean {
    const want = concrete(inputPath);
    return platformKeyFactsOf(token, propsAt(inputPath, "probe-key")).protections.some((p) => p.path === want);
}

const typingsCache = new Map<PlatformSdkId, PackageTypings<PlatformSdkId>>();
function typingsOf(rules: PlatformRules): PackageTypings<PlatformSdkId> {
    let t = typingsCache.get(rules.id);
    if (t === undefined) {
        t = readPlatformTypings(root, rules);
        typingsCache.set(rules.id, t);
    }
    return t;
}

// The tokens and paths the hand-written adapters and key rows name, per SDK.
const handRows: Readonly<Record<PlatformSdkId, readonly (readonly [string, readonly string[]])[]>> = {
    mongodbatlas: [
        ...[...atlasLocated].map((t) => [t, []] as const),
        [thirdPartyIntegration, ["region", "type"]],
        [onlineArchive, ["dataProcessRegion.region", "dataProcessRegion.cloudProvider"]],
        ...["streamInstance:StreamInstance", "federatedDatabaseInstance:FederatedDatabaseInstance"].map((t) => [`mongodbatlas:index/${t}`, ["dataProcessRegion.region", "dataProcessRegion.cloudProvider"]] as const),
        ["mongodbatlas:index/streamWorkspace:StreamWorkspace", ["dataProcessRegion.region", "dataProcessRegion.cloudProvider", "failoverRegions[].region", "failoverRegions[].cloudProvider"]],
        ["mongodbatlas:index/cluster:Cluster", ["providerRegionName", "providerName", "backingProviderName", "replicationSpecs[].regionsConfigs[].regionName"]],
        ["mongodbatlas:index/advancedCluster:AdvancedCluster", ["replicationSpecs[].regionConfigs[].regionName", "replicationSpecs[].regionConfigs[].providerName"]],
        ["mongodbatlas:index/flexCluster:FlexCluster", ["providerSettings.regionName", "providerSettings.backingProviderName"]],
        ["mongodbatlas:index/serverlessInstance:ServerlessInstance", ["providerSettingsRegionName", "providerSettingsBackingProviderName"]],
        ["mongodbatlas:index/cloudBackupSchedule:CloudBackupSchedule", ["copySettings[].regionName", "copySettings[].cloudProvider"]],
        ...[...atlasClusters].map((t) => [t, ["encryptionAtRestProvider"]] as const),
        [atlasEncryptionAtRest, ["awsKmsConfig.region", ...platformRowsOf(atlasEncryptionAtRest).flatMap((r) => [`${r.at}.${r.key}`, ...(r.gates ?? []).map((g) => `${r.at}.${g.path}`)])]],
    ],
    confluentcloud: [
        ...[...confluentLocated].map((t) => [t, ["cloud", "region"]] as const),
        [confluentByokKey, platformRowsOf(confluentByokKey).map((r) => `${r.at}.${r.key}`)],
        [confluentKafkaCluster, ["byokKey.id"]],
    ],
    aiven: [...aivenServices].map((t) => [t, ["cloudName", "plan"]] as const),
    ec: [...[...elasticLocated].map(([t, input]) => [t, [input]] as const), [elasticDeployment, ["encryptionKeyPath"]]],
    snowflake: [[snowflakeAccount, ["region"]]],
    datadog: [],
    cloudflare: [[r2Bucket, ["jurisdiction", "location"]], [d1Database, ["jurisdiction", "primaryLocationHint"]], [kvNamespace, ["jurisdiction"]]],
};

describe("data platforms' region and key inputs, generated from the typings, held against the adapters", function () {
    this.timeout(120_000);
    for (const rules of PLATFORM_RULES) {
        const rows = platformInputs[rules.id as PlatformSdk];
        it(`${rules.id}: every region-vocabulary input is read by the adapter or reviewed as not read, and the review names no read input`, () => {
            const errors: string[] = [];
            for (const [token, row] of Object.entries(rows)) {
                for (const input of row.region ?? []) {
                    const read = regionRead(token, input);
                    const skip = isListed(rules.regionNotRead, token, input);
                    if (read && skip) errors.push(`${token} ${input}: read by the adapter, yet listed as not read`);
                    if (!read && !skip) errors.push(`${token} ${input}: not read and not reviewed`);
                }
            }
            assert.deepEqual(errors, []);
        });

        it(`${rules.id}: every key-reference input is read by a key row or reviewed as not read`, () => {
            const errors: string[] = [];
            for (const [token, row] of Object.entries(rows)) {
                for (const input of row.keys ?? []) {
                    const read = keyRead(token, input);
                    const skip = isListed(rules.keysNotRead, token, input);
                    if (read && skip) errors.push(`${token} ${input}: read by a key row, yet listed as not read`);
                    if (!read && !skip) errors.push(`${token} ${input}: not read and not reviewed`);
                }
            }
            assert.deepEqual(errors, []);
        });

        it(`${rules.id}: every type token and input path the adapter and key rows name exists in the typings`, () => {
            const typings = typingsOf(rules);
            const errors = handRows[rules.id].flatMap(([token, paths]) => {
                const r = typings.resources.find((x) => x.token === token);
                if (r === undefined) return [`${token}: no such resource type in ${typings.packageName} ${typings.version}`];
                return paths.flatMap((p) => {
                    const found = lookupPath(r.args, p, typings);
                    return found.status === "verified" && found.actualPath === p ? [] : [`${token} ${p}: ${found.status} ${found.note ?? ""} ${found.actualPath ?? ""}`.trim()];
                });
            });
            assert.deepEqual(errors, []);
            for (const setting of rules.providerInputs) assert.ok(typings.providerArgs.some((a) => a.name === setting), `${rules.id} provider has no \`${setting}\``);
        });

        it(`${rules.id}: every not-read entry names a generated input, of the installed SDK version`, () => {
            assert.equal(typingsOf(rules).version, platformInputsSource[rules.id as PlatformSdk].version, "run npm run gen:catalog");
            const errors = [...rules.regionNotRead.map((e) => ["region", e] as const), ...rules.keysNotRead.map((e) => ["keys", e] as const)]
                .flatMap(([kind, e]) => Object.entries(e.at).flatMap(([token, inputs]) => inputs
                    .filter((i) => !(rows[token]?.[kind] ?? []).includes(i))
                    .map((i) => `${token} ${i}: no such generated ${kind} input`)));
            assert.deepEqual(errors, []);
        });
    }

    describe("the check itself", () => {
        it("builds props at a generated path and tells a read input from an unread one", () => {
            assert.deepEqual(propsAt("replicationSpecs[].regionConfigs[].regionName", "X"), { replicationSpecs: [{ regionConfigs: [{ regionName: "X" }] }] });
            assert.deepEqual(propsAt("regionPools[key]", "X"), { regionPools: { k: "X" } });
            assert.equal(regionRead("mongodbatlas:index/advancedCluster:AdvancedCluster", "replicationSpecs[].regionConfigs[].regionName"), true);
            assert.equal(regionRead("mongodbatlas:index/networkPeering:NetworkPeering", "accepterRegionName"), false);
            assert.equal(regionRead("mongodbatlas:index/thirdPartyIntegration:ThirdPartyIntegration", "region"), true);
            assert.equal(regionRead("ec:index/securityProject:SecurityProject", "regionId"), true);
            assert.equal(regionRead("ec:index/deploymentTrafficFilter:DeploymentTrafficFilter", "region"), false);
            assert.equal(keyRead(atlasEncryptionAtRest, "awsKmsConfig.customerMasterKeyId"), true);
            assert.equal(keyRead(confluentByokKey, "azure.keyVaultId"), false);
            assert.equal(keyRead(elasticDeployment, "encryptionKeyPath"), true);
        });
    });
});
