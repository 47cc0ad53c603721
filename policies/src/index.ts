// The eu-sovereignty policy pack. Policies are registered in ./policies/index.ts.
import { PolicyPack } from "@pulumi/policy";
import { policies } from "./policies";
import { installDeserializeOnce } from "./sdk/deserialize-once";
import { installProxyOnce } from "./sdk/proxy-once";

installDeserializeOnce();
installProxyOnce();

new PolicyPack("eu-sovereignty", {
    description: "EU sovereignty guardrails: EU/EEA data residency, customer-held keys, no cross-border replication, open formats.",
    policies,
});
