// Aiven: a service runs where its `cloudName` says: <cloud>-<region> (aws-eu-central-1,
// google-europe-west1, azure-germany-westcentral, do-fra, upcloud-de-fra: data/platform-vocabularies.ts
// maps Aiven's UpCloud names onto UpCloud zones). Clouds this pack has no table for are unrecognised;
// a service without `cloudName` takes its project's default, which the resource does not show, so it is reported.
// https://www.pulumi.com/registry/packages/aiven/api-docs/pg/
import { platformNames } from "../../../data/platforms";
import { emptyFacts } from "../../locate";
import { aivenCloud } from "../../platform-place";
import { isProviderType, own } from "../../read";
import type { Facts, ResourceInput } from "../../types";
import type { CloudAdapter } from "../adapter";
import { platformRef } from "./read";

const name = platformNames.aiven;
const fix = "set `cloudName` to an allowed region, e.g. google-europe-west1, aws-eu-central-1, azure-germany-westcentral, do-fra or upcloud-de-fra (or add the value to `additionalLocations` once assessed)";

// Service types (each holds data); any other resource with a `plan` is a service too.
export const services: ReadonlySet<string> = new Set(["Pg", "MySql", "Kafka", "KafkaConnect", "KafkaMirrorMaker", "OpenSearch", "Redis", "Valkey",
    "Cassandra", "Clickhouse", "Grafana", "M3Db", "M3Aggregator", "Flink", "InfluxDb", "Dragonfly", "Thanos", "Alloydbomni"].map((t) => `aiven:index/${t[0].toLowerCase()}${t.slice(1)}:${t}`));

function aivenFacts(r: ResourceInput): Facts {
    const facts = emptyFacts(undefined);
    if (isProviderType(r.type)) return facts;
    const cloudName = own(r.props, "cloudName");
    const parsed = typeof cloudName === "string" ? aivenCloud(cloudName) : {};
    const ref = cloudName === undefined ? undefined : platformRef(name, { path: "cloudName", value: cloudName, cloud: parsed.cloud, native: () => parsed.native }, fix);
    if (ref) facts.locations.push(ref);
    // Backup to another region (BTAR): `<service>UserConfig.additionalBackupRegions` names a second backup
    // location by an Aiven cloud name (https://github.com/aiven/aiven-docs/blob/main/docs/platform/howto/btar/enable-backup-to-another-region.md,
    // verified with the search tool: "see column Cloud in List of available cloud regions"): a replica.
    for (const key of Object.keys(typeof r.props === "object" && r.props !== null ? r.props : {}).filter((k) => k.endsWith("UserConfig"))) {
        const value = own(own(r.props, key), "additionalBackupRegions");
        const values = Array.isArray(value) ? value.map((v, i) => [`[${i}]`, v] as const) : value === undefined ? [] : [["", value] as const];
        for (const [suffix, v] of values) {
            const path = `${key}.additionalBackupRegions${suffix}`;
            const backup = typeof v === "string" ? aivenCloud(v) : {};
            const ref = platformRef(name, { path, value: v, cloud: backup.cloud, native: () => backup.native }, `set \`${key}.additionalBackupRegions\` to an allowed region (an Aiven cloud name, e.g. aws-eu-central-1 or upcloud-de-fra), or remove it`);
            if (ref) facts.replicas.push(ref);
        }
    }
    // A service is the resource with a `plan` (pg, kafka, opensearch, ...): it holds the data.
    if (facts.locations.length === 0 && (services.has(r.type) || typeof own(r.props, "plan") === "string")) facts.unproven = { what: "cloud", fix };
    return facts;
}

export const aivenAdapter: CloudAdapter = { facts: aivenFacts };
