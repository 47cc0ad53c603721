// Wire encoding: the markers users write, and the engine's marshalling before analyzer calls.
import * as assert from "assert";
import { marshalProperties } from "../../src/engine/marshal";
import { RESOURCE_SIG, SECRET_SIG, SIG_KEY, UNKNOWN_SENTINEL, fromWire, secret, toWire, toWireObject, unknown } from "../../src/engine/values";

describe("wire values", () => {
    it("encodes secrets and unknowns as the engine does", () => {
        assert.deepStrictEqual(toWire({ a: secret("s"), b: unknown, c: [1, undefined, secret(unknown)], d: undefined }), {
            a: { [SIG_KEY]: SECRET_SIG, value: "s" },
            b: UNKNOWN_SENTINEL,
            c: [1, null, { [SIG_KEY]: SECRET_SIG, value: UNKNOWN_SENTINEL }],
        });
        // The constants are Pulumi's, byte for byte.
        assert.strictEqual(SIG_KEY, "4dabf18193072939515e22adb298388d");
        assert.strictEqual(SECRET_SIG, "1b47061264138c4ac30d75fd1eb44270");
        assert.strictEqual(UNKNOWN_SENTINEL, "04da6b54-80e4-46f7-96ec-b56ff0331ba9");
    });

    it("gives reports a plain view: secrets unwrapped, unknowns dropped", () => {
        const wire = toWireObject({ pw: secret({ v: "x" }), arn: unknown, list: [unknown, "a"] });
        assert.deepStrictEqual(fromWire(wire), { pw: { v: "x" }, list: [null, "a"] });
    });

    it("marshals like the engine: internal keys dropped, resource references downgraded", () => {
        const props = {
            __defaults: ["bucket"],
            nested: { __inner: 1, keep: 2 },
            bucket: { [SIG_KEY]: RESOURCE_SIG, urn: "urn:pulumi:s::p::aws:s3/bucket:Bucket::b", id: "b-123" },
            pending: { [SIG_KEY]: RESOURCE_SIG, urn: "urn:pulumi:s::p::aws:s3/bucket:Bucket::c", id: "" },
            component: { [SIG_KEY]: RESOURCE_SIG, urn: "urn:pulumi:s::p::my:index:Comp::c" },
        };
        assert.deepStrictEqual(marshalProperties(props), {
            nested: { keep: 2 },
            bucket: "b-123",
            pending: UNKNOWN_SENTINEL,
            component: "urn:pulumi:s::p::my:index:Comp::c",
        });
        // Remediate keeps internal keys.
        assert.deepStrictEqual(marshalProperties({ __defaults: [] }, false), { __defaults: [] });
    });
});
