// The AWS region a component pins its resources to: its `region` argument, else `aws:region`.
import { locationFromArgOrConfig, type LocationPolicyArgs, type Subject } from "../validate";

export function awsRegion(subject: Subject, region: unknown, policy: LocationPolicyArgs | undefined): string {
    return locationFromArgOrConfig(subject, { cloud: "aws", arg: "region" }, region, "aws:region", policy);
}

