// The HTML report (issue 15, docs/reports.md) as text: one self-contained page, the disclaimer and the
// label, a dot per site coloured by the config in force, and nothing from a message that can become markup.
// test/integration/html-report.test.ts renders it in Chromium and checks what is visible.
import { strict as assert } from "assert";
import { LABEL_DISCLAIMER } from "eu-sovereignty-policies/lib";
import { renderHtml } from "../../../src/cli/render/html";
import { sitesOf } from "../../../src/cli/render/html-sites";
import type { ReportDocument } from "../../../src/engine/types";
import { runCli } from "../../helpers/cli";
import { ROOT } from "../../helpers/packs";
import { prodReport } from "./render-fixture";

const clone = (d: ReportDocument): ReportDocument => JSON.parse(JSON.stringify(d)) as ReportDocument;
const opts = { color: false, cwd: ROOT, provenance: { generatedAt: "2026-06-30T12:00:00.000Z", command: "audit prod.json --format html" } };

/** The `<g class="site …">` of a location on one map, or undefined. */
function siteGroup(html: string, map: "world" | "europe", location: string): string | undefined {
    const svg = new RegExp(`<svg class="map" id="map-${map}"[\\s\\S]*?</svg>`).exec(html)?.[0] ?? "";
    return new RegExp(`<g class="site [^"]*" data-cloud="[^"]*" data-location="${location}"[^>]*>[\\s\\S]*?</g>`).exec(svg)?.[0];
}

describe("HTML report", function () {
    this.timeout(120_000);
    let doc: ReportDocument;
    let html: string;
    before(async () => {
        doc = await prodReport();
        html = renderHtml(doc, opts);
    });

    it("is one self-contained page: no script, no external style, font, image or link to load", () => {
        assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
        assert.doesNotMatch(html, /<script|<link|<img|<iframe|<object|@import|url\(/i);
        assert.doesNotMatch(html, /\s(?:src|href)=/i);
        assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';/);
        assert.equal((html.match(/<style>/g) ?? []).length, 1);
    });

    it("says it is a self-assessment, not a Gaia-X certification, and shows the label per stack", () => {
        assert.ok(html.includes(`<strong>Disclaimer.</strong> ${LABEL_DISCLAIMER.replace(/'/g, "&#39;")}`));
        assert.match(html, /<p class="level level-0" data-level="0"><span class="level-number">Level 0 of 3<\/span>/);
        // prod: customer-managed keys fail on 4 resources, so level 1 is blocked by that rule with its count.
        assert.match(html, /Level 1 is blocked by:[\s\S]*?<tr data-rule="customer-managed-keys"><td><code>customer-managed-keys<\/code><\/td><td>[^<]+<span class="req">L1-cmk<\/span><\/td><td class="num">4<\/td>/);
        assert.match(html, /Waived \(counted as passed\): <code>open-data-formats<\/code> ×1 \(migration to PostgreSQL, ticket OPS-12, until 2099-12-31\)/);
    });

    it("draws both maps, with a red dot for us-east-1 and a green one for eu-west-1 carrying the resource counts", () => {
        for (const map of ["world", "europe"] as const) {
            const paths = new RegExp(`<svg class="map" id="map-${map}"[\\s\\S]*?</svg>`).exec(html)?.[0].match(/<path class="country" d="M/g) ?? [];
            assert.ok(paths.length > 40, `${map}: ${paths.length} country outlines`);
        }
        const us = siteGroup(html, "world", "us-east-1");
        assert.ok(us, "us-east-1 on the world map");
        assert.match(us, /class="site not-allowed"[^>]*data-allowed="false" data-count="2"/);
        assert.match(us, /<circle r="[\d.]+" fill="#cf222e"\/>/);
        assert.match(us, /<title>aws us-east-1 \(N\. Virginia, United States\): not allowed · 1 resource lives here, 1 replica · plotted at Ashburn/);
        const eu = siteGroup(html, "europe", "eu-west-1");
        assert.ok(eu, "eu-west-1 on the Europe map");
        assert.match(eu, /class="site allowed"[^>]*data-count="7"/);
        assert.match(eu, /fill="#1a7f37"/);
        assert.match(eu, /<text class="count"[^>]*>7<\/text>/);
        assert.equal(siteGroup(html, "europe", "us-east-1"), undefined, "Virginia is not on the Europe map");
        assert.match(html, /<tr class="site-row not-allowed" data-cloud="aws" data-location="us-east-1">[\s\S]*?<td class="not-allowed">not allowed<\/td><td class="num">1<\/td><td class="num">1<\/td>/);
    });

    it("colours a site by the allow-lists in force: allowed only when every use of it is", () => {
        const verdictOf = (d: ReportDocument): boolean | undefined =>
            sitesOf(d.runs, d.pack, () => "prod").find((s) => s.location === "us-east-1")?.allowed;
        assert.equal(verdictOf(doc), false);
        // Allowing us-east-1 for data but not for replicas: the sessions table's replica keeps it red.
        const lives = clone(doc);
        lives.pack.config["eu-data-residency"].properties = { additionalLocations: ["us-east-1"] };
        assert.equal(verdictOf(lives), false);
        lives.pack.config["eu-cross-border-replication"].properties = { additionalLocations: ["US-East-1"] };
        assert.equal(verdictOf(lives), true);
        assert.ok(siteGroup(renderHtml(lives, opts), "world", "us-east-1")?.includes('fill="#1a7f37"'));
        // A replacing list without eu-west-1 turns the Irish site red.
        const only = clone(doc);
        only.pack.config["eu-data-residency"].properties = { allowedLocations: ["eu-central-1"] };
        assert.equal(sitesOf(only.runs, only.pack, () => "prod").find((s) => s.location === "eu-west-1")?.allowed, false);
    });

    it("lists a location it cannot place as not allowed and not on the map (fail closed)", () => {
        const d = clone(doc);
        const target = d.runs[0].resources.find((r) => r.name === "orders-archive");
        assert.ok(target?.placement);
        target.placement.lives = ["(unknown at preview)"];
        const gcs = { ...target, urn: `${target.urn}-gcs`, name: "global-bucket", type: "gcp:storage/bucket:Bucket", placement: { lives: ["global"], replicates: [] } };
        d.runs[0].resources.push(gcs);
        const sites = sitesOf(d.runs, d.pack, () => "prod");
        const unknown = sites.find((s) => s.location === "(unknown at preview)");
        assert.deepEqual([unknown?.allowed, unknown?.point, unknown?.offMap], [false, undefined, "not in the region catalogue (or unknown at preview)"]);
        const global = sites.find((s) => s.cloud === "gcp" && s.location === "global");
        assert.deepEqual([global?.allowed, global?.offMap], [false, "global: no single location"]);
        const out = renderHtml(d, opts);
        assert.match(out, /data-location="\(unknown at preview\)"><td><code>\(unknown at preview\)<\/code><\/td><td>aws<\/td><td>—<\/td><td class="not-allowed">not allowed<\/td>[\s\S]*?<em>not on the map: /);
        assert.equal(siteGroup(out, "world", "global"), undefined);
    });

    it("never crashes on odd input: no runs, no placements, a package no adapter reads", () => {
        const empty = clone(doc);
        empty.runs = [];
        assert.match(renderHtml(empty, opts), /No resource of the estate has a known location\./);
        const odd = clone(doc);
        for (const r of odd.runs[0].resources) delete r.placement;
        const random = { ...odd.runs[0].resources[3], urn: "urn:pulumi:prod::shop::random:index/randomId:RandomId::x", type: "random:index/randomId:RandomId", name: "x",
            placement: { lives: ["somewhere"], replicates: [] } };
        odd.runs[0].resources.push(random);
        const sites = sitesOf(odd.runs, odd.pack, () => "prod");
        assert.deepEqual(sites.map((s) => [s.cloud, s.location, s.allowed, s.offMap]), [["random", "somewhere", false, "no adapter reads random resources"]]);
        assert.match(renderHtml(odd, opts), /<em>not on the map: no adapter reads random resources<\/em>/);
    });

    it("escapes every name and message: nothing from the input becomes markup", () => {
        const d = clone(doc);
        const r = d.runs[0].resources.find((x) => x.name === "legacy-logs");
        assert.ok(r?.placement);
        r.name = `<script>alert("name")</script>`;
        r.placement.lives = [`"><svg onload=alert(1)>`];
        r.diagnostics[0].message = "`<img src=x onerror=alert(2)>` and <b>bold</b>";
        d.runs[0].source.stack = `<iframe src="//x">`;
        const out = renderHtml(d, opts);
        assert.doesNotMatch(out, /<script|<img|<iframe|<svg onload|<b>bold/i);
        assert.ok(out.includes("&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;"));
        assert.ok(out.includes("<code>&lt;img src=x onerror=alert(2)&gt;</code>"));
    });

    it("is written by --format html", async () => {
        const r = await runCli(["audit", "examples/stack-export/prod.json", "--format", "html"], { cwd: ROOT });
        assert.equal(r.code, 1, r.stderr);
        assert.match(r.stdout, /^<!DOCTYPE html>/);
        assert.match(r.stdout, /data-location="us-east-1"/);
    });

    it("shows an estate of several exports on one page: a label card per stack, the sites of all", async () => {
        const r = await runCli(["audit", "examples/stack-export/prod.json", "examples/stack-export/staging.json", "--format", "html"], { cwd: ROOT });
        assert.equal(r.code, 1, r.stderr);
        assert.equal((r.stdout.match(/<article class="label-card">/g) ?? []).length, 2);
        assert.match(r.stdout, /<h3>examples\/stack-export\/staging\.json \(stack staging\)<\/h3>/);
        // Only staging uses eu-central-1; the row names that stack alone.
        assert.match(r.stdout, /data-location="eu-central-1">[\s\S]*?<td class="allowed">allowed<\/td>[\s\S]*?<td>examples\/stack-export\/staging\.json \(stack staging\)<\/td><\/tr>/);
        assert.ok(siteGroup(r.stdout, "europe", "eu-central-1")?.includes('fill="#1a7f37"'));
    });
});
