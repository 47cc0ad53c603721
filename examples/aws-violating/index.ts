// An AWS estate that keeps data outside the EU on purpose, to show what the pack reports.
// The stack config puts the default provider in us-east-1 (Pulumi.dev.yaml).
import * as pulumi from "@pulumi/pulumi";
import * as dynamodb from "@pulumi/aws/dynamodb";
import * as s3 from "@pulumi/aws/s3";
import * as secretsmanager from "@pulumi/aws/secretsmanager";
import * as sqs from "@pulumi/aws/sqs";
import { Provider } from "@pulumi/aws/provider";

const config = new pulumi.Config();
const tags = { owner: config.require("owner") };

const frankfurt = new Provider("frankfurt", { region: "eu-central-1" });
const oregon = new Provider("oregon", { region: "us-west-2" });

// No region of its own: it lives where the default provider is, us-east-1.
export const logs = new s3.Bucket("logs", { tags }).bucket;

// In the EU, through the Frankfurt provider: compliant.
const invoices = new s3.Bucket("invoices", { tags }, { provider: frankfurt });

// Created through the Oregon provider.
new s3.Bucket("ml-training-data", { tags }, { provider: oregon });

// An EU table that copies every item to the US.
new dynamodb.Table("orders", {
    billingMode: "PAY_PER_REQUEST",
    hashKey: "id",
    attributes: [{ name: "id", type: "S" }],
    streamEnabled: true,
    streamViewType: "NEW_AND_OLD_IMAGES",
    replicas: [{ regionName: "eu-west-1" }, { regionName: "us-east-2" }],
    tags,
}, { provider: frankfurt });

// A secret in the EU with a replica in the US; its value comes from secure stack config.
const apiToken = new secretsmanager.Secret("api-token", {
    replicas: [{ region: "us-west-1" }],
    tags,
}, { provider: frankfurt });
new secretsmanager.SecretVersion("api-token-value", {
    secretId: apiToken.id,
    secretString: config.requireSecret("apiToken"),
}, { provider: frankfurt });

// An EU queue encrypted with a customer key, but the key lives in the US.
new sqs.Queue("payments", {
    kmsMasterKeyId: "arn:aws:kms:us-east-1:111122223333:key/0f4e2c1a-7b9d-4c3e-8f21-5a6b7c8d9e0f",
    tags,
}, { provider: frankfurt });

export const invoiceBucket = invoices.bucket;
