// encryption-in-transit: TLS 1.2 or newer, and HTTPS only, wherever a resource has the setting
// (per-type rows in facts/transit/checks.ts, each cited by its id); S3 buckets need a bucket policy denying plain HTTP, which
// is decided across the stack (s3-secure-transport.ts), and so is a listener without a protocol
// (listener-protocol.ts: none is valid on a Gateway Load Balancer).
import type { PolicyComplianceFramework, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { forEachKnown, guardResource, guardStack } from "./guard";
import { subject } from "./message";
import { docUrl } from "./metadata";
import { listenerProtocolFindings } from "./listener-protocol";
import { checkS3SecureTransport } from "./s3-secure-transport";
import { cite } from "../data/row-ids";
import { transitRows } from "../facts/transit/checks";

const name = "encryption-in-transit";

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
            report(`${subject(args)}: \`${f.setting}\` ${f.problem}. Rule ${name}: TLS 1.2 or newer, no plain HTTP. Fix: ${f.fix}.${cite(row.id)}`);
        }
    }),
    validateStack: guardStack(name, (args, report) => {
        // Each part reports what it can; a value unknown at preview in one does not hide the other.
        const parts = [
            () => checkS3SecureTransport(args.resources, (f) => report(f.message, f.urn)),
            () => { for (const f of listenerProtocolFindings(name, args.resources)) report(f.message, f.urn); },
        ];
        forEachKnown(parts, (part) => part());
    }),
};
