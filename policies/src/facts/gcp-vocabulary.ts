// Reads a Google Cloud location-like value in its input's vocabulary (Spanner configs, Firestore
// and App Engine locations): a name of the vocabulary becomes a Place, anything else an
// unrecognised one, which the policies report (fail closed).
import {
    appEngineLocationAliases, firestoreMultiRegions, spannerConfigPathPrefix, spannerMultiRegions,
    spannerCustomPrefix, spannerRegionalPrefix, type GcpVocabulary, type ServiceMultiRegion,
} from "../data/gcp-location-inputs";
import { placeOf } from "./place";
import type { Place } from "./types";

function unrecognised(s: string): Place {
    return { cloud: "gcp", canonical: s, known: false };
}

function multiRegionPlace(name: string, m: ServiceMultiRegion): Place {
    return { cloud: "gcp", canonical: name, known: true, label: m.label, ...(m.regions.length > 0 ? { components: m.regions } : {}) };
}

/** A catalogued region (not a zone, nor a multi-region such as `eu`, which means something else per service). */
function regionPlace(s: string): Place | undefined {
    const p = placeOf("gcp", s);
    return p.known && p.alias === undefined && /^[a-z]+(?:-[a-z]+)+\d+$/.test(p.canonical) ? p : undefined;
}

function regionAlias(region: string, name: string, of: string): Place | undefined {
    const p = regionPlace(region);
    return p && { ...p, alias: { name, of } };
}

function spannerConfigPlace(s: string): Place {
    const id = s.replace(spannerConfigPathPrefix, "");
    if (Object.hasOwn(spannerMultiRegions, id)) return multiRegionPlace(id, spannerMultiRegions[id]);
    if (id.startsWith(spannerRegionalPrefix)) {
        return regionAlias(id.slice(spannerRegionalPrefix.length), id, "the Spanner regional config of") ?? unrecognised(s);
    }
    return unrecognised(s);
}

/** The id of a custom Spanner config (`custom-…`, also as a resource path), read from its unrecognised Place. */
export function spannerCustomConfigName(place: Place): string | undefined {
    if (place.known) return undefined;
    const id = place.canonical.replace(spannerConfigPathPrefix, "");
    return id.startsWith(spannerCustomPrefix) ? id : undefined;
}

function firestorePlace(s: string): Place {
    if (Object.hasOwn(firestoreMultiRegions, s)) return multiRegionPlace(s, firestoreMultiRegions[s]);
    // Firestore locations are regions or its own multi-regions; a zone is not one of them.
    return regionPlace(s) ?? unrecognised(s);
}

function appEnginePlace(s: string): Place {
    if (Object.hasOwn(appEngineLocationAliases, s)) {
        return regionAlias(appEngineLocationAliases[s], s, "the App Engine location of") ?? unrecognised(s);
    }
    return regionPlace(s) ?? unrecognised(s);
}

/** The Place of a raw value read in a vocabulary. */
export function gcpPlaceIn(vocabulary: GcpVocabulary, raw: string): Place {
    const s = raw.trim().toLowerCase();
    switch (vocabulary) {
        case "spanner-config":
            return spannerConfigPlace(s);
        case "firestore":
            return firestorePlace(s);
        case "app-engine":
            return appEnginePlace(s);
        case "catalogue":
            return placeOf("gcp", raw);
    }
}
