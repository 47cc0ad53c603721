// The AnalyzeStack request encoded resource by resource: each AnalyzerResource is serialized once
// and dropped, and each provider (by URN and inputs) once for all the resources that use it, so that 100,000 resources
// cost neither a tree of 100,000 protobuf messages in memory nor their providers encoded again each
// time. The bytes are what AnalyzeStackRequest.serializeBinary would give (fields may come in any
// order on the wire: the provider is appended after the other fields).
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type { Proto } from "./proto";
import { analyzerResource, providerResource } from "./requests";
import type { EngineResource } from "./types";
import type { WireObject } from "./values";

const RESOURCES_FIELD = 1; // AnalyzeStackRequest.resources
const PROVIDER_FIELD = 6; // AnalyzerResource.provider
const LENGTH_DELIMITED = 2;

function varint(n: number): number[] {
    const out: number[] = [];
    while (n > 0x7f) {
        out.push((n & 0x7f) | 0x80);
        n = Math.floor(n / 128);
    }
    out.push(n);
    return out;
}

/** A length-delimited field: its key, the length, and the bytes. */
function field(num: number, body: Uint8Array, extra = 0): { head: number[]; body: Uint8Array } {
    return { head: [(num << 3) | LENGTH_DELIMITED, ...varint(body.length + extra)], body };
}

/** Encodes AnalyzeStackRequest{resources} for `resources`, each with the properties `propsOf` gives. */
export function encodeAnalyzeStack(proto: Proto, resources: readonly EngineResource[], propsOf: (r: EngineResource, i: number) => WireObject): Buffer {
    const providers = new Map<string, Uint8Array>();
    const chunks: Uint8Array[] = [];
    let total = 0;
    const push = (b: Uint8Array | number[]): void => {
        const u = b instanceof Uint8Array ? b : Uint8Array.from(b);
        chunks.push(u);
        total += u.length;
    };
    resources.forEach((r, i) => {
        const { provider, ...rest } = r;
        const own = analyzerResource(proto, rest, propsOf(r, i)).serializeBinary();
        let providerPart: { head: number[]; body: Uint8Array } | undefined;
        if (provider) {
            // Keyed by content too: specs may give two providers one URN ("default") with other props.
            const key = `${provider.urn}\u0000${provider.type}\u0000${provider.name}\u0000${JSON.stringify(provider.inputs)}`;
            let bytes = providers.get(key);
            if (!bytes) {
                bytes = providerResource(proto, provider).serializeBinary();
                providers.set(key, bytes);
            }
            providerPart = field(PROVIDER_FIELD, bytes);
        }
        const extra = providerPart ? providerPart.head.length + providerPart.body.length : 0;
        const outer = field(RESOURCES_FIELD, own, extra);
        push(outer.head);
        push(own);
        if (providerPart) {
            push(providerPart.head);
            push(providerPart.body);
        }
    });
    return Buffer.concat(chunks, total);
}

/** Reads back a request encoded by encodeAnalyzeStack (tests). */
export function decodeAnalyzeStack(proto: Proto, bytes: Uint8Array): analyzerPb.AnalyzeStackRequest {
    return proto.analyzer.AnalyzeStackRequest.deserializeBinary(bytes);
}
