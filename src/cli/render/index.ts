// Picks the renderer for --format.
import type { ReportDocument } from "../../engine/types";
import type { Format } from "../args";
import type { RenderOptions } from "./common";
import { renderHtml } from "./html";
import { renderJson } from "./json";
import { renderMarkdown } from "./markdown";
import { renderSarif } from "./sarif";
import { renderText } from "./text";

export type { RenderOptions } from "./common";

export function render(doc: ReportDocument, format: Format, opts: RenderOptions): string {
    switch (format) {
        case "json":
            return renderJson(doc, opts);
        case "sarif":
            return renderSarif(doc, opts);
        case "markdown":
            return renderMarkdown(doc, opts);
        case "html":
            return renderHtml(doc, opts);
        default:
            return renderText(doc, opts);
    }
}
