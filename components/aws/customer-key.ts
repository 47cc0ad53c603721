// The customer-managed key a data service encrypts with: the key passed in (checked before anything
// was registered), or a SovereignKey created beside the service, in its region.
import * as pulumi from "@pulumi/pulumi";
import type { LocationPolicyArgs } from "../validate";
import { SovereignKey } from "./key";

export interface CustomerKeyArgs extends LocationPolicyArgs {
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

export function customerKey(
    name: string,
    parent: pulumi.Resource,
    givenArn: pulumi.Input<string> | undefined,
    region: string,
    description: string,
    args: CustomerKeyArgs,
    /** A key policy for the created key (e.g. one that lets CloudWatch Logs use it). Default: AWS's default. */
    policy?: pulumi.Input<string>,
): { keyArn: pulumi.Output<string>; key?: SovereignKey } {
    if (givenArn !== undefined) return { keyArn: pulumi.output(givenArn) };
    const key = new SovereignKey(`${name}-key`, {
        region,
        description,
        policy,
        allowedLocations: args.allowedLocations,
        additionalLocations: args.additionalLocations,
        tags: args.tags,
    }, { parent });
    return { keyArn: key.arn, key };
}
