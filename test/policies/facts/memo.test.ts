// The pack shares one unknown-checking proxy per converted object (policies/src/sdk/proxy-once.ts) and
// remembers the facts derived from each proxy for the next policy (policies/src/facts/memo.ts). Sound
// only if a remembered result is never handed to another resource: the same estate (every catalogue
// type, keys, replicas, secrets, unknowns) must get the same verdicts with and without it, and facts
// must follow the props they came from, never an equal-looking neighbour's.
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as path from "path";
import { syntheticEstate } from "../../../scripts/bench/synthetic";
import { toEngineResources } from "../../../src/engine/resources";
import { EU_PACK, ROOT } from "../../helpers/packs";
import { analyzeWith, verdicts } from "../../helpers/verdicts";

const OPT_OUT = "EU_SOV_NO_MEMO";

/** Runs `body` in a fresh Node with the pack's SDK hooks as `sdk`, its facts as `facts`, `keys`; prints JSON. */
function run(body: string, env: NodeJS.ProcessEnv = {}): Record<string, unknown> {
    const dist = (p: string): string => JSON.stringify(path.join(EU_PACK, "dist", p));
    const script = `
        const { installDeserializeOnce } = require(${dist("sdk/deserialize-once.js")});
        const { installProxyOnce } = require(${dist("sdk/proxy-once.js")});
        const proxied = installProxyOnce();
        installDeserializeOnce();
        const sdk = require("@pulumi/policy/proxy");
        const { factsOf } = require(${dist("facts/index.js")});
        const { keyFactsOf } = require(${dist("facts/keys/index.js")});
        const where = (f) => f.locations.map((l) => l.place.canonical);
        ${body}`;
    const out = execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });
    return JSON.parse(out) as Record<string, unknown>;
}

describe("robustness: facts remembered per props proxy", function () {
    this.timeout(600_000);

    it("gives the same verdicts as deriving them in every policy, on every catalogue type", async () => {
        const stack = { project: "estate", stack: "prod" };
        const resources = toEngineResources(syntheticEstate(10_000, stack).resources, stack);
        const memo = verdicts(await analyzeWith(OPT_OUT, false, resources));
        const fresh = verdicts(await analyzeWith(OPT_OUT, true, resources));
        // A floor that the estate is judged at all (provider-jurisdiction reports once per provider: ~4,900).
        assert.ok(memo.length > 4_000, `diagnostics: ${memo.length}`);
        assert.deepStrictEqual(memo, fresh);
    });

    it("never hands one resource's facts to another with equal-looking props, another type or another provider", () => {
        const out = run(`
            const bucket = (region) => ({ type: "aws:s3/bucket:Bucket", name: "b", urn: "urn:b", props: sdk.unknownCheckingProxy({ region, bucket: "b" }) });
            const a = bucket("us-east-1");
            const b = bucket("us-east-1");
            const c = bucket("eu-west-1");
            const first = factsOf(a);
            const remembered = factsOf(a) === first && factsOf({ ...a }) === first;
            const provider = (region) => ({ type: "pulumi:providers:aws", name: "p", urn: "urn:p", props: sdk.unknownCheckingProxy({ region }) });
            const onProvider = (p) => ({ type: "aws:sqs/queue:Queue", name: "q", urn: "urn:q", props: sdk.unknownCheckingProxy({}), provider: p });
            const q = onProvider(provider("eu-west-1"));
            const qIn = factsOf(q);
            const qElsewhere = factsOf({ ...q, provider: provider("us-west-2") });
            const target = { region: "eu-west-1" };
            const key = { type: "aws:sqs/queue:Queue", props: sdk.unknownCheckingProxy({ kmsMasterKeyId: "arn:aws:kms:us-east-1:111122223333:key/k" }) };
            const keyOther = { type: "aws:sqs/queue:Queue", props: sdk.unknownCheckingProxy({ kmsMasterKeyId: "arn:aws:kms:eu-west-1:111122223333:key/k" }) };
            const plain = { type: "aws:s3/bucket:Bucket", name: "b", urn: "urn:b", props: { region: "us-east-1" } };
            const plainBefore = where(factsOf(plain));
            plain.props.region = "eu-central-1";
            const main = {
                proxied,
                sharedProxy: sdk.unknownCheckingProxy(target) === sdk.unknownCheckingProxy(target),
                remembered,
                equalLookingApart: factsOf(b) !== first,
                a: where(first), b: where(factsOf(b)), c: where(factsOf(c)),
                otherType: factsOf({ ...a, type: "aws:sqs/queue:Queue" }) !== first,
                otherUrn: factsOf({ ...a, urn: "urn:other" }) !== first,
                provider: [where(qIn), where(qElsewhere), where(factsOf(q))],
                keys: [keyFactsOf(key) === keyFactsOf(key), JSON.stringify(keyFactsOf(key)) === JSON.stringify(keyFactsOf(keyOther))],
                plain: [plainBefore, where(factsOf(plain))],
            };
            // Only the last few are remembered: after many others, the first is derived again, and still right.
            const firstProxy = sdk.unknownCheckingProxy(target);
            const crowd = Array.from({ length: 100 }, (_, i) => bucket(i % 2 ? "eu-north-1" : "ap-south-1"));
            const crowdRight = crowd.every((r, i) => where(factsOf(r))[0] === (i % 2 ? "eu-north-1" : "ap-south-1"));
            const forgotten = factsOf(a) !== first && JSON.stringify(factsOf(a)) === JSON.stringify(first) && sdk.unknownCheckingProxy(target) !== firstProxy;
            console.log(JSON.stringify({ ...main, crowdRight, forgotten }));`);
        assert.deepStrictEqual(out, {
            proxied: true, sharedProxy: true, remembered: true, equalLookingApart: true,
            a: ["us-east-1"], b: ["us-east-1"], c: ["eu-west-1"],
            otherType: true, otherUrn: true,
            provider: [["eu-west-1"], ["us-west-2"], ["eu-west-1"]],
            keys: [true, false],
            plain: [["us-east-1"], ["eu-central-1"]],
            crowdRight: true, forgotten: true,
        });
    });

    it("can be turned off", () => {
        const out = run(`
            const target = { region: "eu-west-1" };
            const a = { type: "aws:s3/bucket:Bucket", name: "b", urn: "urn:b", props: sdk.unknownCheckingProxy(target) };
            console.log(JSON.stringify({ proxied, sharedProxy: sdk.unknownCheckingProxy(target) === sdk.unknownCheckingProxy(target), remembered: factsOf(a) === factsOf(a) }));`, { [OPT_OUT]: "1" });
        assert.deepStrictEqual(out, { proxied: false, sharedProxy: false, remembered: false });
    });
});
