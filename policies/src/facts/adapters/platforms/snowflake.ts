// Snowflake: an account is created in its `region`, a Snowflake region id (AWS_EU_CENTRAL_1,
// AZURE_WESTEUROPE, GCP_EUROPE_WEST4). Objects inside an account (databases, warehouses) live in that
// account's region, which the provider's configuration (organisation and account name) does not state:
// they are not located here (docs/residency.md).
// https://www.pulumi.com/registry/packages/snowflake/api-docs/account/
import { platformNames } from "../../../data/platforms";
import { emptyFacts } from "../../locate";
import { snowflakeRegion } from "../../platform-place";
import { isProviderType, own } from "../../read";
import type { Facts, ResourceInput } from "../../types";
import type { CloudAdapter } from "../adapter";
import { platformRef } from "./read";

const name = platformNames.snowflake;
const account = "snowflake:index/account:Account";
const fix = "set `region` to the Snowflake id of an allowed region, e.g. AWS_EU_CENTRAL_1, AZURE_WESTEUROPE or GCP_EUROPE_WEST3";

function snowflakeFacts(r: ResourceInput): Facts {
    const facts = emptyFacts(undefined);
    if (isProviderType(r.type) || r.type !== account) return facts;
    const region = own(r.props, "region");
    const parsed = typeof region === "string" ? snowflakeRegion(region) : {};
    const ref = region === undefined ? undefined : platformRef(name, { path: "region", value: region, cloud: parsed.cloud, native: () => parsed.native }, fix);
    if (ref) facts.locations.push(ref);
    // Without `region` the account is created in the region of the organisation account that creates it.
    else facts.unproven = { what: "region", fix };
    return facts;
}

export const snowflakeAdapter: CloudAdapter = { facts: snowflakeFacts };
