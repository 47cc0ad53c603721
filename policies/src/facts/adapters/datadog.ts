// Datadog: every resource is stored on the site its provider talks to, named by the provider's `apiUrl`
// (https://api.datadoghq.eu/ for EU1). Without one the provider uses US1 (https://api.datadoghq.com/)
// unless DD_HOST is set, which a policy cannot see: so a missing `apiUrl` is reported, not assumed.
// https://www.pulumi.com/registry/packages/datadog/installation-configuration/
import { emptyFacts, refsAt } from "../locate";
import { placeOf } from "../place";
import { isProviderType } from "../read";
import type { Facts, Place, ResourceInput } from "../types";
import type { CloudAdapter } from "./adapter";

const fix = "set `datadog:apiUrl` to https://api.datadoghq.eu/ (the EU1 site) in Pulumi.<stack>.yaml, or on an explicit datadog.Provider";

/** The site of an API URL: https://api.us5.datadoghq.com/ → us5.datadoghq.com. */
function sitePlace(raw: string): Place {
    let host = raw.trim().toLowerCase();
    try {
        host = new URL(/^[a-z]+:\/\//.test(host) ? host : `https://${host}`).hostname;
    } catch {
        return placeOf("datadog", host);
    }
    return placeOf("datadog", host.replace(/^(?:api|app)\./, ""));
}

function datadogFacts(r: ResourceInput): Facts {
    const facts = emptyFacts("datadog");
    const spec = { path: "apiUrl", read: sitePlace };
    if (isProviderType(r.type)) {
        facts.locations.push(...refsAt("datadog", r.props, spec));
        return facts;
    }
    facts.locations.push(...refsAt("datadog", r.provider?.props, spec, "provider", "provider."));
    if (facts.locations.length === 0) facts.unproven = { what: "site", fix };
    return facts;
}

export const datadogAdapter: CloudAdapter = { facts: datadogFacts };
