// Google Cloud: a resource lives in its `location`, `region` or `zone`; types whose region or zone
// defaults to the provider's (generated from the SDK docs) take the provider's. Multi- and
// dual-regions resolve through the catalogue. Replication settings name where copies go.
import { gcpLocationInputs, gcpVocabularyFix, spannerConfigType } from "../../data/gcp-location-inputs";
import { gcpDefaultLocations } from "../../data/gcp-location-vocabularies";
import { gcpProviderDefaulted } from "../../data/generated/gcp-provider-defaulted";
import { gcpProviderFallbacks } from "../../data/gcp-provider-fallbacks";
import { gcpKmsTypePrefix } from "../../data/regions/gcp-kms";
import { emptyFacts, refsAt, refsAtAll, type LocationSpec } from "../locate";
import { gcpPlaceIn, spannerCustomConfigName } from "../gcp-vocabulary";
import { kmsPlaceOf, placeOf } from "../place";
import { collect, isBlank, isProviderType, own } from "../read";
import type { Facts, ResourceInput } from "../types";
import type { CloudAdapter } from "./adapter";

const ownSpecs: readonly LocationSpec[] = [{ path: "location" }, { path: "region" }, { path: "zone" }];

const replicaSpecs: Readonly<Record<string, readonly LocationSpec[]>> = {
    "gcp:pubsub/topic:Topic": [{ id: "EUR-GCP-001", path: "messageStoragePolicy.allowedPersistenceRegions[]" }],
    "gcp:storage/bucket:Bucket": [{ id: "EUR-GCP-002", path: "customPlacementConfig.dataLocations[]" }],
    "gcp:secretmanager/secret:Secret": [{ id: "EUR-GCP-003", path: "replication.userManaged.replicas[].location" }],
    "gcp:spanner/instanceConfig:InstanceConfig": [{ id: "EUR-GCP-004", path: "replicas[].location" }],
    "gcp:alloydb/cluster:Cluster": [{ id: "EUR-GCP-005", path: "automatedBackupPolicy.location" }],
};

export const gcpFix = "set `location`/`region`/`zone` on the resource, or `gcp:region`/`gcp:zone` on its provider";

/** Items of a list whose location input is blank take the provider's (`clusters[].zone`). */
function providerDefaulted(r: ResourceInput, path: string, setting: "zone" | "region", facts: Facts): void {
    const dot = path.lastIndexOf(".");
    const key = path.slice(dot + 1);
    for (const item of collect(r.props, path.slice(0, dot))) {
        if (!isBlank(own(item.value, key))) continue;
        const fromProvider = refsAt("gcp", r.provider?.props, { path: setting }, "provider", "provider.");
        for (const ref of fromProvider) facts.locations.push({ ...ref, path: `${ref.path} (for ${item.path}.${key}, unset)` });
        if (fromProvider.length === 0) facts.unproven ??= { what: `${setting} of ${item.path}`, fix: `set \`${key}\` on ${item.path}, or \`gcp:${setting}\` on its provider` };
    }
}

function gcpFacts(r: ResourceInput): Facts {
    const facts = emptyFacts("gcp");
    facts.locations.push(...refsAtAll("gcp", r.props, ownSpecs));
    // Cloud KMS has multi-regions of its own (`europe` is EU-only there).
    if (r.type.startsWith(gcpKmsTypePrefix)) for (const l of facts.locations) l.place = kmsPlaceOf(l.place.canonical);
    if (isProviderType(r.type)) return facts;
    const fixed = gcpDefaultLocations[r.type];
    if (facts.locations.length === 0 && fixed !== undefined && isBlank(own(r.props, fixed.path))) {
        // Left unset, the data goes to a fixed default (BigQuery: the US multi-region), never the provider's region.
        facts.locations.push({ path: `${fixed.path} (unset, so the default)`, source: "resource", place: placeOf("gcp", fixed.value) });
    }
    const fallback = gcpProviderFallbacks[r.type];
    if (facts.locations.length === 0 && fallback !== undefined && isBlank(own(r.props, fallback.input))) {
        // The first provider setting that is there, as the provider reads them (data/gcp-provider-fallbacks.ts).
        const found = fallback.from.map((key) => refsAt("gcp", r.provider?.props, { path: key }, "provider", "provider.")).find((refs) => refs.length > 0);
        if (found) facts.locations.push(...found);
        else facts.unproven = { what: fallback.input, fix: gcpFix };
    }
    const defaulted = gcpProviderDefaulted[r.type];
    if (facts.locations.length === 0 && defaulted !== undefined && isBlank(own(r.props, defaulted))) {
        const key = defaulted === "zone" ? "zone" : "region";
        const fromProvider = refsAt("gcp", r.provider?.props, { path: key }, "provider", "provider.");
        if (fromProvider.length > 0) facts.locations.push(...fromProvider);
        else facts.unproven = { what: defaulted, fix: gcpFix };
    }
    // Inputs such as a Spanner `config` or a Bigtable cluster `zone`, each in its vocabulary.
    for (const input of gcpLocationInputs[r.type] ?? []) {
        const refs = refsAt("gcp", r.props, { path: input.path, read: (raw) => gcpPlaceIn(input.vocabulary, raw) });
        for (const ref of refs) {
            if (input.vocabulary !== "catalogue") ref.fix = gcpVocabularyFix[input.vocabulary];
            const custom = input.vocabulary === "spanner-config" ? spannerCustomConfigName(ref.place) : undefined;
            if (custom !== undefined) ref.inStack = { type: spannerConfigType, name: custom };
        }
        (input.role === "own" ? facts.locations : facts.replicas).push(...refs);
        if (input.providerDefault !== undefined) providerDefaulted(r, input.path, input.providerDefault, facts);
    }
    facts.replicas.push(...refsAtAll("gcp", r.props, replicaSpecs[r.type] ?? []));
    if (r.type === "gcp:secretmanager/secret:Secret" && collect(r.props, "replication.auto").length > 0) {
        facts.replicaGaps.push({
            what: "replica locations (`replication.auto` lets Google choose them, worldwide)",
            fix: "use `replication.userManaged.replicas` with allowed locations, e.g. europe-west1 and europe-west4",
        });
    }
    return facts;
}

export const gcpAdapter: CloudAdapter = { facts: gcpFacts };
