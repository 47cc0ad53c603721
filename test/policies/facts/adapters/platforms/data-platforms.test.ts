// Data platforms with region vocabularies of their own, through the analyzer protocol: each value is
// mapped onto the big three's catalogue (EU passes, others are named), unknown values are unrecognised,
// and a data-holding resource with no region fails closed. Datadog sites and R2 jurisdictions too.
import { strict as assert } from "assert";
import { placeOf } from "eu-sovereignty-policies/lib";
import { aivenUpcloudZones } from "../../../../../policies/src/data/platform-vocabularies";
import type { ResourceSpec } from "../../../../../src";
import type { Diagnostic, Report } from "../../../../../src/engine/types";
import { EU_PACK, providerOf, resourceNamed, useSession, violationOf, withProviders } from "../../../../helpers/packs";

const atlas = { type: "mongodbatlas", props: {} };
const confluent = { type: "confluentcloud", props: {} };
const aiven = { type: "aiven", props: {} };
const ec = { type: "ec", props: {} };
const snowflake = { type: "snowflake", props: {} };
const cloudflare = { type: "cloudflare", props: {} };
const datadog = (apiUrl?: string) => ({ type: "datadog", name: "default", props: apiUrl === undefined ? {} : { apiUrl } });
const regionConfig = (providerName: string, regionName: string) => ({ providerName, regionName, priority: 7, electableSpecs: { instanceSize: "M10", nodeCount: 3 } });
const archive = (cloudProvider: string, region: string) => ({
    projectId: "p", clusterName: "c", collName: "events", dbName: "app", dataProcessRegion: { cloudProvider, region },
    criteria: { type: "DATE", dateField: "created", expireAfterDays: 30 }, partitionFields: [{ fieldName: "created", order: 0 }],
});
const advanced = (...configs: ReturnType<typeof regionConfig>[]) => ({ projectId: "p", clusterType: "REPLICASET", replicationSpecs: [{ regionConfigs: configs }] });

const resources: ResourceSpec[] = [
    // MongoDB Atlas.
    { type: "mongodbatlas:index/cluster:Cluster", name: "atlas-eu-west-1", props: { projectId: "p", providerName: "AWS", providerRegionName: "EU_WEST_1", providerInstanceSizeName: "M10" }, provider: atlas },
    { type: "mongodbatlas:index/cluster:Cluster", name: "atlas-us-east-1", props: { projectId: "p", providerName: "AWS", providerRegionName: "US_EAST_1", providerInstanceSizeName: "M10" }, provider: atlas },
    { type: "mongodbatlas:index/cluster:Cluster", name: "atlas-tenant", props: { projectId: "p", providerName: "TENANT", backingProviderName: "GCP", providerRegionName: "WESTERN_EUROPE", providerInstanceSizeName: "M0" }, provider: atlas },
    { type: "mongodbatlas:index/advancedCluster:AdvancedCluster", name: "atlas-multi-eu", props: advanced(regionConfig("AZURE", "EUROPE_WEST"), regionConfig("GCP", "EUROPE_WEST_3"), regionConfig("AWS", "EU_CENTRAL_1")), provider: atlas },
    { type: "mongodbatlas:index/advancedCluster:AdvancedCluster", name: "atlas-multi-us", props: advanced(regionConfig("AZURE", "GERMANY_WEST_CENTRAL"), regionConfig("AZURE", "US_EAST_2")), provider: atlas },
    { type: "mongodbatlas:index/advancedCluster:AdvancedCluster", name: "atlas-unknown", props: advanced(regionConfig("AWS", "EU_MOON_1")), provider: atlas },
    { type: "mongodbatlas:index/advancedCluster:AdvancedCluster", name: "atlas-none", props: { projectId: "p", clusterType: "REPLICASET" }, provider: atlas },
    { type: "mongodbatlas:index/encryptionAtRest:EncryptionAtRest", name: "atlas-key-us", props: { projectId: "p", awsKmsConfig: { enabled: true, region: "US_WEST_2", customerMasterKeyId: "1234abcd-12ab-34cd-56ef-1234567890ab" } }, provider: atlas },
    { type: "mongodbatlas:index/cloudBackupSchedule:CloudBackupSchedule", name: "atlas-copy-us", props: { projectId: "p", clusterName: "c", copySettings: [{ cloudProvider: "AWS", regionName: "US_EAST_1", frequencies: ["DAILY"] }] }, provider: atlas },
    { type: "mongodbatlas:index/thirdPartyIntegration:ThirdPartyIntegration", name: "atlas-datadog-eu", props: { projectId: "p", type: "DATADOG", apiKey: "k", region: "EU" }, provider: atlas },
    { type: "mongodbatlas:index/thirdPartyIntegration:ThirdPartyIntegration", name: "atlas-datadog-us", props: { projectId: "p", type: "DATADOG", apiKey: "k", region: "US" }, provider: atlas },
    { type: "mongodbatlas:index/thirdPartyIntegration:ThirdPartyIntegration", name: "atlas-pagerduty", props: { projectId: "p", type: "PAGER_DUTY", serviceKey: "k", region: "US" }, provider: atlas },
    { type: "mongodbatlas:index/onlineArchive:OnlineArchive", name: "atlas-archive-us", props: archive("AZURE", "US_EAST_2"), provider: atlas },
    { type: "mongodbatlas:index/onlineArchive:OnlineArchive", name: "atlas-archive-eu", props: archive("AWS", "EU_CENTRAL_1"), provider: atlas },
    { type: "mongodbatlas:index/streamInstance:StreamInstance", name: "atlas-stream-fra", props: { projectId: "p", instanceName: "s", dataProcessRegion: { cloudProvider: "AWS", region: "FRANKFURT_DEU" } }, provider: atlas },
    { type: "mongodbatlas:index/streamInstance:StreamInstance", name: "atlas-stream-azure-eu", props: { projectId: "p", instanceName: "s", dataProcessRegion: { cloudProvider: "AZURE", region: "westeurope" } }, provider: atlas },
    { type: "mongodbatlas:index/streamInstance:StreamInstance", name: "atlas-stream-us", props: { projectId: "p", instanceName: "s", dataProcessRegion: { cloudProvider: "AWS", region: "VIRGINIA_USA" } }, provider: atlas },
    {
        type: "mongodbatlas:index/streamWorkspace:StreamWorkspace", name: "atlas-workspace-failover-us", provider: atlas,
        props: { projectId: "p", workspaceName: "w", dataProcessRegion: { cloudProvider: "AWS", region: "DUBLIN_IRL" }, failoverRegions: [{ cloudProvider: "AWS", region: "OREGON_USA" }] },
    },
    { type: "mongodbatlas:index/federatedDatabaseInstance:FederatedDatabaseInstance", name: "atlas-federated-eu", props: { projectId: "p", name: "f", dataProcessRegion: { cloudProvider: "AWS", region: "DUBLIN_IRL" } }, provider: atlas },
    { type: "mongodbatlas:index/federatedDatabaseInstance:FederatedDatabaseInstance", name: "atlas-federated-nearest", props: { projectId: "p", name: "f2" }, provider: atlas },
    { type: "mongodbatlas:index/privateLinkEndpoint:PrivateLinkEndpoint", name: "atlas-privatelink-eu", props: { projectId: "p", providerName: "AWS", region: "eu-central-1" }, provider: atlas },
    // Confluent Cloud.
    { type: "confluentcloud:index/schemaRegistryCluster:SchemaRegistryCluster", name: "schema-registry", props: { package: "ESSENTIALS", environment: { id: "env" }, region: { id: "sgreg-1" } }, provider: confluent },
    { type: "confluentcloud:index/kafkaCluster:KafkaCluster", name: "kafka-eu", props: { cloud: "AWS", region: "eu-central-1", availability: "SINGLE_ZONE" }, provider: confluent },
    { type: "confluentcloud:index/kafkaCluster:KafkaCluster", name: "kafka-us", props: { cloud: "GCP", region: "us-central1", availability: "SINGLE_ZONE" }, provider: confluent },
    { type: "confluentcloud:index/kafkaCluster:KafkaCluster", name: "kafka-none", props: { availability: "SINGLE_ZONE" }, provider: confluent },
    { type: "confluentcloud:index/byokKey:ByokKey", name: "byok-us", props: { aws: { keyArn: "arn:aws:kms:us-east-1:123456789012:key/0000" } }, provider: confluent },
    { type: "confluentcloud:index/environment:Environment", name: "confluent-env", props: { displayName: "e" }, provider: confluent },
    // Aiven.
    { type: "aiven:index/pg:Pg", name: "aiven-eu", props: { project: "p", serviceName: "pg", plan: "startup-4", cloudName: "google-europe-west1" }, provider: aiven },
    { type: "aiven:index/pg:Pg", name: "aiven-azure-eu", props: { project: "p", serviceName: "pg", plan: "startup-4", cloudName: "azure-germany-westcentral" }, provider: aiven },
    { type: "aiven:index/kafka:Kafka", name: "aiven-us", props: { project: "p", serviceName: "k", plan: "startup-2", cloudName: "aws-us-east-1" }, provider: aiven },
    { type: "aiven:index/pg:Pg", name: "aiven-upcloud-fra", props: { project: "p", serviceName: "pg2", plan: "startup-4", cloudName: "upcloud-de-fra" }, provider: aiven },
    { type: "aiven:index/pg:Pg", name: "aiven-upcloud-hel", props: { project: "p", serviceName: "pg3", plan: "startup-4", cloudName: "upcloud-fi-hel" }, provider: aiven },
    { type: "aiven:index/kafka:Kafka", name: "aiven-upcloud-nyc", props: { project: "p", serviceName: "k2", plan: "startup-2", cloudName: "upcloud-us-nyc" }, provider: aiven },
    { type: "aiven:index/kafka:Kafka", name: "aiven-upcloud-odd", props: { project: "p", serviceName: "k3", plan: "startup-2", cloudName: "upcloud-xx-abc" }, provider: aiven },
    { type: "aiven:index/pg:Pg", name: "aiven-backup-us", props: { project: "p", serviceName: "pg4", plan: "business-4", cloudName: "google-europe-west1", pgUserConfig: { additionalBackupRegions: "aws-us-east-1" } }, provider: aiven },
    { type: "aiven:index/mySql:MySql", name: "aiven-backup-eu", props: { project: "p", serviceName: "my", plan: "business-4", cloudName: "aws-eu-central-1", mysqlUserConfig: { additionalBackupRegions: "upcloud-fi-hel" } }, provider: aiven },
    { type: "aiven:index/kafka:Kafka", name: "aiven-none", props: { project: "p", serviceName: "k", plan: "startup-2" }, provider: aiven },
    // Elastic Cloud.
    { type: "ec:index/deployment:Deployment", name: "ec-eu", props: { region: "gcp-europe-west3", version: "8.15.0", deploymentTemplateId: "t" }, provider: ec },
    { type: "ec:index/deployment:Deployment", name: "ec-legacy-aws", props: { region: "eu-west-1", version: "8.15.0", deploymentTemplateId: "t" }, provider: ec },
    { type: "ec:index/deployment:Deployment", name: "ec-us", props: { region: "azure-eastus2", version: "8.15.0", deploymentTemplateId: "t" }, provider: ec },
    { type: "ec:index/elasticsearchProject:ElasticsearchProject", name: "ec-project-none", props: { name: "p" }, provider: ec },
    // Snowflake.
    { type: "snowflake:index/account:Account", name: "snowflake-eu", props: { name: "a", edition: "ENTERPRISE", region: "AWS_EU_CENTRAL_1" }, provider: snowflake },
    { type: "snowflake:index/account:Account", name: "snowflake-us", props: { name: "a", edition: "ENTERPRISE", region: "AZURE_EASTUS2" }, provider: snowflake },
    { type: "snowflake:index/account:Account", name: "snowflake-none", props: { name: "a", edition: "ENTERPRISE" }, provider: snowflake },
    // Datadog.
    { type: "datadog:index/monitor:Monitor", name: "dd-eu", props: { name: "m", type: "metric alert", query: "q", message: "m" }, provider: datadog("https://api.datadoghq.eu/") },
    { type: "datadog:index/monitor:Monitor", name: "dd-us5", props: { name: "m", type: "metric alert", query: "q", message: "m" }, provider: datadog("https://api.us5.datadoghq.com/") },
    { type: "datadog:index/monitor:Monitor", name: "dd-default", props: { name: "m", type: "metric alert", query: "q", message: "m" }, provider: datadog() },
    // Cloudflare R2.
    { type: "cloudflare:index/r2Bucket:R2Bucket", name: "r2-eu", props: { accountId: "a", name: "b", jurisdiction: "eu" }, provider: cloudflare },
    { type: "cloudflare:index/r2Bucket:R2Bucket", name: "r2-hint", props: { accountId: "a", name: "b", location: "weur" }, provider: cloudflare },
    { type: "cloudflare:index/workersKvNamespace:WorkersKvNamespace", name: "kv-eu", props: { accountId: "a", title: "kv", jurisdiction: "eu" }, provider: cloudflare },
    { type: "cloudflare:index/workersKvNamespace:WorkersKvNamespace", name: "kv-none", props: { accountId: "a", title: "kv" }, provider: cloudflare },
    // Cloudflare D1.
    { type: "cloudflare:index/d1Database:D1Database", name: "d1-eu", props: { accountId: "a", name: "db", jurisdiction: "eu" }, provider: cloudflare },
    { type: "cloudflare:index/d1Database:D1Database", name: "d1-hint", props: { accountId: "a", name: "db", primaryLocationHint: "weur" }, provider: cloudflare },
    { type: "cloudflare:index/d1Database:D1Database", name: "d1-us", props: { accountId: "a", name: "db", jurisdiction: "us" }, provider: cloudflare },
    { type: "cloudflare:index/r2Bucket:R2Bucket", name: "r2-fedramp", props: { accountId: "a", name: "b", jurisdiction: "fedramp" }, provider: cloudflare },
    // Resources a real program declares beside the data stores, which hold no data of their own.
    { type: "mongodbatlas:index/project:Project", name: "atlas-project", props: { orgId: "o", name: "p" }, provider: atlas },
    {
        type: "mongodbatlas:index/databaseUser:DatabaseUser", name: "atlas-db-user", provider: atlas,
        props: { projectId: "p", username: "app", password: "pw", authDatabaseName: "admin", roles: [{ roleName: "readWrite", databaseName: "app" }] },
    },
    { type: "mongodbatlas:index/projectIpAccessList:ProjectIpAccessList", name: "atlas-ip-access", props: { projectId: "p", cidrBlock: "203.0.113.0/24", comment: "office" }, provider: atlas },
    { type: "mongodbatlas:index/cloudProviderAccessSetup:CloudProviderAccessSetup", name: "atlas-access-setup", props: { projectId: "p", providerName: "AWS" }, provider: atlas },
    { type: "mongodbatlas:index/networkContainer:NetworkContainer", name: "atlas-container-eu", props: { projectId: "p", atlasCidrBlock: "10.8.0.0/21", providerName: "AWS", regionName: "EU_CENTRAL_1" }, provider: atlas },
    {
        type: "confluentcloud:index/kafkaTopic:KafkaTopic", name: "confluent-topic", provider: confluent,
        props: { kafkaCluster: { id: "lkc-1" }, topicName: "orders", partitionsCount: 6, restEndpoint: "https://pkc-1.eu-central-1.aws.confluent.cloud:443", credentials: { key: "k", secret: "s" } },
    },
    { type: "confluentcloud:index/serviceAccount:ServiceAccount", name: "confluent-sa", props: { displayName: "app-manager", description: "manages the cluster" }, provider: confluent },
    {
        type: "confluentcloud:index/apiKey:ApiKey", name: "confluent-api-key", provider: confluent,
        props: { displayName: "k", owner: { id: "sa-1", apiVersion: "iam/v2", kind: "ServiceAccount" }, managedResource: { id: "lkc-1", apiVersion: "cmk/v2", kind: "Cluster", environment: { id: "env-1" } } },
    },
    { type: "confluentcloud:index/roleBinding:RoleBinding", name: "confluent-role", props: { principal: "User:sa-1", roleName: "CloudClusterAdmin", crnPattern: "crn://confluent.cloud/organization=o/environment=env-1/cloud-cluster=lkc-1" }, provider: confluent },
    { type: "aiven:index/project:Project", name: "aiven-project", props: { project: "p", parentId: "org1" }, provider: aiven },
    { type: "aiven:index/kafkaTopic:KafkaTopic", name: "aiven-topic", props: { project: "p", serviceName: "k", topicName: "orders", partitions: 3, replication: 2 }, provider: aiven },
    { type: "aiven:index/pgUser:PgUser", name: "aiven-pg-user", props: { project: "p", serviceName: "pg", username: "app" }, provider: aiven },
    { type: "ec:index/deploymentElasticsearchKeystore:DeploymentElasticsearchKeystore", name: "ec-keystore", props: { deploymentId: "d", settingName: "s3.client.secondary.access_key", value: "v" }, provider: ec },
    { type: "snowflake:index/database:Database", name: "snowflake-db", props: { name: "ANALYTICS" }, provider: snowflake },
    { type: "snowflake:index/warehouse:Warehouse", name: "snowflake-wh", props: { name: "WH", warehouseSize: "XSMALL" }, provider: snowflake },
    { type: "snowflake:index/accountRole:AccountRole", name: "snowflake-role", props: { name: "ANALYST" }, provider: snowflake },
    { type: "snowflake:index/user:User", name: "snowflake-user", props: { name: "svc", loginName: "svc" }, provider: snowflake },
    { type: "datadog:index/user:User", name: "dd-user-eu", props: { email: "ops@example.eu", roles: ["r"] }, provider: datadog("https://api.datadoghq.eu/") },
    { type: "cloudflare:index/dnsRecord:DnsRecord", name: "cf-dns-record", props: { zoneId: "z", name: "www", type: "A", content: "203.0.113.10", ttl: 1, proxied: false }, provider: cloudflare },
];

function mandatory(report: Report, name: string, policy = "eu-data-residency"): Diagnostic[] {
    return resourceNamed(report, name).diagnostics.filter((d) => d.policyName === policy && d.enforcementLevel === "mandatory");
}
const texts = (report: Report, name: string, policy?: string) => mandatory(report, name, policy).map(violationOf);

describe("data platforms with region vocabularies of their own, through the analyzer protocol", function () {
    this.timeout(120_000);
    const session = useSession({ packDir: EU_PACK });
    let report: Report;
    before(async () => {
        report = await session().analyze(withProviders(resources));
    });

    it("passes EU regions in each platform's vocabulary", () => {
        for (const name of ["atlas-eu-west-1", "atlas-tenant", "atlas-multi-eu", "kafka-eu", "aiven-eu", "aiven-azure-eu", "aiven-upcloud-fra", "aiven-upcloud-hel", "aiven-backup-eu", "ec-eu", "ec-legacy-aws", "snowflake-eu", "dd-eu", "r2-eu", "d1-eu", "kv-eu", "confluent-env", "atlas-datadog-eu", "atlas-pagerduty", "atlas-privatelink-eu", "atlas-stream-fra", "atlas-stream-azure-eu", "atlas-federated-eu"]) {
            assert.deepEqual(texts(report, name), [], name);
        }
    });

    it("does not flag the projects, users, topics, keys and roles a program declares beside the data stores", () => {
        const names = ["atlas-project", "atlas-db-user", "atlas-ip-access", "atlas-access-setup", "atlas-container-eu", "confluent-topic", "confluent-sa", "confluent-api-key",
            "confluent-role", "aiven-project", "aiven-topic", "aiven-pg-user", "ec-keystore", "snowflake-db", "snowflake-wh", "snowflake-role", "snowflake-user", "dd-user-eu", "cf-dns-record"];
        for (const name of names) {
            assert.deepEqual(resourceNamed(report, name).diagnostics.filter((d) => d.enforcementLevel === "mandatory").map(violationOf), [], name);
        }
    });

    it("MongoDB Atlas: maps Atlas names onto the cloud's region and names it, for every region config", () => {
        assert.match(texts(report, "atlas-us-east-1")[0], /`providerRegionName` is "US_EAST_1" \(MongoDB Atlas's name for "us-east-1", N\. Virginia, United States\)/);
        assert.match(texts(report, "atlas-us-east-1")[0], /Fix: set `providerRegionName` to the Atlas name of an allowed region/);
        const multi = texts(report, "atlas-multi-us");
        assert.equal(multi.length, 1);
        assert.match(multi[0], /replicationSpecs\[0\]\.regionConfigs\[1\]\.regionName` is "US_EAST_2" \(MongoDB Atlas's name for "eastus2"/);
        assert.match(texts(report, "atlas-unknown")[0], /an unrecognised value \(9 characters, not echoed\)/);
        assert.match(texts(report, "atlas-none")[0], /region cannot be proven.*regionConfigs\[\]\.regionName/);
    });

    it("MongoDB Atlas: leaves the customer key's location to eu-key-location and flags snapshot copies abroad", () => {
        assert.deepEqual(texts(report, "atlas-key-us"), []);
        const [key, ...rest] = texts(report, "atlas-key-us", "eu-key-location");
        assert.equal(rest.length, 0);
        assert.match(key, /lives in .*"US_WEST_2".*us-west-2/);
        assert.match(texts(report, "atlas-copy-us", "eu-cross-border-replication")[0], /copySettings\[0\]\.regionName.*"US_EAST_1"/);
    });

    it("MongoDB Atlas: an Online Archive is placed by its `dataProcessRegion`", () => {
        const us = texts(report, "atlas-archive-us");
        assert.equal(us.length, 1);
        assert.match(us[0], /`dataProcessRegion\.region` is "US_EAST_2" \(MongoDB Atlas's name for "eastus2"/);
        assert.deepEqual(texts(report, "atlas-archive-eu"), []);
    });

    it("MongoDB Atlas: stream and federated database instances are placed by `dataProcessRegion`, a city label", () => {
        const us = texts(report, "atlas-stream-us");
        assert.equal(us.length, 1);
        assert.match(us[0], /`dataProcessRegion\.region` is "VIRGINIA_USA" \(MongoDB Atlas's name for "us-east-1", N\. Virginia, United States\)/);
        assert.match(us[0], /Fix: set `dataProcessRegion` to an allowed region, e\.g\. \{ cloudProvider: "AWS", region: "FRANKFURT_DEU" \}/);
        assert.deepEqual(texts(report, "atlas-workspace-failover-us"), [], "processed in Dublin");
        assert.match(texts(report, "atlas-workspace-failover-us", "eu-cross-border-replication")[0], /failoverRegions\[0\]\.region.*"OREGON_USA".*us-west-2/);
        const nearest = texts(report, "atlas-federated-nearest");
        assert.equal(nearest.length, 1);
        assert.match(nearest[0], /region cannot be proven.*Fix: set `dataProcessRegion`/);
    });

    it("MongoDB Atlas: a Datadog integration's region is the Datadog site Atlas sends to", () => {
        const us = texts(report, "atlas-datadog-us");
        assert.equal(us.length, 1);
        assert.match(us[0], /`region` is "US" \(MongoDB Atlas's name for "datadoghq\.com", Datadog US1 site, United States\)/);
        assert.match(us[0], /Fix: set `region` to EU/);
    });

    it("Confluent Cloud: a Schema Registry region id proves nothing, and the fix says what to do", () => {
        const sr = texts(report, "schema-registry");
        assert.equal(sr.length, 1);
        assert.match(sr[0], /`region\.id` is an unrecognised value/);
        assert.match(sr[0], /auto-provisioned Schema Registry.*getSchemaRegistryRegion/);
    });

    it("Confluent Cloud: reads `cloud` + `region`; a BYOK key's region from its ARN is eu-key-location's", () => {
        assert.match(texts(report, "kafka-us")[0], /`region` is "us-central1" \(Confluent Cloud's name for "us-central1", Iowa/);
        assert.match(texts(report, "kafka-none")[0], /region cannot be proven.*Fix: set `cloud` and `region`/);
        assert.deepEqual(texts(report, "byok-us"), [], "the key's location is eu-key-location's");
        assert.match(texts(report, "byok-us", "eu-key-location")[0], /at `aws\.keyArn`.*lives in "us-east-1"/);
    });

    it("Aiven: reads `cloudName`, and fails closed on a service without one", () => {
        assert.match(texts(report, "aiven-us")[0], /`cloudName` is "aws-us-east-1" \(Aiven's name for "us-east-1"/);
        assert.match(texts(report, "aiven-none")[0], /cloud cannot be proven.*Fix: set `cloudName`/);
    });

    it("Aiven: every UpCloud cloud it names maps onto a catalogued UpCloud zone", () => {
        const unknown = Object.entries(aivenUpcloudZones).filter(([, zone]) => !placeOf("upcloud", zone).known);
        assert.deepEqual(unknown, []);
        assert.equal(placeOf("upcloud", aivenUpcloudZones["upcloud-pl-waw"]).label, "Warsaw, Poland");
    });

    it("Aiven: maps its UpCloud clouds onto UpCloud zones, and an unknown one fails closed", () => {
        const nyc = texts(report, "aiven-upcloud-nyc");
        assert.equal(nyc.length, 1);
        assert.match(nyc[0], /`cloudName` is "upcloud-us-nyc" \(Aiven's name for "us-nyc1", New York, United States\)/);
        const odd = texts(report, "aiven-upcloud-odd");
        assert.equal(odd.length, 1);
        assert.match(odd[0], /`cloudName` is an unrecognised value \(14 characters, not echoed\)/);
        assert.match(odd[0], /Fix: set `cloudName` to an allowed region, e\.g\. .*upcloud-de-fra/);
    });

    it("Aiven: a backup to another region (`additionalBackupRegions`) is a replica, read in Aiven's cloud names", () => {
        assert.deepEqual(texts(report, "aiven-backup-us"), [], "the service itself is in Belgium");
        const [m, ...rest] = texts(report, "aiven-backup-us", "eu-cross-border-replication");
        assert.equal(rest.length, 0);
        assert.match(m, /pgUserConfig\.additionalBackupRegions.*"aws-us-east-1".*us-east-1/);
        assert.deepEqual(texts(report, "aiven-backup-eu", "eu-cross-border-replication"), []);
    });

    it("Aiven is EU-headquartered (Helsinki): no provider-jurisdiction finding, unlike MongoDB Inc.", () => {
        const advisory = (name: string) => providerOf(report, name).diagnostics.filter((d) => d.policyName === "provider-jurisdiction");
        assert.deepEqual(advisory("aiven-eu"), []);
        assert.match(violationOf(advisory("atlas-eu-west-1")[0]), /MongoDB, Inc\..*CLOUD Act/);
    });

    it("Elastic Cloud: reads prefixed and legacy AWS regions, and fails closed on a project without one", () => {
        assert.match(texts(report, "ec-us")[0], /`region` is "azure-eastus2" \(Elastic Cloud's name for "eastus2"/);
        assert.match(texts(report, "ec-project-none")[0], /region cannot be proven.*Fix: set `regionId`/);
    });

    it("Snowflake: reads an account's region id, and fails closed without one", () => {
        assert.match(texts(report, "snowflake-us")[0], /`region` is "AZURE_EASTUS2" \(Snowflake's name for "eastus2"/);
        assert.match(texts(report, "snowflake-none")[0], /region cannot be proven.*AWS_EU_CENTRAL_1/);
    });

    it("Datadog: the provider's site decides, and a provider without `apiUrl` fails closed", () => {
        assert.match(texts(report, "dd-us5")[0], /"us5\.datadoghq\.com" \(Datadog US5 site, United States\)/);
        assert.match(texts(report, "dd-us5")[0], /`datadog:apiUrl` in Pulumi\.<stack>\.yaml/);
        assert.match(texts(report, "dd-default")[0], /site cannot be proven.*https:\/\/api\.datadoghq\.eu\//);
    });

    it("Cloudflare D1 and Workers KV: only `jurisdiction: \"eu\"` keeps a database or namespace in the EU; a primary location hint proves nothing", () => {
        const [hint, ...rest] = texts(report, "d1-hint");
        assert.equal(rest.length, 0);
        assert.match(hint, /no residency guarantee \(D1 places it near the creator; a `primaryLocationHint` is best effort\).*Fix: set `jurisdiction: "eu"` on the database/);
        assert.match(texts(report, "kv-none")[0], /no residency guarantee \(without a jurisdiction Workers KV stores it wherever Cloudflare chooses\).*Fix: set `jurisdiction: "eu"` on the namespace/);
        assert.match(texts(report, "d1-us")[0], /"us" \(Cloudflare US jurisdiction, United States\).*Cloudflare jurisdictions are eu, us and fedramp/);
    });

    it("Cloudflare R2: only `jurisdiction: \"eu\"` keeps a bucket in the EU; a location hint proves nothing", () => {
        assert.match(texts(report, "r2-hint")[0], /no residency guarantee.*Fix: set `jurisdiction: "eu"`/);
        assert.match(texts(report, "r2-fedramp")[0], /"fedramp" \(Cloudflare FedRAMP jurisdiction, United States\)/);
    });
});
