// Snowflake: an account is created in its `region`, a Snowflake region id (AWS_EU_CENTRAL_1,
// AZURE_WESTEUROPE, GCP_EUROPE_WEST4). Objects inside an account (databases, warehouses) live in that
// account's region: the provider's `host` states it only in the account-locator form
// (xy12345.eu-central-1.snowflakecomputing.com, xy12345.west-europe.azure..., xy12345.europe-west4.gcp...).
// The organisation-account form (myorg-myaccount.snowflakecomputing.com) does not, so such objects are
// not located (docs/residency.md). https://docs.snowflake.com/en/user-guide/admin-account-identifier
// https://www.pulumi.com/registry/packages/snowflake/api-docs/account/
import { platformNames } from "../../../data/platforms";
import { emptyFacts } from "../../locate";
import { placeOf } from "../../place";
import { platformPlace, snowflakeRegion } from "../../platform-place";
import { isProviderType, own } from "../../read";
import type { Facts, ResourceInput } from "../../types";
import type { CloudAdapter } from "../adapter";
import { platformRef } from "./read";

const name = platformNames.snowflake;
export const account = "snowflake:index/account:Account";
const fix = "set `region` to the Snowflake id of an allowed region, e.g. AWS_EU_CENTRAL_1, AZURE_WESTEUROPE or GCP_EUROPE_WEST3";

/** The region a locator-form host names, as (cloud, the cloud's own name); undefined when it names none. */
function hostRegion(host: string): { cloud: "aws" | "azure" | "gcp"; native: string } | undefined {
    const labels = host.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/[/:].*$/, "").split(".");
    const suffix = labels.lastIndexOf("snowflakecomputing");
    if (suffix < 2) return undefined;
    const middle = labels.slice(1, suffix).filter((l) => l !== "privatelink");
    const [region, cloud = "aws"] = middle;
    if (region === undefined || middle.length > 2) return undefined;
    if (cloud === "aws") return { cloud, native: region };
    if (cloud === "azure") return { cloud, native: region.replace(/-/g, "") };
    if (cloud === "gcp") return { cloud, native: region };
    return undefined;
}

function snowflakeFacts(r: ResourceInput): Facts {
    const facts = emptyFacts(undefined);
    if (isProviderType(r.type)) return facts;
    if (r.type !== account) {
        const host = own(r.provider?.props, "host");
        const named = typeof host === "string" ? hostRegion(host) : undefined;
        if (named !== undefined) {
            const own_ = placeOf(named.cloud, named.native);
            const place = own_.known ? own_ : platformPlace(name, named.cloud, undefined, named.native);
            facts.locations.push({ path: "provider.host", source: "provider", place, fix: "point the provider at an account in an allowed region" });
        }
        return facts;
    }
    const region = own(r.props, "region");
    const parsed = typeof region === "string" ? snowflakeRegion(region) : {};
    const ref = region === undefined ? undefined : platformRef(name, { path: "region", value: region, cloud: parsed.cloud, native: () => parsed.native }, fix);
    if (ref) facts.locations.push(ref);
    // Without `region` the account is created in the region of the organisation account that creates it.
    else facts.unproven = { what: "region", fix };
    return facts;
}

export const snowflakeAdapter: CloudAdapter = { facts: snowflakeFacts };
