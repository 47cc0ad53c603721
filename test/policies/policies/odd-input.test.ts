import { strict as assert } from "assert";
import { encryptionInTransit, euCrossBorderReplication, euDataResidency, globalEdgeServices } from "eu-sovereignty-policies/policies";
import { checkStack, checkResource } from "../../helpers/harness";
const garbage: unknown[] = [null, 42, "x", [], {}, [null], { id: 5 }, [{ id: null }], true];
const types = ["aws:lambda/function:Function", "aws:cloudfront/distribution:Distribution", "aws:lb/listener:Listener", "aws:lb/loadBalancer:LoadBalancer", "azure-native:sql:FailoverGroup", "azure-native:storage:ObjectReplicationPolicy", "azure-native:sql:Server", "aws:rds/instance:Instance", "gcp:spanner/instance:Instance", "gcp:spanner/instanceConfig:InstanceConfig", "gcp:bigtable/instance:Instance", "gcp:firestore/database:Database", "aws:s3/bucket:Bucket", "aws:s3/bucketPolicy:BucketPolicy"];
const keys = ["name", "arn", "qualifiedArn", "defaultCacheBehavior", "orderedCacheBehaviors", "loadBalancerArn", "loadBalancerType", "partnerServers", "destinationAccount", "sourceAccount", "serverName", "replicateSourceDb", "config", "baseConfig", "clusters", "locationId", "region", "bucket", "policy", "protocol"];
describe("stack-resolved residency and transit checks on odd input (issue 11)", () => {
    it("never crash on nulls, numbers, strings, empty or wrong-shaped values", () => {
        for (const g of garbage) {
            const rs = types.map((type, i) => ({ type, name: `r${i}`, props: Object.fromEntries(keys.map((k) => [k, g])), provider: { type: "pulumi:providers:aws", props: { region: "us-east-1" } } }));
            for (const p of [euCrossBorderReplication, euDataResidency, globalEdgeServices, encryptionInTransit]) {
                const o = checkStack(p, rs);
                for (const m of o.violations) assert.ok(!/could not evaluate/.test(m), `${p.name} ${JSON.stringify(g)}: ${m}`);
                for (const r of rs) for (const m of checkResource(p, r).violations) assert.ok(!/could not evaluate/.test(m), `${p.name} ${r.type} ${JSON.stringify(g)}: ${m}`);
            }
        }
    });
});
