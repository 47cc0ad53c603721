// An AWS estate whose data stays in the EU: the default provider is in Frankfurt
// (Pulumi.dev.yaml) and every replica is in an EU region.
import * as dynamodb from "@pulumi/aws/dynamodb";
import * as s3 from "@pulumi/aws/s3";
import * as secretsmanager from "@pulumi/aws/secretsmanager";

const tags = { owner: "data-platform" };

new s3.Bucket("invoices", { tags });

new dynamodb.Table("orders", {
    billingMode: "PAY_PER_REQUEST",
    hashKey: "id",
    attributes: [{ name: "id", type: "S" }],
    streamEnabled: true,
    streamViewType: "NEW_AND_OLD_IMAGES",
    replicas: [{ regionName: "eu-west-1" }],
    tags,
});

new secretsmanager.Secret("api-token", { replicas: [{ region: "eu-west-3" }], tags });
