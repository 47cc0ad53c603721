// SovereignServiceBus: a Premium Service Bus namespace (the tier that takes a customer-managed key)
// in an allowed location, encrypted with that key through a user-assigned identity, infrastructure
// encryption on, TLS 1.2, Entra ID auth only (no SAS keys), no geo-replication; with its queues and topics.
// Source: https://learn.microsoft.com/en-us/azure/service-bus-messaging/configure-customer-managed-key
import * as servicebus from "@pulumi/azure-native/servicebus";
import * as pulumi from "@pulumi/pulumi";
import { builtTo, azureToLevel3 } from "../level";
import { checkInteger, checkOneOf, refuse, type LocationPolicyArgs, type Subject } from "../validate";
import { customerKey } from "./customer-key";
import { resolveAzureKey, type AzureKeyInput } from "./key-ref";
import type { SovereignKeyVault } from "./key-vault";
import { azureLocation } from "./location";

export interface SovereignServiceBusArgs extends LocationPolicyArgs {
    resourceGroupName: pulumi.Input<string>;
    /** Default: the stack's `azure-native:location`. A plain string, checked at construction. */
    location?: string;
    /** The key: a SovereignKeyVault with a key, or a reference. Default: a new SovereignKeyVault. */
    key?: AzureKeyInput;
    tenantId?: pulumi.Input<string>;
    /** 6 to 50 letters, digits and hyphens, starting with a letter. Default: derived from the resource name. */
    namespaceName?: string;
    /** Messaging units: 1, 2, 4, 8 or 16. Default 1. */
    capacity?: number;
    /** Queues to create in the namespace. */
    queues?: readonly string[];
    /** Topics to create in the namespace. */
    topics?: readonly string[];
    /** "Disabled" leaves only private endpoints. Default "Enabled". */
    publicNetworkAccess?: "Enabled" | "Disabled";
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

const entityName = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,259}$/;

function plan(subject: Subject, args: SovereignServiceBusArgs): { location: string; capacity: number } {
    const location = azureLocation(subject, args.location, args);
    if (args.namespaceName !== undefined && !/^[a-zA-Z][a-zA-Z0-9-]{4,48}[a-zA-Z0-9]$/.test(args.namespaceName)) {
        refuse(subject, `namespaceName ${JSON.stringify(args.namespaceName)} is not a valid namespace name; allowed: 6-50 letters, digits and hyphens, starting with a letter`);
    }
    const capacity = checkInteger(subject, "capacity", args.capacity, 1, 16, 1);
    if (![1, 2, 4, 8, 16].includes(capacity)) refuse(subject, `capacity ${capacity} is not a Premium messaging unit count; allowed: 1, 2, 4, 8, 16`);
    for (const [arg, names] of [["queues", args.queues ?? []], ["topics", args.topics ?? []]] as const) {
        names.forEach((n, i) => {
            if (typeof n !== "string" || !entityName.test(n)) refuse(subject, `${arg}[${i}] ${JSON.stringify(n)} is not a valid entity name; allowed: letters, digits, ".", "-" and "_"`);
        });
        if (new Set(names).size !== names.length) refuse(subject, `${arg} names an entity twice`);
    }
    checkOneOf(subject, "publicNetworkAccess", args.publicNetworkAccess, ["Enabled", "Disabled"] as const, "Enabled");
    return { location, capacity };
}

export class SovereignServiceBus extends pulumi.ComponentResource {
    static readonly type = "eu-sovereignty:azure:SovereignServiceBus";
    static readonly level = builtTo(2, azureToLevel3);

    public readonly location: string;
    public readonly namespace: servicebus.Namespace;
    public readonly namespaceName: pulumi.Output<string>;
    public readonly namespaceId: pulumi.Output<string>;
    /** `https://<namespace>.servicebus.windows.net:443/`. */
    public readonly serviceBusEndpoint: pulumi.Output<string>;
    public readonly queues: Readonly<Record<string, servicebus.Queue>>;
    public readonly topics: Readonly<Record<string, servicebus.Topic>>;
    public readonly identityId: pulumi.Output<string>;
    /** The vault this component created, when no key was passed in. */
    public readonly keyVault?: SovereignKeyVault;

    /** Checks the arguments as the constructor does and throws the same SovereigntyError, registering nothing. */
    static check(name: string, args: SovereignServiceBusArgs): void {
        const subject = { component: "SovereignServiceBus", name };
        plan(subject, args);
        if (args.key !== undefined) resolveAzureKey(subject, "key", args.key, args);
    }

    constructor(name: string, args: SovereignServiceBusArgs, opts?: pulumi.ComponentResourceOptions) {
        const subject = { component: "SovereignServiceBus", name };
        const checked = plan(subject, args);
        const given = args.key === undefined ? undefined : resolveAzureKey(subject, "key", args.key, args);
        super(SovereignServiceBus.type, name, {}, opts);
        this.location = checked.location;
        const child = { parent: this };

        const { key, access, keyVault } = customerKey(name, this, subject, given, checked.location, args);
        this.keyVault = keyVault;

        this.namespace = new servicebus.Namespace(name, {
            namespaceName: args.namespaceName,
            resourceGroupName: args.resourceGroupName,
            location: checked.location,
            sku: { name: "Premium", tier: "Premium", capacity: checked.capacity },
            identity: { type: "UserAssigned", userAssignedIdentities: [access.identity.id] },
            encryption: {
                keySource: "Microsoft.KeyVault",
                keyVaultProperties: [{
                    keyName: key.keyName,
                    keyVaultUri: key.vaultUri,
                    keyVersion: key.keyVersion,
                    identity: { userAssignedIdentity: access.identity.id },
                }],
                requireInfrastructureEncryption: true,
            },
            minimumTlsVersion: "1.2",
            disableLocalAuth: true,
            publicNetworkAccess: args.publicNetworkAccess ?? "Enabled",
            tags: args.tags,
        }, { parent: this, dependsOn: access.grant ? [access.grant] : [] });

        const entity = { resourceGroupName: args.resourceGroupName, namespaceName: this.namespace.name };
        this.queues = Object.fromEntries((args.queues ?? []).map((q) => [q, new servicebus.Queue(`${name}-${q}`, { ...entity, queueName: q }, child)]));
        this.topics = Object.fromEntries((args.topics ?? []).map((t) => [t, new servicebus.Topic(`${name}-${t}`, { ...entity, topicName: t }, child)]));

        this.namespaceName = this.namespace.name;
        this.namespaceId = this.namespace.id;
        this.serviceBusEndpoint = this.namespace.serviceBusEndpoint;
        this.identityId = access.identity.id;
        this.registerOutputs({ location: this.location, namespaceName: this.namespaceName, namespaceId: this.namespaceId, serviceBusEndpoint: this.serviceBusEndpoint });
    }
}
