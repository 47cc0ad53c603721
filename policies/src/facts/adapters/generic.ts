// Any other provider: a top-level `location` or `region` is still a location, and one the catalogue
// does not know fails closed (the user can allow it with `additionalLocations`). `zone` is left out
// here: outside the clouds above it often names a DNS zone.
import { emptyFacts, refsAtAll } from "../locate";
import type { CloudAdapter } from "./adapter";

export const genericAdapter: CloudAdapter = {
    facts(r) {
        const facts = emptyFacts(undefined);
        facts.locations.push(...refsAtAll("unknown", r.props, [{ path: "location" }, { path: "region" }]));
        return facts;
    },
};
