// The HTML report's maps: country outlines from Natural Earth (world-atlas TopoJSON, public domain)
// projected with d3-geo at report time into static inline SVG, and a dot per site coloured allowed
// or not allowed, with the count of resources there. No script and no external file in the output.
import * as fs from "fs";
import { geoAzimuthalEqualArea, geoNaturalEarth1, geoPath } from "d3-geo";
import type { GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Site } from "./html-sites";
import { escapeHtml } from "./html-escape";

export const ALLOWED_COLOUR = "#1a7f37";
export const NOT_ALLOWED_COLOUR = "#cf222e";

interface MapView {
    id: "world" | "europe";
    title: string;
    width: number;
    height: number;
    /** world-atlas resolution: 1:110m for the world, 1:50m where Europe is drawn larger. */
    atlas: "countries-110m.json" | "countries-50m.json";
    projection: (width: number, height: number) => GeoProjection;
}

const VIEWS: readonly MapView[] = [
    {
        id: "world", title: "World", width: 960, height: 490, atlas: "countries-110m.json",
        projection: (w, h) => geoNaturalEarth1().fitExtent([[4, 4], [w - 4, h - 4]], { type: "Sphere" }),
    },
    {
        id: "europe", title: "Europe", width: 720, height: 620, atlas: "countries-50m.json",
        // Centred on the EU, fitted to Lisbon-to-Cyprus and Ireland-to-Lapland, clipped to the frame.
        projection: (w, h) => geoAzimuthalEqualArea()
            .rotate([-12, -52])
            .fitExtent([[4, 4], [w - 4, h - 4]], { type: "MultiPoint", coordinates: [[-11, 35], [33, 35], [-11, 60], [30, 70.5]] })
            .clipExtent([[0, 0], [w, h]]),
    },
];

const atlases = new Map<string, GeoJSON.Feature[]>();

function countries(file: MapView["atlas"]): GeoJSON.Feature[] {
    let out = atlases.get(file);
    if (!out) {
        const topology = JSON.parse(fs.readFileSync(require.resolve(`world-atlas/${file}`), "utf8")) as Topology<{ countries: GeometryCollection }>;
        const fc = feature(topology, topology.objects.countries);
        out = "features" in fc ? fc.features : [fc];
        atlases.set(file, out);
    }
    return out;
}

/** Dot radius: grows with the square root of the count, so area tracks resources. */
function radius(n: number): number {
    return Math.round((6 + 2.4 * Math.sqrt(Math.max(1, n))) * 10) / 10;
}

function siteTitle(s: Site): string {
    const n = s.lives + s.replicas;
    const what = [s.lives ? `${s.lives} ${s.lives === 1 ? "resource lives" : "resources live"} here` : "",
        s.replicas ? `${s.replicas} ${s.replicas === 1 ? "replica" : "replicas"}` : ""].filter(Boolean).join(", ");
    return `${s.cloud} ${s.location}${s.label ? ` (${s.label})` : ""}: ${s.allowed ? "allowed" : "not allowed"} · ${what || `${n}`} · plotted at ${s.point?.place ?? "?"}`;
}

function dot(s: Site, x: number, y: number): string {
    const n = s.lives + s.replicas;
    const cls = s.allowed ? "allowed" : "not-allowed";
    const fill = s.allowed ? ALLOWED_COLOUR : NOT_ALLOWED_COLOUR;
    return `<g class="site ${cls}" data-cloud="${escapeHtml(s.cloud)}" data-location="${escapeHtml(s.location)}" data-allowed="${s.allowed}" data-count="${n}" transform="translate(${x.toFixed(1)} ${y.toFixed(1)})">`
        + `<title>${escapeHtml(siteTitle(s))}</title>`
        + `<circle r="${radius(n)}" fill="${fill}"/>`
        + `<text class="count" text-anchor="middle" dy="0.35em">${n}</text>`
        + `<text class="name" x="${radius(n) + 3}" dy="0.35em">${escapeHtml(s.location)}</text></g>`;
}

/** One map as inline SVG: outlines, then the sites in view, largest first so small dots stay on top. */
export function mapSvg(view: MapView, sites: readonly Site[]): string {
    const projection = view.projection(view.width, view.height);
    const path = geoPath(projection).digits(1);
    const outlines = countries(view.atlas)
        .map((f) => path(f))
        .filter((d): d is string => typeof d === "string" && d.length > 0)
        .map((d) => `<path class="country" d="${d}"/>`);
    const frame = view.id === "world" ? `<path class="sphere" d="${path({ type: "Sphere" }) ?? ""}"/>` : `<rect class="sea" width="${view.width}" height="${view.height}"/>`;
    const dots = [...sites]
        .filter((s) => s.point)
        .sort((a, b) => b.lives + b.replicas - (a.lives + a.replicas))
        .flatMap((s) => {
            const xy = projection([s.point!.lon, s.point!.lat]);
            if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > view.width || xy[1] > view.height) return [];
            return [dot(s, xy[0], xy[1])];
        });
    return `<svg class="map" id="map-${view.id}" viewBox="0 0 ${view.width} ${view.height}" role="img" aria-label="${escapeHtml(`${view.title} map: ${dots.length} sites`)}" xmlns="http://www.w3.org/2000/svg">`
        + `<title>${escapeHtml(view.title)}: where the data lives</title>${frame}<g class="countries">${outlines.join("")}</g><g class="sites">${dots.join("")}</g></svg>`;
}

export function mapFigures(sites: readonly Site[]): string {
    return VIEWS.map((v) => `<figure class="map-${v.id}">${mapSvg(v, sites)}<figcaption>${escapeHtml(v.title)}</figcaption></figure>`).join("");
}
