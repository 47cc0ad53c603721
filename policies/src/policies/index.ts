// Every policy of the pack, in the order the SDK runs them. One policy per file.
import type { Policies } from "@pulumi/policy";
import { euCrossBorderReplication } from "./eu-cross-border-replication";
import { euDataResidency } from "./eu-data-residency";

export const policies: Policies = [
    euDataResidency,
    euCrossBorderReplication,
];
