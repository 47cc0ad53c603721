// Builds the analyzer requests the Pulumi engine sends (pkg/resource/plugin/analyzer_plugin.go):
// AnalyzeRequest and Remediate's request per resource, AnalyzerResource entries for AnalyzeStack.
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import { marshalProperties } from "./marshal";
import type { Proto } from "./proto";
import type { EngineProvider, EngineResource } from "./types";
import type { WireObject } from "./values";

export function analyzeRequest(proto: Proto, r: EngineResource, inputs: WireObject, skipInternalKeys = true): analyzerPb.AnalyzeRequest {
    const req = new proto.analyzer.AnalyzeRequest();
    req.setUrn(r.urn);
    req.setType(r.type);
    req.setName(r.name);
    req.setProperties(proto.struct.Struct.fromJavaScript(marshalProperties(inputs, skipInternalKeys)));
    req.setOptions(resourceOptions(proto, r));
    if (r.provider) {
        req.setProvider(providerResource(proto, r.provider));
    }
    return req;
}

export function analyzerResource(proto: Proto, r: EngineResource, props: WireObject): analyzerPb.AnalyzerResource {
    const res = new proto.analyzer.AnalyzerResource();
    res.setUrn(r.urn);
    res.setType(r.type);
    res.setName(r.name);
    res.setProperties(proto.struct.Struct.fromJavaScript(marshalProperties(props)));
    res.setOptions(resourceOptions(proto, r));
    if (r.provider) {
        res.setProvider(providerResource(proto, r.provider));
    }
    if (r.parent) {
        res.setParent(r.parent);
    }
    res.setDependenciesList(r.dependencies);
    const deps = res.getPropertydependenciesMap();
    for (const [key, urns] of Object.entries(r.propertyDependencies)) {
        // The engine skips properties without dependencies.
        if (urns.length > 0) {
            const pd = new proto.analyzer.AnalyzerPropertyDependencies();
            pd.setUrnsList(urns);
            deps.set(key, pd);
        }
    }
    return res;
}

export function providerResource(proto: Proto, p: EngineProvider): analyzerPb.AnalyzerProviderResource {
    const msg = new proto.analyzer.AnalyzerProviderResource();
    msg.setUrn(p.urn);
    msg.setType(p.type);
    msg.setName(p.name);
    msg.setProperties(proto.struct.Struct.fromJavaScript(marshalProperties(p.inputs)));
    return msg;
}

function resourceOptions(proto: Proto, r: EngineResource): analyzerPb.AnalyzerResourceOptions {
    const o = r.options ?? {};
    const msg = new proto.analyzer.AnalyzerResourceOptions();
    msg.setProtect(o.protect ?? false);
    msg.setIgnorechangesList(o.ignoreChanges ?? []);
    msg.setDeletebeforereplace(o.deleteBeforeReplace ?? false);
    msg.setDeletebeforereplacedefined(o.deleteBeforeReplace !== undefined);
    msg.setAdditionalsecretoutputsList(o.additionalSecretOutputs ?? []);
    msg.setAliasesList(o.aliases ?? []);
    // The engine always sends custom timeouts, zero when unset.
    const timeouts = new proto.analyzer.AnalyzerResourceOptions.CustomTimeouts();
    timeouts.setCreate(o.customTimeouts?.create ?? 0);
    timeouts.setUpdate(o.customTimeouts?.update ?? 0);
    timeouts.setDelete(o.customTimeouts?.delete ?? 0);
    timeouts.setRead(o.customTimeouts?.read ?? 0);
    msg.setCustomtimeouts(timeouts);
    if (r.parent) {
        msg.setParent(r.parent);
    }
    return msg;
}
