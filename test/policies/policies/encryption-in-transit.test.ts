import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { encryptionInTransit as policy } from "eu-sovereignty-policies/policies";
import { s3TlsRows, transitRows } from "eu-sovereignty-policies/lib";
import { awsProvider, azureProvider, checkResource, checkStack, gcpProvider, UNKNOWN, type TestResource } from "../../helpers/harness";

const violations = (r: TestResource) => checkResource(policy, r).violations;
const aws = awsProvider("eu-west-1");
const az = (type: string, props: Record<string, unknown>) => violations({ type: `azure-native:${type}`, name: "x", props, provider: azureProvider });

describe("encryption-in-transit", () => {
    describe("Azure storage", () => {
        it("passes TLS1_2 and HTTPS only (the default)", () => {
            assert.deepEqual(az("storage:StorageAccount", { minimumTlsVersion: "TLS1_2" }), []);
            assert.deepEqual(az("storage:StorageAccount", { minimumTlsVersion: "TLS1_3", enableHttpsTrafficOnly: true }), []);
        });
        it("flags TLS 1.0/1.1 naming the setting, the value, the rule and the fix", () => {
            const [m, ...rest] = az("storage:StorageAccount", { minimumTlsVersion: "TLS1_0" });
            assert.equal(rest.length, 0);
            assert.equal(m, 'azure-native:storage:StorageAccount "x": `minimumTlsVersion` is "TLS1_0", which allows TLS below 1.2. Rule encryption-in-transit: TLS 1.2 or newer, no plain HTTP. Fix: set `minimumTlsVersion: "TLS1_2"`. [EUT-AZ-001]');
        });
        it("flags a missing minimumTlsVersion (older API versions default to TLS 1.0)", () => {
            assert.match(az("storage:StorageAccount", {})[0], /`minimumTlsVersion` is not set/);
        });
        it("flags enableHttpsTrafficOnly false", () => {
            const ms = az("storage:StorageAccount", { minimumTlsVersion: "TLS1_2", enableHttpsTrafficOnly: false });
            assert.equal(ms.length, 1);
            assert.match(ms[0], /`enableHttpsTrafficOnly` is false: plain HTTP requests are accepted/);
        });
        it("never echoes an unrecognised value", () => {
            const [m] = az("storage:StorageAccount", { minimumTlsVersion: "hunter2-secret" });
            assert.match(m, /an unrecognised value \(14 characters, not echoed\)/);
            assert.doesNotMatch(m, /hunter2/);
        });
    });
    describe("Azure databases, App Service, Redis", () => {
        it("Azure SQL: minimalTlsVersion 1.2+ required", () => {
            assert.deepEqual(az("sql:Server", { minimalTlsVersion: "1.2" }), []);
            assert.equal(az("sql:Server", { minimalTlsVersion: "1.1" }).length, 1);
            assert.equal(az("sql:Server", { minimalTlsVersion: "None" }).length, 1);
            assert.equal(az("sql:Server", {}).length, 1);
            assert.equal(az("sql:ManagedInstance", { minimalTlsVersion: "1.0" }).length, 1);
        });
        it("PostgreSQL flexible server: require_secure_transport off and old ssl_min_protocol_version are flagged", () => {
            const [m] = az("dbforpostgresql:Configuration", { configurationName: "require_secure_transport", value: "off", source: "user-override" });
            assert.match(m, /`value` of server parameter require_secure_transport allows connections without TLS 1\.2/);
            assert.deepEqual(az("dbforpostgresql:Configuration", { configurationName: "require_secure_transport", value: "on" }), []);
            assert.equal(az("dbforpostgresql:Configuration", { configurationName: "ssl_min_protocol_version", value: "TLSv1.1" }).length, 1);
            assert.deepEqual(az("dbforpostgresql:Configuration", { configurationName: "ssl_min_protocol_version", value: "TLSv1.2" }), []);
            assert.deepEqual(az("dbforpostgresql:Configuration", { configurationName: "work_mem", value: "off" }), []);
        });
        it("MySQL flexible server: tls_version with TLSv1.1 is flagged", () => {
            assert.equal(az("dbformysql:Configuration", { configurationName: "tls_version", value: "TLSv1.1,TLSv1.2" }).length, 1);
            assert.deepEqual(az("dbformysql:Configuration", { configurationName: "tls_version", value: "TLSv1.2,TLSv1.3" }), []);
            assert.equal(az("dbformysql:Configuration", { configurationName: "require_secure_transport", value: "OFF" }).length, 1);
        });
        it("App Service: httpsOnly required, old minTlsVersion flagged", () => {
            assert.match(az("web:WebApp", {})[0], /`httpsOnly` is not set \(default false\)/);
            assert.deepEqual(az("web:WebApp", { httpsOnly: true, siteConfig: { minTlsVersion: "1.2" } }), []);
            assert.equal(az("web:WebAppSlot", { httpsOnly: true, siteConfig: { minTlsVersion: "1.0" } }).length, 1);
        });
        it("Redis: the non-TLS port and TLS below 1.2 are flagged", () => {
            assert.equal(az("redis:Redis", { enableNonSslPort: true }).length, 1);
            assert.equal(az("redis:Redis", { minimumTlsVersion: "1.1" }).length, 1);
            assert.deepEqual(az("redis:Redis", { minimumTlsVersion: "1.2", enableNonSslPort: false }), []);
        });
    });
    describe("AWS load balancer listeners", () => {
        const listener = (props: Record<string, unknown>, type = "aws:lb/listener:Listener") => violations({ type, props, provider: aws });
        it("flags HTTP listeners that serve content, passes those that only redirect to HTTPS", () => {
            const [m] = listener({ protocol: "HTTP", port: 80, defaultActions: [{ type: "forward", targetGroupArn: "arn" }] });
            assert.match(m, /`protocol` is "HTTP" and the listener does not only redirect to HTTPS/);
            assert.deepEqual(listener({ protocol: "HTTP", defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }] }), []);
            assert.deepEqual(listener({ defaultActions: [{ type: "forward" }] }), [], "no protocol: decided on the stack (Gateway Load Balancer listeners take none)");
            assert.equal(listener({ protocol: "HTTP", defaultActions: [{ type: "forward" }] }, "aws:alb/listener:Listener").length, 1);
        });
        describe("without a protocol (decided on the stack, issue 11)", () => {
            const lbUrn = "urn:pulumi:dev::test::aws:lb/loadBalancer:LoadBalancer::lb";
            const lb = (loadBalancerType: string): TestResource => ({ type: "aws:lb/loadBalancer:LoadBalancer", name: "lb", urn: lbUrn, props: { loadBalancerType, arn: "arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/x" }, provider: aws });
            const noProtocol = (props: Record<string, unknown>, deps: Record<string, string[]> = {}): TestResource => ({
                type: "aws:lb/listener:Listener", name: "l", props: { defaultActions: [{ type: "forward", targetGroupArn: "arn" }], ...props }, provider: aws, propertyDependencies: deps,
            });
            it("passes a Gateway Load Balancer listener, by property dependency or by ARN", () => {
                assert.deepEqual(checkStack(policy, [lb("gateway"), noProtocol({ loadBalancerArn: UNKNOWN }, { loadBalancerArn: [lbUrn] })]).violations, []);
                assert.deepEqual(checkStack(policy, [lb("gateway"), noProtocol({ loadBalancerArn: "arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/x" })]).violations, []);
            });
            it("flags a listener of an application load balancer: HTTP by default", () => {
                const [m, ...rest] = checkStack(policy, [lb("application"), noProtocol({}, { loadBalancerArn: [lbUrn] })]).violations;
                assert.equal(rest.length, 0);
                assert.match(m, /^aws:lb\/listener:Listener "l": `protocol` is not set \(default HTTP\) and the listener does not only redirect to HTTPS/);
                assert.ok(!m.includes("Gateway"));
            });
            it("flags a listener whose load balancer is not in the stack, saying how a Gateway listener passes", () => {
                const [m] = checkStack(policy, [noProtocol({ loadBalancerArn: "arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/elsewhere" })]).violations;
                assert.match(m, /if it is a Gateway Load Balancer listener \(which takes no protocol\), declare that load balancer in this stack/);
            });
            it("passes one that only redirects to HTTPS", () => {
                assert.deepEqual(checkStack(policy, [noProtocol({ defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS" } }] })]).violations, []);
            });
        });
        it("requires a TLS 1.2+ security policy on HTTPS and TLS listeners", () => {
            assert.deepEqual(listener({ protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" }), []);
            assert.deepEqual(listener({ protocol: "TLS", sslPolicy: "ELBSecurityPolicy-FS-1-2-Res-2020-10" }), []);
            assert.deepEqual(listener({ protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-TLS-1-2-Ext-2018-06" }), []);
            const [m] = listener({ protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-2016-08" });
            assert.match(m, /`sslPolicy` is "ELBSecurityPolicy-2016-08", which is not a TLS 1\.2\+ policy/);
            assert.equal(listener({ protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-TLS13-1-1-2021-06" }).length, 1);
            assert.match(listener({ protocol: "HTTPS" })[0], /`sslPolicy` is not set/);
        });
        it("leaves TCP/UDP listeners alone (TLS may end at the targets)", () => {
            assert.deepEqual(listener({ protocol: "TCP" }), []);
        });
    });
    describe("AWS databases and caches", () => {
        it("RDS parameter groups must force TLS where the engine's default does not", () => {
            const pg = (family: string, parameters?: unknown[]) => violations({ type: "aws:rds/parameterGroup:ParameterGroup", props: { family, ...(parameters ? { parameters } : {}) }, provider: aws });
            assert.match(pg("mysql8.0")[0], /do not set require_secure_transport/);
            assert.deepEqual(pg("mysql8.0", [{ name: "require_secure_transport", value: "1" }]), []);
            assert.deepEqual(pg("mariadb10.11", [{ name: "require_secure_transport", value: "ON" }]), []);
            assert.match(pg("postgres16", [{ name: "rds.force_ssl", value: "0" }])[0], /`parameters\[0\]\.value` does not force TLS/);
            assert.deepEqual(pg("postgres16"), [], "force_ssl defaults to 1 from PostgreSQL 15");
            assert.equal(pg("postgres14").length, 1);
            assert.equal(pg("sqlserver-ee-16.0").length, 1);
            assert.equal(violations({ type: "aws:rds/clusterParameterGroup:ClusterParameterGroup", props: { family: "aurora-mysql8.0" }, provider: aws }).length, 1);
        });
        it("RDS instances and clusters on the default parameter group are flagged where it allows plain connections", () => {
            assert.match(violations({ type: "aws:rds/instance:Instance", props: { engine: "mysql" }, provider: aws })[0], /`parameterGroupName` is not set/);
            assert.deepEqual(violations({ type: "aws:rds/instance:Instance", props: { engine: "mysql", parameterGroupName: "tls" }, provider: aws }), []);
            assert.deepEqual(violations({ type: "aws:rds/instance:Instance", props: { engine: "postgres", engineVersion: "16.3" }, provider: aws }), []);
            assert.equal(violations({ type: "aws:rds/instance:Instance", props: { engine: "postgres", engineVersion: "13.7" }, provider: aws }).length, 1);
            assert.equal(violations({ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql" }, provider: aws }).length, 1);
            assert.deepEqual(violations({ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql", dbClusterParameterGroupName: "tls" }, provider: aws }), []);
        });
        it("ElastiCache replication groups need transit encryption; MSK must not allow plaintext", () => {
            assert.equal(violations({ type: "aws:elasticache/replicationGroup:ReplicationGroup", props: {}, provider: aws }).length, 1);
            assert.deepEqual(violations({ type: "aws:elasticache/replicationGroup:ReplicationGroup", props: { transitEncryptionEnabled: true }, provider: aws }), []);
            assert.equal(violations({ type: "aws:msk/cluster:Cluster", props: { encryptionInfo: { encryptionInTransit: { clientBroker: "TLS_PLAINTEXT", inCluster: false } } }, provider: aws }).length, 2);
            assert.deepEqual(violations({ type: "aws:msk/cluster:Cluster", props: {}, provider: aws }), []);
        });
    });
    describe("GCP", () => {
        it("Cloud SQL must require encrypted connections", () => {
            const sql = (ipConfiguration?: object) => violations({ type: "gcp:sql/databaseInstance:DatabaseInstance", props: { settings: { tier: "db-f1-micro", ...(ipConfiguration ? { ipConfiguration } : {}) } }, provider: gcpProvider() });
            assert.match(sql()[0], /`settings\.ipConfiguration\.sslMode` is not set, and the default \(ALLOW_UNENCRYPTED_AND_ENCRYPTED\)/);
            assert.match(sql({ sslMode: "ALLOW_UNENCRYPTED_AND_ENCRYPTED" })[0], /is "ALLOW_UNENCRYPTED_AND_ENCRYPTED"/);
            assert.deepEqual(sql({ sslMode: "ENCRYPTED_ONLY" }), []);
            assert.deepEqual(sql({ sslMode: "TRUSTED_CLIENT_CERTIFICATE_REQUIRED" }), []);
        });
        it("SSL policies need minTlsVersion TLS_1_2 (the default is TLS_1_0)", () => {
            assert.equal(violations({ type: "gcp:compute/sSLPolicy:SSLPolicy", props: {}, provider: gcpProvider() }).length, 1);
            assert.equal(violations({ type: "gcp:compute/regionSslPolicy:RegionSslPolicy", props: { minTlsVersion: "TLS_1_1" }, provider: gcpProvider() }).length, 1);
            assert.deepEqual(violations({ type: "gcp:compute/sSLPolicy:SSLPolicy", props: { minTlsVersion: "TLS_1_2" }, provider: gcpProvider() }), []);
        });
        it("GCS is always TLS: nothing to flag", () => {
            assert.deepEqual(violations({ type: "gcp:storage/bucket:Bucket", props: { location: "EU" }, provider: gcpProvider() }), []);
        });
    });
    it("waits for a setting unknown at preview", () => {
        const o = checkResource(policy, { type: "azure-native:storage:StorageAccount", props: { minimumTlsVersion: UNKNOWN }, provider: azureProvider });
        assert.deepEqual(o.violations, []);
        assert.ok(o.unknown !== undefined);
    });

    describe("S3 buckets (stack)", () => {
        const bucket = (name: string, props: Record<string, unknown> = {}): TestResource => ({ type: "aws:s3/bucket:Bucket", name, props: { bucket: `${name}-123`, ...props }, provider: aws });
        const deny = (bucketName: string) => JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [`arn:aws:s3:::${bucketName}`, `arn:aws:s3:::${bucketName}/*`], Condition: { Bool: { "aws:SecureTransport": "false" } } }],
        });
        const stack = (rs: TestResource[]) => checkStack(policy, rs);
        it("flags a bucket with no TLS-only policy, on the bucket", () => {
            const o = stack([bucket("logs")]);
            assert.equal(o.violations.length, 1);
            assert.match(o.violations[0], /^aws:s3\/bucket:Bucket "logs": no bucket policy in this stack denies requests made without TLS/);
        });
        it("passes a bucket whose BucketPolicy (by bucket name) denies aws:SecureTransport false", () => {
            assert.deepEqual(stack([bucket("logs"), { type: "aws:s3/bucketPolicy:BucketPolicy", name: "p", props: { bucket: "logs-123", policy: deny("logs-123") } }]).violations, []);
        });
        it("accepts a policy given as an object, a single statement, or an inline bucket policy", () => {
            const doc = JSON.parse(deny("logs-123"));
            assert.deepEqual(stack([bucket("logs"), { type: "aws:s3/bucketPolicy:BucketPolicy", name: "p", props: { bucket: "logs-123", policy: { ...doc, Statement: doc.Statement[0] } } }]).violations, []);
            assert.deepEqual(stack([bucket("logs", { policy: deny("logs-123") })]).violations, []);
        });
        it("a policy that only allows, or denies something else, does not count", () => {
            const allowOnly = JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Condition: { Bool: { "aws:SecureTransport": "false" } } }] });
            const otherDeny = JSON.stringify({ Statement: [{ Effect: "Deny", Principal: "*", Action: "s3:*", Condition: { Bool: { "aws:SecureTransport": "true" } } }] });
            for (const policy of [allowOnly, otherDeny, "not json"]) {
                assert.equal(stack([bucket("logs"), { type: "aws:s3/bucketPolicy:BucketPolicy", name: "p", props: { bucket: "logs-123", policy } }]).violations.length, 1, policy);
            }
        });
        describe("a TLS-only statement must be whole (issue 11)", () => {
            const statement = (over: Record<string, unknown>) => JSON.stringify({ Statement: [{
                Effect: "Deny", Principal: "*", Action: "s3:*", Resource: ["arn:aws:s3:::logs-123", "arn:aws:s3:::logs-123/*"],
                Condition: { Bool: { "aws:SecureTransport": "false" } }, ...over,
            }] });
            const withPolicy = (policy: string) => stack([bucket("logs"), { type: "aws:s3/bucketPolicy:BucketPolicy", name: "p", props: { bucket: "logs-123", policy } }]).violations;
            it("accepts Principal {AWS: \"*\"}, Action \"*\", Resource \"*\" or wildcards that cover both ARNs", () => {
                for (const over of [{ Principal: { AWS: "*" } }, { Principal: { AWS: ["*"] } }, { Action: "*" }, { Action: ["s3:*"] }, { Resource: "*" }, { Resource: ["arn:aws:s3:::logs-*"] },
                    { Resource: ["arn:aws-eusc:s3:::logs-123", "arn:aws-eusc:s3:::logs-123/*"] }, { Resource: ["arn:aws:s3:::logs-12?", "arn:aws:s3:::logs-12?/*"] }]) {
                    assert.deepEqual(withPolicy(statement(over)), [], JSON.stringify(over));
                }
            });
            it("rejects a Deny limited to one principal, naming what is missing", () => {
                const [m] = withPolicy(statement({ Principal: { AWS: "arn:aws:iam::123456789012:root" } }));
                assert.match(m, /denies requests without TLS only in part: its `Principal` is not `"\*"`/);
                assert.ok(!m.includes("123456789012"), "prints nothing from the policy");
            });
            it("rejects a Deny limited to s3:GetObject", () => {
                assert.match(withPolicy(statement({ Action: "s3:GetObject" }))[0], /its `Action` is not `"s3:\*"`/);
            });
            it("rejects a Deny on the objects only, or on the bucket only", () => {
                assert.match(withPolicy(statement({ Resource: "arn:aws:s3:::logs-123/*" }))[0], /does not cover the bucket ARN/);
                assert.match(withPolicy(statement({ Resource: "arn:aws:s3:::logs-123" }))[0], /does not cover the bucket's objects/);
                assert.match(withPolicy(statement({ Resource: ["arn:aws:s3:::other", "arn:aws:s3:::other/*"] }))[0], /does not cover the bucket ARN/);
                assert.match(withPolicy(statement({ Resource: ["arn:aws:s3:::logs-12?"] }))[0], /does not cover the bucket's objects/);
                assert.match(withPolicy(statement({ Resource: ["arn:aws:s3:::logs-1?", "arn:aws:s3:::logs-1?/*"] }))[0], /does not cover the bucket ARN/);
            });
            it("rejects a Deny narrowed by another condition", () => {
                const narrowed = statement({ Condition: { Bool: { "aws:SecureTransport": "false" }, StringEquals: { "aws:SourceVpc": "vpc-1" } } });
                assert.match(withPolicy(narrowed)[0], /no bucket policy in this stack denies requests made without TLS/);
            });
        });
        it("a policy for another bucket does not cover this one", () => {
            const o = stack([bucket("logs"), bucket("data"), { type: "aws:s3/bucketPolicy:BucketPolicy", name: "p", props: { bucket: "data-123", policy: deny("data-123") } }]);
            assert.equal(o.violations.length, 1);
            assert.match(o.violations[0], /"logs"/);
        });
        it("resolves the bucket by property dependencies while its name is unknown at preview", () => {
            const b = { ...bucket("logs"), urn: "urn:pulumi:dev::test::aws:s3/bucket:Bucket::logs" };
            const o = stack([b, { type: "aws:s3/bucketPolicy:BucketPolicy", name: "p", props: { bucket: UNKNOWN, policy: deny("logs-123") }, propertyDependencies: { bucket: [b.urn] } }]);
            assert.deepEqual(o.violations, []);
            assert.equal(o.unknown, undefined);
        });
        it("defers to the SDK's preview handling when the policy document is unknown", () => {
            const o = stack([bucket("logs"), bucket("other"), { type: "aws:s3/bucketPolicy:BucketPolicy", name: "p", props: { bucket: "logs-123", policy: UNKNOWN } }]);
            assert.equal(o.violations.length, 1, "the other bucket is still reported");
            assert.match(o.unknown ?? "", / for the TLS-only policy of aws:s3\/bucket:Bucket "logs"; the other buckets were checked$/, "the notice names the bucket");
        });
    });
});

describe("transit rows", () => {
    it("have unique ids of the form EUT-<cloud>-NNN, and every finding cites its row's", () => {
        const ids = [...transitRows.values(), ...s3TlsRows.values()].map((r) => r.id);
        assert.equal(new Set(ids).size, ids.length);
        for (const id of ids) assert.match(id, /^EUT-(AZ|AWS|GCP)-\d{3}$/);
        assert.match(az("redis:Redis", { enableNonSslPort: true })[0], /\[EUT-AZ-006\]$/);
    });
    it("docs/policies/encryption-in-transit.md lists every row, and no other", () => {
        const doc = fs.readFileSync(path.resolve(__dirname, "../../../docs/policies/encryption-in-transit.md"), "utf8");
        const listed = [...doc.matchAll(/^\| (EUT-[A-Z]+-\d{3}) \| `([^`]+)` \| (.+) \|$/gm)].map((m) => [m[1], m[2], m[3]]);
        assert.deepEqual(listed, [...transitRows, ...s3TlsRows].map(([type, r]) => [r.id, type, r.service]));
    });
});
