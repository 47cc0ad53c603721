// The generated catalogue of key references (policies/src/data/generated/key-refs.ts): what the
// generator finds from the typings for a subset of modules equals what is committed, known references
// are present, deny-listed look-alikes are absent, and the name and doc rules tell them apart.
import { strict as assert } from "assert";
import * as path from "path";
import { keyRefPaths, keyRefSource } from "../../../policies/src/data/generated/key-refs";
import { denyReason, keyRefCatalogue, keyRefPathsOf, keyRefReason } from "../../../scripts/catalog/key-refs";
import type { Cloud, PackageTypings, PropInfo } from "../../../scripts/catalog/model";
import { compareStrings } from "../../../scripts/catalog/model";
import { packageDir, readPackage } from "../../../scripts/catalog/package-reader";

const root = path.resolve(__dirname, "../../..");
const paths = (token: string): readonly string[] => keyRefPaths[token] ?? [];
const str = (name: string, doc = ""): PropInfo => ({ name, optional: true, doc, type: { kind: "primitive", text: "string" } });

describe("catalogue of key references (gen:catalog)", () => {
    it("holds the references the old rows did not cover, nested and in arrays", () => {
        const has = (token: string, p: string) => assert.ok(paths(token).includes(p), `${token}: ${p} in ${JSON.stringify(paths(token))}`);
        has("gcp:spanner/database:Database", "encryptionConfig.kmsKeyNames[]");
        has("gcp:spanner/database:Database", "encryptionConfig.kmsKeyName");
        has("aws:sagemaker/domain:Domain", "kmsKeyId");
        has("aws:sagemaker/domain:Domain", "defaultUserSettings.sharingSettings.s3KmsKeyId");
        has("aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream", "extendedS3Configuration.kmsKeyArn");
        has("aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream", "serverSideEncryption.keyArn");
        has("aws:eks/cluster:Cluster", "encryptionConfig.provider.keyArn");
        has("azure-native:compute:Disk", "encryption.diskEncryptionSetId");
        has("azure-native:compute:VirtualMachine", "storageProfile.dataDisks[].managedDisk.diskEncryptionSet.id");
        has("azure-native:dbforpostgresql:Server", "dataEncryption.geoBackupKeyURI");
        has("azure-native:storage:StorageAccount", "encryption.keyVaultProperties.keyVaultUri");
        has("azure-native:sql:EncryptionProtector", "serverKeyName");
        has("gcp:container/cluster:Cluster", "databaseEncryption.keyName");
        has("gcp:storage/bucket:Bucket", "encryption.defaultKmsKeyName");
    });

    it("leaves the deny-listed look-alikes out", () => {
        const hasNot = (token: string, re: RegExp) => assert.ok(!paths(token).some((p) => re.test(p)), `${token}: ${JSON.stringify(paths(token))}`);
        hasNot("gcp:compute/disk:Disk", /ServiceAccount/); // KMS service-account emails
        hasNot("gcp:bigquery/table:Table", /kmsKeyVersion/); // key version metadata
        hasNot("azure-native:app:ContainerApp", /secrets/); // Key Vault secret references
        hasNot("azure-native:app:Certificate", /certificateKeyVaultProperties/); // certificate references
        hasNot("gcp:compute/snapshot:Snapshot", /rsaEncryptedKey/); // CSEK material
        hasNot("gcp:storage/transferJob:TransferJob", /metadataOptions/); // an enum, not a key
        assert.deepEqual(paths("aws:route53/keySigningKey:KeySigningKey"), []); // DNSSEC: us-east-1 by rule
        assert.deepEqual(paths("aws:kms/alias:Alias"), []); // key resources themselves
        assert.equal(Object.keys(keyRefPaths).filter((t) => t.startsWith("azure-native:awsconnector:")).length, 0);
        assert.equal(keyRefPaths.constructor, undefined);
    });

    it("is sorted and counted in keyRefSource", () => {
        const tokens = Object.keys(keyRefPaths);
        assert.deepEqual(tokens, [...tokens].sort(compareStrings));
        for (const cloud of ["aws", "azure-native", "gcp"] as const) {
            const mine = tokens.filter((t) => t.startsWith(`${cloud}:`));
            assert.equal(mine.length, keyRefSource[cloud].types, cloud);
            assert.equal(mine.reduce((n, t) => n + paths(t).length, 0), keyRefSource[cloud].found, cloud);
            // Roughly the measurement (299 / 111 / 175): a collapse or explosion of the rules shows here.
            assert.ok(keyRefSource[cloud].found > 100 && keyRefSource[cloud].found < 400, `${cloud}: ${keyRefSource[cloud].found}`);
        }
    });

    describe("the generator on a subset of the installed typings", () => {
        const subsets: Record<Cloud, readonly string[]> = {
            "aws": ["sagemaker", "kinesis", "route53", "kms", "eks"],
            "azure-native": ["compute", "storage", "app", "dbforpostgresql"],
            "gcp": ["spanner", "compute", "bigquery", "container"],
        };
        const read = new Map<Cloud, PackageTypings>();
        before(function () {
            this.timeout(120000);
            for (const [cloud, modules] of Object.entries(subsets) as [Cloud, readonly string[]][]) {
                read.set(cloud, readPackage(cloud, packageDir(root, cloud), { fileFilter: (rel) => modules.includes(rel.split("/")[0]) }));
            }
        });
        it("gives the committed paths for every type of the subset", () => {
            for (const [cloud, typings] of read) {
                const cat = keyRefCatalogue(typings);
                for (const r of typings.resources) assert.deepEqual(cat.types.get(r.token) ?? [], paths(r.token), r.token);
                assert.ok(cat.found > 0, cloud);
            }
        });
    });

    describe("rules", () => {
        it("takes KMS-named inputs, Key Vault keys, disk encryption sets and doc-described keys", () => {
            assert.equal(keyRefReason("aws", str("kmsKeyId"), undefined), "name");
            assert.equal(keyRefReason("gcp", str("kmsKeyName"), undefined), "name");
            assert.equal(keyRefReason("azure-native", str("keyVaultKeyUri"), undefined), "name");
            assert.equal(keyRefReason("azure-native", str("id"), "diskEncryptionSet"), "name");
            assert.equal(keyRefReason("azure-native", str("keyVaultUri"), undefined, "encryption.keyVaultProperties.keyVaultUri"), "name");
            assert.equal(keyRefReason("aws", str("encryptionKeyArn", "The ARN of the KMS key used to encrypt data."), undefined), "doc");
        });
        it("refuses names that only look like keys", () => {
            assert.equal(keyRefReason("aws", str("kmsKeyId"), undefined) !== undefined, true);
            assert.equal(keyRefReason("aws", { ...str("kmsEncrypted"), type: { kind: "primitive", text: "boolean" } }, undefined), undefined);
            assert.equal(keyRefReason("aws", str("partitionKey", "The partition key."), undefined), undefined);
            assert.equal(keyRefReason("azure-native", str("id"), "subnet"), undefined);
            // A vault outside an encryption block holds secrets or certificates.
            assert.equal(keyRefReason("azure-native", str("keyVaultUri"), undefined, "secretStore.keyVaultUri"), undefined);
            assert.equal(keyRefReason("gcp", str("kmsKeyServiceAccount", "The service account used for the given KMS key."), undefined), undefined);
        });
        it("gives each denied look-alike its reason", () => {
            assert.match(denyReason("gcp", "gcp:bigquery/table:Table", "encryptionConfiguration.kmsKeyVersion") ?? "", /version/);
            assert.match(denyReason("azure-native", "azure-native:app:Job", "configuration.secrets[].keyVaultUrl") ?? "", /secret/);
            assert.equal(denyReason("aws", "aws:sagemaker/domain:Domain", "kmsKeyId"), undefined);
            const found = keyRefPathsOf("gcp", "gcp:x/y:Y", [str("kmsKeyVersionName", "Cloud KMS key version"), str("kmsKeyName")], new Map());
            assert.deepEqual(found.found, ["kmsKeyName"]);
            assert.equal(found.denied.length, 1);
        });
    });
});
