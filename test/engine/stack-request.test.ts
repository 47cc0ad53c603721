// The AnalyzeStack request encoded resource by resource decodes to exactly the request built as
// protobuf messages, with each provider encoded once.
import * as assert from "assert";
import { syntheticEstate } from "../../scripts/bench/synthetic";
import { loadProto } from "../../src/engine/proto";
import { analyzerResource } from "../../src/engine/requests";
import { toEngineResources } from "../../src/engine/resources";
import type { ResourceSpec } from "../../src/engine/resources";
import { decodeAnalyzeStack, encodeAnalyzeStack } from "../../src/engine/stack-request";
import { EU_PACK } from "../helpers/packs";

describe("AnalyzeStack request encoding", function () {
    this.timeout(60_000);
    const proto = loadProto(EU_PACK);

    it("decodes to the request built as messages: every field, providers, parents, dependencies, options", () => {
        const estate = syntheticEstate(2_000);
        const resources = toEngineResources(estate.resources as ResourceSpec[], { project: "p", stack: "s" });
        resources[1] = { ...resources[1], parent: resources[0].urn, dependencies: [resources[0].urn], propertyDependencies: { a: [resources[0].urn], none: [] },
            options: { protect: true, ignoreChanges: ["x"], deleteBeforeReplace: true, aliases: ["urn:old"], customTimeouts: { create: 60 } } };
        const built = new proto.analyzer.AnalyzeStackRequest();
        built.setResourcesList(resources.map((r) => analyzerResource(proto, r, r.outputs ?? r.inputs)));
        const encoded = encodeAnalyzeStack(proto, resources, (r) => r.outputs ?? r.inputs);
        assert.deepStrictEqual(decodeAnalyzeStack(proto, encoded).toObject(), built.toObject());
        assert.strictEqual(encoded.length, built.serializeBinary().length);
        assert.ok(resources.filter((r) => r.provider).length > 1000, "most resources have a provider");
    });

    it("keeps two providers apart that share a URN but not their inputs (default providers of two regions)", () => {
        const resources = toEngineResources([
            { type: "aws:kms/key:Key", name: "us-key", props: {}, provider: { type: "aws", props: { region: "us-east-1" } } },
            { type: "aws:ebs/volume:Volume", name: "vol", props: { size: 10 }, provider: { type: "aws", props: { region: "eu-central-1" } } },
        ], { project: "p", stack: "s" });
        const decoded = decodeAnalyzeStack(proto, encodeAnalyzeStack(proto, resources, (r) => r.inputs)).toObject();
        const regions = decoded.resourcesList.map((r) => r.provider?.properties?.fieldsMap.find(([k]) => k === "region")?.[1].stringValue);
        assert.deepStrictEqual(regions, ["us-east-1", "eu-central-1"]);
    });
});
