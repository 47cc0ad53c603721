// Built-in offline answers for common data sources of the three clouds, derived from the stack
// config (or the explicit provider the invoke names). Each answer has the result shape of the
// provider SDK's `Get…Result`; values that only the cloud account knows are fixed placeholders.
// Anything not answerable here throws NoAnswer: the program must supply the result with --invokes.

import { NotRendered, renderPolicyDocument } from "./iam-policy-document";

/** What an invoke can be answered from. */
export interface InvokeContext {
    /** Reads a provider setting: the explicit provider's input, else stack config `<package>:<key>`. */
    setting(pkg: string, key: string): string | undefined;
    /** Resources the program registered so far, inputs in plain form. */
    resources(): readonly { type: string; name: string; inputs: Record<string, unknown> }[];
}

/** An invoke the built-ins cannot answer, and why (one line). */
export class NoAnswer extends Error {}

type Answer = (args: Record<string, unknown>, ctx: InvokeContext) => Record<string, unknown>;

/** A placeholder for an identifier only the account knows (an all-zero id, so nobody mistakes it for a real one). */
const ZERO_GUID = "00000000-0000-0000-0000-000000000000";
const ZERO_ACCOUNT = "000000000000";

function str(v: unknown): string | undefined {
    return typeof v === "string" && v !== "" ? v : undefined;
}

function need(ctx: InvokeContext, pkg: string, key: string, given?: unknown): string {
    const v = str(given) ?? ctx.setting(pkg, key);
    if (!v) {
        throw new NoAnswer(`${pkg}:${key} is not set in the stack config`);
    }
    return v;
}

// AWS partitions by region prefix and their DNS suffixes: https://docs.aws.amazon.com/general/latest/gr/rande.html
// (commercial amazonaws.com; China amazonaws.com.cn; GovCloud amazonaws.com).
const AWS_PARTITIONS: readonly { prefix: string; partition: string; dnsSuffix: string }[] = [
    { prefix: "cn-", partition: "aws-cn", dnsSuffix: "amazonaws.com.cn" },
    { prefix: "us-gov-", partition: "aws-us-gov", dnsSuffix: "amazonaws.com" },
    { prefix: "", partition: "aws", dnsSuffix: "amazonaws.com" },
];
const AWS_COMMERCIAL = /^(us|eu|ap|sa|ca|me|af|il|mx)-[a-z]+-\d+$/;

function awsPartition(region: string): { partition: string; dnsSuffix: string } {
    const p = AWS_PARTITIONS.find((x) => x.prefix !== "" && region.startsWith(x.prefix));
    if (p) {
        return p;
    }
    if (!AWS_COMMERCIAL.test(region)) {
        throw new NoAnswer(`the partition of region ${region} is not known offline`);
    }
    return AWS_PARTITIONS[AWS_PARTITIONS.length - 1];
}

function awsRegion(args: Record<string, unknown>, ctx: InvokeContext): string {
    return need(ctx, "aws", "region", args.region ?? args.name);
}

export const builtinInvokes: Readonly<Record<string, Answer>> = {
    "aws:index/getRegion:getRegion": (args, ctx) => {
        const region = awsRegion(args, ctx);
        const { dnsSuffix } = awsPartition(region);
        return { id: region, name: region, region, endpoint: `ec2.${region}.${dnsSuffix}`, description: region };
    },
    // Zone names are the region plus a letter; which letters an account sees is the account's, so three are given.
    "aws:index/getAvailabilityZones:getAvailabilityZones": (args, ctx) => {
        const region = awsRegion(args, ctx);
        const names = ["a", "b", "c"].map((l) => `${region}${l}`);
        return { id: region, region, names, groupNames: [region], zoneIds: [] };
    },
    "aws:index/getCallerIdentity:getCallerIdentity": (_args, ctx) => {
        const { partition } = awsPartition(need(ctx, "aws", "region"));
        const arn = `arn:${partition}:iam::${ZERO_ACCOUNT}:user/offline`;
        return { id: ZERO_ACCOUNT, accountId: ZERO_ACCOUNT, arn, userId: "OFFLINE" };
    },
    "aws:index/getPartition:getPartition": (_args, ctx) => {
        const { partition, dnsSuffix } = awsPartition(need(ctx, "aws", "region"));
        return { id: partition, partition, dnsSuffix, reverseDnsPrefix: dnsSuffix.split(".").reverse().join(".") };
    },
    // Rendered by the provider from its arguments alone, so its answer is the real one (see iam-policy-document.ts).
    "aws:iam/getPolicyDocument:getPolicyDocument": (args) => {
        try {
            return renderPolicyDocument(args);
        } catch (e) {
            throw e instanceof NotRendered ? new NoAnswer(e.message) : e;
        }
    },
    "azure-native:authorization:getClientConfig": (_args, ctx) => ({
        clientId: ctx.setting("azure-native", "clientId") ?? ZERO_GUID,
        objectId: ZERO_GUID,
        subscriptionId: ctx.setting("azure-native", "subscriptionId") ?? ZERO_GUID,
        tenantId: ctx.setting("azure-native", "tenantId") ?? ZERO_GUID,
    }),
    // The classic provider's twin (`azure.core.getClientConfig`), read from its own `azure:` settings.
    "azure:core/getClientConfig:getClientConfig": (_args, ctx) => ({
        id: ZERO_GUID,
        clientId: ctx.setting("azure", "clientId") ?? ZERO_GUID,
        objectId: ZERO_GUID,
        subscriptionId: ctx.setting("azure", "subscriptionId") ?? ZERO_GUID,
        tenantId: ctx.setting("azure", "tenantId") ?? ZERO_GUID,
    }),
    // Only a group the program declares can be answered; its location is its own, else azure-native:location.
    "azure-native:resources:getResourceGroup": (args, ctx) => {
        const name = str(args.resourceGroupName);
        const group = name && ctx.resources().find((r) => r.type === "azure-native:resources:ResourceGroup" &&
            str(r.inputs.resourceGroupName)?.toLowerCase() === name.toLowerCase());
        if (!name || !group) {
            throw new NoAnswer(`resource group ${JSON.stringify(name ?? null)} is not declared in the program`);
        }
        const location = str(group.inputs.location) ?? need(ctx, "azure-native", "location");
        const subscription = ctx.setting("azure-native", "subscriptionId") ?? ZERO_GUID;
        return {
            id: `/subscriptions/${subscription}/resourceGroups/${name}`,
            name,
            location,
            type: "Microsoft.Resources/resourceGroups",
            properties: { provisioningState: "Succeeded" },
            tags: group.inputs.tags ?? {},
        };
    },
    "gcp:organizations/getClientConfig:getClientConfig": (_args, ctx) => {
        const project = need(ctx, "gcp", "project");
        return {
            id: `projects/${project}/regions/${ctx.setting("gcp", "region") ?? ""}/zones/${ctx.setting("gcp", "zone") ?? ""}`,
            project,
            region: ctx.setting("gcp", "region") ?? "",
            zone: ctx.setting("gcp", "zone") ?? "",
            accessToken: "offline",
            defaultLabels: {},
        };
    },
    // The Cloud Storage service agent is service-PROJECT_NUMBER@gs-project-accounts.iam.gserviceaccount.com
    // (https://cloud.google.com/storage/docs/getting-service-agent); the number is the account's, so 0.
    "gcp:storage/getProjectServiceAccount:getProjectServiceAccount": (args, ctx) => {
        const project = need(ctx, "gcp", "project", args.project);
        const emailAddress = "service-0@gs-project-accounts.iam.gserviceaccount.com";
        return { id: emailAddress, emailAddress, member: `serviceAccount:${emailAddress}`, project };
    },
    "gcp:organizations/getProject:getProject": (args, ctx) => {
        const project = need(ctx, "gcp", "project", args.projectId);
        return { id: `projects/${project}`, projectId: project, name: project, number: "0", labels: {}, effectiveLabels: {}, pulumiLabels: {}, tags: {} };
    },
};
