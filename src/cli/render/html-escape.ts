// Text and attribute values for the HTML report: every character that could open markup or end an
// attribute is an entity, so no text from the pack, a stack export or a config can inject anything.
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
