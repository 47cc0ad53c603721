// Elastic Cloud (`ec`): a hosted deployment's `region` and a serverless project's `regionId` are
// <cloud>-<region> (aws-eu-central-1, gcp-europe-west3, azure-westeurope); older AWS regions are written
// without the prefix (eu-west-1).
// https://www.pulumi.com/registry/packages/ec/api-docs/deployment/
import { platformNames } from "../../../data/platforms";
import { emptyFacts } from "../../locate";
import { prefixedRegion } from "../../platform-place";
import { isProviderType, own } from "../../read";
import type { Facts, ResourceInput } from "../../types";
import type { CloudAdapter } from "../adapter";
import { platformRef } from "./read";

const name = platformNames.ec;
const fixOf = (path: string) => `set \`${path}\` to an allowed region, e.g. gcp-europe-west3, aws-eu-central-1 or azure-westeurope`;
/**
 * The types that hold data, each with the input that places it. Other types' regions are not read: a
 * traffic filter's only says which deployments it can attach to (scripts/catalog/platform-rules.ts).
 */
export const mustLocate: ReadonlyMap<string, string> = new Map([
    ["ec:index/deployment:Deployment", "region"],
    ["ec:index/elasticsearchProject:ElasticsearchProject", "regionId"],
    ["ec:index/observabilityProject:ObservabilityProject", "regionId"],
    ["ec:index/securityProject:SecurityProject", "regionId"],
]);

function elasticFacts(r: ResourceInput): Facts {
    const facts = emptyFacts(undefined);
    const path = mustLocate.get(r.type);
    if (isProviderType(r.type) || path === undefined) return facts;
    const value = own(r.props, path);
    if (value !== undefined) {
        const parsed = typeof value === "string" ? prefixedRegion(value) : {};
        // No prefix: the legacy AWS region names.
        const cloud = parsed.cloud ?? (typeof value === "string" && /^[a-z]{2}-[a-z]+-\d$/.test(value.trim()) ? "aws" : undefined);
        const ref = platformRef(name, { path, value, cloud, native: (_c, raw) => parsed.native ?? raw.trim() }, fixOf(path));
        if (ref) facts.locations.push(ref);
    }
    if (facts.locations.length === 0) facts.unproven = { what: "region", fix: fixOf(path) };
    return facts;
}

export const elasticAdapter: CloudAdapter = { facts: elasticFacts };
