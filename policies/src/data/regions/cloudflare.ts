// Cloudflare R2 jurisdictions (`jurisdiction` on a bucket): the only setting that guarantees where the
// objects are stored and processed. Location hints (`location`: weur, eeur, enam, ...) are "best effort
// and not a guarantee", so they prove nothing. Verified with the search tool against the page below and
// the changelog of the `us` jurisdiction (2026-08-17).
import { region, type RegionTable } from "./entry";

export const cloudflareJurisdictions: RegionTable = {
    cloud: "cloudflare",
    source: "https://developers.cloudflare.com/r2/reference/data-location/",
    entries: [
        region("eu", "R2 EU jurisdiction (stored and processed in the EU)", "EU"),
        region("us", "R2 US jurisdiction, United States", "US"),
        region("fedramp", "R2 FedRAMP jurisdiction, United States", "US"),
    ],
};
