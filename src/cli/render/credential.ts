// The label verdict as an unsigned JSON-LD W3C Verifiable Credential (VC Data Model 2.0, docs/label.md):
// one credential per stack saying which stack, the level it reaches, what blocks the next, where its
// data lives and who holds its keys. One stack gives the credential; several give a
// VerifiablePresentation holding one credential each. No `proof`: nothing here signs it.
// Only what the report already summarises goes in (locations from placements, key tiers and
// holders without key references), never a property value, so no secret can reach it.
import type { ReportDocument, ResourceReport, RunReport } from "../../engine/types";
import { configHash, relative, resourceFindings } from "./common";
import type { RenderOptions } from "./common";
import { sitesOf } from "./html-sites";
import { labelOf } from "./label";
import { keyOf } from "./markdown";

export const VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
/** The issuer when no --issuer is given: says plainly that the stack's owner assessed itself. */
export const DEFAULT_ISSUER = "urn:eu-sovereignty:self-assessment";
/** This project's terms; a URN, as the project publishes no vocabulary document to dereference. */
export const VOCAB = "urn:eu-sovereignty:vocab#";
/** The Gaia-X ontology namespace (the development version the Gaia-X ontology publishes). */
export const GX = "https://w3id.org/gaia-x/development#";

/**
 * Our terms fall to @vocab; the two Gaia-X terms used are mapped explicitly:
 * gx:location ("List of dataset storage locations", strings) and gx:keyManagement (managed | BYOK | HYOK).
 */
export const INLINE_CONTEXT = {
    "@vocab": VOCAB,
    gx: GX,
    storageLocations: { "@id": "gx:location", "@container": "@set" },
    keyManagement: { "@id": "gx:keyManagement", "@type": "@id" },
} as const;

type KeyTier = 1 | 2 | 3 | "unproven";

export interface KeyCustody {
    tier: KeyTier;
    /** Who holds the key, in the tier's words. */
    holder: string;
    /** gx:keyManagement, only where the Gaia-X value means the same: provider-held → managed, held outside → HYOK. */
    keyManagement?: string;
    /** The key service and where the key lives, when the report records them. */
    keyService?: string;
    keyLocation?: string;
    resources: number;
}

export interface DataLocation {
    cloud: string;
    location: string;
    label?: string;
    /** Allowed by the residency (or, for copies, the replication) config in force. */
    allowed: boolean;
    lives: number;
    replicas: number;
}

const HOLDERS: Readonly<Record<string, { tier: KeyTier; holder: string; keyManagement?: string }>> = {
    none: { tier: 1, holder: "nobody: no encryption at rest" },
    "provider-managed": { tier: 1, holder: "the cloud provider", keyManagement: "gx:KeyManagement/managed" },
    "customer-managed": { tier: 2, holder: "the customer, in the provider's key service" },
    external: { tier: 3, holder: "the customer, outside the provider", keyManagement: "gx:KeyManagement/HYOK" },
};

/**
 * A resource's key as the report records it (keyOf: the weakest tier the key findings name, else the
 * pack's summary), reduced to tier and holder: the key reference after ": " is dropped.
 */
export function custodyOf(key: string): Omit<KeyCustody, "resources"> | undefined {
    if (key === "—") return undefined;
    const m = /^(?:an? )?(none|provider-managed|customer-managed|external)(?: \(([^)]*)\))?/.exec(key);
    if (!m) return { tier: "unproven", holder: /unknown at preview/.test(key) ? "not known at preview" : "not proven: an unrecognised key reference" };
    const base = HOLDERS[m[1]];
    const out: Omit<KeyCustody, "resources"> = { ...base };
    // "(aws KMS, eu-west-1)" from the summary; "(tier 1)" from a finding says nothing more.
    const parts = (m[2] ?? "").split(", ").filter((p) => p !== "" && !/^tier \d/.test(p));
    if (parts[0]) out.keyService = parts[0];
    if (parts[1]) out.keyLocation = parts[1];
    if (/unknown at preview/.test(key)) out.holder += " (some settings unknown at preview)";
    return out;
}

function dataResources(run: RunReport): ResourceReport[] {
    return run.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"));
}

function keyCustody(run: RunReport, doc: ReportDocument): KeyCustody[] {
    const groups = new Map<string, KeyCustody>();
    for (const r of dataResources(run)) {
        const c = custodyOf(keyOf(r, resourceFindings(r, doc.pack.config, run.source.stack)));
        if (!c) continue;
        const id = JSON.stringify([c.tier, c.holder, c.keyService, c.keyLocation]);
        const g = groups.get(id) ?? { ...c, resources: 0 };
        g.resources++;
        groups.set(id, g);
    }
    const rank = (t: KeyTier): number => (t === "unproven" ? 0 : t);
    return [...groups.values()].sort((a, b) => rank(a.tier) - rank(b.tier) || b.resources - a.resources || a.holder.localeCompare(b.holder));
}

function dataLocations(run: RunReport, doc: ReportDocument): DataLocation[] {
    return sitesOf([run], doc.pack, () => "").map((s) => ({
        cloud: s.cloud, location: s.location, ...(s.label ? { label: s.label } : {}), allowed: s.allowed, lives: s.lives, replicas: s.replicas,
    }));
}

export function credentialOf(run: RunReport, doc: ReportDocument, opts: RenderOptions, validFrom: string | undefined): Record<string, unknown> {
    const v = labelOf(run, doc.pack);
    const locations = dataLocations(run, doc);
    const stackUrn = run.resources.find((r) => r.type === "pulumi:pulumi:Stack")?.urn;
    const source = run.source.path ? relative(run.source.path, opts.cwd) : undefined;
    const name = [run.source.project, run.source.stack].filter(Boolean).join("/") || source || "resources";
    const subject = {
        ...(stackUrn ? { id: stackUrn } : {}),
        type: "PulumiStack",
        ...(run.source.project ? { project: run.source.project } : {}),
        ...(run.source.stack ? { stack: run.source.stack } : {}),
        ...(source ? { source } : {}),
        level: v.level,
        criteriaVersion: v.criteriaVersion,
        disclaimer: v.disclaimer,
        ...(v.next ? { nextLevel: { level: v.next.level, blockers: v.next.blockers } } : {}),
        waived: v.waived,
        dataLocations: locations,
        storageLocations: [...new Set(locations.map((l) => `${l.cloud}:${l.location}`))],
        // Resources with data whose location the report could not establish (fail closed: not "in the EU").
        unlocatedResources: dataResources(run).filter((r) => !r.placement || r.placement.lives.length === 0).length,
        keyCustody: keyCustody(run, doc),
        assessedWith: {
            tool: `${doc.tool.name} ${doc.tool.version}`,
            policyPack: `${doc.pack.name} ${doc.pack.version}`,
            configHash: configHash(doc.pack.config),
            ...(opts.provenance?.preset ? { preset: opts.provenance.preset } : {}),
        },
    };
    return {
        "@context": [VC_V2_CONTEXT, INLINE_CONTEXT],
        type: ["VerifiableCredential", "SovereigntyLabelSelfAssessment"],
        name: `EU sovereignty label self-assessment of ${name}: level ${v.level} of 3`,
        description: v.disclaimer,
        issuer: opts.issuer ?? DEFAULT_ISSUER,
        ...(validFrom ? { validFrom } : {}),
        credentialSubject: subject,
    };
}

export function renderCredential(doc: ReportDocument, opts: RenderOptions): string {
    // validFrom is the report's date (the CLI always records it). Without one it is left out, as VC 2.0
    // allows, rather than dated at render time: the same report renders the same credential.
    const validFrom = opts.provenance?.generatedAt;
    const credentials = doc.runs.map((run) => credentialOf(run, doc, opts, validFrom));
    const out = credentials.length === 1 ? credentials[0] : {
        "@context": [VC_V2_CONTEXT],
        type: ["VerifiablePresentation"],
        verifiableCredential: credentials,
    };
    return `${JSON.stringify(out, null, 2)}\n`;
}
