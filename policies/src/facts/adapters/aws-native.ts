// AWS Cloud Control (@pulumi/aws-native, tokens `aws-native:<module>:<Type>`): a resource has no
// `region` input of its own; Cloud Control creates it in its provider's `region` (the explicit
// provider's, or the stack's `aws-native:region` for the default one). A regional resource whose
// provider region cannot be proven is reported, as @pulumi/aws does; global services carry none.
import { awsNativeGlobalModules } from "../../data/aws-native-global";
import { emptyFacts, refsAt, refsAtAll, type LocationSpec } from "../locate";
import { isProviderType } from "../read";
import type { Facts, ResourceInput } from "../types";
import type { CloudAdapter } from "./adapter";
import { awsAdapter, isPinned } from "./aws";

export const awsNativeFix = "set `aws-native:region` to an allowed region in Pulumi.<stack>.yaml, or pass an explicit aws-native.Provider with `region`";

/** Where each type copies its data to. Docs: @pulumi/aws-native dynamodb.GlobalTableReplicaSpecificationArgs.region. */
const replicaSpecs: Readonly<Record<string, readonly LocationSpec[]>> = {
    "aws-native:dynamodb:GlobalTable": [{ id: "EUR-AWSCC-001", path: "replicas[].region" }],
};

function moduleOf(type: string): string {
    return type.split(":")[1] ?? "";
}

function awsNativeFacts(r: ResourceInput): Facts {
    // A provider is judged as an aws provider is: by its `region`, the cause to fix.
    if (isProviderType(r.type)) return awsAdapter.facts(r);
    const facts = emptyFacts("aws");
    if (Object.prototype.hasOwnProperty.call(awsNativeGlobalModules, moduleOf(r.type))) return facts;
    const fromProvider = refsAt("aws", r.provider?.props, { path: "region" }, "provider", "provider.");
    if (fromProvider.length > 0) facts.locations.push(...fromProvider);
    else facts.unproven = { what: "region", fix: awsNativeFix };
    // A CloudFront certificate or CLOUDFRONT-scope WAF resource in us-east-1 is where AWS requires it (data/edge-pins.ts).
    if (isPinned(r, facts)) facts.locations = [];
    facts.replicas.push(...refsAtAll("aws", r.props, replicaSpecs[r.type] ?? []));
    return facts;
}

export const awsNativeAdapter: CloudAdapter = { facts: awsNativeFacts };
