// A Google Cloud estate whose data stays in the EU, built from the sovereign components: Cloud HSM
// keys, CMEK buckets in Frankfurt and the Finland + Netherlands dual-region, and a private Cloud SQL
// instance, all in the stack's region (gcp:region in Pulumi.dev.yaml) unless stated.
import * as compute from "@pulumi/gcp/compute";
import * as servicenetworking from "@pulumi/gcp/servicenetworking";
import { SovereignBucket, SovereignCryptoKey, SovereignKeyRing, SovereignPubSubTopic, SovereignSqlInstance } from "../../components/gcp";

const ring = new SovereignKeyRing("data");
const key = new SovereignCryptoKey("data", { keyRing: ring });

export const backupsUrl = new SovereignBucket("backups", { key }).url;
// A dual-region bucket gets its own key ring in the same dual-region.
export const mediaUrl = new SovereignBucket("media", { location: "EUR4" }).url;

// Cloud SQL reaches the VPC through private services access: no public IP anywhere.
const network = new compute.Network("private", { autoCreateSubnetworks: false });
const range = new compute.GlobalAddress("sql-range", { purpose: "VPC_PEERING", addressType: "INTERNAL", prefixLength: 16, network: network.id });
const peering = new servicenetworking.Connection("sql-peering", {
    network: network.id,
    service: "servicenetworking.googleapis.com",
    reservedPeeringRanges: [range.name],
});
export const ordersConnection = new SovereignSqlInstance("orders", { key, privateNetwork: network.id }, { dependsOn: [peering] }).connectionName;

// Events stored only in Frankfurt, under the same CMEK.
export const eventsTopic = new SovereignPubSubTopic("events", { key, subscriptions: ["indexer"] }).topicId;
