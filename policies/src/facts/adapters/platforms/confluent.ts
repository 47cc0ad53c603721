// Confluent Cloud: clusters, networks and Flink pools name `cloud` (AWS, AZURE, GCP) and `region` in the
// cloud's own spelling (eu-central-1, westeurope, europe-west3). A BYOK key's location (its ARN or Cloud
// KMS name) is judged by eu-key-location alone.
// https://www.pulumi.com/registry/packages/confluentcloud/api-docs/kafkacluster/
import { platformNames } from "../../../data/platforms";
import { emptyFacts } from "../../locate";
import { bigThreeOf } from "../../platform-place";
import { isProviderType, own } from "../../read";
import type { Facts, ResourceInput } from "../../types";
import type { CloudAdapter } from "../adapter";
import { platformRef } from "./read";

const name = platformNames.confluentcloud;
const fix = "set `cloud` and `region` to an allowed region of that cloud (e.g. AWS eu-central-1, AZURE westeurope, GCP europe-west3)";
const schemaRegistryFix = "drop this deprecated resource and use the environment's auto-provisioned Schema Registry (`confluentcloud.getSchemaRegistryCluster`), or, once `confluentcloud.getSchemaRegistryRegion` shows the id is an allowed region, add the id to `additionalLocations`";
/** Data-holding types that fail closed without a region (held against the typings by test/policies/facts/adapters/platforms/platform-inputs.test.ts). */
export const mustLocate: ReadonlySet<string> = new Set([
    "confluentcloud:index/kafkaCluster:KafkaCluster",
    "confluentcloud:index/network:Network",
    "confluentcloud:index/flinkComputePool:FlinkComputePool",
]);

function confluentFacts(r: ResourceInput): Facts {
    const facts = emptyFacts(undefined);
    if (isProviderType(r.type)) return facts;
    const region = own(r.props, "region");
    const regionId = own(region, "id");
    if (typeof regionId === "string" && regionId.trim() !== "") {
        // Schema Registry names its region by id (sgreg-1), which says nothing about where it is.
        facts.locations.push({ path: "region.id", source: "resource", place: { cloud: "unknown", canonical: regionId.trim().toLowerCase(), known: false }, fix: schemaRegistryFix });
    } else if (region !== undefined && (typeof region !== "object" || region === null)) {
        const ref = platformRef(name, { path: "region", value: region, cloud: bigThreeOf(own(r.props, "cloud")), native: (_c, raw) => raw }, fix);
        if (ref) facts.locations.push(ref);
    }
    // A BYOK key's region (`aws.keyArn`, `gcp.keyId`) is the key's location: eu-key-location reports it
    // (keys/platforms.ts), so it is no location here.
    if (mustLocate.has(r.type) && facts.locations.length === 0) facts.unproven = { what: "region", fix };
    return facts;
}

export const confluentAdapter: CloudAdapter = { facts: confluentFacts };
