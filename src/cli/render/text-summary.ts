// The count and verdict lines every text report ends a run with.
import type { Summary } from "../../engine/types";
import { plural } from "./common";
import type { Palette } from "./palette";

/** `waived`: how many of the advisories are violations an exemption waived (exempted-violations reports them). */
export function summaryLine(s: Summary, p: Palette, waived = 0): string {
    const parts = [
        s.mandatory > 0 ? p.red(plural(s.mandatory, "mandatory violation")) : "0 mandatory violations",
        (s.advisory > 0 ? p.yellow(plural(s.advisory, "advisory", "advisories")) : "0 advisories") + (waived > 0 ? ` (${waived} waived)` : ""),
    ];
    if (s.errors > 0) {
        parts.push(p.magenta(plural(s.errors, "analyzer error")));
    }
    if (s.remediations > 0) {
        parts.push(plural(s.remediations, "remediation"));
    }
    const resources = `${s.failing} failing, ${s.warning} with advisories${s.erroring ? `, ${s.erroring} with errors` : ""}, ${s.passing} passing`;
    return `${parts.join(", ")} · ${plural(s.resources, "resource")}: ${resources}`;
}

export function resultLine(s: Summary, p: Palette): string {
    if (s.mandatory > 0) {
        return p.red(p.bold(`✖ Not compliant: ${plural(s.mandatory, "mandatory violation")} would block a deployment.`));
    }
    if (s.errors > 0) {
        return p.magenta(p.bold(`! Not proven compliant: ${plural(s.errors, "analyzer error")} (a policy could not run).`));
    }
    return p.green(p.bold(`✔ No mandatory violations${s.advisory > 0 ? ` (${plural(s.advisory, "advisory", "advisories")})` : ""}.`));
}
