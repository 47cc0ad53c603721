// `npm run gen:catalog`: read the installed @pulumi/aws, @pulumi/azure-native and @pulumi/gcp
// typings (and those of the EU-native and region-first clouds, scripts/catalog/regional-rules.ts, and of the data platforms, scripts/catalog/platform-rules.ts) and write the committed catalogue data (see scripts/catalog/generate.ts for the outputs).
//
//   npm run gen:catalog                      write every output
//   npm run gen:catalog -- --check           write nothing; exit 1 if a committed output is stale
//   npm run gen:catalog -- --facts <path>    the facts file to verify (default ../shared/domain/sovereignty-facts.md)
import * as fs from "fs";
import * as path from "path";
import { buildShapes, readAllPackages, readPlatformShapes, readRegionalShapes, renderAll, resolveFactsPath } from "./catalog/generate";

function main(argv: readonly string[]): number {
    const started = Date.now();
    const root = path.resolve(__dirname, "..");
    const check = argv.includes("--check");
    const factsIndex = argv.indexOf("--facts");
    const factsArg = factsIndex >= 0 ? argv[factsIndex + 1] : undefined;
    const factsPath = resolveFactsPath(root, factsArg);
    const facts = fs.existsSync(factsPath)
        ? { displayPath: path.relative(root, factsPath).split(path.sep).join("/"), text: fs.readFileSync(factsPath, "utf8") }
        : undefined;
    if (!facts) console.warn(`gen-catalog: no facts file at ${factsPath}; docs/facts-verification.md left as it is`);

    const packages = readAllPackages(root);
    const regional = readRegionalShapes(root);
    const platforms = readPlatformShapes(root);
    const read = Date.now();
    const shapes = buildShapes(packages);
    const files = renderAll(packages, shapes, facts, regional, platforms);

    let stale = 0;
    for (const file of files) {
        const target = path.join(root, file.path);
        const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : undefined;
        if (current === file.content) continue;
        if (check) {
            console.error(`gen-catalog: ${file.path} is not up to date`);
            stale++;
        } else {
            fs.mkdirSync(path.dirname(target), { recursive: true });
            fs.writeFileSync(target, file.content);
            console.log(`gen-catalog: wrote ${file.path}`);
        }
    }
    for (const s of shapes.values()) {
        const t = s.summary.topLevel;
        console.log(`gen-catalog: ${s.packageName} ${s.version}: ${s.summary.types} types; region ${t.region.types}, location ${t.location.types}, zone ${t.zone.types}`
            + `${s.summary.regionless !== undefined ? `; regionless ${s.summary.regionless}` : ""}`
            + `${s.gcp ? `; provider-defaulted ${s.gcp.defaulted.length}` : ""}; nested paths ${s.summary.nestedPaths}`);
    }
    for (const s of regional) {
        console.log(`gen-catalog: ${s.packageName} ${s.version}: ${s.types} types; located ${s.located.size - s.alsoOnly}; zone/datacenter only ${s.alsoOnly}; not read ${s.unread.size}`);
    }
    for (const s of platforms) {
        const n = (m: ReadonlyMap<string, readonly string[]>) => [...m.values()].reduce((a, l) => a + l.length, 0);
        console.log(`gen-catalog: ${s.packageName} ${s.version}: ${s.types} types; region-vocabulary inputs ${n(s.region)} in ${s.region.size} types; key references ${n(s.keys)}`);
    }
    console.log(`gen-catalog: read typings in ${((read - started) / 1000).toFixed(1)} s, total ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return stale > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
