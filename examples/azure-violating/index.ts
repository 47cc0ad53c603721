// An Azure estate that keeps data outside the EU on purpose, to show what the pack reports.
// The stack config puts the default provider in eastus (Pulumi.dev.yaml).
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import * as resources from "@pulumi/azure-native/resources";
import * as storage from "@pulumi/azure-native/storage";

// A resource group in the US; resources without a location of their own would inherit it.
const group = new resources.ResourceGroup("analytics", { location: "eastus" });

// A storage account placed in the US explicitly.
new storage.StorageAccount("datalake", {
    resourceGroupName: group.name,
    location: "eastus",
    kind: "StorageV2",
    sku: { name: "Standard_GRS" },
    minimumTlsVersion: "TLS1_2",
    enableHttpsTrafficOnly: true,
});

// In Germany: compliant placement.
new storage.StorageAccount("archive", {
    resourceGroupName: group.name,
    location: "germanywestcentral",
    kind: "StorageV2",
    sku: { name: "Standard_LRS" },
    minimumTlsVersion: "TLS1_2",
    enableHttpsTrafficOnly: true,
});

// A Cosmos DB account in West Europe that fails over to East US.
new cosmosdb.DatabaseAccount("catalog", {
    resourceGroupName: group.name,
    location: "westeurope",
    databaseAccountOfferType: "Standard",
    locations: [
        { locationName: "West Europe", failoverPriority: 0 },
        { locationName: "East US", failoverPriority: 1 },
    ],
});
