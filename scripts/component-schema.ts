// The component package's Pulumi schema, inferred the way `pulumi package add` infers it: the
// components the Node.js component provider host finds in the plugin entry (package.json `main`),
// analyzed by that host's own schema inference (ComponentProvider.getSchema).
import * as fs from "fs";
import * as path from "path";
import { ComponentProvider, getPulumiComponents } from "@pulumi/pulumi/provider/experimental";

export const componentsDir = path.resolve(__dirname, "..", "components");
export const schemaPath = path.join(componentsDir, "schema.json");

/** The provider name the host derives from the package name (as @pulumi/pulumi's run-plugin does). */
export function providerName(packageName: string): string {
    return packageName.replace(/^@[^/]+\//, "").replace(/[^-a-zA-Z0-9_]/g, "-");
}

/** The schema as committed: the host's JSON, indented, with a final newline. */
export async function inferSchemaText(dir = componentsDir): Promise<string> {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { name: string; main: string };
    // The entry is TypeScript; callers run under ts-node, as the plugin host does.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const entry = require(path.join(dir, manifest.main)) as unknown;
    const provider = new ComponentProvider({ components: getPulumiComponents(entry), name: providerName(manifest.name), dirname: dir });
    const schema = JSON.parse(await provider.getSchema()) as unknown;
    return `${JSON.stringify(schema, null, 2)}\n`;
}
