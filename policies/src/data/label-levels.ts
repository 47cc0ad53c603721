// The sovereignty label levels (issue 15): which of the pack's policies a stack must pass, with no
// unwaived finding, to reach each level. A self-assessment against published criteria, NOT a Gaia-X
// certification: only a Gaia-X Compliance Service or conformity body can award a Gaia-X label.
//
// Sources. The three-level structure and its themes follow the Gaia-X Labelling Criteria (Gaia-X
// Labelling Framework, Labelling Criteria for providers, v22.04, and its successor the Gaia-X Policy
// Rules Conformity Document): level 1 the baseline of transparency, security and portability; level 2
// a service location in Europe that the customer can choose; level 3 a mandatory EU/EEA location plus
// immunity from non-European access. Immunity follows ANSSI SecNumCloud 3.2 §19.6 (protection against
// non-European law: the provider's registered office, capital and control in the EU, so no non-EU
// authority can compel access).
// NOT verified with the search tool (the stored corpora hold neither document's text): the exact
// criterion numbers and the document URLs below. The mapping of criteria to policies is this
// project's reading and is what the version below pins.

/** Bumped when a requirement is added, removed or remapped: a report names the version it judged against. */
export const LABEL_CRITERIA_VERSION = "2026-12-03";

export const LABEL_DISCLAIMER =
    "Self-assessment against published criteria (Gaia-X Labelling Criteria, SecNumCloud 3.2 §19.6); not a Gaia-X certification or label.";

export type LabelLevel = 0 | 1 | 2 | 3;

export interface LabelRequirement {
    /** Stable id, e.g. "L1-transit". */
    readonly id: string;
    readonly level: 1 | 2 | 3;
    readonly title: string;
    /** Pack policies whose unwaived findings break this requirement. */
    readonly policies: readonly string[];
    /** Catalogue rows that carry the requirement, where one table decides it. */
    readonly rows?: readonly string[];
    /** Where the requirement comes from. */
    readonly source: string;
}

export interface LabelLevelInfo {
    readonly level: 1 | 2 | 3;
    readonly name: string;
    readonly summary: string;
}

const GAIAX = "Gaia-X Labelling Criteria v22.04 (Gaia-X Labelling Framework), https://gaia-x.eu/ (URL of the criteria PDF not verified)";
const SECNUMCLOUD = "ANSSI SecNumCloud 3.2, §19.6 Protection against non-European law, https://cyber.gouv.fr/ (not verified with the search tool)";

export const LABEL_LEVELS: readonly LabelLevelInfo[] = [
    { level: 1, name: "Level 1: baseline", summary: "encryption in transit, open data formats (portability), customer-managed keys" },
    { level: 2, name: "Level 2: European location", summary: "level 1, and data, replicas and keys in the EU/EEA" },
    { level: 3, name: "Level 3: immunity from non-EU law", summary: "level 2, and providers under EU jurisdiction, keys outside the provider's reach, no global edge" },
];

export const LABEL_REQUIREMENTS: readonly LabelRequirement[] = [
    { id: "L1-transit", level: 1, title: "Data is encrypted in transit", policies: ["encryption-in-transit"], source: `${GAIAX}: security` },
    { id: "L1-portability", level: 1, title: "Data can leave in an open format", policies: ["open-data-formats"], source: `${GAIAX}: portability; EU Data Act (EU) 2023/2854 Art 30` },
    { id: "L1-cmk", level: 1, title: "Data at rest is encrypted with customer-managed keys", policies: ["customer-managed-keys"], source: `${GAIAX}: security` },
    { id: "L2-residency", level: 2, title: "Data lives in the EU/EEA", policies: ["eu-data-residency"], source: `${GAIAX}: level 2, service location in Europe` },
    { id: "L2-replication", level: 2, title: "Replicas stay in the EU/EEA", policies: ["eu-cross-border-replication"], source: `${GAIAX}: level 2, service location in Europe` },
    { id: "L2-key-location", level: 2, title: "Keys live in the EU/EEA", policies: ["eu-key-location"], source: `${GAIAX}: level 2, service location in Europe` },
    { id: "L3-jurisdiction", level: 3, title: "Providers are under EU jurisdiction or in a sovereign partition", policies: ["provider-jurisdiction"], source: `${GAIAX}: level 3, immunity from non-European access; ${SECNUMCLOUD}` },
    { id: "L3-key-custody", level: 3, title: "Keys are held outside the provider's reach (an EU-headquartered key holder meets this)", policies: ["external-key-custody"], source: `${GAIAX}: level 3; ${SECNUMCLOUD}` },
    { id: "L3-edge", level: 3, title: "No global edge service serves or caches data outside the EU", policies: ["global-edge-services"], source: `${GAIAX}: level 3, mandatory EU location` },
];

/** The requirements a stack must meet to reach `level` (its own and every lower level's). */
export function requirementsUpTo(level: LabelLevel): LabelRequirement[] {
    return LABEL_REQUIREMENTS.filter((r) => r.level <= level);
}
