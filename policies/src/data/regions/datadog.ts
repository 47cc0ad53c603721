// Datadog sites: each is a separate installation that stores its customers' data in one place, chosen by
// the provider's `apiUrl` (https://api.<site>/). Verified with the search tool against the page below
// (US1, US3, US5 in the US; EU1 datadoghq.eu "EU (Germany)"; US1-FED and US2-FED in the US; AP1 Japan;
// AP2 Australia). Not verified there: UK1 (uk1.datadoghq.com), named by a Datadog-published agent guide.
import { region, type RegionTable } from "./entry";

export const datadogSites: RegionTable = {
    cloud: "datadog",
    source: "https://docs.datadoghq.com/getting_started/site/",
    entries: [
        region("datadoghq.eu", "Datadog EU1 site, Germany", "DE"),
        region("datadoghq.com", "Datadog US1 site, United States", "US"),
        region("us3.datadoghq.com", "Datadog US3 site, United States", "US"),
        region("us5.datadoghq.com", "Datadog US5 site, United States", "US"),
        region("ddog-gov.com", "Datadog US1-FED site, United States", "US"),
        region("us2.ddog-gov.com", "Datadog US2-FED site, United States", "US"),
        region("ap1.datadoghq.com", "Datadog AP1 site, Japan", "JP"),
        region("ap2.datadoghq.com", "Datadog AP2 site, Australia", "AU"),
        region("uk1.datadoghq.com", "Datadog UK1 site, United Kingdom", "GB"),
    ],
};
