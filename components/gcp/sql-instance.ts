// SovereignSqlInstance: Cloud SQL for PostgreSQL in an allowed region, encrypted with a
// customer-managed key (CMEK) in the same region, reachable only on a private network (no public
// IP), TLS required, backups and point-in-time recovery kept in the instance's region.
import * as kms from "@pulumi/gcp/kms";
import * as projects from "@pulumi/gcp/projects";
import * as sql from "@pulumi/gcp/sql";
import * as pulumi from "@pulumi/pulumi";
import { checkInteger, checkOneOf, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import type { SovereignCryptoKey } from "./crypto-key";
import { customerKey } from "./customer-key";
import type { SovereignKeyRing } from "./key-ring";
import { resolveGcpKey, type GcpKeyInput, type ResolvedGcpKey } from "./key-ref";
import { gcpLocation, regionOnly } from "./location";
import { builtTo, gcpToLevel3 } from "../level";

export interface SovereignSqlInstanceArgs extends LocationPolicyArgs {
    /** Default: the stack's `gcp:region`. A plain string, checked at construction. */
    region?: string;
    /** The VPC network (self link or id) with private services access configured. */
    privateNetwork: pulumi.Input<string>;
    /** A reserved range of the private services access connection. Default: any. */
    allocatedIpRange?: pulumi.Input<string>;
    /** The key, in the instance's region: a SovereignCryptoKey, a key id or `{ id, location }`. Default: a new HSM key. */
    key?: GcpKeyInput;
    /** Default: derived from the resource name. */
    name?: string;
    /** Default: the provider's project. */
    project?: pulumi.Input<string>;
    /** `POSTGRES_<major>`. Default "POSTGRES_16". */
    databaseVersion?: string;
    /** Machine tier. Default "db-custom-2-7680". */
    tier?: pulumi.Input<string>;
    /** Default "ENTERPRISE" (custom tiers need it). */
    edition?: "ENTERPRISE" | "ENTERPRISE_PLUS";
    /** A standby in another zone of the same region. Default false. */
    highAvailability?: boolean;
    /** GB. Default 20. */
    diskSizeGb?: number;
    /** Backups to keep, 1 to 365. Default 7. */
    retainedBackups?: number;
    /** Grant the project's Cloud SQL service agent use of the key. Default true. */
    grantServiceAgent?: boolean;
    labels?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

interface SqlPlan {
    region: string;
    key?: ResolvedGcpKey;
    databaseVersion: string;
    edition: "ENTERPRISE" | "ENTERPRISE_PLUS";
    diskSizeGb: number;
    retainedBackups: number;
}

function plan(subject: Subject, args: SovereignSqlInstanceArgs): SqlPlan {
    const region = gcpLocation(subject, regionOnly("region"), args.region, args);
    if (args.privateNetwork === undefined) {
        refuse(subject, "privateNetwork is required: the instance gets no public IP, only a private one on this VPC");
    }
    const databaseVersion = args.databaseVersion ?? "POSTGRES_16";
    if (!/^POSTGRES_\d+$/.test(databaseVersion)) {
        refuse(subject, `databaseVersion ${JSON.stringify(databaseVersion)} is not a PostgreSQL version; allowed: POSTGRES_<major>, e.g. "POSTGRES_16"`);
    }
    if (args.name !== undefined && !/^[a-z][a-z0-9-]{0,96}[a-z0-9]$/.test(args.name)) {
        refuse(subject, `name ${JSON.stringify(args.name)} is not a valid instance name; allowed: lower-case letters, digits and hyphens, starting with a letter`);
    }
    let key: ResolvedGcpKey | undefined;
    if (args.key !== undefined) {
        key = resolveGcpKey(subject, "key", args.key, args);
        if (key.location !== region) refuse(subject, `key is in "${key.location}", but Cloud SQL needs its key in the instance's region "${region}"`);
    }
    return {
        region,
        key,
        databaseVersion,
        edition: checkOneOf(subject, "edition", args.edition, ["ENTERPRISE", "ENTERPRISE_PLUS"] as const, "ENTERPRISE"),
        diskSizeGb: checkInteger(subject, "diskSizeGb", args.diskSizeGb, 10, 65536, 20),
        retainedBackups: checkInteger(subject, "retainedBackups", args.retainedBackups, 1, 365, 7),
    };
}

export class SovereignSqlInstance extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:gcp:SovereignSqlInstance";
    static readonly level = builtTo(2, gcpToLevel3);

    public readonly region: string;
    public readonly instance: sql.DatabaseInstance;
    public readonly instanceName: pulumi.Output<string>;
    /** `project:region:instance`, for the Cloud SQL connectors. */
    public readonly connectionName: pulumi.Output<string>;
    public readonly privateIpAddress: pulumi.Output<string>;
    public readonly keyId: pulumi.Output<string>;
    /** The key ring and key this component created, when no key was passed in. */
    public readonly keyRing?: SovereignKeyRing;
    public readonly key?: SovereignCryptoKey;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignSqlInstanceArgs): void {
        plan({ component: "SovereignSqlInstance", name }, args);
    }

    constructor(name: string, args: SovereignSqlInstanceArgs, opts?: pulumi.ComponentResourceOptions) {
        const checked = plan({ component: "SovereignSqlInstance", name }, args);
        super(SovereignSqlInstance.type, name, {}, opts);
        this.region = checked.region;
        const child = { parent: this };

        const { keyId, keyRing, key } = customerKey(name, this, checked.key, checked.region, args);
        this.keyRing = keyRing;
        this.key = key;

        const dependsOn: pulumi.Resource[] = [];
        if (args.grantServiceAgent ?? true) {
            const agent = new projects.ServiceIdentity(`${name}-sql-agent`, { service: "sqladmin.googleapis.com", project: args.project }, child);
            dependsOn.push(new kms.CryptoKeyIAMMember(`${name}-sql-agent`, {
                cryptoKeyId: keyId,
                role: "roles/cloudkms.cryptoKeyEncrypterDecrypter",
                member: pulumi.interpolate`serviceAccount:${agent.email}`,
            }, child));
        }

        this.instance = new sql.DatabaseInstance(name, {
            name: args.name,
            project: args.project,
            region: checked.region,
            databaseVersion: checked.databaseVersion,
            encryptionKeyName: keyId,
            deletionProtection: true,
            settings: {
                tier: args.tier ?? "db-custom-2-7680",
                edition: checked.edition,
                availabilityType: args.highAvailability ? "REGIONAL" : "ZONAL",
                diskSize: checked.diskSizeGb,
                diskAutoresize: true,
                deletionProtectionEnabled: true,
                ipConfiguration: {
                    ipv4Enabled: false,
                    privateNetwork: args.privateNetwork,
                    allocatedIpRange: args.allocatedIpRange,
                    sslMode: "ENCRYPTED_ONLY",
                },
                backupConfiguration: {
                    enabled: true,
                    pointInTimeRecoveryEnabled: true,
                    // Backups default to the nearest multi-region; pin them to the instance's region.
                    location: checked.region,
                    backupRetentionSettings: { retainedBackups: checked.retainedBackups },
                },
                userLabels: args.labels,
            },
        }, { parent: this, dependsOn });

        this.instanceName = this.instance.name;
        this.connectionName = this.instance.connectionName;
        this.privateIpAddress = this.instance.privateIpAddress;
        this.keyId = pulumi.output(keyId);
        this.registerOutputs({
            region: this.region,
            instanceName: this.instanceName,
            connectionName: this.connectionName,
            privateIpAddress: this.privateIpAddress,
            keyId: this.keyId,
        });
    }
}
