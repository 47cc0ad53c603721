// The label as a small self-contained SVG badge ("EU sovereignty | level 2 of 3 · self-assessed"):
// no scripts, fonts, links or styles from outside, so it can be committed, served or embedded as is.
import { LABEL_DISCLAIMER } from "eu-sovereignty-policies/lib";
import type { LabelLevel } from "eu-sovereignty-policies/lib";

/** Colour per level; each carries white 11px text at a contrast of 4.5:1 or more (WCAG AA). */
export const BADGE_COLOURS: Readonly<Record<LabelLevel, string>> = {
    0: "#b42318",
    1: "#b54708",
    2: "#1d6fa5",
    3: "#027a48",
};

const LABEL = "EU sovereignty";
const HEIGHT = 20;
const PAD = 6;

/** Width of a text in Verdana 11px, near enough: the text is then fitted to it with textLength. */
function textWidth(text: string): number {
    let w = 0;
    for (const c of text) {
        w += /[il.·|:' ]/.test(c) ? 3.6 : /[mwMW]/.test(c) ? 10.5 : /[A-Z0-9]/.test(c) ? 7.5 : 6.6;
    }
    return Math.ceil(w);
}

function xml(text: string): string {
    return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The badge's value text, e.g. "level 2 of 3 · self-assessed". */
export function badgeValue(level: LabelLevel): string {
    return `level ${level} of 3 · self-assessed`;
}

/** An SVG badge for a stack at `level`; `stack` names it in the title (shown as a tooltip). */
export function badgeSvg(level: LabelLevel, stack: string): string {
    const value = badgeValue(level);
    const lw = textWidth(LABEL) + 2 * PAD;
    const vw = textWidth(value) + 2 * PAD;
    const width = lw + vw;
    const title = `${LABEL}: ${value} (${stack}). ${LABEL_DISCLAIMER}`;
    const text = (x: number, w: number, t: string): string =>
        `<text x="${x + PAD}" y="14" textLength="${w - 2 * PAD}" lengthAdjust="spacingAndGlyphs">${xml(t)}</text>`;
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${xml(`${LABEL}: ${value}`)}">`,
        `<title>${xml(title)}</title>`,
        `<rect width="${width}" height="${HEIGHT}" rx="3" fill="#555"/>`,
        `<rect x="${lw}" width="${vw}" height="${HEIGHT}" rx="3" fill="${BADGE_COLOURS[level]}"/>`,
        `<rect x="${lw}" width="4" height="${HEIGHT}" fill="${BADGE_COLOURS[level]}"/>`,
        `<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">`,
        text(0, lw, LABEL),
        text(lw, vw, value),
        `</g>`,
        `</svg>`,
        "",
    ].join("\n");
}
