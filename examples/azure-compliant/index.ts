// An Azure estate whose data stays in the EU: West Europe, Germany, and an EU failover region.
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import * as resources from "@pulumi/azure-native/resources";
import * as storage from "@pulumi/azure-native/storage";

const group = new resources.ResourceGroup("analytics", { location: "westeurope" });

new storage.StorageAccount("datalake", {
    resourceGroupName: group.name,
    location: "germanywestcentral",
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
        { locationName: "North Europe", failoverPriority: 1 },
    ],
});
