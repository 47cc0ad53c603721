import { strict as assert } from "assert";
import { openFormatCatalogue } from "eu-sovereignty-policies/lib";
import { openDataFormats as policy } from "eu-sovereignty-policies/policies";
import { awsProvider, azureProvider, checkResource, gcpProvider, UNKNOWN } from "../unit/harness";

const violations = (...a: Parameters<typeof checkResource>) => checkResource(...a).violations;
const aws = awsProvider("eu-west-1");

describe("open-data-formats", () => {
    it("flags DynamoDB, naming the service, the rationale, the Data Act article, the open alternative and the allow id", () => {
        const [m, ...rest] = violations(policy, { type: "aws:dynamodb/table:Table", name: "orders", props: { hashKey: "id" }, provider: aws });
        assert.equal(rest.length, 0);
        assert.match(m, /^aws:dynamodb\/table:Table "orders": Amazon DynamoDB keeps data behind a proprietary API or format: /);
        assert.match(m, /Art 30/);
        assert.match(m, /PostgreSQL/);
        assert.match(m, /allow: \["aws-dynamodb"\]/);
        assert.doesNotMatch(m, /hashKey|"id"/, "prints nothing else from the props");
    });
    it("flags Kinesis and names Kafka", () => {
        const [m] = violations(policy, { type: "aws:kinesis/stream:Stream", props: {}, provider: aws });
        assert.match(m, /Apache Kafka \(Amazon MSK\)/);
    });
    describe("database engines", () => {
        it("flags RDS Oracle, SQL Server and Db2, naming the setting and the catalogue term", () => {
            for (const [engine, service] of [["oracle-ee", /RDS for Oracle \(`engine` is "oracle-…"/], ["custom-oracle-ee-cdb", /RDS for Oracle/], ["sqlserver-se", /RDS for SQL Server/], ["db2-ae", /RDS for Db2/]] as const) {
                const [m, ...rest] = violations(policy, { type: "aws:rds/instance:Instance", props: { engine }, provider: aws });
                assert.equal(rest.length, 0, engine);
                assert.match(m, service, engine);
            }
        });
        it("passes RDS PostgreSQL, MySQL, MariaDB, and engines in any case", () => {
            for (const engine of ["postgres", "mysql", "mariadb", "aurora-postgresql"]) {
                assert.deepEqual(violations(policy, { type: "aws:rds/instance:Instance", props: { engine }, provider: aws }), [], engine);
            }
            assert.equal(violations(policy, { type: "aws:rds/instance:Instance", props: { engine: "SQLSERVER-EE" }, provider: aws }).length, 1);
        });
        it("flags Cloud SQL for SQL Server but not for PostgreSQL", () => {
            assert.equal(violations(policy, { type: "gcp:sql/databaseInstance:DatabaseInstance", props: { databaseVersion: "SQLSERVER_2022_STANDARD" }, provider: gcpProvider() }).length, 1);
            assert.deepEqual(violations(policy, { type: "gcp:sql/databaseInstance:DatabaseInstance", props: { databaseVersion: "POSTGRES_16" }, provider: gcpProvider() }), []);
        });
        it("flags Azure SQL servers and managed instances", () => {
            assert.equal(violations(policy, { type: "azure-native:sql:Server", props: {}, provider: azureProvider }).length, 1);
            assert.equal(violations(policy, { type: "azure-native:sql:ManagedInstance", props: {}, provider: azureProvider }).length, 1);
            assert.deepEqual(violations(policy, { type: "azure-native:dbforpostgresql:Server", props: {}, provider: azureProvider }), []);
        });
        it("waits for an engine unknown at preview instead of guessing", () => {
            const o = checkResource(policy, { type: "aws:rds/instance:Instance", props: { engine: UNKNOWN }, provider: aws });
            assert.deepEqual(o.violations, []);
            assert.ok(o.unknown !== undefined);
        });
    });
    describe("Cosmos DB: decided by its API", () => {
        const cosmos = (props: Record<string, unknown>) => violations(policy, { type: "azure-native:cosmosdb:DatabaseAccount", props, provider: azureProvider });
        it("flags the NoSQL API (default kind) and the Table API", () => {
            assert.equal(cosmos({}).length, 1);
            assert.equal(cosmos({ kind: "GlobalDocumentDB" }).length, 1);
            assert.equal(cosmos({ kind: "GlobalDocumentDB", capabilities: [{ name: "EnableTable" }] }).length, 1);
            assert.equal(cosmos({ capabilities: [{ name: "EnableServerless" }] }).length, 1);
        });
        it("passes the MongoDB, Cassandra and Gremlin wire protocols", () => {
            assert.deepEqual(cosmos({ kind: "MongoDB" }), []);
            assert.deepEqual(cosmos({ capabilities: [{ name: "EnableServerless" }, { name: "EnableCassandra" }] }), []);
            assert.deepEqual(cosmos({ capabilities: [{ name: "EnableGremlin" }] }), []);
        });
    });
    it("flags Firestore unless MongoDB compatibility is enabled, Spanner unless PostgreSQL dialect", () => {
        assert.equal(violations(policy, { type: "gcp:firestore/database:Database", props: { type: "FIRESTORE_NATIVE" }, provider: gcpProvider() }).length, 1);
        assert.deepEqual(violations(policy, { type: "gcp:firestore/database:Database", props: { databaseEdition: "ENTERPRISE", mongodbCompatibleDataAccessMode: "DATA_ACCESS_MODE_ENABLED" }, provider: gcpProvider() }), []);
        assert.equal(violations(policy, { type: "gcp:spanner/database:Database", props: {}, provider: gcpProvider() }).length, 1);
        assert.deepEqual(violations(policy, { type: "gcp:spanner/database:Database", props: { databaseDialect: "POSTGRESQL" }, provider: gcpProvider() }), []);
    });
    it("flags Event Hubs Basic (no Kafka endpoint) but not Standard", () => {
        assert.equal(violations(policy, { type: "azure-native:eventhub:Namespace", props: { sku: { name: "Basic" } }, provider: azureProvider }).length, 1);
        assert.deepEqual(violations(policy, { type: "azure-native:eventhub:Namespace", props: { sku: { name: "Standard" } }, provider: azureProvider }), []);
    });
    it("passes open services: S3, MSK, Amazon MQ, DocumentDB, Keyspaces, GCS, Bigtable", () => {
        for (const type of ["aws:s3/bucket:Bucket", "aws:msk/cluster:Cluster", "aws:mq/broker:Broker", "aws:docdb/cluster:Cluster", "aws:keyspaces/table:Table", "gcp:storage/bucket:Bucket", "gcp:bigtable/instance:Instance"]) {
            assert.deepEqual(violations(policy, { type, props: {}, provider: aws }), [], type);
        }
    });
    describe("config", () => {
        it("`allow` accepts a catalogue id or a type token", () => {
            const r = { type: "aws:dynamodb/table:Table", props: {}, provider: aws };
            assert.deepEqual(violations(policy, r, { allow: ["aws-dynamodb"] }), []);
            assert.deepEqual(violations(policy, r, { allow: ["aws:dynamodb/table:Table"] }), []);
            assert.equal(violations(policy, r, { allow: ["aws-kinesis-data-streams"] }).length, 1);
        });
        it("`allow` of one engine id leaves the others flagged", () => {
            assert.deepEqual(violations(policy, { type: "aws:rds/instance:Instance", props: { engine: "oracle-ee" }, provider: aws }, { allow: ["aws-rds-oracle"] }), []);
            assert.equal(violations(policy, { type: "aws:rds/instance:Instance", props: { engine: "sqlserver-ee" }, provider: aws }, { allow: ["aws-rds-oracle"] }).length, 1);
        });
        it("`deny` flags more types", () => {
            const [m] = violations(policy, { type: "aws:sqs/queue:Queue", props: {}, provider: aws }, { deny: ["aws:sqs/queue:Queue"] });
            assert.match(m, /listed in this policy's `deny` config/);
            assert.deepEqual(violations(policy, { type: "aws:sqs/queue:Queue", props: {}, provider: aws }), []);
        });
    });
    it("every catalogue entry has a rationale, an alternative and a source, and a unique id", () => {
        const ids = new Set<string>();
        for (const e of openFormatCatalogue) {
            assert.ok(!ids.has(e.id), e.id);
            ids.add(e.id);
            assert.match(e.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
            assert.ok(e.rationale.length > 20 && e.alternative.length > 5, e.id);
            assert.match(e.source, /^https:\/\//, e.id);
            assert.ok(e.types.length > 0, e.id);
        }
    });
});
