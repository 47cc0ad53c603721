// SovereignDatabase: RDS for PostgreSQL in an allowed region, storage and the RDS-managed master
// password encrypted with a customer-managed key, never publicly reachable, automated backups kept
// in the instance's own region (no cross-region backup replication), deletion protection on.
import * as rds from "@pulumi/aws/rds";
import * as pulumi from "@pulumi/pulumi";
import { checkInteger, checkLocation, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { customerKey } from "./customer-key";
import type { SovereignKey } from "./key";
import { resolveAwsKey, type AwsKeyInput } from "./key-ref";
import { awsRegion } from "./region";
import { builtTo, awsToLevel3 } from "../level";

export interface SovereignDatabaseArgs extends LocationPolicyArgs {
    /** The instance's region. Default: the stack's `aws:region`. A plain string, checked at construction. */
    region?: string;
    /** The key for storage, snapshots and the master password secret (same region). Default: a new SovereignKey. */
    key?: AwsKeyInput;
    /** Private subnets for a new DB subnet group (at least two, in different zones). Or pass `dbSubnetGroupName`. */
    subnetIds?: pulumi.Input<pulumi.Input<string>[]>;
    /** An existing DB subnet group. Default: a new one from `subnetIds`, else the account's default group. */
    dbSubnetGroupName?: pulumi.Input<string>;
    vpcSecurityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
    /** Default `db.t4g.medium`. */
    instanceClass?: pulumi.Input<string>;
    /** PostgreSQL major or major.minor version. Default "16". */
    engineVersion?: string;
    /** GiB, 20 to 65536. Default 20. */
    allocatedStorage?: number;
    /** Upper limit for storage autoscaling in GiB. Default: no autoscaling. */
    maxAllocatedStorage?: number;
    /** Name of the initial database. */
    dbName?: pulumi.Input<string>;
    /** Master user name; its password is generated and kept by RDS in Secrets Manager. Default "postgres". */
    username?: pulumi.Input<string>;
    /** Days to keep automated backups, 1 to 35 (0, which turns backups off, is refused). Default 7. */
    backupRetentionDays?: number;
    /** A standby in a second zone of the same region. Default false. */
    multiAz?: boolean;
    /** A zone of the instance's region, e.g. `eu-central-1a`. */
    availabilityZone?: string;
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

interface DatabasePlan {
    region: string;
    keyArn?: pulumi.Input<string>;
    backupRetentionDays: number;
    allocatedStorage: number;
    engineVersion: string;
}

function plan(subject: Subject, args: SovereignDatabaseArgs): DatabasePlan {
    const region = awsRegion(subject, args.region, args);
    if (args.subnetIds !== undefined && args.dbSubnetGroupName !== undefined) {
        refuse(subject, "pass either subnetIds or dbSubnetGroupName, not both");
    }
    if (args.availabilityZone !== undefined) {
        const zone = args.availabilityZone;
        const zoneRegion = /^(.*-\d+)[a-z]$/.exec(zone.trim().toLowerCase())?.[1];
        if (zoneRegion === undefined) refuse(subject, `availabilityZone ${JSON.stringify(zone)} is not a zone name such as "${region}a"`);
        const canonical = checkLocation(subject, { cloud: "aws", arg: "availabilityZone (region)" }, zoneRegion, args);
        if (canonical !== region) refuse(subject, `availabilityZone "${zone}" is not in the instance's region "${region}"`);
    }
    const engineVersion = args.engineVersion ?? "16";
    if (!/^\d+(\.\d+)?$/.test(engineVersion)) {
        refuse(subject, `engineVersion ${JSON.stringify(engineVersion)} is not a PostgreSQL version; allowed: a major version such as "16" or a major.minor such as "16.4"`);
    }
    const allocatedStorage = checkInteger(subject, "allocatedStorage", args.allocatedStorage, 20, 65536, 20);
    if (args.maxAllocatedStorage !== undefined) {
        checkInteger(subject, "maxAllocatedStorage", args.maxAllocatedStorage, allocatedStorage, 65536, allocatedStorage);
    }
    return {
        region,
        keyArn: resolveAwsKey(subject, "key", args.key, region, args),
        backupRetentionDays: checkInteger(subject, "backupRetentionDays", args.backupRetentionDays, 1, 35, 7),
        allocatedStorage,
        engineVersion,
    };
}

export class SovereignDatabase extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:aws:SovereignDatabase";
    static readonly level = builtTo(2, awsToLevel3);

    public readonly region: string;
    public readonly instance: rds.Instance;
    public readonly identifier: pulumi.Output<string>;
    public readonly arn: pulumi.Output<string>;
    /** `host:port`. */
    public readonly endpoint: pulumi.Output<string>;
    public readonly address: pulumi.Output<string>;
    public readonly port: pulumi.Output<number>;
    /** The Secrets Manager secret holding the master password (encrypted with the same key). */
    public readonly masterUserSecretArn: pulumi.Output<string | undefined>;
    public readonly keyArn: pulumi.Output<string>;
    /** The key this component created, when none was passed in. */
    public readonly key?: SovereignKey;
    /** The DB subnet group this component created from `subnetIds`. */
    public readonly subnetGroup?: rds.SubnetGroup;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignDatabaseArgs = {}): void {
        plan({ component: "SovereignDatabase", name }, args);
    }

    constructor(name: string, args: SovereignDatabaseArgs = {}, opts?: pulumi.ComponentResourceOptions) {
        const checked = plan({ component: "SovereignDatabase", name }, args);
        super(SovereignDatabase.type, name, {}, opts);
        const region = checked.region;
        this.region = region;
        const child = { parent: this };

        const { keyArn, key } = customerKey(name, this, checked.keyArn, region, `Storage encryption of RDS instance ${name}`, args);
        this.key = key;

        if (args.subnetIds !== undefined) {
            this.subnetGroup = new rds.SubnetGroup(name, { region, subnetIds: args.subnetIds, tags: args.tags }, child);
        }

        this.instance = new rds.Instance(name, {
            region,
            engine: "postgres",
            engineVersion: checked.engineVersion,
            instanceClass: args.instanceClass ?? "db.t4g.medium",
            allocatedStorage: checked.allocatedStorage,
            maxAllocatedStorage: args.maxAllocatedStorage,
            storageType: "gp3",
            storageEncrypted: true,
            kmsKeyId: keyArn,
            dbName: args.dbName,
            username: args.username ?? "postgres",
            manageMasterUserPassword: true,
            masterUserSecretKmsKeyId: keyArn,
            iamDatabaseAuthenticationEnabled: true,
            dbSubnetGroupName: this.subnetGroup?.name ?? args.dbSubnetGroupName,
            vpcSecurityGroupIds: args.vpcSecurityGroupIds,
            publiclyAccessible: false,
            multiAz: args.multiAz ?? false,
            availabilityZone: args.availabilityZone,
            // Backups stay in the instance's region; this component never adds cross-region replication.
            backupTarget: "region",
            backupRetentionPeriod: checked.backupRetentionDays,
            copyTagsToSnapshot: true,
            deleteAutomatedBackups: false,
            deletionProtection: true,
            skipFinalSnapshot: false,
            finalSnapshotIdentifier: `${name}-final`.replace(/[^a-zA-Z0-9-]/g, "-").slice(0, 255),
            autoMinorVersionUpgrade: true,
            tags: args.tags,
        }, child);

        this.identifier = this.instance.identifier;
        this.arn = this.instance.arn;
        this.endpoint = this.instance.endpoint;
        this.address = this.instance.address;
        this.port = this.instance.port;
        this.masterUserSecretArn = this.instance.masterUserSecrets.apply((s) => s?.[0]?.secretArn);
        this.keyArn = keyArn;
        this.registerOutputs({
            region,
            identifier: this.identifier,
            arn: this.arn,
            endpoint: this.endpoint,
            address: this.address,
            port: this.port,
            masterUserSecretArn: this.masterUserSecretArn,
            keyArn: this.keyArn,
        });
    }
}
