// Google Cloud: which Cloud KMS key protects each service's data at rest. Tokens and property paths
// checked against @pulumi/gcp 9.37 (`<Class>Args`, types/input.d.ts). A key name carries its
// location (projects/P/locations/LOC/keyRings/R/cryptoKeys/K); whether it is a Cloud EKM key (tier 3)
// is on the CryptoKey resource (`versionTemplate.protectionLevel`, `cryptoKeyBackend`).
import type { PolicyResource } from "@pulumi/policy";
import { kmsPlaceOf } from "../place";
import type { LocationRef } from "../types";
import { dependenciesOf, holderOf, knownString, locationOf, memo, notAString } from "./known";
import { gcpServiceRows } from "./rows/gcp";
import type { Classified, KeyCloud, KeyIndex, ProtectionRow, ResolvedKey } from "./table";
import { cmek, gcpKeyForm, googleManaged } from "./rows/wording";

// https://cloud.google.com/docs/security/encryption/default-encryption (without a Cloud KMS key, data at rest uses keys Google holds)

const rows: Readonly<Record<string, readonly ProtectionRow[]>> = {
    ...gcpServiceRows,
    "gcp:storage/bucket:Bucket": [{
        // https://cloud.google.com/storage/docs/encryption/customer-managed-keys
        id: "EUK-GCP-001", service: "Cloud Storage bucket encryption", at: "encryption", key: "defaultKmsKeyName",
        absent: googleManaged("no `encryption.defaultKmsKeyName`"), noKey: googleManaged("no `encryption.defaultKmsKeyName`"),
        fix: cmek("encryption.defaultKmsKeyName"),
    }],
    "gcp:compute/disk:Disk": [{
        // https://cloud.google.com/compute/docs/disks/customer-managed-encryption (disks, regional disks, boot disks)
        id: "EUK-GCP-002", service: "Persistent disk encryption", at: "diskEncryptionKey", key: "kmsKeySelfLink", supplied: ["rawKey", "rsaEncryptedKey"],
        absent: googleManaged("no `diskEncryptionKey`"), noKey: googleManaged("no `diskEncryptionKey.kmsKeySelfLink`"),
        fix: cmek("diskEncryptionKey.kmsKeySelfLink"),
    }],
    "gcp:compute/regionDisk:RegionDisk": [{
        id: "EUK-GCP-003", service: "Regional persistent disk encryption", at: "diskEncryptionKey", key: "kmsKeyName", supplied: ["rawKey", "rsaEncryptedKey"],
        absent: googleManaged("no `diskEncryptionKey`"), noKey: googleManaged("no `diskEncryptionKey.kmsKeyName`"),
        fix: cmek("diskEncryptionKey.kmsKeyName"),
    }],
    "gcp:compute/instance:Instance": [{
        id: "EUK-GCP-004", service: "Boot disk encryption", at: "bootDisk", key: "kmsKeySelfLink", supplied: ["diskEncryptionKeyRaw", "diskEncryptionKeyRsa"],
        absent: googleManaged("no `bootDisk`"),
        // A boot disk attached from an existing disk (`source`) is judged on that Disk.
        gates: [{ path: "source", kind: "string", on: (v) => v === undefined }],
        noKey: googleManaged("no `bootDisk.kmsKeySelfLink`"),
        fix: cmek("bootDisk.kmsKeySelfLink"),
    }],
    "gcp:sql/databaseInstance:DatabaseInstance": [{
        // https://cloud.google.com/sql/docs/postgres/cmek
        id: "EUK-GCP-005", service: "Cloud SQL instance encryption", at: "", key: "encryptionKeyName",
        noKey: googleManaged("no `encryptionKeyName`"), fix: cmek("encryptionKeyName"),
    }],
    "gcp:bigquery/dataset:Dataset": [{
        // https://cloud.google.com/bigquery/docs/customer-managed-encryption
        id: "EUK-GCP-006", service: "BigQuery dataset encryption", at: "defaultEncryptionConfiguration", key: "kmsKeyName",
        absent: googleManaged("no `defaultEncryptionConfiguration`"), noKey: googleManaged("no `defaultEncryptionConfiguration.kmsKeyName`"),
        fix: cmek("defaultEncryptionConfiguration.kmsKeyName"),
    }],
    "gcp:pubsub/topic:Topic": [{
        // https://cloud.google.com/pubsub/docs/encryption
        id: "EUK-GCP-007", service: "Pub/Sub topic encryption", at: "", key: "kmsKeyName",
        noKey: googleManaged("no `kmsKeyName`"), fix: cmek("kmsKeyName"),
    }],
    "gcp:container/cluster:Cluster": [{
        // https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets
        id: "EUK-GCP-008", service: "GKE application-layer secrets encryption", at: "databaseEncryption", key: "keyName",
        absent: googleManaged("no `databaseEncryption`: Kubernetes Secrets in etcd rely on Google's default encryption"),
        gates: [{ path: "state", kind: "string", on: (v) => v === "ENCRYPTED", off: googleManaged("`databaseEncryption.state` is not ENCRYPTED") }],
        noKey: googleManaged("no `databaseEncryption.keyName`"),
        fix: `set \`databaseEncryption\` to { state: "ENCRYPTED", keyName: ${gcpKeyForm} }`,
    }],
    "gcp:secretmanager/secret:Secret": [{
        // https://cloud.google.com/secret-manager/docs/cmek
        id: "EUK-GCP-009", service: "Secret Manager secret encryption", at: "replication.auto", key: "customerManagedEncryption.kmsKeyName",
        noKey: googleManaged("no `replication.auto.customerManagedEncryption.kmsKeyName`"),
        fix: cmek("replication.auto.customerManagedEncryption.kmsKeyName"),
    }, {
        id: "EUK-GCP-010", service: "Secret Manager replica encryption", at: "replication.userManaged.replicas[]", key: "customerManagedEncryption.kmsKeyName",
        noKey: googleManaged("the replica names no `customerManagedEncryption.kmsKeyName`"),
        fix: "set `customerManagedEncryption.kmsKeyName` on each `replication.userManaged.replicas[]` entry to a Cloud KMS key in that replica's location",
    }],
    "gcp:secretmanager/regionalSecret:RegionalSecret": [{
        id: "EUK-GCP-011", service: "Secret Manager regional secret encryption", at: "", key: "customerManagedEncryption.kmsKeyName",
        noKey: googleManaged("no `customerManagedEncryption.kmsKeyName`"), fix: cmek("customerManagedEncryption.kmsKeyName"),
    }],
};

// Key names as the APIs write them, optionally as a full resource URL, optionally with a version.
const keyName = /^(?:https:\/\/cloudkms\.googleapis\.com\/v1\/|\/\/cloudkms\.googleapis\.com\/)?(projects\/[\w.:-]{1,100}\/locations\/([\w-]{1,64})\/keyRings\/[\w-]{1,63}\/cryptoKeys\/[\w-]{1,63})(?:\/cryptoKeyVersions\/\d{1,10})?$/;
const ringName = /^projects\/[\w.:-]{1,100}\/locations\/([\w-]{1,64})\/keyRings\/[\w-]{1,63}$/;

function classify(value: unknown): Classified {
    if (typeof value !== "string") return { tier: "unknown-reference", reason: `the key reference is ${notAString(value)}, not a Cloud KMS key name` };
    const v = value.trim();
    const m = keyName.exec(v);
    if (!m) return { tier: "unknown-reference", reason: `the value (${v.length} characters, not echoed) is not a Cloud KMS key name (projects/…/locations/…/keyRings/…/cryptoKeys/…)` };
    return {
        tier: "customer",
        reason: "a customer-managed key in Cloud KMS",
        key: { service: "gcp-kms", shown: v, place: kmsPlaceOf(m[2]), lookup: m[1], resolvable: true },
    };
}

const cryptoKeyType = "gcp:kms/cryptoKey:CryptoKey";
const keyTypes: ReadonlySet<string> = new Set([cryptoKeyType]);
const ringTypes: ReadonlySet<string> = new Set(["gcp:kms/keyRing:KeyRing"]);
const external: ReadonlySet<string> = new Set(["EXTERNAL", "EXTERNAL_VPC"]);

function custodyOf(key: PolicyResource): Pick<ResolvedKey, "custody" | "custodyReason"> {
    const level = knownString(key.props, "versionTemplate.protectionLevel");
    if (level !== undefined && external.has(level)) return { custody: "external", custodyReason: `its \`versionTemplate.protectionLevel\` is ${level} (Cloud EKM: the key stays in an external key manager)` };
    if (knownString(key.props, "cryptoKeyBackend") !== undefined) return { custody: "external", custodyReason: "its `cryptoKeyBackend` names an EKM connection (Cloud EKM)" };
    const shown = level !== undefined && /^[A-Z_]{1,20}$/.test(level) ? level : "SOFTWARE (the default)";
    return { custody: "customer", custodyReason: `its \`versionTemplate.protectionLevel\` is ${shown}: key material held by Cloud KMS` };
}

/** The key's location from its key ring name, or from the KeyRing resource it depends on. */
function keyLocation(key: PolicyResource): LocationRef | undefined {
    const m = ringName.exec(knownString(key.props, "keyRing") ?? "");
    if (m) return { path: "keyRing", source: "resource", place: kmsPlaceOf(m[1]) };
    const [ring] = dependenciesOf(key, "keyRing", ringTypes);
    const at = ring && locationOf(ring);
    return at && { ...at, path: `keyRing → KeyRing "${ring.name}".${at.path}` };
}

function newIndex(): KeyIndex {
    const keys = new Map<string, PolicyResource>();
    const resolve = memo((key) => [{ holder: holderOf(key), location: keyLocation(key), ...custodyOf(key) }]);
    return {
        add(r) {
            if (r.type !== cryptoKeyType) return;
            const ring = knownString(r.props, "keyRing");
            const name = knownString(r.props, "name");
            for (const v of [knownString(r.props, "id"), ring && name && `${ring}/cryptoKeys/${name}`]) {
                const m = v ? keyName.exec(v) : null;
                if (m) keys.set(m[1], r);
            }
        },
        byRef(key) {
            const hit = key.lookup !== undefined ? keys.get(key.lookup) : undefined;
            return hit ? resolve(hit) : [];
        },
        byDependencies(deps) {
            return deps.filter((d) => keyTypes.has(d.type)).flatMap(resolve);
        },
    };
}

export const gcpKeys: KeyCloud = {
    cloud: "gcp",
    packages: ["gcp"],
    rows,
    companions: [],
    classify,
    suppliedKey: (path) => ({
        tier: "customer",
        reason: `customer-supplied key material at \`${path}\` (CSEK, not echoed): you hold the key, Google uses it for each request`,
        key: { service: "gcp-customer-supplied" },
    }),
    externalFix: (path) => `name a Cloud EKM key in \`${path}\`: a \`gcp.kms.CryptoKey\` with \`versionTemplate.protectionLevel\` "EXTERNAL" or "EXTERNAL_VPC" (the latter with \`cryptoKeyBackend\` naming a \`gcp.kms.EkmConnection\`)`,
    newIndex,
};
