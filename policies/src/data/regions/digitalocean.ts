// DigitalOcean datacenter slugs (droplets, volumes, Spaces, Kubernetes, databases: `region` such as fra1)
// and the App Platform's regional names (`spec.region` such as fra), which Aiven also uses (`do-fra`).
// Verified with the search tool (DigitalOcean API region list as quoted on docs.digitalocean.com and its
// community Q&A): nyc1, nyc3, sfo2, ams3, sgp1, lon1, fra1, tor1, blr1; nyc2, sfo1, ams2 from older API
// listings. Not verified: sfo3, syd1, atl1 and the App Platform names (taken from the pages below).
import { region, type RegionTable } from "./entry";

export const digitaloceanRegions: RegionTable = {
    cloud: "digitalocean",
    source: "https://docs.digitalocean.com/platform/regional-availability/",
    entries: [
        region("fra1", "Frankfurt, Germany", "DE"),
        region("ams2", "Amsterdam, Netherlands", "NL"),
        region("ams3", "Amsterdam, Netherlands", "NL"),
        region("lon1", "London, United Kingdom", "GB"),
        region("nyc1", "New York, United States", "US"),
        region("nyc2", "New York, United States", "US"),
        region("nyc3", "New York, United States", "US"),
        region("sfo1", "San Francisco, United States", "US"),
        region("sfo2", "San Francisco, United States", "US"),
        region("sfo3", "San Francisco, United States", "US"),
        region("atl1", "Atlanta, United States", "US"),
        region("tor1", "Toronto, Canada", "CA"),
        region("sgp1", "Singapore", "SG"),
        region("blr1", "Bangalore, India", "IN"),
        region("syd1", "Sydney, Australia", "AU"),
        // App Platform regions (https://docs.digitalocean.com/products/app-platform/details/availability/).
        region("fra", "Frankfurt, Germany", "DE"),
        region("ams", "Amsterdam, Netherlands", "NL"),
        region("lon", "London, United Kingdom", "GB"),
        region("nyc", "New York, United States", "US"),
        region("sfo", "San Francisco, United States", "US"),
        region("atl", "Atlanta, United States", "US"),
        region("tor", "Toronto, Canada", "CA"),
        region("sgp", "Singapore", "SG"),
        region("blr", "Bangalore, India", "IN"),
        region("syd", "Sydney, Australia", "AU"),
    ],
};
