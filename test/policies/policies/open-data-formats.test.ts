import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { openFormatCatalogue } from "eu-sovereignty-policies/lib";
import type { Policies } from "@pulumi/policy";
import { withGovernance } from "eu-sovereignty-policies/governance";
import { exemptedViolations, openDataFormats as policy } from "eu-sovereignty-policies/policies";
import { awsProvider, azureProvider, checkResource, gcpProvider, UNKNOWN } from "../../helpers/harness";
import { analyze } from "../governance/chain";

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
        it("`allow` accepts an entry's row id as well as its catalogue id", () => {
            const r = { type: "aws:rds/instance:Instance", props: { engine: "oracle-ee" }, provider: aws };
            assert.deepEqual(violations(policy, r, { allow: ["EUF-AWS-003"] }), []);
            assert.equal(violations(policy, r, { allow: ["EUF-AWS-004"] }).length, 1, "another entry's row id accepts nothing here");
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

describe("open-format rows", () => {
    // Written out, not read from the catalogue: a removed or renumbered entry fails here.
    const expected: [string, string, string, Record<string, unknown>][] = [
        ["EUF-AWS-001", "aws-dynamodb", "aws:dynamodb/table:Table", {}],
        ["EUF-AWS-002", "aws-kinesis-data-streams", "aws:kinesis/stream:Stream", {}],
        ["EUF-AWS-003", "aws-rds-oracle", "aws:rds/instance:Instance", { engine: "oracle-se2" }],
        ["EUF-AWS-004", "aws-rds-sqlserver", "aws:rds/instance:Instance", { engine: "sqlserver-ex" }],
        ["EUF-AWS-005", "aws-rds-db2", "aws:rds/instance:Instance", { engine: "db2-se" }],
        ["EUF-AZ-001", "azure-cosmosdb-nosql", "azure-native:cosmosdb:DatabaseAccount", {}],
        ["EUF-AZ-002", "azure-sql", "azure-native:sql:Server", {}],
        ["EUF-AZ-003", "azure-table-storage", "azure-native:storage:Table", {}],
        ["EUF-AZ-004", "azure-event-hubs-basic", "azure-native:eventhub:Namespace", { sku: { name: "Basic" } }],
        ["EUF-GCP-001", "gcp-firestore", "gcp:firestore/database:Database", {}],
        ["EUF-GCP-002", "gcp-spanner-googlesql", "gcp:spanner/database:Database", {}],
        ["EUF-GCP-003", "gcp-cloud-sql-sqlserver", "gcp:sql/databaseInstance:DatabaseInstance", { databaseVersion: "SQLSERVER_2019_WEB" }],
    ];
    it("every entry has a unique row id of the form EUF-<cloud>-NNN, and none is lost or renumbered", () => {
        assert.deepEqual(openFormatCatalogue.map((e) => [e.row, e.id]), expected.map(([row, id]) => [row, id]));
        assert.equal(new Set(openFormatCatalogue.map((e) => e.row)).size, openFormatCatalogue.length);
    });
    for (const [row, id, type, props] of expected) {
        it(`a ${id} finding ends with [${row}]`, () => {
            const [m, ...rest] = violations(policy, { type, name: "x", props, provider: aws });
            assert.equal(rest.length, 0);
            assert.ok(m.endsWith(`accept it with \`allow: ["${id}"]\` in this policy's config (or an exemption). [${row}]`), m);
        });
    }
    it("an exemption by `row` glob waives the findings of the entries it matches, and no other", () => {
        const pack: Policies = [withGovernance(policy, 0), exemptedViolations];
        const config = { "open-data-formats": { exemptions: [{ row: "EUF-AWS-*", reason: "export job OPS-7", expires: "2099-12-31" }] } };
        const table = analyze(pack, { type: "aws:dynamodb/table:Table", name: "orders", props: {} }, config);
        assert.deepEqual(table.map((f) => f.policy), ["exempted-violations"]);
        assert.match(table[0].message, /^\[exempted from open-data-formats until 2099-12-31: export job OPS-7\] .*\[EUF-AWS-001\]$/);
        const cosmos = analyze(pack, { type: "azure-native:cosmosdb:DatabaseAccount", name: "docs", props: {} }, config);
        assert.deepEqual(cosmos.map((f) => [f.policy, /\[EUF-AZ-001\]$/.test(f.message)]), [["open-data-formats", true]]);
    });
    it("a `deny` finding cites no row (the config, not the catalogue, decided it)", () => {
        const [m] = violations(policy, { type: "aws:sqs/queue:Queue", props: {}, provider: aws }, { deny: ["aws:sqs/queue:Queue"] });
        assert.doesNotMatch(m, /\[EU[A-Z]-/);
    });
    it("docs/policies/open-data-formats.md lists every entry with its row id, id and service, and no other", () => {
        const doc = fs.readFileSync(path.resolve(__dirname, "../../../docs/policies/open-data-formats.md"), "utf8");
        const listed = [...doc.matchAll(/^\| (EUF-[A-Z]+-\d{3}) \| `([a-z0-9-]+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2], m[3]]);
        assert.deepEqual(listed, openFormatCatalogue.map((e) => [e.row, e.id, e.service]));
    });
});
