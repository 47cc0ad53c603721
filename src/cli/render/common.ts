// Helpers shared by the report formats.
import { createHash } from "crypto";
import * as path from "path";
import type { Diagnostic, EnforcementLevel, PackInfo, ResourceReport, RunReport, Severity, Verdict } from "../../engine/types";
import { EXEMPTION_MATCHERS, citedRow, globMatch } from "eu-sovereignty-policies/lib";

export interface RenderOptions {
    /** ANSI colours (text format only). */
    color: boolean;
    /** Paths in reports are shown relative to this directory. */
    cwd: string;
    /** Text only: "quiet" mandatory findings only, "verbose" every message in full. */
    detail?: "quiet" | "normal" | "verbose";
    /** How the report was produced, for the Markdown and JSON provenance. */
    provenance?: Provenance;
    /** The credential's issuer (--issuer); the credential format's default otherwise. */
    issuer?: string;
}

export interface Provenance {
    /** ISO 8601 time the report was made. */
    generatedAt: string;
    /** The command line, as typed after the program name. */
    command: string;
    preset?: string;
    configFile?: string;
}

/** SHA-256 of the config in force (levels and properties per policy), keys sorted: same config, same hash. */
export function configHash(config: PackInfo["config"]): string {
    return createHash("sha256").update(canonical(config)).digest("hex");
}

function canonical(v: unknown): string {
    if (Array.isArray(v)) {
        return `[${v.map(canonical).join(",")}]`;
    }
    if (v !== null && typeof v === "object") {
        return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(",")}}`;
    }
    return JSON.stringify(v) ?? "null";
}

const VERDICT_ORDER: Record<Verdict, number> = { fail: 0, error: 1, warn: 2, pass: 3 };

/** Resources with something to say, worst first; the order of the run within a verdict. */
export function resourcesWithFindings(run: RunReport): ResourceReport[] {
    return run.resources
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => r.verdict !== "pass" || r.remediations.length > 0)
        .sort((a, b) => VERDICT_ORDER[a.r.verdict] - VERDICT_ORDER[b.r.verdict] || a.i - b.i)
        .map(({ r }) => r);
}

/** Mandatory before advisory, otherwise as reported. */
export function sortedDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
    return [...ds].sort((a, b) => rank(a) - rank(b));
}

function rank(d: Diagnostic): number {
    return d.enforcementLevel === "mandatory" ? 0 : 1;
}

/**
 * The policy's own words: the SDK prefixes a violation reported with a string by the policy's
 * description and a newline, which every report already shows as the rule.
 */
export function violationText(d: Diagnostic): string {
    if (d.description && d.message.startsWith(`${d.description}\n`)) {
        return d.message.slice(d.description.length + 1);
    }
    return d.message;
}

export function relative(file: string, cwd: string): string {
    const rel = path.relative(cwd, file);
    return (rel === "" ? "." : rel.startsWith("..") && path.isAbsolute(file) ? file : rel).split(path.sep).join("/");
}

export function runTitle(run: RunReport, cwd: string): string {
    const where = run.source.path ? relative(run.source.path, cwd) : "resources";
    const stack = run.source.stack ? ` (stack ${run.source.stack})` : "";
    return `${where}${stack}`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
    return `${n} ${n === 1 ? word : many}`;
}

/** A waiver that turned a violation into an exempted-violations advisory. */
export interface ExemptionUse {
    /** The policy whose violation was waived. */
    policy: string;
    reason: string;
    expires: string;
    /** The config entry that matched (urn, name and/or type patterns), when found in the pack config. */
    matcher?: Record<string, string>;
}

/** One diagnostic, read for people: the rule, the short reason, the fix, the property it is about. */
export interface Finding {
    diagnostic: Diagnostic;
    /** The rule the finding is about: for an exempted violation, the policy it was waived from. */
    rule: string;
    level: EnforcementLevel;
    /** The policy's own words, without the SDK's description prefix or the resource it names first. */
    text: string;
    /** What is wrong (the text up to "Rule <name>" or "Fix:"). */
    reason: string;
    fix?: string;
    /** Notes the pack appends (expired or malformed exemptions). */
    note?: string;
    /** The first property path the reason names, e.g. `replicas[0].regionName`. */
    path?: string;
    /** The row that decided it (`EUK-AWS-101`), when the message cites one. */
    row?: string;
    exemption?: ExemptionUse;
    /** The SDK's "can't run policy during preview" notice. */
    previewNotice: boolean;
}

const EXEMPTED = /^\[exempted from ([\w.-]{1,100}) until (\S{1,40}): (.*?)\] (.*)$/s;
const SUBJECT = /^(?:[\w.:/-]{1,200}|resource) "[^"\n]{0,130}": /;
const NOTE = / \((?:Exemption #\d+ for this resource expired|Exemptions were not applied|Malformed exemptions|This policy's config has unknown keys)[\s\S]*$/;
/** The policy that reports waived violations (policies/src/policies/exempted-violations.ts). */
const EXEMPTED_POLICY = "exempted-violations";
// A backticked property path, not a package name ("provider package `aws`").
const PROPERTY_PATH = /(?<!package )`([A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$-]*)*)`/;
const PREVIEW_NOTICE = /^can't run policy '[^']*' from policy pack '[^']*' during preview: /;

/** Reads a diagnostic into a finding; never throws, whatever the message holds. */
export function findingOf(d: Diagnostic, config?: PackInfo["config"], target?: { urn: string; name: string; type: string }): Finding {
    let text = violationText(d);
    let rule = d.policyName;
    let exemption: ExemptionUse | undefined;
    // Only the exempted-violations policy speaks for waivers: another policy's text is never read as one.
    const ex = d.policyName === EXEMPTED_POLICY ? EXEMPTED.exec(text) : null;
    if (ex) {
        // A reason may itself hold "] ": prefer the split whose reason is one the config has.
        const reasons = configuredReasons(config?.[ex[1]]?.properties?.exemptions);
        const head = `[exempted from ${ex[1]} until ${ex[2]}: `;
        for (let at = text.indexOf("] ", head.length); at >= 0; at = text.indexOf("] ", at + 1)) {
            if (reasons.has(text.slice(head.length, at))) {
                ex[3] = text.slice(head.length, at);
                ex[4] = text.slice(at + 2);
                break;
            }
        }
        rule = ex[1];
        exemption = { policy: ex[1], expires: ex[2], reason: ex[3] };
        const matcher = target ? matchingExemption(config?.[ex[1]]?.properties?.exemptions, exemption, { ...target, row: citedRow(ex[4]) }) : undefined;
        if (matcher) {
            exemption.matcher = matcher;
        }
        text = ex[4];
    }
    text = text.replace(SUBJECT, "");
    let note: string | undefined;
    const n = NOTE.exec(text);
    if (n) {
        note = n[0].trim().replace(/^\(|\)$/g, "");
        text = text.slice(0, n.index);
    }
    const previewNotice = PREVIEW_NOTICE.test(text);
    if (previewNotice) {
        // "string value at .kmsKeyId can't be known during preview": say which property, and when it is checked.
        // A policy may add what the value is for ("… for the TLS-only policy of aws:s3/bucket:Bucket "logs"").
        const unknownAt = /^\S+ value at \.(\S{1,200}) can't be known during preview(.{0,300})$/.exec(text.replace(PREVIEW_NOTICE, ""));
        const what = unknownAt ? `\`${unknownAt[1]}\` is known only after deployment${unknownAt[2]}` : text.replace(PREVIEW_NOTICE, "");
        text = `not checked at preview, as ${what}. Fix: nothing to change here; the Pulumi CLI checks it at \`pulumi up\`, and \`eu-sovereignty audit\` checks a \`pulumi stack export\` of the deployed stack.`;
    }
    let reason = text;
    let fix: string | undefined;
    const fixAt = text.lastIndexOf(" Fix: ");
    if (fixAt >= 0) {
        fix = text.slice(fixAt + 6).trim();
        reason = text.slice(0, fixAt);
    }
    const ruleAt = reason.search(new RegExp(`\\s+Rule ${escapeRegExp(rule)}\\b`));
    if (ruleAt > 0) {
        reason = reason.slice(0, ruleAt);
    }
    reason = reason.trim();
    const out: Finding = { diagnostic: d, rule, level: d.enforcementLevel, text, reason, previewNotice };
    if (fix) {
        out.fix = fix;
    }
    if (note) {
        out.note = note;
    }
    const row = citedRow(text);
    if (row) {
        out.row = row;
    }
    const path = PROPERTY_PATH.exec(reason)?.[1];
    if (path) {
        out.path = path;
    }
    if (exemption) {
        out.exemption = exemption;
    }
    return out;
}

/**
 * A resource's findings, mandatory first. The SDK's "can't run during preview" notice is dropped
 * where the same policy gave a verdict for the same resource: one verdict per policy and resource.
 */
export function resourceFindings(r: ResourceReport, config?: PackInfo["config"], stack?: string): Finding[] {
    const all = sortedDiagnostics(r.diagnostics).map((d) => withStack(findingOf(d, config, r), stack));
    const judged = new Set(all.filter((f) => !f.previewNotice).map((f) => f.diagnostic.policyName));
    return all.filter((f) => !f.previewNotice || !judged.has(f.diagnostic.policyName));
}

export function stackFindings(run: RunReport, config?: PackInfo["config"]): Finding[] {
    return sortedDiagnostics(run.stackDiagnostics).map((d) => withStack(findingOf(d, config), run.source.stack));
}

/** The pack cannot know the stack's name; the report does: `Pulumi.<stack>.yaml` becomes `Pulumi.dev.yaml`. */
function withStack(f: Finding, stack: string | undefined): Finding {
    if (stack === undefined || !/^[\w.-]{1,100}$/.test(stack)) {
        return f;
    }
    const named = (t: string): string => t.split("Pulumi.<stack>.yaml").join(`Pulumi.${stack}.yaml`);
    const out: Finding = { ...f, text: named(f.text), reason: named(f.reason) };
    if (f.fix !== undefined) {
        out.fix = named(f.fix);
    }
    return out;
}

/** A location inherited from the default provider's config: the key to fix and the value it has. */
export function inheritedFrom(f: Finding): { pkg: string; key: string; value: string } | undefined {
    const m = /inherited from the default ([\w-]{1,64}) provider, i\.e\. `([^`]{1,100})` in [^)]*\) is (.{1,200}?), outside the allowed/.exec(f.reason);
    return m ? { pkg: m[1], key: m[2], value: m[3] } : undefined;
}

function escapeRegExp(s: string): string {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function configuredReasons(list: unknown): Set<string> {
    const out = new Set<string>();
    if (Array.isArray(list)) {
        for (const e of list as unknown[]) {
            const reason = typeof e === "object" && e !== null ? (e as Record<string, unknown>).reason : undefined;
            if (typeof reason === "string") {
                out.add(reason.replace(/\s+/g, " ").trim());
            }
        }
    }
    return out;
}

/** The config entry behind an exemption: same reason and expiry, and its patterns match the resource. */
function matchingExemption(list: unknown, use: ExemptionUse, target: { urn: string; name: string; type: string; row?: string }): Record<string, string> | undefined {
    if (!Array.isArray(list)) {
        return undefined;
    }
    for (const entry of list as unknown[]) {
        if (typeof entry !== "object" || entry === null) {
            continue;
        }
        const e = entry as Record<string, unknown>;
        if (e.expires !== use.expires || typeof e.reason !== "string" || e.reason.replace(/\s+/g, " ").trim() !== use.reason) {
            continue;
        }
        const matcher: Record<string, string> = {};
        let ok = true;
        for (const k of EXEMPTION_MATCHERS) {
            const p = e[k];
            if (typeof p === "string") {
                matcher[k] = p;
                ok &&= globMatch(p, target[k] ?? "");
            }
        }
        if (ok && Object.keys(matcher).length > 0) {
            return matcher;
        }
    }
    return undefined;
}

/** Severity as code scanning scores it: critical 9.0-10.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9. */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

/** A one-line title for a rule: its display name, else the first clause of its description. */
export function ruleTitle(p: { name: string; displayName?: string; description: string }): string {
    if (p.displayName) {
        return p.displayName;
    }
    const first = /^(.{10,200}?)(?:[.:;](?:\s|$)|$)/s.exec(p.description.trim())?.[1];
    return first ?? p.name;
}
