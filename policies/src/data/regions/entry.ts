// The shape of a region table entry. Tables list every region a cloud has (EU or not), so a
// non-EU region is named in messages and an unlisted value is known to be unrecognised.

export interface RegionEntry {
    /** Canonical name: lower case, no spaces (Azure display names are normalised to this). */
    readonly name: string;
    /** Where it is, for people: "Frankfurt, Germany". */
    readonly label: string;
    /** ISO 3166-1 alpha-2 country, or "EU" for an EU-bounded multi-region. */
    readonly country: string;
    /** For dual-/multi-regions with a published definition: the regions holding the data. */
    readonly components?: readonly string[];
    /** A sovereign partition operated under EU law (AWS European Sovereign Cloud, S3NS). */
    readonly sovereign?: true;
    /** Where this entry was checked, when it differs from the table's source. */
    readonly source?: string;
}

export interface RegionTable {
    readonly cloud: string;
    /** The public page the entries were checked against. */
    readonly source: string;
    readonly entries: readonly RegionEntry[];
}

/** Compact constructor for table rows. */
export function region(name: string, label: string, country: string, extra: Partial<RegionEntry> = {}): RegionEntry {
    return { name, label, country, ...extra };
}
