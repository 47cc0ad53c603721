// Shared metadata: where each policy's documentation lives and the legal anchors policies cite.
import type { PolicyComplianceFramework } from "@pulumi/policy";

const repository = "https://github.com/eu-sovereignty/eu-sovereignty";

/** The page documenting a policy: docs/policies/<name>.md (test/policies/policies/metadata.test.ts checks it exists). */
export function docUrl(policy: string): string {
    return `${repository}/blob/main/docs/policies/${policy}.md`;
}

export const gdprTransfers: PolicyComplianceFramework = {
    name: "GDPR",
    version: "2016/679",
    reference: "Chapter V, Articles 44-50 (transfers to third countries); Article 48 (foreign orders)",
    specification: "Personal data stays in the EU/EEA unless a transfer mechanism applies; foreign court orders are not a legal basis for transfer.",
};

export const cloudAct: PolicyComplianceFramework = {
    name: "US CLOUD Act",
    version: "18 U.S.C. 2713",
    reference: "Provider disclosure of data in its possession, custody, or control, wherever located",
    specification: "Keys held by a provider subject to US law expose the data they protect; keys held by the customer outside the provider do not.",
};

export const dataAct: PolicyComplianceFramework = {
    name: "EU Data Act",
    version: "Regulation (EU) 2023/2854",
    reference: "Chapter VI, Articles 23-31 (switching); Article 30 (export in a structured, commonly used and machine-readable format)",
    specification: "Customers can switch providers and take their data with them in open formats.",
};

export const gaiaX: PolicyComplianceFramework = {
    name: "Gaia-X Labels",
    version: "Label Level 3",
    reference: "Service location in Europe mandatory; immunity to non-European access; strong control over lock-in",
    specification: "Gaia-X Policy Rules and Labelling criteria.",
};

/**
 * One-line titles (the SDK's displayName): what code scanning and the reports show as a rule's short
 * description. Governed policies get theirs in withGovernance; a policy's own displayName wins.
 */
export const policyTitles: Readonly<Record<string, string>> = {
    "eu-data-residency": "Data lives in an allowed EU/EEA location",
    "eu-cross-border-replication": "No copy of the data leaves the allowed locations",
    "open-data-formats": "Data is kept in open formats and protocols",
    "encryption-in-transit": "Data in transit is encrypted (TLS enforced)",
    "provider-jurisdiction": "The provider is out of reach of non-EU law",
    "customer-managed-keys": "Data at rest is encrypted with a customer-managed key",
    "eu-key-location": "Encryption keys live in an allowed EU/EEA location",
    "external-key-custody": "Encryption keys are held outside the provider",
    "global-edge-services": "Global edge services are pinned to the EU",
    "exempted-violations": "Waived violations stay visible",
};
