// The HTML report's only stylesheet, inlined in the page: system fonts, no external file.
import { ALLOWED_COLOUR, NOT_ALLOWED_COLOUR } from "./html-map";

export const STYLE = `
:root { color-scheme: light; --ok: ${ALLOWED_COLOUR}; --bad: ${NOT_ALLOWED_COLOUR}; --muted: #57606a; --line: #d0d7de; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff; }
h1 { margin: 0 0 4px; font-size: 26px; } h2 { margin: 28px 0 10px; font-size: 20px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { margin: 0 0 6px; font-size: 16px; } h4 { margin: 10px 0 4px; font-size: 14px; font-weight: 600; }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa; padding: 0 3px; border-radius: 3px; }
.provenance { color: var(--muted); font-size: 13px; margin: 0; }
.disclaimer { margin: 14px 0; padding: 10px 14px; border-left: 4px solid #9a6700; background: #fff8c5; }
.verdict { font-weight: 600; font-size: 17px; } .verdict.fail { color: var(--bad); } .verdict.pass { color: var(--ok); } .verdict.error { color: #8250df; }
.levels { margin: 0 0 12px; padding-left: 20px; color: var(--muted); font-size: 13px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: 12px; } .blockers code { white-space: nowrap; }
.label-card { border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; }
.level { margin: 0 0 8px; } .level-number { font-size: 22px; font-weight: 700; } .level-name { color: var(--muted); }
.level-0 .level-number { color: var(--bad); } .level-1 .level-number { color: #9a6700; } .level-2 .level-number { color: #0969da; } .level-3 .level-number { color: var(--ok); }
table { border-collapse: collapse; width: 100%; font-size: 13px; } th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
.num { text-align: right; } table.sites code { white-space: nowrap; } .req { color: var(--muted); font-size: 12px; } .waived { font-size: 13px; color: var(--muted); }
.maps { display: grid; grid-template-columns: 3fr 2fr; gap: 12px; align-items: start; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; overflow: hidden; background: #eef5fb; }
figcaption { padding: 4px 10px; font-size: 13px; color: var(--muted); background: #fff; border-top: 1px solid var(--line); }
svg.map { display: block; width: 100%; height: auto; }
.sphere, .sea { fill: #eef5fb; stroke: #b6c8d8; } .country { fill: #e6e9ec; stroke: #98a2ac; stroke-width: 0.5; }
.site circle { stroke: #fff; stroke-width: 1.5; fill-opacity: 0.92; } .site .count { fill: #fff; font: 700 10px system-ui, sans-serif; pointer-events: none; }
.site .name { font: 600 11px system-ui, sans-serif; fill: #1f2328; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.site.not-allowed .name { fill: var(--bad); }
.legend { display: flex; gap: 18px; margin: 8px 0; font-size: 13px; } .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%; vertical-align: -1px; margin-right: 4px; }
.swatch.allowed { background: var(--ok); } .swatch.not-allowed { background: var(--bad); }
td.allowed { color: var(--ok); font-weight: 600; } td.not-allowed { color: var(--bad); font-weight: 600; }
.resource { border-left: 3px solid var(--line); padding: 2px 0 2px 10px; margin: 8px 0; } .resource.fail { border-color: var(--bad); } .resource.warn { border-color: #9a6700; }
.resource ul { margin: 2px 0; padding-left: 18px; } .type { color: var(--muted); font-weight: 400; font-size: 12px; }
.badge { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; padding: 0 5px; border-radius: 3px; background: #eaeef2; }
.badge.mandatory { background: var(--bad); color: #fff; } .badge.advisory { background: #9a6700; color: #fff; } .badge.waived { background: #6e7781; color: #fff; } .badge.error { background: #8250df; color: #fff; }
.fix { color: #0a3069; } footer { margin-top: 28px; font-size: 12px; color: var(--muted); }
@media (max-width: 900px) { .maps { grid-template-columns: 1fr; } }
@media print { body { max-width: none; } .maps { grid-template-columns: 1fr; } }
`;
