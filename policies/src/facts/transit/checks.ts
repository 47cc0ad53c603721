// Transit rows (encryption-in-transit), per resource type: the settings that let clients connect without TLS or
// with TLS older than 1.2. Each row has a stable id (EUT-…) that its findings cite. Only settings the resource has are checked; where the provider's default
// has been insecure, the secure value must be set explicitly (defaults change silently, config is
// reviewed). GCS needs no row: its APIs accept HTTPS only.
import { collect, own } from "../read";

export interface TransitFinding {
    /** Property path, e.g. "minimumTlsVersion". */
    setting: string;
    /** What is wrong, after the setting's name, e.g. `is "TLS1_0", below TLS 1.2`. */
    problem: string;
    fix: string;
}

type Check = (props: unknown) => TransitFinding[];

/** How a value may appear in a message: catalogue values as they are, anything else by shape only. */
function show(value: unknown, known: ReadonlySet<string>): string {
    if (typeof value === "string") return known.has(value) ? `"${value}"` : `an unrecognised value (${value.length} characters, not echoed)`;
    if (typeof value === "boolean") return String(value);
    return `not a string but ${Array.isArray(value) ? "an array" : typeof value}`;
}

/** A setting with an enumerated TLS version: flags absent (when the default was weak) and weak values. */
function minimumVersion(props: unknown, setting: string, good: readonly string[], weak: readonly string[], absentIsWeak: boolean, advice: string): TransitFinding[] {
    const found = collect(props, setting);
    const known = new Set([...good, ...weak]);
    if (found.length === 0) {
        return absentIsWeak ? [{ setting, problem: "is not set, and its default has allowed TLS below 1.2", fix: advice }] : [];
    }
    return found.filter((f) => typeof f.value !== "string" || !good.includes(f.value))
        .map((f) => ({ setting: f.path, problem: `is ${show(f.value, known)}, which allows TLS below 1.2`, fix: advice }));
}

function mustBeTrue(props: unknown, setting: string, absentIsWeak: boolean, problem: string, fix: string): TransitFinding[] {
    const v = own(props, setting);
    if (v === true) return [];
    if (v === undefined && !absentIsWeak) return [];
    return [{ setting, problem: v === undefined ? `is not set (default false): ${problem}` : `is ${show(v, new Set())}: ${problem}`, fix }];
}

function mustNotBeTrue(props: unknown, setting: string, problem: string, fix: string): TransitFinding[] {
    return own(props, setting) === true ? [{ setting, problem: `is true: ${problem}`, fix }] : [];
}

const lower = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : undefined);

// --- Azure -----------------------------------------------------------------------------------

const storageAccount: Check = (p) => [
    ...minimumVersion(p, "minimumTlsVersion", ["TLS1_2", "TLS1_3"], ["TLS1_0", "TLS1_1"], true, 'set `minimumTlsVersion: "TLS1_2"`'),
    // Default true since API version 2019-04-01: only an explicit false is flagged.
    ...(own(p, "enableHttpsTrafficOnly") === false
        ? [{ setting: "enableHttpsTrafficOnly", problem: "is false: plain HTTP requests are accepted", fix: "set `enableHttpsTrafficOnly: true`" }]
        : []),
];

const sqlServer: Check = (p) =>
    minimumVersion(p, "minimalTlsVersion", ["1.2", "1.3"], ["1.0", "1.1", "None"], true, 'set `minimalTlsVersion: "1.2"`');

const webApp: Check = (p) => [
    ...mustBeTrue(p, "httpsOnly", true, "the app answers plain HTTP", "set `httpsOnly: true`"),
    ...minimumVersion(p, "siteConfig.minTlsVersion", ["1.2", "1.3"], ["1.0", "1.1"], false, 'set `siteConfig.minTlsVersion: "1.2"`'),
];

const redis: Check = (p) => [
    ...mustNotBeTrue(p, "enableNonSslPort", "the unencrypted port 6379 is open", "set `enableNonSslPort: false`"),
    ...minimumVersion(p, "minimumTlsVersion", ["1.2"], ["1.0", "1.1"], false, 'set `minimumTlsVersion: "1.2"`'),
];

/** Server parameters of Azure Database for PostgreSQL/MySQL flexible server, one resource per parameter. */
function serverParameter(rules: Readonly<Record<string, (value: string) => boolean>>, advice: Readonly<Record<string, string>>): Check {
    return (p) => {
        const param = lower(own(p, "configurationName"));
        const value = lower(own(p, "value"));
        if (param === undefined || value === undefined) return [];
        const weak = rules[param];
        if (weak === undefined || !weak(value)) return [];
        return [{ setting: "value", problem: `of server parameter ${param} allows connections without TLS 1.2`, fix: advice[param] }];
    };
}

const off = (v: string) => v === "off" || v === "0" || v === "false";
const oldTls = (v: string) => v.split(",").map((s) => s.trim()).some((s) => s === "tlsv1" || s === "tlsv1.0" || s === "tlsv1.1");

const postgresFlexibleParameter = serverParameter(
    { require_secure_transport: off, ssl_min_protocol_version: oldTls },
    { require_secure_transport: 'set `value: "on"` (the server default)', ssl_min_protocol_version: 'set `value: "TLSv1.2"`' },
);

const mysqlFlexibleParameter = serverParameter(
    { require_secure_transport: off, tls_version: oldTls },
    { require_secure_transport: 'set `value: "ON"` (the server default)', tls_version: 'set `value: "TLSv1.2,TLSv1.3"`' },
);

// --- AWS -------------------------------------------------------------------------------------

// ELB security policy names encode the lowest TLS version they accept: TLS13-1-2, TLS-1-2 and
// FS-1-2 policies accept 1.2 or newer. https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
const tls12Policy = /^ELBSecurityPolicy-(TLS13-1-[23]|TLS-1-2|FS-1-2)-[A-Za-z0-9-]+$/;
const policyName = /^ELBSecurityPolicy-[A-Za-z0-9-]{1,60}$/;
const recommendedPolicy = "ELBSecurityPolicy-TLS13-1-2-2021-06";

export function redirectsToHttps(p: unknown): boolean {
    const actions = collect(p, "defaultActions[]");
    return actions.length > 0 && actions.every((a) =>
        lower(own(a.value, "type")) === "redirect" && lower(own(own(a.value, "redirect"), "protocol")) === "https");
}

export const httpListenerFix = 'use `protocol: "HTTPS"` with a certificate, or make every default action a redirect with `redirect.protocol: "HTTPS"`';

const listener: Check = (p) => {
    const raw = own(p, "protocol");
    // Without a protocol an ALB listener is HTTP (the provider's default), but a Gateway Load
    // Balancer listener takes none: which one it is is decided on the stack (facts/stack/listener-balancer.ts).
    if (raw === undefined) return [];
    const protocol = lower(raw);
    if (protocol === "http") {
        if (redirectsToHttps(p)) return [];
        return [{ setting: "protocol", problem: 'is "HTTP" and the listener does not only redirect to HTTPS', fix: httpListenerFix }];
    }
    if (protocol !== "https" && protocol !== "tls") return [];
    const ssl = own(p, "sslPolicy");
    if (ssl === undefined) {
        return [{ setting: "sslPolicy", problem: "is not set, and the API's default (ELBSecurityPolicy-2016-08) accepts TLS 1.0", fix: `set \`sslPolicy: "${recommendedPolicy}"\`` }];
    }
    if (typeof ssl === "string" && tls12Policy.test(ssl)) return [];
    const shown = typeof ssl === "string" && policyName.test(ssl) ? `"${ssl}"` : show(ssl, new Set());
    return [{ setting: "sslPolicy", problem: `is ${shown}, which is not a TLS 1.2+ policy`, fix: `set \`sslPolicy: "${recommendedPolicy}"\` (or another TLS13-1-2, TLS-1-2 or FS-1-2 policy)` }];
};

/** Which parameter forces TLS for an RDS engine family, and whether the family's default already does. */
function rdsTlsParameter(family: string): { name: string; defaultForces: boolean | "unknown" } | undefined {
    const pg = /^postgres(\d+)/.exec(family);
    if (pg) return { name: "rds.force_ssl", defaultForces: Number(pg[1]) >= 15 };
    if (family.startsWith("aurora-postgresql")) return { name: "rds.force_ssl", defaultForces: "unknown" };
    if (family.startsWith("sqlserver")) return { name: "rds.force_ssl", defaultForces: false };
    if (/^(mysql|mariadb|aurora-mysql|aurora\d)/.test(family)) return { name: "require_secure_transport", defaultForces: false };
    return undefined;
}

const secureValue = (v: string | undefined) => v === "1" || v === "on" || v === "true";

const rdsParameterGroup: Check = (p) => {
    const family = lower(own(p, "family"));
    const rule = family === undefined ? undefined : rdsTlsParameter(family);
    if (rule === undefined) return [];
    const set = collect(p, "parameters[]").find((f) => lower(own(f.value, "name")) === rule.name);
    const fix = `add \`{ name: "${rule.name}", value: "1" }\` to \`parameters\``;
    if (set === undefined) {
        return rule.defaultForces === false
            ? [{ setting: "parameters", problem: `do not set ${rule.name}, whose default for this engine family lets clients connect without TLS`, fix }]
            : [];
    }
    if (secureValue(lower(own(set.value, "value")))) return [];
    return [{ setting: `${set.path}.value`, problem: `does not force TLS (${rule.name} must be 1)`, fix }];
};

/** Engines whose default parameter group lets clients connect without TLS. */
function defaultGroupIsPlain(engine: string, version: string | undefined): boolean {
    if (engine === "mysql" || engine === "mariadb" || engine.startsWith("sqlserver-") || engine === "aurora-mysql" || engine === "aurora") return true;
    if (engine === "postgres" && version !== undefined) {
        const major = /^(\d+)/.exec(version);
        return major !== null && Number(major[1]) < 15;
    }
    return false;
}

function rdsDefaultGroup(groupSetting: string): Check {
    return (p) => {
        if (own(p, groupSetting) !== undefined) return [];
        const engine = lower(own(p, "engine"));
        if (engine === undefined || !defaultGroupIsPlain(engine, lower(own(p, "engineVersion")))) return [];
        return [{
            setting: groupSetting,
            problem: "is not set, so the engine's default parameter group applies, which lets clients connect without TLS",
            fix: `create a parameter group that sets ${engine.startsWith("sqlserver") || engine === "postgres" ? "rds.force_ssl to 1" : "require_secure_transport to 1"} and set \`${groupSetting}\``,
        }];
    };
}

const elasticacheReplicationGroup: Check = (p) =>
    mustBeTrue(p, "transitEncryptionEnabled", true, "clients connect without TLS", "set `transitEncryptionEnabled: true`");

const mskCluster: Check = (p) => {
    const out: TransitFinding[] = [];
    const transit = own(own(p, "encryptionInfo"), "encryptionInTransit");
    const clientBroker = own(transit, "clientBroker");
    if (clientBroker !== undefined && clientBroker !== "TLS") {
        out.push({ setting: "encryptionInfo.encryptionInTransit.clientBroker", problem: `is ${show(clientBroker, new Set(["TLS_PLAINTEXT", "PLAINTEXT"]))}: clients may connect without TLS`, fix: 'set `clientBroker: "TLS"` (the default)' });
    }
    if (own(transit, "inCluster") === false) {
        out.push({ setting: "encryptionInfo.encryptionInTransit.inCluster", problem: "is false: brokers talk to each other without TLS", fix: "set `inCluster: true` (the default)" });
    }
    return out;
};

// --- GCP -------------------------------------------------------------------------------------

const cloudSql: Check = (p) => {
    const found = collect(p, "settings.ipConfiguration.sslMode");
    const good = ["ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"];
    const fix = 'set `settings.ipConfiguration.sslMode: "ENCRYPTED_ONLY"`';
    if (found.length === 0) {
        return [{ setting: "settings.ipConfiguration.sslMode", problem: "is not set, and the default (ALLOW_UNENCRYPTED_AND_ENCRYPTED) accepts connections without TLS", fix }];
    }
    return found.filter((f) => typeof f.value !== "string" || !good.includes(f.value))
        .map((f) => ({ setting: f.path, problem: `is ${show(f.value, new Set(["ALLOW_UNENCRYPTED_AND_ENCRYPTED"]))}, which accepts connections without TLS`, fix }));
};

const sslPolicy: Check = (p) =>
    minimumVersion(p, "minTlsVersion", ["TLS_1_2", "TLS_1_3"], ["TLS_1_0", "TLS_1_1"], true, 'set `minTlsVersion: "TLS_1_2"`');

export interface TransitRow {
    /** Stable row id, cited by its findings ("[EUT-AZ-001]"), never renumbered or reused. */
    readonly id: string;
    /** What it checks, for docs. */
    readonly service: string;
    readonly check: Check;
}

const row = (id: string, service: string, check: Check): TransitRow => ({ id, service, check });

export const transitRows: ReadonlyMap<string, TransitRow> = new Map<string, TransitRow>([
    ["azure-native:storage:StorageAccount", row("EUT-AZ-001", "Storage account minimum TLS and HTTPS-only", storageAccount)],
    ["azure-native:sql:Server", row("EUT-AZ-002", "SQL server minimal TLS version", sqlServer)],
    ["azure-native:sql:ManagedInstance", row("EUT-AZ-003", "SQL managed instance minimal TLS version", sqlServer)],
    ["azure-native:web:WebApp", row("EUT-AZ-004", "App Service HTTPS-only and minimum TLS", webApp)],
    ["azure-native:web:WebAppSlot", row("EUT-AZ-005", "App Service slot HTTPS-only and minimum TLS", webApp)],
    ["azure-native:redis:Redis", row("EUT-AZ-006", "Azure Cache for Redis non-TLS port and minimum TLS", redis)],
    ["azure-native:dbforpostgresql:Configuration", row("EUT-AZ-007", "PostgreSQL flexible server TLS parameters", postgresFlexibleParameter)],
    ["azure-native:dbformysql:Configuration", row("EUT-AZ-008", "MySQL flexible server TLS parameters", mysqlFlexibleParameter)],
    ["aws:lb/listener:Listener", row("EUT-AWS-001", "Load balancer listener protocol and TLS policy", listener)],
    ["aws:alb/listener:Listener", row("EUT-AWS-002", "Load balancer listener protocol and TLS policy (alb module)", listener)],
    ["aws:rds/parameterGroup:ParameterGroup", row("EUT-AWS-003", "RDS parameter group forcing TLS", rdsParameterGroup)],
    ["aws:rds/clusterParameterGroup:ClusterParameterGroup", row("EUT-AWS-004", "RDS cluster parameter group forcing TLS", rdsParameterGroup)],
    ["aws:rds/instance:Instance", row("EUT-AWS-005", "RDS instance on a default parameter group without TLS", rdsDefaultGroup("parameterGroupName"))],
    ["aws:rds/cluster:Cluster", row("EUT-AWS-006", "RDS cluster on a default parameter group without TLS", rdsDefaultGroup("dbClusterParameterGroupName"))],
    ["aws:elasticache/replicationGroup:ReplicationGroup", row("EUT-AWS-007", "ElastiCache replication group transit encryption", elasticacheReplicationGroup)],
    ["aws:msk/cluster:Cluster", row("EUT-AWS-008", "MSK client-broker and in-cluster TLS", mskCluster)],
    ["gcp:sql/databaseInstance:DatabaseInstance", row("EUT-GCP-001", "Cloud SQL SSL mode", cloudSql)],
    ["gcp:compute/sSLPolicy:SSLPolicy", row("EUT-GCP-002", "SSL policy minimum TLS version", sslPolicy)],
    ["gcp:compute/regionSslPolicy:RegionSslPolicy", row("EUT-GCP-003", "Regional SSL policy minimum TLS version", sslPolicy)],
]);
