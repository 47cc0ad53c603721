// Where the company behind each Pulumi provider package is headquartered, for provider-jurisdiction.
// A provider headquartered outside the EU/EEA is subject to its home country's law wherever the data
// is stored (for US companies, the CLOUD Act, 18 U.S.C. 2713: data in the provider's "possession,
// custody, or control"). Sovereign partitions run by an EU-based entity under EU law are the
// exception, named per package. Sources are the companies' own corporate pages or filings.
import type { CloudId } from "./clouds";
import { regionTables } from "./catalogue";
import { jurisdictionOf } from "./countries";

export interface Headquarters {
    /** The type-token package, e.g. "aws" for aws:s3/bucket:Bucket. */
    readonly package: string;
    readonly company: string;
    /** City and country, for messages. */
    readonly seat: string;
    /** ISO 3166-1 alpha-2. */
    readonly country: string;
    /** The ultimate parent, where it is not the company itself, and its country, for messages. */
    readonly parent?: string;
    /** The non-EU law that reaches data the company controls, for messages. */
    readonly law?: string;
    /** Why that law reaches it, or what could not be verified, for messages (never a verdict of its own). */
    readonly note?: string;
    /** The cloud whose region table lists this package's sovereign partitions. */
    readonly regionsOf?: CloudId;
    /** Provider `universeDomain` values that are a sovereign partition (GCP universes). */
    readonly sovereignUniverses?: readonly string[];
    /** The sovereign offering, for messages. */
    readonly sovereignOffer?: string;
    readonly source: string;
}

const cloudAct = "the US CLOUD Act (18 U.S.C. 2713)";

export const headquarters: readonly Headquarters[] = [
    {
        package: "aws", company: "Amazon Web Services, Inc.", seat: "Seattle, United States", country: "US", law: cloudAct,
        regionsOf: "aws", sovereignOffer: "the AWS European Sovereign Cloud (region eusc-de-east-1)",
        source: "https://aws.amazon.com/contact-us/ ; https://aws.amazon.com/compliance/europe-digital-sovereignty/",
    },
    {
        package: "aws-native", company: "Amazon Web Services, Inc.", seat: "Seattle, United States", country: "US", law: cloudAct,
        regionsOf: "aws", sovereignOffer: "the AWS European Sovereign Cloud (region eusc-de-east-1)",
        source: "https://aws.amazon.com/contact-us/",
    },
    {
        package: "azure-native", company: "Microsoft Corporation", seat: "Redmond, United States", country: "US", law: cloudAct,
        source: "https://www.microsoft.com/en-us/investor/ (Form 10-K: One Microsoft Way, Redmond, Washington)",
    },
    {
        package: "azure", company: "Microsoft Corporation", seat: "Redmond, United States", country: "US", law: cloudAct,
        source: "https://www.microsoft.com/en-us/investor/",
    },
    {
        package: "azuread", company: "Microsoft Corporation", seat: "Redmond, United States", country: "US", law: cloudAct,
        source: "https://www.microsoft.com/en-us/investor/",
    },
    {
        package: "azuredevops", company: "Microsoft Corporation", seat: "Redmond, United States", country: "US", law: cloudAct,
        source: "https://www.microsoft.com/en-us/investor/",
    },
    {
        package: "gcp", company: "Google LLC", seat: "Mountain View, United States", country: "US", law: cloudAct,
        regionsOf: "gcp", sovereignUniverses: ["s3nsapis.fr"],
        sovereignOffer: "S3NS PREMI3NS (region u-france-east1, universe domain s3nsapis.fr), operated by Thales under SecNumCloud",
        source: "https://abc.xyz/investor/ (Form 10-K: 1600 Amphitheatre Parkway, Mountain View, California) ; https://www.s3ns.io/",
    },
    {
        package: "google-native", company: "Google LLC", seat: "Mountain View, United States", country: "US", law: cloudAct,
        regionsOf: "gcp", sovereignUniverses: ["s3nsapis.fr"],
        sovereignOffer: "S3NS PREMI3NS (region u-france-east1, universe domain s3nsapis.fr)",
        source: "https://abc.xyz/investor/",
    },
    // Oracle Corporation is the ultimate parent of OCI, including the Oracle EU Sovereign Cloud's EU subsidiaries.
    {
        package: "oci", company: "Oracle Corporation", seat: "Austin, United States", country: "US", law: cloudAct,
        source: "https://www.oracle.com/corporate/contact/ ; https://investor.oracle.com/ (Form 10-K)",
    },
    { package: "cloudflare", company: "Cloudflare, Inc.", seat: "San Francisco, United States", country: "US", law: cloudAct, source: "https://www.cloudflare.com/about-overview/" },
    // DigitalOcean, LLC is a subsidiary of the listed DigitalOcean Holdings, Inc.
    { package: "digitalocean", company: "DigitalOcean Holdings, Inc.", seat: "New York, United States", country: "US", law: cloudAct, source: "https://investors.digitalocean.com/ (Form 10-K)" },
    {
        package: "linode", company: "Linode LLC (Akamai Cloud)", seat: "Philadelphia, United States", country: "US", law: cloudAct,
        parent: "Akamai Technologies, Inc. (Cambridge, United States), which acquired Linode in 2022",
        source: "https://www.akamai.com/company ; https://www.akamai.com/newsroom/press-release/akamai-completes-acquisition-of-linode",
    },
    { package: "ibm", company: "International Business Machines Corporation", seat: "Armonk, United States", country: "US", law: cloudAct, source: "https://www.ibm.com/investor" },
    { package: "mongodbatlas", company: "MongoDB, Inc.", seat: "New York, United States", country: "US", law: cloudAct, source: "https://investors.mongodb.com/" },
    { package: "snowflake", company: "Snowflake Inc.", seat: "Bozeman, United States", country: "US", law: cloudAct, source: "https://investors.snowflake.com/" },
    { package: "confluentcloud", company: "Confluent, Inc.", seat: "Mountain View, United States", country: "US", law: cloudAct, source: "https://investors.confluent.io/" },
    { package: "datadog", company: "Datadog, Inc.", seat: "New York, United States", country: "US", law: cloudAct, source: "https://investors.datadoghq.com/" },
    { package: "github", company: "GitHub, Inc. (Microsoft)", seat: "San Francisco, United States", country: "US", law: cloudAct, source: "https://github.com/about" },
    { package: "pulumiservice", company: "Pulumi Corporation", seat: "Seattle, United States", country: "US", law: cloudAct, source: "https://www.pulumi.com/about/" },
    {
        // Outside mainland China the contracting entity is Alibaba Cloud (Singapore) Private Limited; the
        // parent is Alibaba Group, headquartered in Hangzhou (incorporated in the Cayman Islands).
        package: "alicloud", company: "Alibaba Cloud", seat: "Hangzhou, China", country: "CN",
        parent: "Alibaba Group Holding Limited (Hangzhou, China)",
        law: "China's National Intelligence Law (2017), Art 7",
        source: "https://www.alibabagroup.com/en-US/about-alibaba ; https://www.alibabacloud.com/help/en/legal/latest/alibaba-cloud-international-website-product-terms-of-service",
    },
    {
        // Elastic N.V. is incorporated in the Netherlands, but its SEC filings give a US address (8-K of
        // 2024-08-29: mail address 88 Kearny Street, San Francisco; 10-K FY2021: principal executive offices
        // Mountain View), it is listed on the NYSE, and Elastic Cloud is also sold by Elasticsearch B.C. Ltd.,
        // a Delaware corporation in Mountain View. The CLOUD Act binds a provider subject to US jurisdiction
        // for data in its "possession, custody, or control", which a group managed from the US has over its
        // subsidiaries' data: so the seat that decides is the US one, not the Dutch incorporation. That is a
        // reading of the statute, not a ruling about Elastic. Verified with the search tool (pages corpus:
        // sec.gov EDGAR filings of CIK 1707753; elastic.co/agreements/bc/cloud_premium).
        package: "ec", company: "Elastic N.V. (Elastic Cloud)", seat: "San Francisco, United States", country: "US", law: cloudAct,
        note: "incorporated in the Netherlands, but managed from the US and selling Elastic Cloud through US subsidiaries",
        source: "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001707753 ; https://www.elastic.co/agreements/bc/cloud_premium",
    },
    {
        // Akenes SA (Boulevard de Grancy 19A, Lausanne, CHE-423.524.322) operates Exoscale (exoscale.com/dpa);
        // it is an A1 subsidiary (finanzen.at, 2025-10-23); A1 Group, seated in Vienna, is the European unit
        // of América Móvil (newsroom.a1.group). Verified with the search tool (pages corpus). Switzerland is
        // outside the EU/EEA. No Mexican law reaching data held abroad was found: it is named, not asserted.
        package: "exoscale", company: "Akenes SA (Exoscale)", seat: "Lausanne, Switzerland", country: "CH",
        parent: "América Móvil, S.A.B. de C.V. (Mexico), through A1 Telekom Austria AG (Vienna)",
        law: "Swiss law (Switzerland is outside the EU/EEA, though the EU has found its data protection adequate)",
        note: "whether Mexican law reaches data its group holds in Europe was not verified",
        source: "https://www.exoscale.com/dpa/ ; https://newsroom.a1.group/ ; https://www.finanzen.at/nachrichten/aktien/a1-vizechef-arnoldner-fordert-mehr-digitale-souveranitat-fuer-europa-1035418666",
    },
    // EU-headquartered: the alternatives named in messages.
    { package: "ovh", company: "OVH Groupe SA (OVHcloud)", seat: "Roubaix, France", country: "FR", source: "https://corporate.ovhcloud.com/en/" },
    { package: "scaleway", company: "Scaleway SAS (iliad group)", seat: "Paris, France", country: "FR", source: "https://www.scaleway.com/en/about-us/" },
    { package: "hcloud", company: "Hetzner Online GmbH", seat: "Gunzenhausen, Germany", country: "DE", source: "https://www.hetzner.com/legal/imprint" },
    {
        // IONOS Group SE (Montabaur) is 63.8% held by United Internet AG since its 2023 IPO (United Internet
        // annual report 2022, subsequent events). Verified with the search tool (pages corpus).
        package: "ionoscloud", company: "IONOS SE", seat: "Montabaur, Germany", country: "DE", parent: "United Internet AG (Germany), which holds 63.8% of IONOS Group SE",
        source: "https://www.ionos.com/about ; https://report.united-internet.de/annual-report/2022/management-report/subsequent-events.html",
    },
    // Not verified with the search tool (no excerpt named the seat): Aiven Oy's registered office is in Helsinki.
    { package: "aiven", company: "Aiven Oy", seat: "Helsinki, Finland", country: "FI", source: "https://aiven.io/about" },
    // UpCloud Oy, business ID 2431560-5, Aleksanterinkatu 15 B, Helsinki (its privacy notice). Verified with the search tool (pages corpus).
    { package: "upcloud", company: "UpCloud Oy", seat: "Helsinki, Finland", country: "FI", source: "https://upcloud.com/global/privacy-notice/" },
    { package: "outscale", company: "3DS Outscale SAS (Dassault Systèmes)", seat: "Saint-Cloud, France", country: "FR", source: "https://en.outscale.com/" },
    {
        // STACKIT belongs to Schwarz Digits, the IT division of the Schwarz Group of Neckarsulm (lebensmittelpraxis.de,
        // 2023-09; swr.de, 2025-05). Verified with the search tool (pages corpus), except STACKIT's own seat in
        // Neckarsulm, which no excerpt named: every entity named is German either way.
        package: "stackit", company: "STACKIT GmbH & Co. KG", seat: "Neckarsulm, Germany", country: "DE", parent: "Schwarz Group (Neckarsulm, Germany), through Schwarz Digits",
        source: "https://www.stackit.de/en/imprint/ ; https://lebensmittelpraxis.de/handel-aktuell/38188-neue-sparte-gegruendet-schwarz-gruppe-will-digitalisierung-voran-bringen.html",
    },
];

/** EU-native alternatives named in messages, in this order. */
export const euAlternatives: readonly { name: string; package: string }[] = [
    { name: "OVHcloud", package: "ovh" },
    { name: "Scaleway", package: "scaleway" },
    { name: "Hetzner", package: "hcloud" },
    { name: "IONOS", package: "ionoscloud" },
    { name: "STACKIT", package: "stackit" },
];

/**
 * Packages with no location or data of their own: they generate values, run local commands, or
 * manage resources inside infrastructure that is checked on its own (a Kubernetes cluster, the
 * stack). Components of these packages are not flagged either.
 */
export const noJurisdictionPackages: ReadonlySet<string> = new Set([
    "pulumi", "random", "tls", "command", "kubernetes", "time", "null", "archive", "local", "http",
    "external", "std", "docker", "docker-build", "terraform", "pulumi-nodejs", "pulumi-python",
    // Component packages whose children are the provider resources that carry the jurisdiction.
    "awsx", "eks", "aws-apigateway", "aws-static-website", "azure-justrun", "gcp-global-cloudrun",
]);

export const headquartersByPackage: ReadonlyMap<string, Headquarters> = new Map(headquarters.map((h) => [h.package, h]));

export function isEuHeadquartered(h: Headquarters): boolean {
    return jurisdictionOf(h.country) !== "non-eu";
}

/** Sovereign region names per package, derived from the region tables (`sovereign: true`), never typed twice. */
export const sovereignRegionsByPackage: ReadonlyMap<string, ReadonlySet<string>> = new Map(
    headquarters.filter((h) => h.regionsOf !== undefined).map((h) => [
        h.package,
        new Set(regionTables[h.regionsOf as CloudId].entries.filter((e) => e.sovereign).map((e) => e.name)),
    ]),
);
