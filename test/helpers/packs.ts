// Shared helpers for tests that go through a real policy pack over the analyzer protocol.
import * as path from "path";
import { PackSession } from "../../src/engine/session";
import type { PackSessionOptions } from "../../src/engine/session";
import type { Diagnostic, Report } from "../../src/engine/types";
import { providerIdentity, type ResourceSpec, type StackNames } from "../../src/engine/resources";

export const ROOT = path.resolve(__dirname, "..", "..");

/** A fixture pack under test/fixtures/packs (empty, regions, echo, throws, crash, hang, garbage). */
export function fixturePack(name: string): string {
    return path.join(ROOT, "test", "fixtures", "packs", name);
}

/** The eu-sovereignty pack (policies/, needs `npm run build`). */
export const EU_PACK = path.join(ROOT, "policies");

/**
 * One pack process for a whole mocha suite: call inside `describe`, use the getter in tests.
 * Starting a pack costs a second or more, so suites share one.
 */
export function useSession(opts: PackSessionOptions): () => PackSession {
    let session: PackSession | undefined;
    before(async function () {
        this.timeout(120_000);
        session = await PackSession.start(opts);
    });
    after(async () => {
        await session?.stop();
    });
    return () => {
        if (!session) {
            throw new Error("the pack session did not start");
        }
        return session;
    };
}

/** All diagnostics of a report, stack-level included. */
export function allDiagnostics(report: Pick<Report, "resources" | "stackDiagnostics">): Diagnostic[] {
    return [...report.resources.flatMap((r) => r.diagnostics), ...report.stackDiagnostics];
}

/** Names of the resources a policy flagged (any level), sorted. */
export function flaggedBy(report: Pick<Report, "resources">, policyName: string, level?: Diagnostic["enforcementLevel"]): string[] {
    return report.resources
        .filter((r) => r.diagnostics.some((d) => d.policyName === policyName && (level === undefined || d.enforcementLevel === level)))
        .map((r) => r.name)
        .sort();
}

/** The resource report of the resource named `name`. */
export function resourceNamed<T extends { name: string }>(report: { resources: T[] }, name: string): T {
    const r = report.resources.find((x) => x.name === name);
    if (!r) {
        throw new Error(`no resource named ${name} in the report (have: ${report.resources.map((x) => x.name).join(", ")})`);
    }
    return r;
}

/**
 * `specs` with, before its first user, each provider they name inline as a resource of its own, as
 * the Pulumi engine registers and analyzes providers (provider-jurisdiction reports on them).
 */
export function withProviders(specs: readonly ResourceSpec[], names: StackNames = {}): ResourceSpec[] {
    const seen = new Set(specs.map((s) => s.urn).filter((u): u is string => u !== undefined));
    const out: ResourceSpec[] = [];
    for (const s of specs) {
        if (s.provider) {
            const { type, name, urn } = providerIdentity(s.provider, names);
            if (!seen.has(urn)) {
                seen.add(urn);
                out.push({ type, name, urn, props: s.provider.props ?? {} });
            }
        }
        out.push(s);
    }
    return out;
}

/** The resource report of the provider of the resource named `name` (provider-jurisdiction reports there). */
export function providerOf<T extends { name: string; urn: string; provider?: { urn: string } }>(report: { resources: T[] }, name: string): T {
    const urn = resourceNamed(report, name).provider?.urn;
    const p = report.resources.find((x) => x.urn === urn);
    if (!p) throw new Error(`no provider resource for ${name} in the report`);
    return p;
}

/** The policy's own text of a diagnostic (the SDK prefixes the description for string violations). */
export function violationOf(d: Diagnostic): string {
    return d.message.startsWith(`${d.description}\n`) ? d.message.slice(d.description.length + 1) : d.message;
}
