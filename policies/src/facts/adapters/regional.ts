// Region-first clouds (OCI, DigitalOcean, Akamai/Linode, Alibaba Cloud): a resource lives in its own
// `region` or zone, else in its provider's region. A type that must have one and has none is reported
// (fail closed); a name the catalogue does not know is an unrecognised location, never a pass.
import { regionalClouds, type RegionalCloudId } from "../../data/regional-clouds";
import { emptyFacts, refsAt, refsAtAll } from "../locate";
import { placeOf } from "../place";
import { isProviderType } from "../read";
import type { Facts, ResourceInput } from "../types";
import type { CloudAdapter } from "./adapter";

function moduleOf(type: string): string {
    return (type.split(":")[1] ?? "").split("/")[0];
}

function regionalAdapter(cloud: RegionalCloudId): CloudAdapter {
    const spec = regionalClouds[cloud];
    return {
        facts(r: ResourceInput): Facts {
            const facts = emptyFacts(cloud);
            if (isProviderType(r.type)) {
                // The provider holds no data, but its region is the cause every resource on it inherits.
                if (spec.providerRegion) facts.locations.push(...refsAt(cloud, r.props, { path: "region" }));
                return facts;
            }
            const replicas = spec.replicas !== undefined && Object.hasOwn(spec.replicas, r.type) ? spec.replicas[r.type] : [];
            facts.replicas.push(...replicas.flatMap(({ path, prefix }) => refsAt(cloud, r.props, {
                path,
                read: prefix === undefined ? undefined : (raw) => placeOf(cloud, raw.trim().toLowerCase().startsWith(prefix) ? raw.trim().slice(prefix.length) : raw),
            })));
            facts.locations.push(...refsAtAll(cloud, r.props, spec.paths.map((path) => ({ path }))));
            // A global resource is located only by what it names itself.
            if (facts.locations.length > 0 || spec.regionlessModules?.has(moduleOf(r.type))) return facts;
            if (spec.providerRegion) {
                facts.locations.push(...refsAt(cloud, r.provider?.props, { path: "region" }, "provider", "provider."));
                if (facts.locations.length === 0) facts.unproven = { what: "region", fix: spec.fix };
            } else if (spec.mustLocate?.has(r.type)) {
                facts.unproven = { what: "region", fix: spec.fix };
            }
            return facts;
        },
    };
}

export const ociAdapter = regionalAdapter("oci");
export const alicloudAdapter = regionalAdapter("alicloud");
export const digitaloceanAdapter = regionalAdapter("digitalocean");
export const linodeAdapter = regionalAdapter("linode");
