// An Azure estate whose data stays in the EU, built from the sovereign components: a premium Key
// Vault with an HSM key, a storage account and a PostgreSQL server encrypted with it, all in the
// stack's location (azure-native:location in Pulumi.dev.yaml, West Europe) or Germany.
import * as resources from "@pulumi/azure-native/resources";
import { SovereignKeyVault, SovereignPostgres, SovereignServiceBus, SovereignStorageAccount } from "../../components/azure";

const group = new resources.ResourceGroup("analytics", { location: "westeurope" });
const resourceGroupName = group.name;

const keys = new SovereignKeyVault("analytics-keys", { resourceGroupName });

// Zone-redundant by default; geo-redundant copies would go to the pair (North Europe), also in the EU.
export const datalakeEndpoint = new SovereignStorageAccount("datalake", {
    resourceGroupName,
    location: "germanywestcentral",
    key: keys,
}).primaryBlobEndpoint;

export const catalogHost = new SovereignPostgres("catalog", {
    resourceGroupName,
    key: keys,
    administratorLogin: "catalogadmin",
    administratorLoginPassword: "replace-me-with-a-secret-from-config",
}).fqdn;

// Messaging on a Premium Service Bus namespace under the same vault's key, Entra ID auth only.
export const busEndpoint = new SovereignServiceBus("events", { resourceGroupName, key: keys, queues: ["ingest"] }).serviceBusEndpoint;
