// How a component takes an existing KMS key: a SovereignKey, a key ARN, or an ARN with its region
// stated. S3 and RDS need the key in the resource's own region, and the region must be allowed.
import type * as pulumi from "@pulumi/pulumi";
import { checkLocation, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { SovereignKey } from "./key";

/** A key made elsewhere, with its region stated so it can be checked before anything is created. */
export interface AwsKeyReference {
    /** The key's ARN (not an alias, not a bare key id: those hide the region). */
    arn: pulumi.Input<string>;
    /** The key's region. */
    region: string;
}

/** A SovereignKey, a key ARN (`arn:aws:kms:eu-central-1:111122223333:key/...`), or a reference. */
export type AwsKeyInput = SovereignKey | AwsKeyReference | string;

const keyArn = /^arn:aws(?:-[a-z]+)*:kms:([a-z0-9-]+):\d{12}:(key|alias)\/(.+)$/;

/** The ARN to use in `region`, or undefined when none was given (the component then creates one). */
export function resolveAwsKey(
    subject: Subject,
    arg: string,
    key: AwsKeyInput | undefined,
    region: string,
    policy: LocationPolicyArgs | undefined,
): pulumi.Input<string> | undefined {
    if (key === undefined) return undefined;
    if (key instanceof SovereignKey) {
        const arn = key.arnIn(region);
        if (arn === undefined) {
            refuse(subject, `${arg} is a SovereignKey in "${key.region}" with no replica in "${region}"; this resource needs its key in its own region`);
        }
        return arn;
    }
    if (typeof key === "string") {
        checkArn(subject, arg, key, region, policy);
        return key;
    }
    if (typeof key !== "object" || key === null) refuse(subject, `${arg} must be a SovereignKey, a key ARN or { arn, region }`);
    const stated = checkLocation(subject, { cloud: "aws", arg: `${arg}.region` }, key.region, policy);
    if (stated !== region) refuse(subject, `${arg}.region "${key.region}" differs from this resource's region "${region}"; the key must be in the same region`);
    if (typeof key.arn === "string") checkArn(subject, `${arg}.arn`, key.arn, region, policy);
    return key.arn;
}

function checkArn(subject: Subject, arg: string, arn: string, region: string, policy: LocationPolicyArgs | undefined): void {
    const m = keyArn.exec(arn);
    if (!m) refuse(subject, `${arg} ${JSON.stringify(arn)} is not a KMS key ARN; pass the key's full ARN (a bare key id or alias name hides its region)`);
    if (m[2] === "alias" && m[3].startsWith("aws/")) {
        refuse(subject, `${arg} names an AWS managed key (alias/${m[3]}); AWS holds that key: pass a customer managed key`);
    }
    const canonical = checkLocation(subject, { cloud: "aws", arg: `${arg} (region)` }, m[1], policy);
    if (canonical !== region) refuse(subject, `${arg} is in "${m[1]}" but this resource is in "${region}"; the key must be in the same region`);
}
