import type { Policies } from "@pulumi/policy";

export const policies: Policies = [];
