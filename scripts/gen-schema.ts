// `npm run gen:schema`: write components/schema.json, the component package's Pulumi schema, from
// the host's own inference (scripts/component-schema.ts). `-- --check` writes nothing and exits 1
// when the committed schema is stale.
import * as fs from "fs";
import * as path from "path";
import { inferSchemaText, schemaPath } from "./component-schema";

async function main(argv: readonly string[]): Promise<number> {
    const text = await inferSchemaText();
    const current = fs.existsSync(schemaPath) ? fs.readFileSync(schemaPath, "utf8") : undefined;
    const shown = path.relative(process.cwd(), schemaPath);
    if (current === text) {
        console.log(`gen-schema: ${shown} is up to date`);
        return 0;
    }
    if (argv.includes("--check")) {
        console.error(`gen-schema: ${shown} is not up to date; run \`npm run gen:schema\``);
        return 1;
    }
    fs.writeFileSync(schemaPath, text);
    console.log(`gen-schema: wrote ${shown}`);
    return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
    console.error(`gen-schema: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
});
