// A Google Cloud estate that keeps data outside the EU on purpose, to show what the pack reports.
// The stack config puts the default provider in us-central1 (Pulumi.dev.yaml).
import * as pubsub from "@pulumi/gcp/pubsub";
import * as storage from "@pulumi/gcp/storage";

// The US multi-region.
new storage.Bucket("media", { location: "US", uniformBucketLevelAccess: true });

// The EU multi-region: compliant placement.
new storage.Bucket("backups", { location: "EU", uniformBucketLevelAccess: true });

// Messages may be stored in the US.
new pubsub.Topic("events", {
    messageStoragePolicy: { allowedPersistenceRegions: ["europe-west1", "us-central1"] },
});

// A subscription takes the provider's project; its topic's name is unknown until deployment.
const orders = new pubsub.Topic("orders", {
    messageStoragePolicy: { allowedPersistenceRegions: ["europe-west3"] },
});
new pubsub.Subscription("orders-audit", { topic: orders.name });
