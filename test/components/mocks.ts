import * as assert from "assert";
// The mock runtime for component tests: records every registration (components included) and
// answers with the values a real deployment would compute (ARNs, URIs, ids), so outputs can be
// asserted as real values.
import * as pulumi from "@pulumi/pulumi";

export interface Registered {
    type: string;
    name: string;
    custom: boolean;
    inputs: Record<string, unknown>;
    /** What the mocks answered: the inputs plus computed outputs. */
    state: Record<string, unknown>;
}

export const registered: Registered[] = [];

const account = "111122223333";
const subscription = "00000000-0000-0000-0000-000000000001";
const project = "sovereign-project";

/** State a provider would return: the inputs plus the computed outputs the components read. */
function stateOf(type: string, name: string, inputs: Record<string, unknown>): { id: string; state: Record<string, unknown> } {
    const region = String(inputs.region ?? "");
    const rg = String(inputs.resourceGroupName ?? "rg");
    const arm = (provider: string, kind: string, n: string): string =>
        `/subscriptions/${subscription}/resourceGroups/${rg}/providers/${provider}/${kind}/${n}`;
    switch (type) {
        case "aws:kms/key:Key":
        case "aws:kms/replicaKey:ReplicaKey": {
            // Replicas of a multi-Region key share the primary's key id.
            const keyId = type === "aws:kms/key:Key" ? `mrk-${name}` : String(inputs.primaryKeyArn).split("/").pop() as string;
            return { id: keyId, state: { ...inputs, keyId, arn: `arn:aws:kms:${region}:${account}:key/${keyId}` } };
        }
        case "aws:s3/bucket:Bucket": {
            const bucket = String(inputs.bucket ?? `${name}-a1b2c3d`);
            return { id: bucket, state: { ...inputs, bucket, arn: `arn:aws:s3:::${bucket}`, bucketRegionalDomainName: `${bucket}.s3.${region}.amazonaws.com` } };
        }
        case "aws:rds/subnetGroup:SubnetGroup":
            return { id: `${name}-sng`, state: { ...inputs, name: `${name}-sng` } };
        case "aws:rds/instance:Instance": {
            const identifier = `${name}-db1`;
            const address = `${identifier}.abc.${region}.rds.amazonaws.com`;
            return {
                id: identifier,
                state: {
                    ...inputs, identifier, address, port: 5432, endpoint: `${address}:5432`,
                    arn: `arn:aws:rds:${region}:${account}:db:${identifier}`,
                    masterUserSecrets: [{ secretArn: `arn:aws:secretsmanager:${region}:${account}:secret:rds!db-${identifier}`, kmsKeyId: inputs.masterUserSecretKmsKeyId }],
                },
            };
        }
        case "aws:eks/cluster:Cluster": {
            const n = String(inputs.name ?? name);
            return {
                id: n,
                state: {
                    ...inputs, name: n, arn: `arn:aws:eks:${region}:${account}:cluster/${n}`,
                    endpoint: `https://ABCDEF0123456789.gr7.${region}.eks.amazonaws.com`,
                    certificateAuthority: { data: "LS0tLS1CRUdJTi1DRVJUSUZJQ0FURQ==" },
                    identities: [{ oidcs: [{ issuer: `https://oidc.eks.${region}.amazonaws.com/id/ABCDEF0123456789` }] }],
                },
            };
        }
        case "aws:iam/role:Role":
            return { id: `${name}-role`, state: { ...inputs, name: `${name}-role`, arn: `arn:aws:iam::${account}:role/${name}-role` } };
        case "aws:cloudwatch/logGroup:LogGroup": {
            const n = String(inputs.name ?? `${name}-lg1`);
            return { id: n, state: { ...inputs, name: n, arn: `arn:aws:logs:${region}:${account}:log-group:${n}` } };
        }
        case "aws:sqs/queue:Queue": {
            const n = String(inputs.name ?? `${name}-q1${inputs.fifoQueue ? ".fifo" : ""}`);
            return { id: `https://sqs.${region}.amazonaws.com/${account}/${n}`, state: { ...inputs, name: n, url: `https://sqs.${region}.amazonaws.com/${account}/${n}`, arn: `arn:aws:sqs:${region}:${account}:${n}` } };
        }
        case "aws:sns/topic:Topic": {
            const n = String(inputs.name ?? `${name}-t1${inputs.fifoTopic ? ".fifo" : ""}`);
            const arn = `arn:aws:sns:${region}:${account}:${n}`;
            return { id: arn, state: { ...inputs, name: n, arn } };
        }
        case "aws:organizations/policy:Policy":
            return { id: `p-${name}`, state: { ...inputs, arn: `arn:aws:organizations::${account}:policy/o-example/service_control_policy/p-${name}` } };
        case "azure-native:keyvault:Vault": {
            const n = String(inputs.vaultName ?? `${name}kv1`);
            const properties = { ...(inputs.properties as object), vaultUri: `https://${n}.vault.azure.net/` };
            return { id: arm("Microsoft.KeyVault", "vaults", n), state: { ...inputs, name: n, properties } };
        }
        case "azure-native:keyvault:ManagedHsm": {
            const n = String(inputs.name ?? `${name}hsm1`);
            const properties = { ...(inputs.properties as object), hsmUri: `https://${n}.managedhsm.azure.net/` };
            return { id: arm("Microsoft.KeyVault", "managedHSMs", n), state: { ...inputs, name: n, properties } };
        }
        case "azure-native:keyvault:Key": {
            const n = String(inputs.keyName ?? `${name}key1`);
            const uri = `https://${String(inputs.vaultName)}.vault.azure.net/keys/${n}`;
            return { id: `${arm("Microsoft.KeyVault", "vaults", String(inputs.vaultName))}/keys/${n}`, state: { ...inputs, name: n, keyUri: uri, keyUriWithVersion: `${uri}/0123456789abcdef` } };
        }
        case "azure-native:managedidentity:UserAssignedIdentity":
            return { id: arm("Microsoft.ManagedIdentity", "userAssignedIdentities", name), state: { ...inputs, name, principalId: `principal-${name}`, clientId: `client-${name}` } };
        case "azure-native:authorization:RoleAssignment":
            return { id: `${String(inputs.scope)}/providers/Microsoft.Authorization/roleAssignments/${name}`, state: { ...inputs } };
        case "azure-native:storage:StorageAccount": {
            const n = String(inputs.accountName ?? `${name.replace(/[^a-z0-9]/g, "")}sa1`);
            return { id: arm("Microsoft.Storage", "storageAccounts", n), state: { ...inputs, name: n, primaryEndpoints: { blob: `https://${n}.blob.core.windows.net/` } } };
        }
        case "azure-native:dbforpostgresql:Server": {
            const n = String(inputs.serverName ?? `${name}-pg1`);
            return { id: arm("Microsoft.DBforPostgreSQL", "flexibleServers", n), state: { ...inputs, name: n, fullyQualifiedDomainName: `${n}.postgres.database.azure.com` } };
        }
        case "azure-native:compute:DiskEncryptionSet":
            return { id: arm("Microsoft.Compute", "diskEncryptionSets", name), state: { ...inputs, name } };
        case "azure-native:containerservice:ManagedCluster": {
            const n = String(inputs.resourceName ?? `${name}-aks1`);
            return { id: arm("Microsoft.ContainerService", "managedClusters", n), state: { ...inputs, name: n, privateFQDN: `${n}-abc123.privatelink.${String(inputs.location)}.azmk8s.io` } };
        }
        case "azure-native:servicebus:Namespace": {
            const n = String(inputs.namespaceName ?? `${name}-sb1`);
            return { id: arm("Microsoft.ServiceBus", "namespaces", n), state: { ...inputs, name: n, serviceBusEndpoint: `https://${n}.servicebus.windows.net:443/` } };
        }
        case "azure-native:operationalinsights:Cluster":
            return { id: arm("Microsoft.OperationalInsights", "clusters", name), state: { ...inputs, name } };
        case "azure-native:operationalinsights:Workspace": {
            const n = String(inputs.workspaceName ?? `${name}-law1`);
            return { id: arm("Microsoft.OperationalInsights", "workspaces", n), state: { ...inputs, name: n, customerId: "11111111-2222-3333-4444-555555555555" } };
        }
        case "azure-native:authorization:PolicyAssignment":
            return { id: `${String(inputs.scope)}/providers/Microsoft.Authorization/policyAssignments/${name}`, state: { ...inputs, name } };
        case "gcp:container/cluster:Cluster": {
            const n = String(inputs.name ?? `${name}-gke1`);
            return { id: `projects/${project}/locations/${String(inputs.location)}/clusters/${n}`, state: { ...inputs, name: n, endpoint: "172.16.0.2" } };
        }
        case "gcp:pubsub/topic:Topic": {
            const n = String(inputs.name ?? `${name}-t1`);
            return { id: `projects/${project}/topics/${n}`, state: { ...inputs, name: n } };
        }
        case "gcp:logging/projectBucketConfig:ProjectBucketConfig": {
            const n = `projects/${String(inputs.project)}/locations/${String(inputs.location)}/buckets/${String(inputs.bucketId)}`;
            return { id: n, state: { ...inputs, name: n } };
        }
        case "gcp:orgpolicy/policy:Policy":
            return { id: String(inputs.name), state: { ...inputs } };
        case "gcp:kms/keyRing:KeyRing": {
            const n = String(inputs.name ?? `${name}-kr1`);
            return { id: `projects/${project}/locations/${String(inputs.location)}/keyRings/${n}`, state: { ...inputs, name: n } };
        }
        case "gcp:kms/cryptoKey:CryptoKey": {
            const n = String(inputs.name ?? `${name}-ck1`);
            return { id: `${String(inputs.keyRing)}/cryptoKeys/${n}`, state: { ...inputs, name: n } };
        }
        case "gcp:kms/cryptoKeyVersion:CryptoKeyVersion":
            return { id: `${String(inputs.cryptoKey)}/cryptoKeyVersions/1`, state: { ...inputs } };
        case "gcp:storage/bucket:Bucket": {
            const n = String(inputs.name ?? `${name}-b1`);
            return { id: n, state: { ...inputs, name: n, url: `gs://${n}`, selfLink: `https://www.googleapis.com/storage/v1/b/${n}` } };
        }
        case "gcp:projects/serviceIdentity:ServiceIdentity":
            return { id: `${name}-si`, state: { ...inputs, email: "service-123456789@gcp-sa-cloud-sql.iam.gserviceaccount.com" } };
        case "gcp:sql/databaseInstance:DatabaseInstance": {
            const n = String(inputs.name ?? `${name}-sql1`);
            return { id: n, state: { ...inputs, name: n, connectionName: `${project}:${region}:${n}`, privateIpAddress: "10.10.0.5" } };
        }
        default:
            return { id: `${name}-id`, state: { ...inputs } };
    }
}

const calls: Record<string, Record<string, unknown>> = {
    "aws:index/getCallerIdentity:getCallerIdentity": { accountId: account, arn: `arn:aws:iam::${account}:user/deployer`, userId: "AIDA0000", id: account },
    "azure-native:authorization:getClientConfig": { tenantId: "tenant-0001", subscriptionId: subscription, objectId: "object-0001", clientId: "client-0001" },
    "gcp:logging/getProjectCmekSettings:getProjectCmekSettings": {
        serviceAccountId: "cmek-p123456789@gcp-sa-logging.iam.gserviceaccount.com", project, id: "logging-cmek", name: `projects/${project}/cmekSettings`,
    },
    "gcp:storage/getProjectServiceAccount:getProjectServiceAccount": {
        emailAddress: "service-123456789@gs-project-accounts.iam.gserviceaccount.com", project, id: "gcs-agent",
        member: "serviceAccount:service-123456789@gs-project-accounts.iam.gserviceaccount.com",
    },
};

/** Installs the mocks with this stack config (e.g. `{ "aws:region": "eu-central-1" }`). */
export async function useMocks(config: Record<string, string> = {}): Promise<void> {
    pulumi.runtime.setAllConfig(config);
    await pulumi.runtime.setMocks({
        newResource: (args) => {
            const answer = stateOf(args.type, args.name, args.inputs as Record<string, unknown>);
            registered.push({ type: args.type, name: args.name, custom: args.custom ?? false, inputs: args.inputs as Record<string, unknown>, state: answer.state });
            return answer;
        },
        call: (args) => calls[args.token] ?? {},
    }, "components", "dev", false);
}

/** The value of an output (or plain input), once resolved. */
export function valueOf<T>(input: pulumi.Input<T> | undefined): Promise<T> {
    return new Promise((resolve) => pulumi.output(input as pulumi.Input<T>).apply((v) => resolve(v as T)));
}

/** Lets pending registrations reach the mocks. */
export async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 10));
}

/** The registrations of one type since the last `resetRegistrations()`, once settled. */
export async function registrationsOf(type: string): Promise<Registered[]> {
    await settle();
    return registered.filter((r) => r.type === type);
}

export function resetRegistrations(): void {
    registered.length = 0;
}

/**
 * Runs a construction that must be refused: returns the error's message and asserts nothing at all
 * was registered (not even the component).
 */
export async function refusal(construct: () => unknown): Promise<{ message: string; registrations: number }> {
    await settle();
    resetRegistrations();
    let message: string | undefined;
    try {
        construct();
    } catch (e) {
        if (!(e instanceof Error) || e.name !== "SovereigntyError") throw e;
        message = e.message;
    }
    await settle();
    if (message === undefined) throw new Error("the construction was not refused");
    return { message, registrations: registered.length };
}

/** One construction that must be refused: what it is, how to construct it, the exact error message. */
export type Refusal = [what: string, construct: () => unknown, expected: string];

/** A test per refusal: the exact message, and nothing registered. */
export function itRefuses(refusals: readonly Refusal[]): void {
    for (const [what, construct, expected] of refusals) {
        it(`refuses ${what}, registering nothing`, async () => {
            const r = await refusal(construct);
            assert.strictEqual(r.message, expected);
            assert.strictEqual(r.registrations, 0);
        });
    }
}
