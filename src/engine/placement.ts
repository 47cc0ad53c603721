// Where a resource lives and which key protects it, for reports. Comes from the pack's facts layer
// (eu-sovereignty-policies/summary); verdicts never do: they come from the pack over gRPC.
import type { EngineResource, Placement } from "./types";
import { fromWire } from "./values";

interface SummaryInput {
    type: string;
    name: string;
    urn: string;
    props: Record<string, unknown>;
    provider?: { type: string; props: Record<string, unknown>; urn?: string; name?: string };
}
type Summarize = (input: SummaryInput) => { lives?: unknown; replicates?: unknown; key?: unknown };

let loaded: { fn?: Summarize } | undefined;

function summarizer(): Summarize | undefined {
    if (!loaded) {
        loaded = {};
        try {
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            const mod = require("eu-sovereignty-policies/summary") as { summarize?: Summarize };
            if (typeof mod.summarize === "function") {
                loaded.fn = mod.summarize;
            }
        } catch {
            // Not built: reports simply go without placements.
        }
    }
    return loaded.fn;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

/** The placement of a custom resource, or undefined when unknown or when describing fails. */
export function placementOf(r: EngineResource, inputs = r.inputs): Placement | undefined {
    const fn = summarizer();
    if (!fn || !r.custom || r.type.startsWith("pulumi:providers:")) {
        return undefined;
    }
    try {
        const input: SummaryInput = { type: r.type, name: r.name, urn: r.urn, props: fromWire(inputs) as Record<string, unknown> };
        if (r.provider) {
            input.provider = { type: r.provider.type, urn: r.provider.urn, name: r.provider.name, props: fromWire(r.provider.inputs) as Record<string, unknown> };
        }
        const s = fn(input);
        const out: Placement = { lives: strings(s.lives), replicates: strings(s.replicates) };
        if (typeof s.key === "string" && s.key !== "") {
            out.key = s.key;
        }
        return out;
    } catch {
        // A report must never fail because a description could not be made.
        return undefined;
    }
}
