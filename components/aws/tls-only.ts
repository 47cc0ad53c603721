// A resource policy statement that refuses every request not made over TLS, as the S3 bucket does:
// SQS and SNS both evaluate `aws:SecureTransport`
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-securetransport).
import type * as pulumi from "@pulumi/pulumi";

export function denyInsecureTransport(action: string, resource: pulumi.Input<string>): Record<string, unknown> {
    return {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: action,
        Resource: resource,
        Condition: { Bool: { "aws:SecureTransport": "false" } },
    };
}
