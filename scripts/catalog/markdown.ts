// Markdown pieces the generated docs share.

/** Escape a table cell. */
export function cell(text: string): string {
    return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
}

/** Set in code. */
export function code(s: string): string {
    return `\`${s}\``;
}
