// Glob patterns for exemption matchers: `*` matches any run of characters (including `:`, `/` and
// `$`, so `aws:rds/*` matches every RDS type), `?` exactly one. Matched without regular
// expressions, in O(pattern × text) time, so no pattern written in a config can stall the pack.

export function globMatch(pattern: string, text: string): boolean {
    let p = 0;
    let t = 0;
    let star = -1;
    let resume = 0;
    while (t < text.length) {
        if (p < pattern.length && (pattern[p] === "?" || pattern[p] === text[t])) {
            p++;
            t++;
        } else if (p < pattern.length && pattern[p] === "*") {
            star = p++;
            resume = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p] === "*") p++;
    return p === pattern.length;
}
