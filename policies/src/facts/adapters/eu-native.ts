// EU-native providers: OVHcloud, Scaleway and Hetzner Cloud also run regions outside the EU, so
// their locations are checked like any other cloud's.
import { emptyFacts, refsAtAll, type LocationSpec } from "../locate";
import { isProviderType } from "../read";
import type { CloudId, Facts, ResourceInput } from "../types";
import type { CloudAdapter } from "./adapter";

function adapter(cloud: CloudId, specs: readonly LocationSpec[], mustLocate: Readonly<Record<string, string>> = {}): CloudAdapter {
    return {
        facts(r: ResourceInput): Facts {
            const facts = emptyFacts(cloud);
            facts.locations.push(...refsAtAll(cloud, r.props, specs));
            const fix = mustLocate[r.type];
            if (!isProviderType(r.type) && fix !== undefined && facts.locations.length === 0) facts.unproven = { what: "location", fix };
            return facts;
        },
    };
}

export const ovhAdapter = adapter("ovh", [
    { path: "region" }, { path: "regionName" }, { path: "nodes[].region" },
]);

// Without a region or zone, the Scaleway provider defaults to fr-par / fr-par-1 (Paris).
export const scalewayAdapter = adapter("scaleway", [{ path: "region" }, { path: "zone" }]);

// Hetzner picks a location for a server, volume or IP created without one: it may be in the US.
const hcloudFix = "set `location` to fsn1, nbg1 or hel1 (or `datacenter` in one of them)";
export const hcloudAdapter = adapter("hcloud", [
    { path: "location" }, { path: "datacenter" }, { path: "networkZone" }, { path: "homeLocation" },
], {
    "hcloud:index/server:Server": hcloudFix,
    "hcloud:index/volume:Volume": hcloudFix,
    "hcloud:index/primaryIp:PrimaryIp": hcloudFix,
    "hcloud:index/loadBalancer:LoadBalancer": hcloudFix,
});
