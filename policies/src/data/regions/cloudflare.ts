// Cloudflare jurisdictions (`jurisdiction` on an R2 bucket or a D1 database): the only setting that
// guarantees where the data is stored and processed. Location hints (R2 `location`, D1
// `primaryLocationHint`: weur, eeur, enam, ...) are "best effort and not a guarantee", so they prove
// nothing. Verified with the search tool against the pages below and the changelogs of the `us`
// jurisdiction (R2 2026-08-17, D1 2026-10-02); D1's: https://developers.cloudflare.com/d1/configuration/data-location/
import { region, type RegionTable } from "./entry";

export const cloudflareJurisdictions: RegionTable = {
    cloud: "cloudflare",
    source: "https://developers.cloudflare.com/r2/reference/data-location/",
    entries: [
        region("eu", "Cloudflare EU jurisdiction (stored and processed in the EU)", "EU"),
        region("us", "Cloudflare US jurisdiction, United States", "US"),
        region("fedramp", "Cloudflare FedRAMP jurisdiction, United States", "US"),
    ],
};
