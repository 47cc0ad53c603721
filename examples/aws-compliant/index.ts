// An AWS estate whose data stays in the EU, built from the sovereign components: every resource is
// pinned to the stack's region (aws:region in Pulumi.dev.yaml, Frankfurt) or an allowed replica
// region, and encrypted with a customer-managed key.
import * as dynamodb from "@pulumi/aws/dynamodb";
import { SovereignBucket, SovereignDatabase, SovereignKey, SovereignLogGroup, SovereignQueue } from "../../components/aws";

const tags = { owner: "data-platform" };

// One multi-Region key, replicated only to Ireland: both regions are in the EU.
const key = new SovereignKey("data", { alias: "data-platform", replicaRegions: ["eu-west-1"], tags });

// Encrypted with the key above, versioned, private, TLS only.
export const invoicesBucket = new SovereignBucket("invoices", { key, tags }).bucketName;

// PostgreSQL with its own key, no public endpoint, backups kept in Frankfurt.
const orders = new SovereignDatabase("orders", { subnetIds: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"], tags });
export const ordersEndpoint = orders.endpoint;

// A plain resource can use a SovereignKey too: the table and its EU replica each under the key's copy in their region.
new dynamodb.Table("sessions", {
    billingMode: "PAY_PER_REQUEST",
    hashKey: "id",
    attributes: [{ name: "id", type: "S" }],
    streamEnabled: true,
    streamViewType: "NEW_AND_OLD_IMAGES",
    serverSideEncryption: { enabled: true, kmsKeyArn: key.arn },
    replicas: [{ regionName: "eu-west-1", kmsKeyArn: key.arnIn("eu-west-1") }],
    tags,
});

// A work queue (with a dead-letter queue) and application logs, each under a customer-managed key in Frankfurt.
export const jobsQueueUrl = new SovereignQueue("jobs", { key, maxReceiveCount: 5, tags }).url;
export const appLogGroup = new SovereignLogGroup("app", { retentionInDays: 90, tags }).logGroupName;
