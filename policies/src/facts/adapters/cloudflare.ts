// Cloudflare: an R2 bucket is kept in a place only by its `jurisdiction` ("eu", "us", "fedramp"); without
// one R2 picks a region near the creator, and a `location` hint is best effort. Other Cloudflare types
// are read as the generic adapter reads them.
import { emptyFacts, refsAt } from "../locate";
import { own } from "../read";
import type { Facts, ResourceInput } from "../types";
import type { CloudAdapter } from "./adapter";
import { genericAdapter } from "./generic";

export const r2Bucket = "cloudflare:index/r2Bucket:R2Bucket";
const fix = "set `jurisdiction: \"eu\"` on the bucket (a jurisdiction is fixed at creation, so the bucket is replaced)";

function cloudflareFacts(r: ResourceInput): Facts {
    if (r.type !== r2Bucket) return genericAdapter.facts(r);
    const facts = emptyFacts("cloudflare");
    const refs = refsAt("cloudflare", r.props, { path: "jurisdiction" });
    const jurisdiction = own(r.props, "jurisdiction");
    if (refs.length === 0 || (typeof jurisdiction === "string" && jurisdiction.trim().toLowerCase() === "default")) {
        facts.locations.push({
            path: "jurisdiction",
            source: "resource",
            place: { cloud: "cloudflare", canonical: "default", known: false, label: "unset or \"default\": no residency guarantee (R2 places it near the creator; a `location` hint is best effort)" },
            fix,
        });
        return facts;
    }
    facts.locations.push(...refs.map((ref) => ({ ...ref, fix: `${fix}; R2 jurisdictions are eu, us and fedramp` })));
    return facts;
}

export const cloudflareAdapter: CloudAdapter = { facts: cloudflareFacts };
