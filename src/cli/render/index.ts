// The renderer for each --format. A Record over Format: a format without a renderer (or a renderer
// for no format) is a compile error, and no format falls through to text.
import type { ReportDocument } from "../../engine/types";
import type { Format } from "../args";
import type { RenderOptions } from "./common";
import { renderCredential } from "./credential";
import { renderHtml } from "./html";
import { renderJson } from "./json";
import { renderMarkdown } from "./markdown";
import { renderSarif } from "./sarif";
import { renderText } from "./text";

export type { RenderOptions } from "./common";

export type Renderer = (doc: ReportDocument, opts: RenderOptions) => string;

/** Key order is the order `--help` and error messages list the formats in. */
export const RENDERERS: Readonly<Record<Format, Renderer>> = {
    text: renderText,
    json: renderJson,
    sarif: renderSarif,
    markdown: renderMarkdown,
    html: renderHtml,
    credential: renderCredential,
};

export function render(doc: ReportDocument, format: Format, opts: RenderOptions): string {
    return RENDERERS[format](doc, opts);
}
