// Cloudflare: an R2 bucket, a D1 database or a Workers KV namespace is kept in a place only by its `jurisdiction` ("eu", "us",
// "fedramp"); without one Cloudflare picks a place near the creator, and a location hint (R2 `location`, D1
// `primaryLocationHint`) is best effort (data/regions/cloudflare.ts). Other Cloudflare types are read as
// the generic adapter reads them.
import { emptyFacts, refsAt } from "../locate";
import { own } from "../read";
import type { Facts, ResourceInput } from "../types";
import type { CloudAdapter } from "./adapter";
import { genericAdapter } from "./generic";

export const r2Bucket = "cloudflare:index/r2Bucket:R2Bucket";
export const d1Database = "cloudflare:index/d1Database:D1Database";
// Workers KV: "An optional jurisdiction restricts where data is durably stored and can only be set at creation
// time" (https://developers.cloudflare.com/api/typescript/resources/kv/subresources/namespaces/methods/create/,
// verified with the search tool).
export const kvNamespace = "cloudflare:index/workersKvNamespace:WorkersKvNamespace";
const stores: Readonly<Record<string, { what: string; hint: string }>> = {
    [r2Bucket]: { what: "bucket", hint: "R2 places it near the creator; a `location` hint is best effort" },
    [d1Database]: { what: "database", hint: "D1 places it near the creator; a `primaryLocationHint` is best effort" },
    [kvNamespace]: { what: "namespace", hint: "without a jurisdiction Workers KV stores it wherever Cloudflare chooses" },
};

function cloudflareFacts(r: ResourceInput): Facts {
    const store = Object.hasOwn(stores, r.type) ? stores[r.type] : undefined;
    if (store === undefined) return genericAdapter.facts(r);
    const fix = `set \`jurisdiction: "eu"\` on the ${store.what} (a jurisdiction is fixed at creation, so the ${store.what} is replaced)`;
    const facts = emptyFacts("cloudflare");
    const refs = refsAt("cloudflare", r.props, { path: "jurisdiction" });
    const jurisdiction = own(r.props, "jurisdiction");
    if (refs.length === 0 || (typeof jurisdiction === "string" && jurisdiction.trim().toLowerCase() === "default")) {
        facts.locations.push({
            path: "jurisdiction",
            source: "resource",
            place: { cloud: "cloudflare", canonical: "default", known: false, label: `unset or "default": no residency guarantee (${store.hint})` },
            fix,
        });
        return facts;
    }
    facts.locations.push(...refs.map((ref) => ({ ...ref, fix: `${fix}; Cloudflare jurisdictions are eu, us and fedramp` })));
    return facts;
}

export const cloudflareAdapter: CloudAdapter = { facts: cloudflareFacts };
