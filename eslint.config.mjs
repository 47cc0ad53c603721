// ESLint flat config: typescript-eslint's recommended rules on every TypeScript source.
import tseslint from "typescript-eslint";

export default tseslint.config(
    // The syntax-error program is a fixture for the CLI's error path.
    { ignores: ["**/node_modules/**", "**/dist/**", "**/*.js", "**/*.mjs", "test/fixtures/programs/syntax-error/**"] },
    ...tseslint.configs.recommended,
    {
        rules: {
            "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
            "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", disallowTypeAnnotations: false }],
            "no-restricted-imports": ["error", {
                paths: ["@pulumi/aws", "@pulumi/azure-native", "@pulumi/gcp"].map((name) => ({
                    name,
                    message: "Import provider SDKs by module (e.g. @pulumi/aws/s3), never whole: type checking whole SDKs is slow and memory-hungry.",
                })),
            }],
        },
    },
    {
        // The pack must never load a provider SDK at run time: type-only imports there.
        files: ["policies/**/*.ts"],
        rules: {
            "no-restricted-imports": ["error", {
                patterns: [{
                    group: ["@pulumi/aws", "@pulumi/aws/*", "@pulumi/azure-native", "@pulumi/azure-native/*", "@pulumi/gcp", "@pulumi/gcp/*"],
                    allowTypeImports: true,
                    message: "The pack imports provider SDKs with `import type` only.",
                }],
            }],
        },
    },
);
