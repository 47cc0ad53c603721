// The components and the pack agree by test: every resource the components create goes through the
// real pack over the analyzer protocol, and no mandatory policy fails, under the default config
// and, with a key held outside the provider, under the strict preset. Twice: as the offline engine
// previews the fixture programs (computed values unknown), and as deployed (the same programs run
// under mocks that answer with real ARNs, URIs and ids, so every key policy runs to a verdict).
import * as assert from "assert";
import * as path from "path";
import * as yaml from "js-yaml";
import * as fs from "fs";
import { PackSession, checkProgram, type Report, type ResourceSpec } from "../../src";
import { registered, resetRegistrations, settle, useMocks } from "./mocks";

const programs = path.join(__dirname, "..", "fixtures", "component-programs");
const clouds = ["aws", "azure", "gcp"] as const;
type Cloud = (typeof clouds)[number];
const providerPackage: Record<Cloud, string> = { aws: "aws", azure: "azure-native", gcp: "gcp" };
/** Clouds with a sovereign partition the pack recognises, and a `<cloud>-sovereign` fixture program in it. */
const sovereignClouds = ["aws", "gcp"] as const;
const keyPolicies = ["customer-managed-keys", "eu-key-location", "external-key-custody"];

function mandatory(report: Report): string[] {
    const all = [...report.resources.flatMap((r) => r.diagnostics), ...report.stackDiagnostics];
    return all.filter((d) => d.enforcementLevel === "mandatory").map((d) => `${d.policyName}: ${d.message}`);
}

function errors(report: Report): string[] {
    return [...report.errors, ...report.resources.flatMap((r) => r.errors)].map((e) => e.message);
}

/** Key-policy diagnostics that are not verdicts ("can't run policy ... during preview"). */
function undecided(report: Report): string[] {
    return report.resources.flatMap((r) => r.diagnostics)
        .filter((d) => keyPolicies.includes(d.policyName) && /during preview/.test(d.message))
        .map((d) => `${d.policyName}: ${d.message}`);
}

function stackConfig(dir: string): Record<string, string> {
    const doc = yaml.load(fs.readFileSync(path.join(programs, dir, "Pulumi.dev.yaml"), "utf8")) as { config: Record<string, string> };
    return doc.config;
}

describe("components through the pack", function () {
    this.timeout(300_000);

    describe("previewed by the offline engine (checkProgram)", () => {
        let defaults: PackSession;
        let strict: PackSession;
        let sovereign: PackSession;
        before(async () => {
            [defaults, strict, sovereign] = await Promise.all([PackSession.start(), PackSession.start({ preset: "strict" }), PackSession.start({ preset: "sovereign" })]);
        });
        after(() => Promise.all([defaults?.stop(), strict?.stop(), sovereign?.stop()]));

        for (const cloud of clouds) {
            it(`${cloud}: every component, zero mandatory violations under the default config`, async () => {
                const report = await checkProgram(path.join(programs, cloud), { session: defaults });
                assert.deepStrictEqual(errors(report), []);
                assert.deepStrictEqual(mandatory(report), []);
                assert.ok(report.resources.some((r) => r.type.startsWith(`eu-sovereignty:${cloud}:`)), "the components ran");
            });

            it(`${cloud}: with an external key, zero mandatory violations under the strict preset`, async () => {
                const report = await checkProgram(path.join(programs, `${cloud}-external`), { session: strict });
                assert.deepStrictEqual(errors(report), []);
                assert.deepStrictEqual(mandatory(report), []);
            });
        }

        for (const cloud of clouds) {
            it(`examples/${cloud}-compliant (built from the components): zero mandatory violations under the default config`, async () => {
                const report = await checkProgram(path.join(__dirname, "..", "..", "examples", `${cloud}-compliant`), { session: defaults });
                assert.deepStrictEqual(errors(report), []);
                assert.deepStrictEqual(mandatory(report), []);
                assert.ok(report.resources.some((r) => r.type.startsWith(`eu-sovereignty:${cloud}:`)), "built from the components");
            });
        }

        // The level-3 preset (`sovereign`): on AWS and GCP, in the provider's sovereign partition and under an
        // external key, nothing mandatory fails. azure-native has no sovereign partition, so there only
        // provider-jurisdiction may fail, and it fails on every resource (a finding the user fixes by config).
        for (const cloud of sovereignClouds) {
            it(`${cloud}: in the sovereign partition with an external key, zero mandatory violations under the sovereign preset`, async () => {
                const report = await checkProgram(path.join(programs, `${cloud}-sovereign`), { session: sovereign });
                assert.deepStrictEqual(errors(report), []);
                assert.deepStrictEqual(mandatory(report), []);
                assert.ok(report.resources.some((r) => r.type.startsWith(`eu-sovereignty:${cloud}:`)), "the components ran");
            });
        }
        it("azure: with a Managed HSM key, only provider-jurisdiction fails under the sovereign preset, on every resource", async () => {
            const report = await checkProgram(path.join(programs, "azure-external"), { session: sovereign });
            assert.deepStrictEqual(errors(report), []);
            const failing = mandatory(report);
            assert.ok(failing.length > 0);
            assert.deepStrictEqual([...new Set(failing.map((m) => m.split(":")[0]))], ["provider-jurisdiction"]);
        });

        it("strict fails the provider-KMS keys (so the pack does see the components' keys)", async () => {
            const report = await checkProgram(path.join(programs, "gcp"), { session: strict });
            const failing = mandatory(report);
            assert.ok(failing.length > 0);
            assert.ok(failing.every((m) => m.startsWith("external-key-custody: ")), failing.join("\n"));
        });
    });

    describe("as deployed (the programs under mocks with computed values)", () => {
        /** Runs a fixture program in this process and returns what it registered, as the pack's input. */
        async function deployed(dir: string, cloud: Cloud): Promise<{ resources: ResourceSpec[]; config: Record<string, string> }> {
            const config = stackConfig(dir);
            await useMocks(config);
            await settle();
            resetRegistrations();
            const program = require.resolve(path.join(programs, dir, "index.ts"));
            delete require.cache[program];
            // Run the program as `pulumi up` would: loading it is running it.
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            require(program);
            await settle();
            await settle();
            assert.ok(registered.some((r) => r.custom), `${dir} registered resources`);
            const providerProps = Object.fromEntries(Object.entries(config)
                .filter(([k]) => k.startsWith(`${providerPackage[cloud]}:`))
                .map(([k, v]) => [k.split(":")[1], v]));
            const resources = registered.map((r): ResourceSpec => ({
                type: r.type,
                name: r.name,
                custom: r.custom,
                props: r.inputs,
                outputs: r.state,
                ...(r.custom ? { provider: { type: `pulumi:providers:${providerPackage[cloud]}`, props: providerProps } } : {}),
            }));
            return { resources, config };
        }

        async function analyze(dir: string, cloud: Cloud, preset?: string): Promise<Report> {
            const { resources, config } = await deployed(dir, cloud);
            const session = await PackSession.start({ preset, stack: { project: `components-${dir}`, stack: "dev", dryRun: false, config } });
            try {
                return await session.analyze(resources, { project: `components-${dir}`, stack: "dev" });
            } finally {
                await session.stop();
            }
        }

        for (const cloud of clouds) {
            it(`${cloud}: every key policy decides, zero mandatory violations under the default config`, async () => {
                const report = await analyze(cloud, cloud);
                assert.deepStrictEqual(errors(report), []);
                assert.deepStrictEqual(undecided(report), []);
                assert.deepStrictEqual(mandatory(report), []);
            });

            it(`${cloud}: with an external key, every key policy decides, zero mandatory violations under the strict preset`, async () => {
                const report = await analyze(`${cloud}-external`, cloud, "strict");
                assert.deepStrictEqual(errors(report), []);
                assert.deepStrictEqual(undecided(report), []);
                assert.deepStrictEqual(mandatory(report), []);
            });
        }

        for (const cloud of sovereignClouds) {
            it(`${cloud}: in the sovereign partition with an external key, every key policy decides, zero mandatory violations under the sovereign preset`, async () => {
                const report = await analyze(`${cloud}-sovereign`, cloud, "sovereign");
                assert.deepStrictEqual(errors(report), []);
                assert.deepStrictEqual(undecided(report), []);
                assert.deepStrictEqual(mandatory(report), []);
            });
        }

        // Control: the same programs with keys in the provider's KMS fail strict on each consumer, so
        // the pack does resolve the keys the components wire (and the tests above can fail).
        const consumers: Record<Cloud, string[]> = {
            aws: ["invoices-encryption", "ireland-encryption", "ledger", "logs-encryption", "orders", "platform", "jobs", "events", "alerts", "audit", "app-logs"],
            azure: ["archive", "data", "platform", "bus", "logs-cluster"],
            gcp: ["archive", "dual", "ledger", "orders", "reports", "platform", "events", "audit", "logs"],
        };
        for (const cloud of clouds) {
            it(`${cloud}: strict fails each consumer of a provider-held key, naming it`, async () => {
                const report = await analyze(cloud, cloud, "strict");
                const failing = report.resources.filter((r) => r.diagnostics.some((d) => d.enforcementLevel === "mandatory"));
                for (const r of failing) {
                    // One finding per key the resource uses (an AKS cluster has two: disks and etcd), all of one policy.
                    assert.deepStrictEqual([...new Set(r.diagnostics.filter((d) => d.enforcementLevel === "mandatory").map((d) => d.policyName))], ["external-key-custody"], r.urn);
                }
                const names = failing.map((r) => r.name);
                for (const c of consumers[cloud]) assert.ok(names.includes(c), `${c} fails strict (failing: ${names.join(", ")})`);
            });
        }
    });
});
