// Run by hand: extract from a Pulumi package schema (provider/cmd/pulumi-resource-<name>/schema.json)
// what the catalogue generator needs of a cloud or data platform whose SDK the npm registry does not
// serve (IONOS, STACKIT, Exoscale, UpCloud; Elastic Cloud): every resource token, the inputs whose names
// it reads (a regional cloud's: region, location, zone, datacenter; a platform's: its region vocabulary
// and key references, platform-shape.ts), the nested input types leading to such inputs, and the
// provider's config keys of that kind. The extract is committed (scripts/catalog/vendored/<id>.json)
// so that `npm run gen:catalog -- --check` needs no network.
//
//   npx ts-node --transpile-only scripts/catalog/vendor-schemas.ts <id> <git-dir> [<rev>]
//
// <id> is a key of VENDORED_SOURCES; <git-dir> a clone (bare or not) of its repository, e.g. the mirror
// of github:ionos-cloud/pulumi-ionoscloud; <rev> defaults to HEAD.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { isLocationName, NESTED_DEPTH } from "./location-props";
import { isKeyRefName, isVocabularyName } from "./platform-shape";
import { VENDORED_SOURCES, type VendoredFile, type VendoredId, type VendoredInput, type VendoredKind } from "./vendored-model";

interface SchemaProp { type?: string; $ref?: string; items?: SchemaProp; additionalProperties?: SchemaProp; description?: string; oneOf?: SchemaProp[] }
interface SchemaObject { properties?: Record<string, SchemaProp>; required?: string[]; enum?: unknown[]; type?: string }
interface Schema {
    version?: string;
    config?: { variables?: Record<string, SchemaProp> };
    types?: Record<string, SchemaObject>;
    resources?: Record<string, { inputProperties?: Record<string, SchemaProp>; requiredInputs?: string[] }>;
}

/** Docs longer than this are cut: the generator reads only the example values near their start. */
const DOC_LIMIT = 320;

/** Whether the generator may read or report a property (`parent`: the input it is nested in). */
type Wanted = (name: string, parent: string | undefined) => boolean;

const WANTED: Readonly<Record<VendoredKind, Wanted>> = {
    // Location-ish, or a reference to a datacenter.
    regional: (name) => isLocationName(name) || /datacenter/i.test(name),
    // The platform generator's own name tests; the type test (a string, not a flag) is left to it.
    platform: (name, parent) => isVocabularyName(name) || isKeyRefName({ name, optional: true, doc: "", type: { kind: "primitive", text: "string" } }, parent),
};

/** How many levels below a top-level input nested types are kept (regional: as the committed extracts were cut). */
const LEVELS: Readonly<Record<VendoredKind, number>> = { regional: 2, platform: NESTED_DEPTH };

/** The schema's docs repeat each code span per language (`<span pulumi-lang-nodejs="`x`" ...>`x`</span>`): keep the text once. */
export function plainDoc(doc: string | undefined): string | undefined {
    if (doc === undefined) return undefined;
    const text = doc.replace(/<span [^>]*>([^<]*)<\/span>/g, "$1").replace(/\s+/g, " ").trim();
    if (text === "") return undefined;
    return text.length > DOC_LIMIT ? `${text.slice(0, DOC_LIMIT)}…` : text;
}

function refName(ref: string): string {
    return decodeURIComponent(ref.replace(/^#\/types\//, ""));
}

function typeText(schema: Schema, p: SchemaProp): string {
    if (p.$ref !== undefined) {
        const name = refName(p.$ref);
        const target = schema.types?.[name];
        if (target?.enum !== undefined) return "enum";
        return target === undefined ? "string" : `ref:${name}`;
    }
    if (p.type === "array" && p.items !== undefined) return `${typeText(schema, p.items)}[]`;
    if (p.type === "object") return p.additionalProperties !== undefined ? "map" : "object";
    if (p.oneOf !== undefined) return "string";
    return p.type === "integer" ? "number" : p.type ?? "string";
}

/** Input types (by schema name) that hold, within the depth the generator walks, a wanted property. */
function nestedTypes(schema: Schema, kind: VendoredKind, roots: readonly (readonly [string, SchemaProp])[]): Record<string, Record<string, VendoredInput>> {
    const out: Record<string, Record<string, VendoredInput>> = {};
    const wanted = WANTED[kind];
    // Whether the type (reached through input `parent`, `depth` levels below the top) leads to a wanted
    // name; fills `out` on the way, merging what other paths to the same type kept. A cycle or the depth ends the walk.
    const visit = (name: string, parent: string, depth: number, seen: ReadonlySet<string>): boolean => {
        const t = schema.types?.[name];
        if (t?.properties === undefined || depth > LEVELS[kind] || seen.has(name)) return false;
        const keep: Record<string, VendoredInput> = {};
        for (const [prop, p] of Object.entries(t.properties)) {
            const ref = p.$ref ?? p.items?.$ref ?? p.additionalProperties?.$ref;
            const leads = ref !== undefined && visit(refName(ref), prop, depth + 1, new Set([...seen, name]));
            const own = wanted(prop, parent);
            if (own || leads) keep[prop] = input(schema, p, !(t.required ?? []).includes(prop), own);
        }
        if (Object.keys(keep).length === 0) return false;
        out[name] = { ...out[name], ...keep };
        return true;
    };
    for (const [parent, p] of roots) {
        const ref = p.$ref ?? p.items?.$ref ?? p.additionalProperties?.$ref;
        if (ref !== undefined) visit(refName(ref), parent, 1, new Set());
    }
    return out;
}

function input(schema: Schema, p: SchemaProp, optional: boolean, withDoc: boolean): VendoredInput {
    const doc = withDoc ? plainDoc(p.description) : undefined;
    return { type: typeText(schema, p), ...(optional ? {} : { required: true }), ...(doc === undefined ? {} : { doc }) };
}

export function extract(id: VendoredId, schema: Schema, meta: { commit: string; version: string }): VendoredFile {
    const source = VENDORED_SOURCES[id];
    const wanted = WANTED[source.kind];
    const resources: Record<string, Record<string, VendoredInput>> = {};
    const roots: (readonly [string, SchemaProp])[] = [];
    for (const token of Object.keys(schema.resources ?? {}).sort()) {
        const r = schema.resources?.[token] ?? {};
        const inputs: Record<string, VendoredInput> = {};
        for (const [name, p] of Object.entries(r.inputProperties ?? {})) {
            const nested = nestedTypes(schema, source.kind, [[name, p]]);
            if (!wanted(name, undefined) && Object.keys(nested).length === 0) continue;
            inputs[name] = input(schema, p, !(r.requiredInputs ?? []).includes(name), wanted(name, undefined));
            roots.push([name, p]);
        }
        resources[token] = inputs;
    }
    const config: Record<string, VendoredInput> = {};
    const configWanted = source.kind === "platform" ? isVocabularyName : isLocationName;
    for (const [name, p] of Object.entries(schema.config?.variables ?? {})) if (configWanted(name)) config[name] = input(schema, p, true, true);
    return {
        source: { repository: source.repository, schema: source.schema, commit: meta.commit, version: schema.version ?? meta.version, extractedBy: "scripts/catalog/vendor-schemas.ts" },
        npm: source.npm,
        config,
        resources,
        inputTypes: Object.fromEntries(Object.entries(nestedTypes(schema, source.kind, roots)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    };
}

function main(argv: readonly string[]): number {
    const [id, gitDir, rev = "HEAD"] = argv;
    if (!Object.hasOwn(VENDORED_SOURCES, id ?? "") || gitDir === undefined) {
        console.error(`usage: vendor-schemas.ts <${Object.keys(VENDORED_SOURCES).join("|")}> <git-dir> [<rev>]`);
        return 2;
    }
    const vid = id as VendoredId;
    const git = (...args: string[]): string => execFileSync("git", ["--git-dir", gitDir, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).trim();
    const commit = git("rev-parse", `${rev}^{commit}`);
    // The schema's own `version` is stamped at release; in the repository the nearest `v*` tag names it.
    const version = git("describe", "--tags", "--abbrev=0", "--match", "v*", commit);
    const schema = JSON.parse(git("show", `${commit}:${VENDORED_SOURCES[vid].schema}`)) as Schema;
    const out = path.resolve(__dirname, "vendored", `${vid}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(extract(vid, schema, { commit, version }), null, 1)}\n`);
    console.log(`vendor-schemas: wrote ${path.relative(process.cwd(), out)} (${Object.keys(schema.resources ?? {}).length} resources, ${version} ${commit.slice(0, 12)})`);
    return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
