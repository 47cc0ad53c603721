// AWS: a resource lives in its own `region` (per-resource since @pulumi/aws 7) or else in its
// provider's region; global types (generated from the SDK's shape) have none. Zones count as their
// region. A regional resource whose region cannot be proven is reported, never assumed.
import { createsNothing, edgePinRegion, edgePins, edgeServices, usePins } from "../../data/edge-pins";
import { awsRegionlessTypes } from "../../data/generated/aws-regionless-types";
import { backupPolicyCopies } from "./aws-backup-policy";
import { rdsSourceRows } from "../stack/rds-source";
import { emptyFacts, refsAt, refsAtAll, type LocationSpec } from "../locate";
import { isBlank, isProviderType, own } from "../read";
import type { Facts, ResourceInput } from "../types";
import type { CloudAdapter } from "./adapter";

const zoneSpecs: readonly LocationSpec[] = [{ path: "availabilityZone" }, { path: "availabilityZones[]" }];

/** Where each type copies its data to, by property path. */
const replicaSpecs: Readonly<Record<string, readonly LocationSpec[]>> = {
    "aws:dynamodb/table:Table": [{ id: "EUR-AWS-001", path: "replicas[].regionName" }, { id: "EUR-AWS-002", path: "globalTableWitness.regionName" }],
    "aws:dynamodb/globalTable:GlobalTable": [{ id: "EUR-AWS-003", path: "replicas[].regionName" }],
    "aws:secretsmanager/secret:Secret": [{ id: "EUR-AWS-004", path: "replicas[].region" }],
    "aws:ecr/replicationConfiguration:ReplicationConfiguration": [
        { id: "EUR-AWS-005", path: "replicationConfiguration.rules[].destinations[].region" },
    ],
    "aws:backup/plan:Plan": [{ id: "EUR-AWS-006", path: "rules[].copyActions[].destinationVaultArn", from: "arn" }],
    "aws:efs/replicationConfiguration:ReplicationConfiguration": [{ id: "EUR-AWS-007", path: "destination.region" }, { id: "EUR-AWS-008", path: "destination.availabilityZoneName" }],
    // Snapshot copies: `target` is a region or an Outpost ARN (whose region is read).
    "aws:dlm/lifecyclePolicy:LifecyclePolicy": [
        { id: "EUR-AWS-009", path: "policyDetails.schedules[].crossRegionCopyRules[].targetRegion" },
        { id: "EUR-AWS-010", path: "policyDetails.schedules[].crossRegionCopyRules[].target" },
        { id: "EUR-AWS-011", path: "policyDetails.action.crossRegionCopies[].target" },
    ],
    "aws:keyspaces/keyspace:Keyspace": [{ id: "EUR-AWS-012", path: "replicationSpecification.regionLists[]" }],
    "aws:dsql/cluster:Cluster": [{ id: "EUR-AWS-013", path: "multiRegionProperties.witnessRegion" }],
    "aws:dsql/clusterPeering:ClusterPeering": [{ id: "EUR-AWS-014", path: "witnessRegion" }],
    // "Source region for an encrypted replica DB cluster": the replicated data lives there too.
    "aws:rds/cluster:Cluster": [{ id: "EUR-AWS-015", path: "sourceRegion" }],
    // "Destination Region to place snapshot copy." (rds.SnapshotCopyArgs, rds.ClusterSnapshotCopyArgs, redshift.SnapshotCopyArgs)
    "aws:rds/snapshotCopy:SnapshotCopy": [{ id: "EUR-AWS-016", path: "destinationRegion" }],
    "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy": [{ id: "EUR-AWS-017", path: "destinationRegion" }],
    "aws:redshift/snapshotCopy:SnapshotCopy": [{ id: "EUR-AWS-018", path: "destinationRegion" }],
    "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication": [],
    // Its (deprecated) `region` and `regions` are lists of replication regions, not its own region.
    "aws:ssmincidents/replicationSet:ReplicationSet": [{ id: "EUR-AWS-019", path: "regions[].name" }, { id: "EUR-AWS-020", path: "region[].name" }],
};

/** Types whose top-level `region` is not where the resource lives (see docs/provider-shape.md). */
const regionIsNotOwnLocation: ReadonlySet<string> = new Set(["aws:ssmincidents/replicationSet:ReplicationSet"]);

/** Types that are themselves a replica of data held elsewhere: where they live is where the copy goes. */
const selfReplicas: ReadonlySet<string> = new Set([
    "aws:kms/replicaKey:ReplicaKey",
    "aws:kms/replicaExternalKey:ReplicaExternalKey",
    "aws:dynamodb/tableReplica:TableReplica",
    "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
]);

export const awsFix = "set `aws:region` to an allowed region in Pulumi.<stack>.yaml, or pass an explicit aws.Provider with `region`, or set `region` on the resource";

/**
 * The fix for a resource whose provider names no region. An explicit aws.Provider takes none of the
 * stack's `aws:*` config, by design (pulumi/pulumi-aws#3259 "resolution/by-design", #1307): only its own
 * `region` (or the environment) places it, so telling the user to set `aws:region` would not help.
 */
function regionFix(r: ResourceInput): string {
    const name = r.provider?.name;
    if (name === undefined || name === "" || /^default(_|$)/.test(name)) return awsFix;
    return `set \`region\` on its explicit aws.Provider "${name}" (an explicit provider does not read \`aws:region\` from the stack config), or set \`region\` on the resource`;
}

/** True when every location is the pin region and the resource matches its pin (AWS placed it there). */
export function isPinned(r: ResourceInput, facts: Facts): boolean {
    const pin = edgePins[r.type];
    if (pin === undefined || facts.locations.length === 0) return false;
    if (!facts.locations.every((l) => l.place.canonical === edgePinRegion)) return false;
    return Object.entries(pin.when ?? {}).every(([key, values]) => {
        const v = own(r.props, key);
        return typeof v === "string" && values.includes(v.trim().toUpperCase());
    });
}

function awsFacts(r: ResourceInput): Facts {
    const facts = emptyFacts("aws");
    if (isProviderType(r.type)) {
        const refs = refsAt("aws", r.props, { path: "region" });
        // A provider holds no data, and us-east-1 is where AWS pins edge resources: each resource an
        // explicit us-east-1 provider creates is still checked where it lives, so it is not reported
        // itself. The default provider is (its region is the stack's `aws:region`, the cause to fix).
        const explicitAtPin = !/^default(_|$)/.test(r.name) && refs.every((l) => l.place.canonical === edgePinRegion);
        if (!explicitAtPin) facts.locations.push(...refs);
        return facts;
    }
    if (createsNothing.has(r.type)) return facts;
    const edge = edgeServices[r.type];
    if (edge !== undefined) facts.edge = { service: edge.service, reach: edge.reach };
    const own_ = regionIsNotOwnLocation.has(r.type) ? [] : refsAt("aws", r.props, { path: "region" });
    if (own_.length > 0) {
        facts.locations.push(...own_);
    } else if (!awsRegionlessTypes.has(r.type)) {
        const fromProvider = refsAt("aws", r.provider?.props, { path: "region" }, "provider", "provider.");
        if (fromProvider.length > 0) facts.locations.push(...fromProvider);
        // A non-string region was reported above as an invalid location; missing or blank proves nothing.
        else if (regionIsNotOwnLocation.has(r.type) || isBlank(own(r.props, "region"))) facts.unproven = { what: "region", fix: regionFix(r) };
    }
    facts.locations.push(...refsAtAll("aws", r.props, zoneSpecs));
    if (isPinned(r, facts)) facts.locations = [];
    if (usePins[r.type] !== undefined && facts.locations.length > 0 && facts.locations.every((l) => l.place.canonical === edgePinRegion)) facts.pinnedIfUsed = true;
    facts.replicas.push(...refsAtAll("aws", r.props, replicaSpecs[r.type] ?? []));
    facts.replicas.push(...backupPolicyCopies(r.type, r.props));
    if (selfReplicas.has(r.type)) facts.replicas.push(...facts.locations);
    // A read replica's source named by ARN: the replicated data lives in the source's region too.
    const source = Object.hasOwn(rdsSourceRows, r.type) ? rdsSourceRows[r.type] : undefined;
    if (source !== undefined) {
        for (const ref of refsAt("aws", r.props, { id: source.id, path: source.property, from: "arn" })) {
            const note = `the region of its replication source \`${ref.path}\` (the replicated data lives there too)`;
            facts.replicas.push({ ...ref, note, fix: `replicate from a source in an allowed region, or remove \`${source.property}\`` });
        }
    }
    return facts;
}

export const awsAdapter: CloudAdapter = { facts: awsFacts };
