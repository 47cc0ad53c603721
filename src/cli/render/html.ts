// The sovereignty report as ONE self-contained HTML page (docs/reports.md): the disclaimer, the
// label per stack, a world and a Europe map of where the data lives, and the findings. No script,
// no external style, font or image: inline SVG and CSS only, and a Content-Security-Policy that
// forbids loading anything, so the file opens the same offline, from a mail or an archive.
import type { ReportDocument, Summary } from "../../engine/types";
import { LABEL_CRITERIA_VERSION, LABEL_DISCLAIMER } from "eu-sovereignty-policies/lib";
import { configHash, plural, runTitle } from "./common";
import type { RenderOptions } from "./common";
import { findingsSection } from "./html-findings";
import { escapeHtml as h } from "./html-escape";
import { labelCards } from "./html-label";
import { mapFigures } from "./html-map";
import { sitesOf } from "./html-sites";
import type { Site } from "./html-sites";
import { STYLE } from "./html-style";

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function verdict(s: Summary): string {
    if (s.mandatory > 0) return `<p class="verdict fail">Not compliant: ${plural(s.mandatory, "mandatory violation")} on ${plural(s.failing, "resource")}.</p>`;
    if (s.errors > 0) return `<p class="verdict error">Not proven compliant: ${plural(s.errors, "analyzer error")} (a policy could not run).</p>`;
    return `<p class="verdict pass">No mandatory violations${s.advisory > 0 ? ` (${plural(s.advisory, "advisory", "advisories")})` : ""}.</p>`;
}

function provenance(doc: ReportDocument, opts: RenderOptions): string {
    const p = opts.provenance;
    const parts = [
        `Generated ${p?.generatedAt ?? "(time not recorded)"}`,
        `eu-sovereignty ${doc.tool.version}`,
        `pack ${doc.pack.name} ${doc.pack.version}`,
        `preset ${p?.preset ?? "none"}`,
        `config SHA-256 ${configHash(doc.pack.config).slice(0, 16)}…`,
        `label criteria ${LABEL_CRITERIA_VERSION}`,
    ];
    return `<p class="provenance">${parts.map(h).join(" · ")}</p>`;
}

function siteTable(sites: readonly Site[]): string {
    if (sites.length === 0) return `<p>No resource of the estate has a known location.</p>`;
    const rows = sites.map((s) => {
        const cls = s.allowed ? "allowed" : "not-allowed";
        const where = s.point ? h(s.point.place) : `<em>not on the map: ${h(s.offMap ?? "")}</em>`;
        return `<tr class="site-row ${cls}" data-cloud="${h(s.cloud)}" data-location="${h(s.location)}"><td><code>${h(s.location)}</code></td><td>${h(s.cloud)}</td>`
            + `<td>${h(s.label ?? "—")}</td><td class="${cls}">${s.allowed ? "allowed" : "not allowed"}</td><td class="num">${s.lives}</td><td class="num">${s.replicas}</td>`
            + `<td>${where}</td><td>${h(s.stacks.join(", "))}</td></tr>`;
    });
    return `<table class="sites"><thead><tr><th>Location</th><th>Cloud</th><th>Catalogue</th><th>Verdict</th><th class="num">Resources</th><th class="num">Replicas</th><th>Plotted at</th><th>Stacks</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

export function renderHtml(doc: ReportDocument, opts: RenderOptions): string {
    const sites = sitesOf(doc.runs, doc.pack, (run) => runTitle(run, opts.cwd));
    const bad = sites.filter((s) => !s.allowed).length;
    const body = [
        `<header><h1>EU sovereignty report</h1>${provenance(doc, opts)}</header>`,
        `<p class="disclaimer" role="note" id="disclaimer"><strong>Disclaimer.</strong> ${h(LABEL_DISCLAIMER)}</p>`,
        verdict(doc.summary),
        labelCards(doc, opts),
        `<section id="where"><h2>Where the data lives</h2>`
            + `<p>${plural(sites.length, "location")} in use, ${bad} not allowed by the configuration in force. Each dot is a region, with the count of resources (and replicas) there.</p>`
            + `<p class="legend"><span><span class="swatch allowed"></span>allowed</span><span><span class="swatch not-allowed"></span>not allowed</span></p>`
            + `<div class="maps">${mapFigures(sites)}</div>${siteTable(sites)}</section>`,
        findingsSection(doc, opts),
        `<footer>Map outlines: Natural Earth (public domain), via world-atlas. Region points are the coordinates of the city the provider names for the region (or a representative city where it names only a country or area), approximate; multi-regions are plotted at a nominal centre. ${h(LABEL_DISCLAIMER)}</footer>`,
    ];
    return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">`
        + `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="eu-sovereignty ${h(doc.tool.version)}">`
        + `<title>EU sovereignty report</title><style>${STYLE}</style></head>\n<body>${body.join("\n")}</body></html>\n`;
}
