// The demo `npm start` checks offline: a small estate across AWS, Azure and Google Cloud whose
// default providers are in the EU (Pulumi.dev.yaml), with a few resources that still send data
// out of it. Run `pulumi preview --policy-pack policies` for the same verdicts from the real CLI.
import * as dynamodb from "@pulumi/aws/dynamodb";
import * as s3 from "@pulumi/aws/s3";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import * as resources from "@pulumi/azure-native/resources";
import * as storage from "@pulumi/azure-native/storage";
import * as gcs from "@pulumi/gcp/storage";

// AWS, Frankfurt: the bucket stays; the table copies every item to Virginia.
new s3.Bucket("invoices", { tags: { owner: "finance" } });
new dynamodb.Table("orders", {
    billingMode: "PAY_PER_REQUEST",
    hashKey: "id",
    attributes: [{ name: "id", type: "S" }],
    streamEnabled: true,
    streamViewType: "NEW_AND_OLD_IMAGES",
    replicas: [{ regionName: "us-east-1" }],
});

// Azure, West Europe: the storage account stays; the Cosmos DB account fails over to East US.
const group = new resources.ResourceGroup("shop", { location: "westeurope" });
new storage.StorageAccount("media", {
    resourceGroupName: group.name,
    location: "westeurope",
    kind: "StorageV2",
    sku: { name: "Standard_ZRS" },
    minimumTlsVersion: "TLS1_2",
    enableHttpsTrafficOnly: true,
});
new cosmosdb.DatabaseAccount("catalog", {
    resourceGroupName: group.name,
    location: "westeurope",
    databaseAccountOfferType: "Standard",
    locations: [
        { locationName: "West Europe", failoverPriority: 0 },
        { locationName: "East US", failoverPriority: 1 },
    ],
});

// Google Cloud: backups in the EU multi-region, analytics exports in the US one.
new gcs.Bucket("backups", { location: "EU", uniformBucketLevelAccess: true });
new gcs.Bucket("analytics-exports", { location: "US", uniformBucketLevelAccess: true });
