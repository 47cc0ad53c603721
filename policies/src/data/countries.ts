// Which countries are in the EU and the EEA. Region tables name a country; jurisdiction follows
// from it here, so "is this EU?" is decided in one place.
// Source: EU member states, https://european-union.europa.eu/principles-countries-history/eu-countries_en
// EEA: Agreement on the European Economic Area (EU + Iceland, Liechtenstein, Norway),
// https://www.efta.int/eea

export type Jurisdiction = "eu" | "eea" | "non-eu";

export const euMemberStates: ReadonlySet<string> = new Set([
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]);

export const eeaNonEuStates: ReadonlySet<string> = new Set(["IS", "LI", "NO"]);

/** "EU" marks a multi-region that is contractually kept inside the EU (e.g. GCS `EU`). */
export function jurisdictionOf(country: string): Jurisdiction {
    if (country === "EU" || euMemberStates.has(country)) return "eu";
    if (eeaNonEuStates.has(country)) return "eea";
    return "non-eu";
}
