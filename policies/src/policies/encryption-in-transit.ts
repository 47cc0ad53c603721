// encryption-in-transit: TLS 1.2 or newer, and HTTPS only, wherever a resource has the setting
// (per-type rows in facts/transit/checks.ts, each cited by its id); S3 buckets need a bucket policy denying
// plain HTTP, and a listener without a protocol is plain HTTP unless it is on a Gateway Load Balancer:
// both are decided across the stack (facts/stack/s3-tls-policy.ts, facts/stack/listener-balancer.ts).
import type { PolicyComplianceFramework, PolicyResource, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { forEachKnown, guardResource, guardStack } from "./guard";
import { subject } from "./message";
import { docUrl } from "./metadata";
import { cite } from "../data/row-ids";
import { plainListeners } from "../facts/stack/listener-balancer";
import { s3TlsOnlyFix, s3TlsVerdicts } from "../facts/stack/s3-tls-policy";
import { httpListenerFix, transitRows } from "../facts/transit/checks";

const name = "encryption-in-transit";

const noPlainHttp = "TLS 1.2 or newer, no plain HTTP";

/**
 * The SDK reports an unknown as "can't run policy … during preview: <message>" without the resource;
 * the message is extended to name it (a fresh error per read, so nothing else sees the change).
 */
function naming(e: unknown, what: string): unknown {
    if (e instanceof Error) e.message = `${e.message} for ${what}; the other buckets were checked`;
    return e;
}

/**
 * Reports every bucket without a TLS-only policy. Buckets whose policy is unknown at preview are
 * skipped, and the first unknown is re-thrown after reporting so the SDK marks the run incomplete.
 */
function reportPlainHttpBuckets(resources: readonly PolicyResource[], report: (message: string, urn: string) => void): void {
    const { plainHttp, deferred } = s3TlsVerdicts(resources);
    for (const { bucket, row, gaps } of plainHttp) {
        const why = gaps === undefined
            ? "no bucket policy in this stack denies requests made without TLS (a Deny statement with the condition `\"Bool\": { \"aws:SecureTransport\": \"false\" }`), so the bucket accepts plain HTTP"
            : `its bucket policy denies requests without TLS only in part: ${gaps.join("; ")}`;
        report(`${subject(bucket)}: ${why}. Rule ${name}. Fix: ${s3TlsOnlyFix}.${cite(row)}`, bucket.urn);
    }
    if (deferred !== undefined) throw naming(deferred.unknown, `the TLS-only policy of ${subject(deferred.bucket)}`);
}

function reportPlainListeners(resources: readonly PolicyResource[], report: (message: string, urn: string) => void): void {
    for (const { listener, row, balancerFound } of plainListeners(resources)) {
        const gatewayHint = balancerFound
            ? ""
            : "; if it is a Gateway Load Balancer listener (which takes no protocol), declare that load balancer in this stack and pass `loadBalancerArn: lb.arn`";
        report(`${subject(listener)}: \`protocol\` is not set (default HTTP) and the listener does not only redirect to HTTPS. Rule ${name}: ${noPlainHttp}. Fix: ${httpListenerFix}${gatewayHint}.${cite(row)}`, listener.urn);
    }
}

const gdprSecurity: PolicyComplianceFramework = {
    name: "GDPR",
    version: "2016/679",
    reference: "Article 32(1)(a) (security of processing: encryption of personal data); NIS2 Directive (EU) 2022/2555, Article 21(2)(h) (cryptography and encryption)",
    specification: "Data in transit is encrypted with current protocols: TLS 1.2 or newer, no plain HTTP.",
};

export const encryptionInTransit: ResourceValidationPolicy & StackValidationPolicy = {
    name,
    description: "Endpoints accept only TLS 1.2 or newer and never plain HTTP, wherever the resource has such a setting.",
    enforcementLevel: "advisory",
    severity: "high",
    framework: gdprSecurity,
    tags: ["encryption", "tls", "gdpr", "nis2"],
    url: docUrl(name),
    remediationSteps: "Set the minimum TLS version to 1.2 (Azure storage `minimumTlsVersion: \"TLS1_2\"`, Azure SQL `minimalTlsVersion: \"1.2\"`, GCP SSL policies `minTlsVersion: \"TLS_1_2\"`), require encrypted connections (Cloud SQL `settings.ipConfiguration.sslMode: \"ENCRYPTED_ONLY\"`, RDS parameter `rds.force_ssl`/`require_secure_transport` = 1, ElastiCache `transitEncryptionEnabled`), serve HTTPS only (load balancer listeners on HTTPS with a TLS 1.2+ `sslPolicy`, or redirecting HTTP to HTTPS; App Service `httpsOnly`), and give every S3 bucket a policy denying `aws:SecureTransport` false.",
    validateResource: guardResource(name, (args, report) => {
        const row = transitRows.get(args.type);
        if (row === undefined) return;
        for (const f of row.check(args.props)) {
            report(`${subject(args)}: \`${f.setting}\` ${f.problem}. Rule ${name}: ${noPlainHttp}. Fix: ${f.fix}.${cite(row.id)}`);
        }
    }),
    validateStack: guardStack(name, (args, report) => {
        // Each part reports what it can; a value unknown at preview in one does not hide the other.
        const parts = [
            () => reportPlainHttpBuckets(args.resources, report),
            () => reportPlainListeners(args.resources, report),
        ];
        forEachKnown(parts, (part) => part());
    }),
};
