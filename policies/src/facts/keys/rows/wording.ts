// Verdicts, gates and fix phrases shared by each cloud's core key table (facts/keys/<cloud>.ts) and
// its service rows (rows/<cloud>.ts), so that both tell the user the same thing in the same words.
import type { Gate, ProtectionRow, Verdict } from "../table";

// AWS
export const awsKeyForms = "its ARN, key id, or a customer alias such as alias/acme-data";
/** The fix for a property that takes a KMS key. */
export const kms = (prop: string) => `set \`${prop}\` to a customer-managed KMS key (${awsKeyForms})`;
export const awsManaged = (alias: string): Verdict => ({ tier: "provider", reason: `no key is named, so the AWS managed key ${alias} is used (created, held and used by AWS)` });
export const awsOwned = (what: string): Verdict => ({ tier: "provider", reason: `${what}: an AWS owned key (held by the service outside your account)` });
export const isTrue = (v: unknown) => v === true;
/** A flag that must be true; a key given without it is rejected by the API, so it matters only without a key. */
export const flag = (path: string, what: string, note = ""): Gate => ({
    path, kind: "boolean", on: isTrue, onlyWithoutKey: true,
    off: { tier: "none", reason: `\`${path}\` is not true: ${what} is not encrypted at rest${note}` },
});

// Azure
export const vaultKey = "a Key Vault or Managed HSM key (https://<vault>.vault.azure.net/keys/<key>, or https://<hsm>.managedhsm.azure.net/keys/<key>)";
/** A disk attached from elsewhere is its own Disk resource, judged there. */
export const notAttached: Gate = { path: "createOption", kind: "string", on: (v: unknown) => v !== "Attach" };

// Google Cloud
export const googleManaged = (what: string): Verdict => ({ tier: "provider", reason: `${what}: Google-managed encryption keys` });
export const gcpKeyForm = "a Cloud KMS key (projects/<project>/locations/<location>/keyRings/<ring>/cryptoKeys/<key>) in an allowed location";
/** The fix for a property that takes a Cloud KMS key. */
export const cmek = (prop: string) => `set \`${prop}\` to ${gcpKeyForm}`;

// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html (no key named: the AWS managed key aws/rds)
/** An RDS instance or cluster row (@pulumi/aws and aws-native name the same inputs). */
export const rds = (id: string, service: string, replicaOf: string): ProtectionRow => ({
    id, service, at: "", key: "kmsKeyId",
    // A read replica inherits its source's encryption: judged on the source unless it names its own key.
    gates: [{ path: replicaOf, kind: "string", on: (v) => v === undefined, onlyWithoutKey: true }, flag("storageEncrypted", "storage")],
    noKey: awsManaged("alias/aws/rds"),
    fix: `set \`storageEncrypted\` to true and ${kms("kmsKeyId")}`,
});

