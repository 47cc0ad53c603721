// The reviewed rules for the data platforms' typings (issue 12): which look-alike names are no place,
// and which region-vocabulary or key-reference inputs the adapters do not read, each with why. The
// generator lists every candidate (platform-shape.ts); test/policies/facts/adapters/platforms/platform-inputs.test.ts holds each
// one as read by the pack's adapter or listed here. Elastic Cloud's `@pulumi/ec` is not in the npm
// registry (E404): it is read from a committed extract of its Pulumi schema (vendored/ec.json).

/** The SDKs read, by type-token package. */
export type PlatformSdkId = "mongodbatlas" | "confluentcloud" | "aiven" | "ec" | "snowflake" | "datadog" | "cloudflare";

/** Inputs, per type token (as the generated module spells them), that are not read for one reason. */
export interface NotRead {
    readonly why: string;
    readonly at: Readonly<Record<string, readonly string[]>>;
}

export interface PlatformRules {
    readonly id: PlatformSdkId;
    readonly npm: string;
    /** Read from the committed schema extract scripts/catalog/vendored/<id>.json, not the installed SDK. */
    readonly vendored?: true;
    /** Names whose only location word is not a place on this platform, with why. */
    readonly notAPlace?: { readonly name: RegExp; readonly why: string };
    /** Provider inputs that state where the resources are, beside the vocabulary names. */
    readonly providerInputs: readonly string[];
    /** Region-vocabulary inputs the adapter does not read, with why. */
    readonly regionNotRead: readonly NotRead[];
    /** Key-reference inputs no key row reads, with why. */
    readonly keysNotRead: readonly NotRead[];
}

const atlas = (t: string) => `mongodbatlas:index/${t[0].toLowerCase()}${t.slice(1)}:${t}`;
const confluent = (t: string) => `confluentcloud:index/${t[0].toLowerCase()}${t.slice(1)}:${t}`;
const aiven = (t: string) => `aiven:index/${t[0].toLowerCase()}${t.slice(1)}:${t}`;
const ec = (t: string) => `ec:index/${t[0].toLowerCase()}${t.slice(1)}:${t}`;
const snowflake = (t: string) => `snowflake:index/${t[0].toLowerCase()}${t.slice(1)}:${t}`;
const datadog = (m: string, t: string) => `datadog:${m}/${t[0].toLowerCase()}${t.slice(1)}:${t}`;
const cloudflare = (t: string) => `cloudflare:index/${t[0].toLowerCase()}${t.slice(1)}:${t}`;

const snowflakeRoutines = ["FunctionJava", "FunctionPython", "FunctionScala", "ProcedureJava", "ProcedurePython", "ProcedureScala"];
const workers = ["WorkerScript", "WorkerVersion", "WorkersScript"];

export const PLATFORM_RULES: readonly PlatformRules[] = [
    {
        id: "mongodbatlas",
        npm: "@pulumi/mongodbatlas",
        providerInputs: [],
        regionNotRead: [
            { why: "a global cluster's zone label or zone id, not a region (the zone's regions are its regionConfigs)", at: {
                [atlas("AdvancedCluster")]: ["replicationSpecs[].zoneId", "replicationSpecs[].zoneName"], [atlas("Cluster")]: ["replicationSpecs[].zoneName"],
                [atlas("CloudBackupSchedule")]: ["copySettings[].zoneId"], [atlas("GlobalClusterConfig")]: ["customZoneMappings[].location", "customZoneMappings[].zone"],
            } },
            { why: "the partner's site alerts are sent to (Datadog, Opsgenie); only the Datadog integration's site is read (ThirdPartyIntegration)", at: { [atlas("AlertConfiguration")]: ["notifications[].datadogRegion", "notifications[].opsGenieRegion"] } },
            { why: "the region of the customer key: eu-key-location reads it with the key (keys/platforms.ts), so it is reported once, there", at: { [atlas("EncryptionAtRest")]: ["awsKmsConfig.region"] } },
            { why: "a region an outage is simulated in: the cluster's own regions are judged", at: { [atlas("ClusterOutageSimulation")]: ["outageFilters[].regionName"] } },
            { why: "the AWS region of the customer's EventBridge bus or the Azure region of a stream connection's target, judged as that cloud's resource", at: { [atlas("EventTrigger")]: ["eventProcessors.awsEventbridge.configRegion"], [atlas("StreamConnection")]: ["azure.region"] } },
            { why: "the region of the customer's S3 bucket a federated database store reads, judged as that cloud's resource; the instance processes in `dataProcessRegion`, which is read", at: {
                [atlas("FederatedDatabaseInstance")]: ["storageStores[].region"],
            } },
            { why: "network plumbing (the container's regions, the peer's region, a private link's remote regions): it holds no data", at: {
                [atlas("NetworkContainer")]: ["regions[]"], [atlas("NetworkPeering")]: ["accepterRegionName"], [atlas("PrivateLinkEndpoint")]: ["supportedRemoteRegions[]"],
            } },
            { why: "a project-wide restriction (COMMERCIAL_FEDRAMP_REGIONS_ONLY, GOV_REGIONS_ONLY), not a region", at: { [atlas("Project")]: ["regionUsageRestrictions"] } },
        ],
        keysNotRead: [
            { why: "the KMS key of the customer's S3 bucket logs are exported to: the bucket's own key is judged as an AWS resource", at: { [atlas("LogIntegration")]: ["kmsKey"] } },
        ],
    },
    {
        id: "confluentcloud",
        npm: "@pulumi/confluentcloud",
        providerInputs: [],
        regionNotRead: [
            { why: "a gateway's private-link endpoint region: network plumbing beside the cluster judged by its own region", at: {
                [confluent("Gateway")]: ["awsEgressPrivateLinkGateway.region", "awsIngressPrivateLinkGateway.region", "awsPrivateNetworkInterfaceGateway.region",
                    "awsPrivateNetworkInterfaceGateway.zones[]", "azureEgressPrivateLinkGateway.region", "azureIngressPrivateLinkGateway.region", "gcpIngressPrivateServiceConnectGateway.region"],
            } },
            { why: "availability zones inside the region `region` names, which is read", at: {
                [confluent("KafkaCluster")]: ["dedicated.zones[]", "freights[].zones[]"], [confluent("Network")]: ["zoneInfos[].zoneId", "zones[]"],
            } },
            { why: "the customer's VPC/VNet region of a peering: network plumbing, the customer's side is judged as that cloud's resource", at: { [confluent("Peering")]: ["aws.customerRegion", "azure.customerRegion"] } },
            { why: "the customer's bucket or storage account Tableflow writes to, judged as that cloud's resource", at: { [confluent("TableflowTopic")]: ["azureDataLakeStorageGen2.storageRegion", "byobAws.bucketRegion"] } },
        ],
        keysNotRead: [
            { why: "the vault of the key `azure.keyIdentifier` names, which is read", at: { [confluent("ByokKey")]: ["azure.keyVaultId"] } },
            { why: "a Schema Registry key encryption key (KEK), which wraps the data keys of client-side field-level encryption: clients encrypt with it, not Confluent's storage", at: { [confluent("SchemaRegistryKek")]: ["kmsKeyId"] } },
        ],
    },
    {
        id: "aiven",
        npm: "@pulumi/aiven",
        providerInputs: [],
        regionNotRead: [
            { why: "the customer's VPC, transit gateway or BYOC account region: network plumbing, judged as that cloud's resource", at: {
                [aiven("AwsOrgVpcPeeringConnection")]: ["awsVpcRegion"], [aiven("AwsVpcPeeringConnection")]: ["awsVpcRegion"], [aiven("ByocAwsEntity")]: ["cloudRegion"],
                [aiven("TransitGatewayVpcAttachment")]: ["peerRegion"],
            } },
            { why: "the AWS region of a secret store, log group, metrics namespace or migration bucket the service reads from or writes to, judged as that cloud's resource", at: {
                [aiven("Kafka")]: ["kafkaUserConfig.kafkaConnectSecretProviders[].aws.region"], [aiven("KafkaConnect")]: ["kafkaConnectUserConfig.secretProviders[].aws.region"],
                [aiven("OpenSearch")]: ["opensearchUserConfig.s3Migration.region"],
                [aiven("ServiceIntegrationEndpoint")]: ["externalAwsCloudwatchLogsUserConfig.region", "externalAwsCloudwatchMetricsUserConfig.region"],
            } },
            { why: "an availability zone inside the service's cloud region, which is read", at: { [aiven("Kafka")]: ["kafkaUserConfig.singleZone.availabilityZone"] } },
            { why: "which cluster of a replication flow keeps the offset-sync topic (source or target), not a place", at: { [aiven("MirrorMakerReplicationFlow")]: ["offsetSyncsTopicLocation"] } },
        ],
        keysNotRead: [],
    },
    {
        id: "ec",
        npm: "@pulumi/ec",
        vendored: true,
        providerInputs: [],
        regionNotRead: [
            // Read-Only in the provider's docs (elastic/terraform-provider-ec docs/resources/deployment.md, verified with the search tool).
            { why: "read-only: the region a deployment's Elasticsearch, Kibana, APM, Integrations Server or Enterprise Search runs in, as the provider reports it; the deployment's own `region` is read", at: {
                [ec("Deployment")]: ["apm.region", "elasticsearch.region", "enterpriseSearch.region", "integrationsServer.region", "kibana.region"],
            } },
            { why: "a traffic filter's region: an inbound-traffic ruleset attachable only to deployments or projects of that region; it holds no data", at: {
                [ec("DeploymentTrafficFilter")]: ["region"], [ec("ServerlessTrafficFilter")]: ["region"],
            } },
            { why: "the signing region of the customer's S3 bucket a snapshot repository writes to, judged as an AWS resource", at: { [ec("SnapshotRepository")]: ["s3.region"] } },
        ],
        keysNotRead: [],
    },
    {
        id: "snowflake",
        npm: "@pulumi/snowflake",
        providerInputs: ["host"],
        regionNotRead: [
            { why: "a region group (PUBLIC, or a VPS/government group) holds the region `region` names, which is read", at: { [snowflake("Account")]: ["regionGroup"] } },
            { why: "a stage, file or external storage URL (@stage/path, s3://bucket): where the account's own objects are is its region", at: {
                [snowflake("ExternalTable")]: ["location"], [snowflake("ExternalVolume")]: ["storageLocations[].storageLocationName"], [snowflake("Streamlit")]: ["directoryLocation"],
                [snowflake("StorageIntegration")]: ["storageAllowedLocations[]", "storageBlockedLocations[]"],
                ...Object.fromEntries(snowflakeRoutines.map((t) => [snowflake(t), t.endsWith("Python") ? ["imports[].stageLocation"] : ["imports[].stageLocation", "targetPath.stageLocation"]])),
            } },
        ],
        keysNotRead: [
            { why: "the KMS key of the customer's bucket an external volume writes to, judged as an AWS resource", at: { [snowflake("ExternalVolume")]: ["storageLocations[].encryptionKmsKeyId"] } },
        ],
    },
    {
        id: "datadog",
        npm: "@pulumi/datadog",
        // Every Datadog resource is kept on the site of the provider's `apiUrl` (adapters/datadog.ts).
        providerInputs: ["apiUrl"],
        regionNotRead: [
            { why: "the region of a customer's AWS or GCP resource an integration reads or writes (a bucket, an event bus, regions to collect from), judged as that cloud's resource; Datadog keeps what it collects on the provider's site", at: {
                [datadog("aws", "IntegrationAccountCcmConfig")]: ["ccmConfig.dataExportConfigs[].bucketRegion"], [datadog("aws", "IntegrationEventBridge")]: ["region"],
                [datadog("gcp", "IntegrationSts")]: ["regionFilterConfigs[]"], [datadog("index", "AwsCurConfig")]: ["bucketRegion"],
                [datadog("index", "CloudInventorySyncConfig")]: ["aws.destinationBucketRegion"],
            } },
            { why: "an Observability Pipelines source or destination outside Datadog (S3, Security Lake, New Relic, SentinelOne): judged where it is configured", at: {
                [datadog("index", "ObservabilityPipeline")]: ["config.destinations[].amazonS3Generic.region", "config.destinations[].amazonS3s[].region", "config.destinations[].amazonSecurityLakes[].region",
                    "config.destinations[].newRelics[].region", "config.destinations[].sentinelOnes[].region", "config.sources[].amazonS3s[].region"],
            } },
            { why: "where synthetic tests run from, and the region of a signed request they make: probes hold no data", at: {
                [datadog("index", "SyntheticsTest")]: ["apiSteps[].requestBasicauth.region", "locations[]", "requestBasicauth.region"],
            } },
            { why: "a redirect URL of a WAF rule, or where a postmortem is written (Confluence, Google Docs): not a place", at: {
                [datadog("index", "AppsecWafCustomRule")]: ["action.parameters.location"], [datadog("index", "IncidentPostmortemTemplate")]: ["location"],
            } },
            { why: "the Opsgenie site (US or EU) alerts are sent to; a partner not catalogued", at: { [datadog("opsgenie", "ServiceObject")]: ["region"] } },
        ],
        keysNotRead: [
            { why: "the KMS key of the customer's bucket that logs are archived to or a pipeline writes to, judged as an AWS resource", at: {
                [datadog("index", "LogsArchive")]: ["s3Archive.encryptionKey"],
                [datadog("index", "ObservabilityPipeline")]: ["config.destinations[].amazonS3Generic.ssekmsKeyId", "config.destinations[].amazonS3s[].ssekmsKeyId"],
            } },
        ],
    },
    {
        id: "cloudflare",
        npm: "@pulumi/cloudflare",
        // zoneId, zoneName, zones, zoneTag, probeZone: https://developers.cloudflare.com/fundamentals/concepts/accounts-and-zones/
        notAPlace: { name: /^(?!.*(?:[rR]egion|[lL]ocation)).*[zZ]one/, why: "a Cloudflare zone is a domain (its DNS zone), not a place" },
        providerInputs: [],
        regionNotRead: [
            { why: "names the jurisdiction of the bucket it configures or binds, to find it: the bucket itself is judged (R2Bucket `jurisdiction`)", at: {
                ...Object.fromEntries(["R2BucketCors", "R2BucketEventNotification", "R2BucketLifecycle", "R2BucketLock", "R2BucketSippy", "R2CustomDomain", "R2ManagedDomain"].map((t) => [cloudflare(t), ["jurisdiction"]])),
                ...Object.fromEntries(workers.map((t) => [cloudflare(t), ["bindings[].jurisdiction"]])),
                [cloudflare("PagesProject")]: ["deploymentConfigs.preview.r2Buckets[key].jurisdiction", "deploymentConfigs.production.r2Buckets[key].jurisdiction"],
                [cloudflare("PipelineSink")]: ["config.jurisdiction"],
            } },
            { why: "a best-effort location hint, no residency guarantee (https://developers.cloudflare.com/r2/reference/data-location/, https://developers.cloudflare.com/d1/configuration/data-location/); only `jurisdiction` binds", at: {
                [cloudflare("R2Bucket")]: ["location"], [cloudflare("D1Database")]: ["primaryLocationHint"],
            } },
            { why: "not yet read: a Queue takes a jurisdiction too (not verified against Cloudflare's docs); follow-up", at: { [cloudflare("Queue")]: ["jurisdiction"] } },
            { why: "the source bucket's AWS or GCS region Sippy migrates from, judged as that cloud's resource", at: { [cloudflare("R2BucketSippy")]: ["source.region"] } },
            { why: "where health checks probe from, how traffic is steered (region pools, colo regions, a redirect), where an alert or an email domain is scoped: it holds no data", at: {
                [cloudflare("Healthcheck")]: ["checkRegions[]"], [cloudflare("LoadBalancerPool")]: ["checkRegions[]"], [cloudflare("EmailSecurityDomain")]: ["regions[]"],
                [cloudflare("LoadBalancer")]: ["regionPools[key]", "rules[].fixedResponse.location", "rules[].overrides.regionPools[key]"],
                [cloudflare("MagicWanStaticRoute")]: ["scope.coloRegions[]"], [cloudflare("StaticRoute")]: ["scope.coloRegions[]"],
                [cloudflare("NotificationPolicy")]: ["filters.affectedLocations[]"],
            } },
            { why: "Regional Services / Data Localization Suite: where TLS is terminated and traffic inspected for a hostname or prefix (`regionKey`); not a store; not yet read", at: {
                [cloudflare("DlsPrefixBinding")]: ["regionKey"], [cloudflare("RegionalHostname")]: ["regionKey"],
            } },
            { why: "Smart Placement of a Worker's execution near a cloud region: a hint where code runs, not where data is kept", at: {
                [cloudflare("Worker")]: ["previewsBaseConfig.placement.region", "previewsBaseConfig.placement.targets[].region"],
                ...Object.fromEntries(workers.map((t) => [cloudflare(t), ["placement.region", "placement.targets[].region"]])),
            } },
            { why: "the display name of a scanner credential's location, not a place", at: { [cloudflare("VulnerabilityScannerCredential")]: ["locationName"] } },
        ],
        keysNotRead: [
            { why: "the key id of a Calls TURN app: a credential, not an encryption key", at: { [cloudflare("CallsTurnApp")]: ["keyId"] } },
        ],
    },
];

/** Why a candidate name is set aside on this platform, or undefined. */
export function setAsideName(rules: PlatformRules, name: string): string | undefined {
    return rules.notAPlace !== undefined && rules.notAPlace.name.test(name) ? rules.notAPlace.why : undefined;
}

/** Whether an input of a type is in a not-read list. */
export function isListed(list: readonly NotRead[], token: string, input: string): boolean {
    return list.some((e) => Object.hasOwn(e.at, token) && e.at[token].includes(input));
}
