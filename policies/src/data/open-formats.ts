// Services whose data leaves only through a proprietary API or format, with the open alternative.
// Reviewed catalogue for open-data-formats. Legal anchor: EU Data Act, Regulation (EU) 2023/2854,
// Chapter VI (Arts 23-31) on switching between data processing services, and Art 30 on exporting
// data "in a structured, commonly used and machine-readable format". The criterion: the data is
// stored durably and can be read or written only through an API or wire protocol specific to one
// provider or one proprietary product, so switching means rewriting the data layer.
//
// Reviewed and NOT listed (open protocol or format): RDS/Aurora/Cloud SQL/Azure for PostgreSQL,
// MySQL and MariaDB; DocumentDB and Cosmos DB for MongoDB (MongoDB wire protocol); Keyspaces and
// Cosmos DB for Apache Cassandra (CQL); Cosmos DB for Apache Gremlin (TinkerPop); MSK and Event Hubs
// Standard+ (Kafka protocol); Amazon MQ and Service Bus (AMQP); S3 and S3-compatible object storage;
// GCS and Azure Blob (objects are the files written, exported as they are); Bigtable (Apache HBase
// client API; exports to Avro/Parquet); BigQuery (exports to Avro, Parquet, CSV, JSON). SQS and
// Pub/Sub hold messages for days, not data at rest, and are left to `deny` if a team wants them.

/** A property test: the value at `path` (case-insensitive) equals one of `equals` or starts with one of `prefixes`. */
export interface PropertyMatch {
    readonly path: string;
    readonly equals?: readonly string[];
    readonly prefixes?: readonly string[];
}

export interface FormatEntry {
    /** Stable lowercase id, usable in the policy's `allow` config. */
    readonly id: string;
    /** Stable row id (EUF-<cloud>-NNN) cited by its findings, for reports and exemptions; also accepted by `allow`. */
    readonly row: string;
    readonly service: string;
    readonly types: readonly string[];
    /** Flagged only when one of these matches (absent: always). */
    readonly when?: readonly PropertyMatch[];
    /** Not flagged when one of these matches (an open API of the same service). */
    readonly unless?: readonly PropertyMatch[];
    /** Why the data is locked in. */
    readonly rationale: string;
    /** The open alternative. */
    readonly alternative: string;
    /** Where the claim was checked. */
    readonly source: string;
}

export const dataActSource = "EU Data Act, Regulation (EU) 2023/2854, Arts 23-31 (switching), Art 30 (export format): https://eur-lex.europa.eu/eli/reg/2023/2854/oj";

export const openFormatCatalogue: readonly FormatEntry[] = [
    {
        id: "aws-dynamodb",
        row: "EUF-AWS-001",
        service: "Amazon DynamoDB",
        types: ["aws:dynamodb/table:Table", "aws:dynamodb/globalTable:GlobalTable"],
        rationale: "data is read and written only through the DynamoDB API, and its exports use DynamoDB JSON or Amazon Ion typed for DynamoDB",
        alternative: "PostgreSQL (Amazon RDS or Aurora PostgreSQL, JSONB for documents), or a MongoDB- or Cassandra-compatible store (Amazon DocumentDB, Amazon Keyspaces)",
        source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataExport.Output.html",
    },
    {
        id: "aws-kinesis-data-streams",
        row: "EUF-AWS-002",
        service: "Amazon Kinesis Data Streams",
        types: ["aws:kinesis/stream:Stream"],
        rationale: "records (retained up to 365 days) are produced and consumed only through the Kinesis API",
        alternative: "Apache Kafka (Amazon MSK), whose protocol every major cloud and EU provider offers",
        source: "https://docs.aws.amazon.com/streams/latest/dev/introduction.html",
    },
    {
        id: "aws-rds-oracle",
        row: "EUF-AWS-003",
        service: "Amazon RDS for Oracle",
        types: ["aws:rds/instance:Instance"],
        when: [{ path: "engine", prefixes: ["oracle-", "custom-oracle-"] }],
        rationale: "Oracle Database is licensed proprietary software; its dump formats (Data Pump) are read only by Oracle tools",
        alternative: "Amazon RDS or Aurora for PostgreSQL",
        source: "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html (Engine values)",
    },
    {
        id: "aws-rds-sqlserver",
        row: "EUF-AWS-004",
        service: "Amazon RDS for SQL Server",
        types: ["aws:rds/instance:Instance"],
        when: [{ path: "engine", prefixes: ["sqlserver-", "custom-sqlserver-"] }],
        rationale: "SQL Server is licensed proprietary software; its backups and BACPAC exports are read only by SQL Server tools",
        alternative: "Amazon RDS or Aurora for PostgreSQL or MySQL",
        source: "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html (Engine values)",
    },
    {
        id: "aws-rds-db2",
        row: "EUF-AWS-005",
        service: "Amazon RDS for Db2",
        types: ["aws:rds/instance:Instance"],
        when: [{ path: "engine", prefixes: ["db2-"] }],
        rationale: "IBM Db2 is licensed proprietary software; its backup formats are read only by Db2",
        alternative: "Amazon RDS or Aurora for PostgreSQL",
        source: "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html (Engine values)",
    },
    {
        id: "azure-cosmosdb-nosql",
        row: "EUF-AZ-001",
        service: "Azure Cosmos DB for NoSQL or Table",
        types: ["azure-native:cosmosdb:DatabaseAccount"],
        // kind GlobalDocumentDB (the default) is the NoSQL API, or the Table API with EnableTable.
        unless: [
            { path: "kind", equals: ["MongoDB"] },
            { path: "capabilities[].name", equals: ["EnableMongo", "EnableCassandra", "EnableGremlin"] },
        ],
        rationale: "the NoSQL and Table APIs are specific to Cosmos DB, and so is the export tooling",
        alternative: "Azure Cosmos DB for MongoDB (`kind: \"MongoDB\"`) or for Apache Cassandra (`EnableCassandra`), or Azure Database for PostgreSQL",
        source: "https://learn.microsoft.com/azure/cosmos-db/choose-api",
    },
    {
        id: "azure-sql",
        row: "EUF-AZ-002",
        service: "Azure SQL (SQL Server engine)",
        types: ["azure-native:sql:Server", "azure-native:sql:ManagedInstance"],
        rationale: "Azure SQL runs the proprietary SQL Server engine; its BACPAC exports are read only by SQL Server tools",
        alternative: "Azure Database for PostgreSQL or for MySQL flexible server",
        source: "https://learn.microsoft.com/azure/azure-sql/database/database-export",
    },
    {
        id: "azure-table-storage",
        row: "EUF-AZ-003",
        service: "Azure Table storage",
        types: ["azure-native:storage:Table"],
        rationale: "entities are read and written only through the Azure Table API",
        alternative: "Azure Cosmos DB for MongoDB or Apache Cassandra, or Azure Database for PostgreSQL",
        source: "https://learn.microsoft.com/azure/storage/tables/table-storage-overview",
    },
    {
        id: "azure-event-hubs-basic",
        row: "EUF-AZ-004",
        service: "Azure Event Hubs, Basic tier",
        types: ["azure-native:eventhub:Namespace"],
        when: [{ path: "sku.name", equals: ["Basic"] }],
        rationale: "the Basic tier has no Apache Kafka endpoint, so events are reachable only through the Event Hubs API",
        alternative: "the Standard or Premium tier, which speaks the Apache Kafka protocol",
        source: "https://learn.microsoft.com/azure/event-hubs/azure-event-hubs-apache-kafka-overview",
    },
    {
        id: "gcp-firestore",
        row: "EUF-GCP-001",
        service: "Google Cloud Firestore (native or Datastore mode)",
        types: ["gcp:firestore/database:Database"],
        unless: [{ path: "mongodbCompatibleDataAccessMode", equals: ["DATA_ACCESS_MODE_ENABLED"] }],
        rationale: "documents are read and written only through the Firestore/Datastore APIs, and managed exports use a LevelDB-based format specific to Firestore",
        alternative: "Firestore with MongoDB compatibility (Enterprise edition, `mongodbCompatibleDataAccessMode: \"DATA_ACCESS_MODE_ENABLED\"`) or Cloud SQL for PostgreSQL",
        source: "https://cloud.google.com/firestore/docs/manage-data/export-import",
    },
    {
        id: "gcp-spanner-googlesql",
        row: "EUF-GCP-002",
        service: "Cloud Spanner with the GoogleSQL dialect",
        types: ["gcp:spanner/database:Database"],
        unless: [{ path: "databaseDialect", equals: ["POSTGRESQL"] }],
        rationale: "the GoogleSQL dialect and the Spanner API are specific to Spanner",
        alternative: "the PostgreSQL dialect (`databaseDialect: \"POSTGRESQL\"`), or Cloud SQL or AlloyDB for PostgreSQL",
        source: "https://cloud.google.com/spanner/docs/postgresql-interface",
    },
    {
        id: "gcp-cloud-sql-sqlserver",
        row: "EUF-GCP-003",
        service: "Cloud SQL for SQL Server",
        types: ["gcp:sql/databaseInstance:DatabaseInstance"],
        when: [{ path: "databaseVersion", prefixes: ["SQLSERVER_"] }],
        rationale: "SQL Server is licensed proprietary software; its backups and BAK exports are read only by SQL Server tools",
        alternative: "Cloud SQL for PostgreSQL or MySQL",
        source: "https://cloud.google.com/sql/docs/db-versions",
    },
];

/** Catalogue entries by type token, built once. */
export const formatEntriesByType: ReadonlyMap<string, readonly FormatEntry[]> = (() => {
    const m = new Map<string, FormatEntry[]>();
    for (const e of openFormatCatalogue) for (const t of e.types) m.set(t, [...(m.get(t) ?? []), e]);
    return m;
})();
