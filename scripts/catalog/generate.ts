// The generator as pure steps: read the three packages (those for key references only, the EU-native
// and region-first clouds' and the data platforms'), build their shapes, render every output.
import * as path from "path";
import { verifyFacts } from "./facts-verification";
import { keyRefCatalogue, renderKeyRefs } from "./key-refs";
import type { Cloud, PackageTypings, SdkPackage } from "./model";
import { CLOUDS, KEY_REF_ONLY } from "./model";
import type { ReadOptions } from "./package-reader";
import { npmPackageDir, packageDir, readPackage } from "./package-reader";
import type { PlatformRules, PlatformSdkId } from "./platform-rules";
import { PLATFORM_RULES } from "./platform-rules";
import type { PlatformShape } from "./platform-shape";
import { buildPlatformShape } from "./platform-shape";
import { REGIONAL_RULES } from "./regional-rules";
import type { RegionalShape } from "./regional-shape";
import { buildRegionalShape } from "./regional-shape";
import { renderPlatformInputs } from "./render-platforms";
import { renderRegionalLocated } from "./render-regional";
import { renderProviderShapeJson } from "./render-json";
import { renderFactsVerificationMd, renderProviderShapeMd } from "./render-markdown";
import { renderAwsRegionless, renderGcpProviderDefaulted } from "./render-modules";
import type { CloudShape } from "./shape";
import { buildCloudShape } from "./shape";
import type { PlatformVendoredId, RegionalVendoredId } from "./vendored-model";
import { readVendoredFile, vendoredPath, vendoredTypings } from "./vendored-reader";

/** Output paths, relative to the repository root. */
export const OUTPUTS = {
    awsRegionless: "policies/src/data/generated/aws-regionless-types.ts",
    gcpProviderDefaulted: "policies/src/data/generated/gcp-provider-defaulted.ts",
    keyRefs: "policies/src/data/generated/key-refs.ts",
    regionalLocated: "policies/src/data/generated/regional-located.ts",
    platformInputs: "policies/src/data/generated/platform-inputs.ts",
    providerShapeJson: "policies/src/data/generated/provider-shape.json",
    providerShapeMd: "docs/provider-shape.md",
    factsVerificationMd: "docs/facts-verification.md",
} as const;

/** Where the facts file lives, relative to the repository root. */
export const DEFAULT_FACTS_PATH = "../shared/domain/sovereignty-facts.md";

export interface GeneratedFile { readonly path: string; readonly content: string }

/** The three clouds' packages, and those read for the key-reference catalogue only (KEY_REF_ONLY). */
export function readAllPackages(root: string, options: ReadOptions = {}): Map<SdkPackage, PackageTypings> {
    return new Map([...CLOUDS, ...KEY_REF_ONLY].map((pkg) => [pkg, readPackage(pkg, packageDir(root, pkg), options)]));
}

/** The three clouds' packages only: shapes, counts and facts are about them. */
function cloudsOf(packages: ReadonlyMap<SdkPackage, PackageTypings>): Map<Cloud, PackageTypings> {
    return new Map(CLOUDS.flatMap((c) => { const t = packages.get(c); return t ? [[c, t] as const] : []; }));
}

/** The EU-native and region-first clouds' SDKs (regional-rules.ts), read and shaped. */
export function readRegionalShapes(root: string): RegionalShape[] {
    return REGIONAL_RULES.map((rules) => buildRegionalShape(rules, rules.vendored
        ? vendoredTypings(rules.id as RegionalVendoredId, readVendoredFile(root, rules.id as RegionalVendoredId))
        : readPackage(rules.id, npmPackageDir(root, rules.npm))));
}

/** The data platforms' SDKs (platform-rules.ts), read and shaped. */
export function readPlatformShapes(root: string): PlatformShape[] {
    return PLATFORM_RULES.map((rules) => {
        const shape = buildPlatformShape(rules, readPlatformTypings(root, rules));
        if (!rules.vendored) return shape;
        const id = rules.id as PlatformVendoredId;
        const file = path.relative(root, vendoredPath(root, id)).split(path.sep).join("/");
        return { ...shape, vendored: { path: file, commit: readVendoredFile(root, id).source.commit } };
    });
}

/** A data platform's typings: the installed SDK, or the committed schema extract when the registry serves none. */
export function readPlatformTypings(root: string, rules: PlatformRules): PackageTypings<PlatformSdkId> {
    return rules.vendored
        ? vendoredTypings(rules.id as PlatformVendoredId, readVendoredFile(root, rules.id as PlatformVendoredId))
        : readPackage(rules.id, npmPackageDir(root, rules.npm));
}

export function buildShapes(packages: ReadonlyMap<SdkPackage, PackageTypings>): Map<Cloud, CloudShape> {
    return new Map([...cloudsOf(packages)].map(([cloud, typings]) => [cloud, buildCloudShape(typings)]));
}

/** Every output file's content. The facts verification only when the facts file's text is given. */
export function renderAll(
    packages: ReadonlyMap<SdkPackage, PackageTypings>,
    shapes: ReadonlyMap<Cloud, CloudShape>,
    facts?: { readonly displayPath: string; readonly text: string },
    regional: readonly RegionalShape[] = [],
    platforms: readonly PlatformShape[] = [],
): GeneratedFile[] {
    const list = CLOUDS.map((c) => shapes.get(c)).filter((s): s is CloudShape => s !== undefined);
    const aws = shapes.get("aws");
    const gcp = shapes.get("gcp");
    const files: GeneratedFile[] = [];
    if (aws) files.push({ path: OUTPUTS.awsRegionless, content: renderAwsRegionless(aws) });
    if (gcp) files.push({ path: OUTPUTS.gcpProviderDefaulted, content: renderGcpProviderDefaulted(gcp) });
    const read = [...CLOUDS, ...KEY_REF_ONLY].map((c) => packages.get(c)).filter((t): t is PackageTypings => t !== undefined);
    const keyRefs = read.map(keyRefCatalogue);
    files.push({ path: OUTPUTS.keyRefs, content: renderKeyRefs(keyRefs, new Map(read.map((t) => [t.cloud, t.version]))) });
    if (regional.length > 0) files.push({ path: OUTPUTS.regionalLocated, content: renderRegionalLocated(regional) });
    if (platforms.length > 0) files.push({ path: OUTPUTS.platformInputs, content: renderPlatformInputs(platforms) });
    files.push({ path: OUTPUTS.providerShapeJson, content: renderProviderShapeJson(list, regional) });
    files.push({ path: OUTPUTS.providerShapeMd, content: renderProviderShapeMd(list, keyRefs, regional, platforms) });
    if (facts) {
        const sections = verifyFacts(facts.text, cloudsOf(packages), shapes);
        files.push({
            path: OUTPUTS.factsVerificationMd,
            content: renderFactsVerificationMd(sections, {
                factsPath: facts.displayPath,
                packages: list.map((s) => `\`${s.packageName}\` ${s.version}`),
            }),
        });
    }
    return files;
}

/** Resolve the facts path given on the command line (or the default) against the repository root. */
export function resolveFactsPath(root: string, given?: string): string {
    return path.resolve(root, given ?? DEFAULT_FACTS_PATH);
}
