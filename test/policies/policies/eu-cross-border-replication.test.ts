import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { euCrossBorderReplication as policy } from "eu-sovereignty-policies/policies";
import { awsProvider, checkResource, checkStack, UNKNOWN, type TestResource } from "../../helpers/harness";

const violations = (...a: Parameters<typeof checkResource>) => checkResource(...a).violations;
const eu = awsProvider("eu-central-1");

describe("eu-cross-border-replication", () => {
    describe("per resource", () => {
        it("flags a DynamoDB replica outside the EU, naming the replica's path and region", () => {
            const [m, ...rest] = violations(policy, {
                type: "aws:dynamodb/table:Table", name: "orders", provider: eu,
                props: { replicas: [{ regionName: "eu-west-1" }, { regionName: "us-east-1" }] },
            });
            assert.equal(rest.length, 0);
            assert.match(m, /replicas\[1\]\.regionName/);
            assert.match(m, /"us-east-1"/);
            assert.match(m, /eu-cross-border-replication/);
            assert.match(m, /\[EUR-AWS-001\]$/, "cites its replica row");
        });
        it("passes EU-only DynamoDB replicas and Secrets Manager replicas", () => {
            assert.deepEqual(violations(policy, { type: "aws:dynamodb/table:Table", provider: eu, props: { replicas: [{ regionName: "eu-west-3" }] } }), []);
            assert.deepEqual(violations(policy, { type: "aws:secretsmanager/secret:Secret", provider: eu, props: { replicas: [{ region: "eu-north-1" }] } }), []);
            assert.equal(violations(policy, { type: "aws:secretsmanager/secret:Secret", provider: eu, props: { replicas: [{ region: "ap-south-1" }] } }).length, 1);
        });
        it("flags a KMS replica key created outside the EU", () => {
            assert.equal(violations(policy, { type: "aws:kms/replicaKey:ReplicaKey", provider: awsProvider("us-west-2"), props: { primaryKeyArn: "arn:aws:kms:eu-west-1:1:key/k" } }).length, 1);
            assert.deepEqual(violations(policy, { type: "aws:kms/replicaKey:ReplicaKey", provider: awsProvider("eu-west-3"), props: {} }), []);
        });
        it("reads AWS Backup copy destinations from the vault ARN", () => {
            assert.equal(violations(policy, { type: "aws:backup/plan:Plan", provider: eu, props: { rules: [{ copyActions: [{ destinationVaultArn: "arn:aws:backup:us-east-1:123:backup-vault:dr" }] }] } }).length, 1);
            assert.deepEqual(violations(policy, { type: "aws:backup/plan:Plan", provider: eu, props: { rules: [{ copyActions: [{ destinationVaultArn: "arn:aws:backup:eu-west-1:123:backup-vault:dr" }] }] } }), []);
        });
        it("reads an organization backup policy's copy destinations from its JSON content", () => {
            // aws-ts-organizations: every member account copies its monthly backups to a us-east-1 vault.
            const content = (region: string) => JSON.stringify({ plans: { Monthly_Backup_Plan: {
                regions: { "@@assign": ["eu-west-1"] },
                rules: { Monthly: { target_backup_vault_name: { "@@assign": "Default" }, copy_actions: {
                    [`arn:aws:backup:${region}:$account:backup-vault:Default`]: { target_backup_vault_arn: { "@@assign": `arn:aws:backup:${region}:$account:backup-vault:Default` } },
                } } },
            } } });
            const policyOf = (region: string, type = "BACKUP_POLICY"): TestResource => ({
                type: "aws:organizations/policy:Policy", name: "orgBackupPolicy", provider: eu, props: { type, content: content(region) },
            });
            const [m, ...rest] = violations(policy, policyOf("us-east-1"));
            assert.equal(rest.length, 0);
            assert.match(m, /^aws:organizations\/policy:Policy "orgBackupPolicy": the location of a copy of its data, `content \(plans\.Monthly_Backup_Plan\.rules\.Monthly\.copy_actions target_backup_vault_arn\)` is "us-east-1"/);
            assert.deepEqual(violations(policy, policyOf("eu-central-1")), []);
            // A tag policy's JSON names no copies; a document that is not JSON proves nothing either way.
            assert.deepEqual(violations(policy, policyOf("us-east-1", "TAG_POLICY")), []);
            assert.deepEqual(violations(policy, { type: "aws:organizations/policy:Policy", provider: eu, props: { type: "BACKUP_POLICY", content: "{" } }), []);
        });
        it("flags Cosmos DB failover locations outside the EU", () => {
            const props = { location: "westeurope", locations: [{ locationName: "West Europe", failoverPriority: 0 }, { locationName: "East US", failoverPriority: 1 }] };
            const [m] = violations(policy, { type: "azure-native:cosmosdb:DatabaseAccount", props });
            assert.match(m, /locations\[1\]\.locationName/);
            assert.match(m, /"eastus"/);
            assert.match(m, /\[EUR-AZ-001\]$/);
            assert.deepEqual(violations(policy, { type: "azure-native:cosmosdb:DatabaseAccount", props: { location: "westeurope", locations: [{ locationName: "northeurope" }] } }), []);
        });
        it("follows Azure geo-redundant storage to the paired region", () => {
            assert.deepEqual(violations(policy, { type: "azure-native:storage:StorageAccount", props: { location: "westeurope", sku: { name: "Standard_GRS" } } }), []);
            assert.equal(violations(policy, { type: "azure-native:storage:StorageAccount", props: { location: "switzerlandnorth", sku: { name: "Standard_RAGRS" } } }, { additionalLocations: ["switzerlandnorth"] }).length, 1);
            assert.match(violations(policy, { type: "azure-native:storage:StorageAccount", props: { location: "italynorth", sku: { name: "Standard_GZRS" } } })[0], /paired region/);
            assert.deepEqual(violations(policy, { type: "azure-native:storage:StorageAccount", props: { location: "italynorth", sku: { name: "Standard_ZRS" } } }), []);
        });
        it("checks Pub/Sub persistence regions and GCS custom dual-region data locations", () => {
            assert.equal(violations(policy, { type: "gcp:pubsub/topic:Topic", props: { messageStoragePolicy: { allowedPersistenceRegions: ["europe-west1", "us-central1"] } } }).length, 1);
            assert.deepEqual(violations(policy, { type: "gcp:pubsub/topic:Topic", props: { messageStoragePolicy: { allowedPersistenceRegions: ["europe-west1"] } } }), []);
            assert.equal(violations(policy, { type: "gcp:storage/bucket:Bucket", props: { location: "EU", customPlacementConfig: { dataLocations: ["EUROPE-WEST1", "EUROPE-WEST2"] } } }).length, 1);
        });
        it("flags Secret Manager automatic replication (Google picks the locations) and checks user-managed replicas", () => {
            const [m] = violations(policy, { type: "gcp:secretmanager/secret:Secret", props: { replication: { auto: {} } } });
            assert.match(m, /replication\.auto/);
            assert.match(m, /userManaged/);
            assert.deepEqual(violations(policy, { type: "gcp:secretmanager/secret:Secret", props: { replication: { userManaged: { replicas: [{ location: "europe-west1" }, { location: "europe-west4" }] } } } }), []);
            assert.equal(violations(policy, { type: "gcp:secretmanager/secret:Secret", props: { replication: { userManaged: { replicas: [{ location: "us-east1" }] } } } }).length, 1);
        });
        it("reads SSM Incidents replication regions, whose `region` is a list rather than the resource's region", () => {
            assert.equal(violations(policy, { type: "aws:ssmincidents/replicationSet:ReplicationSet", provider: eu, props: { regions: [{ name: "eu-west-1" }, { name: "us-east-2" }] } }).length, 1);
            assert.deepEqual(violations(policy, { type: "aws:ssmincidents/replicationSet:ReplicationSet", provider: eu, props: { region: [{ name: "eu-west-1" }] } }), []);
        });
        it("reads the other replication destinations the generated catalogue found (EFS, DLM, Keyspaces, DSQL, DynamoDB witness, Spanner, AlloyDB)", () => {
            const flagged: Array<[string, Record<string, unknown>]> = [
                ["aws:efs/replicationConfiguration:ReplicationConfiguration", { destination: { region: "us-west-2" } }],
                ["aws:dlm/lifecyclePolicy:LifecyclePolicy", { policyDetails: { schedules: [{ crossRegionCopyRules: [{ target: "us-east-1", encrypted: true }] }] } }],
                ["aws:dlm/lifecyclePolicy:LifecyclePolicy", { policyDetails: { schedules: [{ crossRegionCopyRules: [{ target: "arn:aws:outposts:us-east-1:123:outpost/op-1", encrypted: true }] }] } }],
                ["aws:keyspaces/keyspace:Keyspace", { replicationSpecification: { regionLists: ["eu-west-1", "ap-south-1"] } }],
                ["aws:dsql/cluster:Cluster", { multiRegionProperties: { witnessRegion: "us-west-2" } }],
                ["aws:dynamodb/table:Table", { globalTableWitness: { regionName: "us-east-1" } }],
                ["gcp:spanner/instanceConfig:InstanceConfig", { replicas: [{ location: "us-central1" }] }],
                ["gcp:alloydb/cluster:Cluster", { automatedBackupPolicy: { location: "asia-east1" } }],
            ];
            for (const [type, props] of flagged) assert.equal(violations(policy, { type, provider: eu, props }).length, 1, type);
            assert.deepEqual(violations(policy, { type: "aws:efs/replicationConfiguration:ReplicationConfiguration", provider: eu, props: { destination: { region: "eu-north-1" } } }), []);
            assert.deepEqual(violations(policy, { type: "aws:keyspaces/keyspace:Keyspace", provider: eu, props: { replicationSpecification: { regionLists: ["eu-west-1", "eu-central-1"] } } }), []);
        });
        it("reads every replica row of the adapters: each type below is flagged for a US destination and passes an EU one", () => {
            const us = awsProvider("us-east-1");
            const rows: Array<[string, (region: string) => Record<string, unknown>, ReturnType<typeof awsProvider>?]> = [
                ["aws:dynamodb/globalTable:GlobalTable", (r) => ({ replicas: [{ regionName: r }] })],
                ["aws:ecr/replicationConfiguration:ReplicationConfiguration", (r) => ({ replicationConfiguration: { rules: [{ destinations: [{ region: r, registryId: "1" }] }] } })],
                ["azure-native:documentdb:DatabaseAccount", (r) => ({ location: "westeurope", locations: [{ locationName: r === "us-east-1" ? "eastus" : "northeurope" }] })],
            ];
            for (const [type, props] of rows) {
                assert.equal(violations(policy, { type, provider: eu, props: props("us-east-1") }).length, 1, type);
                assert.deepEqual(violations(policy, { type, provider: eu, props: props("eu-west-1") }), [], type);
            }
            // Types that are themselves a copy: where they live is where the data goes.
            for (const type of ["aws:kms/replicaExternalKey:ReplicaExternalKey", "aws:dynamodb/tableReplica:TableReplica", "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication"]) {
                assert.equal(violations(policy, { type, provider: us, props: {} }).length, 1, type);
                assert.deepEqual(violations(policy, { type, provider: eu, props: {} }), [], type);
            }
        });
        it("follows geo-redundant database backups to the paired region", () => {
            for (const type of ["azure-native:dbforpostgresql:Server", "azure-native:dbformysql:Server"]) {
                const server = (location: string, geoRedundantBackup: string) => ({ type, props: { location, backup: { geoRedundantBackup } } });
                assert.deepEqual(violations(policy, server("westeurope", "Enabled")), [], type);
                assert.equal(violations(policy, server("uksouth", "Enabled"), { additionalLocations: ["uksouth"] }).length, 1, type);
                assert.deepEqual(violations(policy, server("uksouth", "Disabled"), { additionalLocations: ["uksouth"] }), [], type);
            }
        });
        it("never throws on garbage replica shapes", () => {
            for (const replicas of [null, 7, "eu-west-1", [null, 3, { regionName: null }], { 0: { regionName: "us-east-1" } }]) {
                assert.doesNotThrow(() => violations(policy, { type: "aws:dynamodb/table:Table", provider: eu, props: { replicas } }));
            }
            assert.equal(violations(policy, { type: "aws:dynamodb/table:Table", provider: eu, props: { replicas: [{ regionName: 5 }] } }).length, 1);
        });
    });

    describe("S3 replication across the stack", () => {
        const bucket = (name: string, region: string): TestResource => ({
            type: "aws:s3/bucket:Bucket", name, urn: `urn:pulumi:dev::t::aws:s3/bucket:Bucket::${name}`, props: { bucket: name }, provider: awsProvider(region),
        });
        const replication = (dest: unknown, deps: string[] = []): TestResource => ({
            type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig", name: "repl", provider: eu,
            props: { bucket: "src", role: "arn:aws:iam::1:role/r", rules: [{ status: "Enabled", destination: { bucket: dest } }] },
            propertyDependencies: { rules: deps },
        });

        it("resolves the destination bucket by name and flags it when it is outside the EU", () => {
            const out = checkStack(policy, [bucket("src", "eu-central-1"), bucket("dr", "us-east-1"), replication("arn:aws:s3:::dr")]);
            assert.equal(out.violations.length, 1);
            assert.match(out.violations[0], /rules\[0\]\.destination\.bucket/);
            assert.match(out.violations[0], /"us-east-1"/);
        });
        it("passes a destination bucket in an EU region", () => {
            assert.deepEqual(checkStack(policy, [bucket("src", "eu-central-1"), bucket("dr", "eu-west-1"), replication("arn:aws:s3:::dr")]).violations, []);
        });
        it("flags a destination that is not in the stack", () => {
            assert.match(checkStack(policy, [bucket("src", "eu-central-1"), replication("arn:aws:s3:::elsewhere")]).violations[0], /cannot be resolved/);
        });
        it("ties an ARN unknown at preview to its bucket through property dependencies", () => {
            const dr = bucket("dr", "us-east-1");
            const out = checkStack(policy, [bucket("src", "eu-central-1"), dr, replication(UNKNOWN, [dr.urn!])]);
            assert.equal(out.violations.length, 1);
            assert.match(out.violations[0], /"us-east-1"/);
            const ok = bucket("dr", "eu-west-1");
            assert.deepEqual(checkStack(policy, [ok, replication(UNKNOWN, [ok.urn!])]).violations, []);
        });
        it("leaves an unknown destination with no dependency to the SDK's preview handling", () => {
            const out = checkStack(policy, [replication(UNKNOWN)]);
            assert.deepEqual(out.violations, []);
            assert.ok(out.unknown);
        });
        it("checks a bucket's inline replication configuration too", () => {
            const src: TestResource = { ...bucket("src", "eu-central-1"), props: { bucket: "src", replicationConfiguration: { role: "r", rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::dr" } }] } } };
            assert.equal(checkStack(policy, [src, bucket("dr", "ap-southeast-1")]).violations.length, 1);
        });
    });
});

describe("replica rows", () => {
    it("have unique ids of the form EUR-<cloud>-NNN in the adapters' replicaSpecs tables", () => {
        const dir = path.resolve(__dirname, "../../../policies/src/facts/adapters");
        const ids = ["aws", "aws-native", "azure", "azure-classic", "gcp"].flatMap((f) => {
            const src = fs.readFileSync(path.join(dir, `${f}.ts`), "utf8");
            const table = src.slice(src.indexOf("const replicaSpecs"), src.indexOf("\n};", src.indexOf("const replicaSpecs")));
            assert.ok(table.length > 0, f);
            const specs = table.match(/\{ (?:id: "[^"]*", )?path:/g) ?? [];
            const found = [...table.matchAll(/id: "([^"]+)"/g)].map((m) => m[1]);
            assert.equal(found.length, specs.length, `${f}: every replica spec has an id`);
            return found;
        });
        assert.equal(new Set(ids).size, ids.length, "no id twice");
        for (const id of ids) assert.match(id, /^EUR-(AWS|AWSCC|AZ|AZC|GCP)-\d{3}$/);
    });
});
