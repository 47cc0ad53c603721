// A Google Cloud estate whose data stays in the EU: the EU multi-region and Frankfurt/Belgium.
import * as pubsub from "@pulumi/gcp/pubsub";
import * as storage from "@pulumi/gcp/storage";

new storage.Bucket("media", { location: "EU", uniformBucketLevelAccess: true });

new storage.Bucket("backups", { location: "europe-west3", uniformBucketLevelAccess: true });

const events = new pubsub.Topic("events", {
    messageStoragePolicy: { allowedPersistenceRegions: ["europe-west1", "europe-west3"] },
});
new pubsub.Subscription("events-audit", { topic: events.name });
