// Where things live: this package's root, the default pack, and the @pulumi/pulumi a directory resolves.
import * as fs from "fs";
import * as path from "path";

let cachedRoot: string | undefined;

/** The root of the eu-sovereignty package (works from src/ under ts-node and from dist/). */
export function packageRoot(): string {
    if (cachedRoot) {
        return cachedRoot;
    }
    let dir = __dirname;
    for (;;) {
        const manifest = path.join(dir, "package.json");
        if (fs.existsSync(manifest)) {
            const pkg = JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: string };
            if (pkg.name === "eu-sovereignty") {
                cachedRoot = dir;
                return dir;
            }
        }
        const parent = path.dirname(dir);
        if (parent === dir) {
            throw new Error("cannot find the eu-sovereignty package root");
        }
        dir = parent;
    }
}

/** This package's version, for reports. */
export function toolVersion(): string {
    const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
}

/** The eu-sovereignty policy pack shipped with this package. */
export function defaultPackDir(): string {
    return path.join(packageRoot(), "policies");
}

/**
 * The directory of the @pulumi/pulumi that code in `fromDir` would load, falling back to ours.
 * The Pulumi CLI resolves `@pulumi/pulumi/cmd/run-policy-pack` from the pack's directory, so we do too.
 */
export function pulumiDirFrom(fromDir: string): string {
    for (const base of [fromDir, packageRoot()]) {
        try {
            return path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [base] }));
        } catch {
            // try the next base
        }
    }
    throw new Error("cannot find @pulumi/pulumi; run `npm install`");
}
