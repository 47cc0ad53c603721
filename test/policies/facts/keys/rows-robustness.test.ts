import { strict as assert } from "assert";
import { keyClouds } from "eu-sovereignty-policies/lib";
import { awsProvider, checkResource, gcpProvider, UNKNOWN, UNKNOWN_ARRAY, type TestResource } from "../../../helpers/harness";
import { cmk, external, location } from "./fixtures";

// Every row of every cloud, generically: garbage at its block, its key and its switches never makes
// a key policy throw or echo the value, and a key that is garbage is never accepted as a customer key.
const SECRET = "SECRET-do-not-print-7d1e";
const garbage: unknown[] = [null, 0, true, [], [SECRET], {}, { id: SECRET }, "", SECRET, "x".repeat(3000), UNKNOWN, UNKNOWN_ARRAY];
const providers: Readonly<Record<string, TestResource["provider"]>> = { aws: awsProvider("eu-central-1"), gcp: gcpProvider({ region: "europe-west3" }) };

/** Props with `value` at a row path ("a.b[].c" puts it in the one element of `b`). */
function at(path: string, value: unknown, into: Record<string, unknown> = {}): Record<string, unknown> {
    if (path === "") return into;
    const steps = path.split(".");
    let node: Record<string, unknown> = into;
    for (const [i, step] of steps.entries()) {
        const fan = step.endsWith("[]");
        const name = fan ? step.slice(0, -2) : step;
        const last = i === steps.length - 1;
        if (last && !fan) {
            node[name] = value;
            break;
        }
        const existing = fan ? (node[name] as Record<string, unknown>[] | undefined)?.[0] : node[name];
        const next = typeof existing === "object" && existing !== null ? existing as Record<string, unknown> : {};
        node[name] = fan ? [last ? value : next] : next;
        if (last) break;
        node = next;
    }
    return into;
}

const join = (a: string, b: string): string => (a === "" ? b : `${a}.${b}`);

describe("every key row on garbage", () => {
    for (const c of keyClouds) {
        it(`${c.cloud}: no throw, no echo, and a garbage key is an unrecognised reference`, () => {
            for (const [type, rows] of Object.entries(c.rows)) {
                for (const row of rows) {
                    for (const v of garbage) {
                        const shapes = [at(row.at, v), at(join(row.at, row.key), v), row.gates?.reduce((p, g) => at(join(row.at, g.path), v, p), at(join(row.at, row.key), v)) ?? {}];
                        for (const props of shapes) {
                            for (const p of [cmk, location, external]) {
                                const out = checkResource(p, { type, provider: providers[c.cloud], props });
                                for (const m of out.violations) {
                                    assert.ok(!m.includes(SECRET), `${row.id}: ${m}`);
                                    assert.ok(!m.includes("x".repeat(100)), `${row.id}: long values are not echoed`);
                                    assert.ok(!m.includes("could not evaluate"), `${row.id}: a bug, not a verdict: ${m}`);
                                }
                            }
                        }
                    }
                    // A secret-looking string where the key goes, with no switch deciding first: an unrecognised reference, not echoed.
                    if ((row.gates ?? []).every((g) => g.onlyWithoutKey)) {
                        const out = checkResource(cmk, { type, provider: providers[c.cloud], props: at(join(row.at, row.key), SECRET) });
                        assert.ok(out.violations.some((m) => /unrecognised key reference/.test(m)), `${row.id}: ${out.violations.join(" / ")}`);
                    }
                }
            }
        });
    }
});
