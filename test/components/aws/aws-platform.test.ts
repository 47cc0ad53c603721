// AWS platform building blocks under the mock runtime: EKS, SQS, SNS and CloudWatch Logs. What they
// create, their outputs, and every refusal (a clear error, and nothing registered).
import * as assert from "assert";
import { SovereignEksCluster, SovereignKey, SovereignLogGroup, SovereignQueue, SovereignTopic } from "../../../components/aws";
import { registrationsOf, resetRegistrations, settle, useMocks, valueOf, itRefuses, type Refusal } from "../mocks";

const euAllowed = "allowed: eu-central-1, eu-west-1, eu-west-3, eu-north-1, eu-south-1, eu-south-2, eusc-de-east-1";
const account = "111122223333";

describe("components: AWS platform", () => {
    before(() => useMocks({ "aws:region": "eu-central-1" }));
    beforeEach(async () => {
        await settle();
        resetRegistrations();
    });

    describe("SovereignEksCluster", () => {
        it("creates a private cluster with KMS secrets encryption, a cluster role and an encrypted log group first", async () => {
            const c = new SovereignEksCluster("prod", { subnetIds: ["subnet-a", "subnet-b"], version: "1.33" });
            assert.strictEqual(c.region, "eu-central-1");
            assert.strictEqual(await valueOf(c.keyArn), `arn:aws:kms:eu-central-1:${account}:key/mrk-prod-key`);
            assert.strictEqual(await valueOf(c.endpoint), "https://ABCDEF0123456789.gr7.eu-central-1.eks.amazonaws.com");
            assert.strictEqual(await valueOf(c.oidcIssuer), "https://oidc.eks.eu-central-1.amazonaws.com/id/ABCDEF0123456789");
            const [cluster] = await registrationsOf("aws:eks/cluster:Cluster");
            assert.strictEqual(cluster.inputs.region, "eu-central-1");
            assert.strictEqual(cluster.inputs.name, "prod");
            assert.strictEqual(cluster.inputs.version, "1.33");
            assert.deepStrictEqual(cluster.inputs.vpcConfig, { subnetIds: ["subnet-a", "subnet-b"], endpointPrivateAccess: true, endpointPublicAccess: false });
            assert.deepStrictEqual(cluster.inputs.encryptionConfig, { resources: ["secrets"], provider: { keyArn: `arn:aws:kms:eu-central-1:${account}:key/mrk-prod-key` } });
            assert.deepStrictEqual(cluster.inputs.enabledClusterLogTypes, ["api", "audit", "authenticator"]);
            assert.strictEqual(cluster.inputs.roleArn, `arn:aws:iam::${account}:role/prod-cluster-role`);
            const [attachment] = await registrationsOf("aws:iam/rolePolicyAttachment:RolePolicyAttachment");
            assert.strictEqual(attachment.inputs.policyArn, "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy");
            const [role] = await registrationsOf("aws:iam/role:Role");
            assert.deepStrictEqual(JSON.parse(String(role.inputs.assumeRolePolicy)).Statement[0].Principal, { Service: "eks.amazonaws.com" });
            // EKS writes to /aws/eks/<cluster>/cluster: the component makes it first, encrypted.
            const [lg] = await registrationsOf("aws:cloudwatch/logGroup:LogGroup");
            assert.strictEqual(lg.inputs.name, "/aws/eks/prod/cluster");
            assert.strictEqual(lg.inputs.kmsKeyId, `arn:aws:kms:eu-central-1:${account}:key/mrk-prod-logs-key`);
            assert.ok(c.logGroup instanceof SovereignLogGroup);
        });

        it("takes a key, a role and no logs, creating neither key, role nor log group", async () => {
            const key = new SovereignKey("shared");
            const c = new SovereignEksCluster("lean", { subnetIds: ["subnet-a", "subnet-b"], key, roleArn: `arn:aws:iam::${account}:role/eks`, controlPlaneLogs: [] });
            assert.strictEqual(c.key, undefined);
            assert.strictEqual(c.role, undefined);
            assert.strictEqual(c.logGroup, undefined);
            const [cluster] = await registrationsOf("aws:eks/cluster:Cluster");
            assert.deepStrictEqual(cluster.inputs.enabledClusterLogTypes, []);
            assert.strictEqual(cluster.inputs.roleArn, `arn:aws:iam::${account}:role/eks`);
            assert.strictEqual((await registrationsOf("aws:kms/key:Key")).length, 1, "only the shared key");
            assert.strictEqual((await registrationsOf("aws:cloudwatch/logGroup:LogGroup")).length, 0);
        });

        it("writes ARNs in the aws-eusc partition in the AWS European Sovereign Cloud", async () => {
            new SovereignEksCluster("eusc", { region: "eusc-de-east-1", subnetIds: ["subnet-a", "subnet-b"], controlPlaneLogs: [] });
            const [attachment] = await registrationsOf("aws:iam/rolePolicyAttachment:RolePolicyAttachment");
            assert.strictEqual(attachment.inputs.policyArn, "arn:aws-eusc:iam::aws:policy/AmazonEKSClusterPolicy");
        });

        const subnets = ["subnet-a", "subnet-b"];
        itRefuses([
            ["a region outside the allow-list", () => new SovereignEksCluster("c", { region: "us-east-1", subnetIds: subnets }),
                `SovereignEksCluster "c": region "us-east-1" is not an allowed location; ${euAllowed}`],
            ["a single subnet", () => new SovereignEksCluster("c", { subnetIds: ["subnet-a"] }),
                'SovereignEksCluster "c": subnetIds names 1 subnet(s); EKS needs subnets in at least two zones'],
            ["no subnets", () => new SovereignEksCluster("c", {} as never),
                'SovereignEksCluster "c": subnetIds is required: private subnets in at least two zones of the region'],
            ["a key in another region", () => new SovereignEksCluster("c", { subnetIds: subnets, key: "arn:aws:kms:eu-west-1:111122223333:key/abc" }),
                'SovereignEksCluster "c": key is in "eu-west-1" but this resource is in "eu-central-1"; the key must be in the same region'],
            ["an AWS managed key", () => new SovereignEksCluster("c", { subnetIds: subnets, key: "arn:aws:kms:eu-central-1:111122223333:alias/aws/eks" }),
                'SovereignEksCluster "c": key names an AWS managed key (alias/aws/eks); AWS holds that key: pass a customer managed key'],
            ["an invalid cluster name", () => new SovereignEksCluster("c", { subnetIds: subnets, clusterName: "-bad name" }),
                'SovereignEksCluster "c": clusterName "-bad name" is not a valid EKS cluster name; allowed: 1-100 letters, digits, "-" and "_", starting with a letter or digit'],
            ["a version that is not a minor version", () => new SovereignEksCluster("c", { subnetIds: subnets, version: "latest" }),
                'SovereignEksCluster "c": version "latest" is not a Kubernetes minor version such as "1.33"'],
            ["an unknown log type", () => new SovereignEksCluster("c", { subnetIds: subnets, controlPlaneLogs: ["api", "everything" as never] }),
                'SovereignEksCluster "c": controlPlaneLogs[1] "everything" is not an EKS log type; allowed: api, audit, authenticator, controllerManager, scheduler'],
        ] satisfies Refusal[]);
    });

    describe("SovereignQueue", () => {
        it("creates a KMS-encrypted queue (SQS-managed SSE off) with a TLS-only policy", async () => {
            const q = new SovereignQueue("jobs");
            assert.strictEqual(await valueOf(q.url), `https://sqs.eu-central-1.amazonaws.com/${account}/jobs-q1`);
            assert.strictEqual(q.deadLetterQueue, undefined);
            const [queue] = await registrationsOf("aws:sqs/queue:Queue");
            assert.strictEqual(queue.inputs.region, "eu-central-1");
            assert.strictEqual(queue.inputs.kmsMasterKeyId, `arn:aws:kms:eu-central-1:${account}:key/mrk-jobs-key`);
            assert.strictEqual(queue.inputs.sqsManagedSseEnabled, false);
            assert.strictEqual(queue.inputs.kmsDataKeyReusePeriodSeconds, 300);
            assert.strictEqual(queue.inputs.messageRetentionSeconds, 345600);
            const [policy] = await registrationsOf("aws:sqs/queuePolicy:QueuePolicy");
            assert.strictEqual(policy.inputs.queueUrl, `https://sqs.eu-central-1.amazonaws.com/${account}/jobs-q1`);
            assert.deepStrictEqual(JSON.parse(String(policy.inputs.policy)).Statement, [{
                Sid: "DenyInsecureTransport", Effect: "Deny", Principal: "*", Action: "sqs:*",
                Resource: `arn:aws:sqs:eu-central-1:${account}:jobs-q1`, Condition: { Bool: { "aws:SecureTransport": "false" } },
            }]);
        });

        it("adds a dead-letter queue under the same key, and names FIFO queues with .fifo", async () => {
            const q = new SovereignQueue("orders", { fifo: true, queueName: "orders", maxReceiveCount: 3 });
            assert.ok(q.deadLetterQueue);
            const queues = await registrationsOf("aws:sqs/queue:Queue");
            assert.deepStrictEqual(queues.map((r) => r.inputs.name).sort(), ["orders-dlq.fifo", "orders.fifo"]);
            for (const r of queues) assert.strictEqual(r.inputs.kmsMasterKeyId, `arn:aws:kms:eu-central-1:${account}:key/mrk-orders-key`);
            const main = queues.find((r) => r.inputs.name === "orders.fifo");
            assert.deepStrictEqual(JSON.parse(String(main?.inputs.redrivePolicy)), { deadLetterTargetArn: `arn:aws:sqs:eu-central-1:${account}:orders-dlq.fifo`, maxReceiveCount: 3 });
            assert.strictEqual((await registrationsOf("aws:sqs/queuePolicy:QueuePolicy")).length, 2);
        });

        itRefuses([
            ["a region outside the allow-list", () => new SovereignQueue("q", { region: "ap-south-1" }),
                `SovereignQueue "q": region "ap-south-1" is not an allowed location; ${euAllowed}`],
            ["a retention over 14 days", () => new SovereignQueue("q", { messageRetentionSeconds: 2_000_000 }),
                'SovereignQueue "q": messageRetentionSeconds 2000000 is out of range; allowed: an integer from 60 to 1209600'],
            ["a max receive count of 0", () => new SovereignQueue("q", { maxReceiveCount: 0 }),
                'SovereignQueue "q": maxReceiveCount 0 is out of range; allowed: an integer from 1 to 1000'],
            ["an invalid queue name", () => new SovereignQueue("q", { queueName: "has space" }),
                'SovereignQueue "q": queueName "has space" is not a valid queue name; allowed: 1-80 letters, digits, "-" and "_"'],
            ["a bare key id", () => new SovereignQueue("q", { key: "1234abcd-12ab-34cd-56ef-1234567890ab" }),
                'SovereignQueue "q": key "1234abcd-12ab-34cd-56ef-1234567890ab" is not a KMS key ARN; pass the key\'s full ARN (a bare key id or alias name hides its region)'],
        ] satisfies Refusal[]);
    });

    describe("SovereignTopic", () => {
        it("creates a KMS-encrypted topic with a TLS-only topic policy", async () => {
            const t = new SovereignTopic("alerts", { region: "eu-north-1" });
            assert.strictEqual(await valueOf(t.arn), `arn:aws:sns:eu-north-1:${account}:alerts-t1`);
            const [topic] = await registrationsOf("aws:sns/topic:Topic");
            assert.strictEqual(topic.inputs.region, "eu-north-1");
            assert.strictEqual(topic.inputs.kmsMasterKeyId, `arn:aws:kms:eu-north-1:${account}:key/mrk-alerts-key`);
            const [policy] = await registrationsOf("aws:sns/topicPolicy:TopicPolicy");
            assert.strictEqual(policy.inputs.region, "eu-north-1");
            assert.deepStrictEqual(JSON.parse(String(policy.inputs.policy)).Statement[0].Condition, { Bool: { "aws:SecureTransport": "false" } });
        });

        let central: SovereignKey;
        before(() => {
            central = new SovereignKey("k-central");
        });
        itRefuses([
            ["a region outside the allow-list", () => new SovereignTopic("t", { region: "us-west-2" }),
                `SovereignTopic "t": region "us-west-2" is not an allowed location; ${euAllowed}`],
            ["a SovereignKey without a replica in the topic's region", () => new SovereignTopic("t", { region: "eu-west-1", key: central }),
                'SovereignTopic "t": key is a SovereignKey in "eu-central-1" with no replica in "eu-west-1"; this resource needs its key in its own region'],
        ] satisfies Refusal[]);
    });

    describe("SovereignLogGroup", () => {
        it("creates an encrypted log group with a finite retention, its key admitting CloudWatch Logs for this account only", async () => {
            const lg = new SovereignLogGroup("app", { logGroupName: "/app/prod", retentionInDays: 90 });
            assert.strictEqual(await valueOf(lg.arn), `arn:aws:logs:eu-central-1:${account}:log-group:/app/prod`);
            const [group] = await registrationsOf("aws:cloudwatch/logGroup:LogGroup");
            assert.strictEqual(group.inputs.retentionInDays, 90);
            assert.strictEqual(group.inputs.kmsKeyId, `arn:aws:kms:eu-central-1:${account}:key/mrk-app-key`);
            const [key] = await registrationsOf("aws:kms/key:Key");
            const statements = JSON.parse(String(key.inputs.policy)).Statement;
            assert.deepStrictEqual(statements[0].Principal, { AWS: `arn:aws:iam::${account}:root` });
            assert.deepStrictEqual(statements[1].Principal, { Service: "logs.eu-central-1.amazonaws.com" });
            assert.deepStrictEqual(statements[1].Condition, { ArnLike: { "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:eu-central-1:${account}:log-group:*` } });
        });

        it("keeps logs a year by default", async () => {
            new SovereignLogGroup("default");
            const [group] = await registrationsOf("aws:cloudwatch/logGroup:LogGroup");
            assert.strictEqual(group.inputs.retentionInDays, 365);
        });

        itRefuses([
            ["a region outside the allow-list", () => new SovereignLogGroup("l", { region: "eu-west-2" }),
                `SovereignLogGroup "l": region "eu-west-2" is not an allowed location; ${euAllowed}`],
            ["a retention CloudWatch does not offer", () => new SovereignLogGroup("l", { retentionInDays: 42 }),
                'SovereignLogGroup "l": retentionInDays 42 is not a CloudWatch Logs retention; allowed: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653'],
            ["never-expiring logs (0)", () => new SovereignLogGroup("l", { retentionInDays: 0 }),
                'SovereignLogGroup "l": retentionInDays 0 is not a CloudWatch Logs retention; allowed: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653'],
            ["an invalid name", () => new SovereignLogGroup("l", { logGroupName: "bad name!" }),
                'SovereignLogGroup "l": logGroupName "bad name!" is not a valid log group name; allowed: 1-512 letters, digits, ".", "-", "_", "/" and "#"'],
        ] satisfies Refusal[]);
    });
});
