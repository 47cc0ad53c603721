// ESLint flat config: typescript-eslint's recommended rules on every TypeScript source.
import tseslint from "typescript-eslint";

export default tseslint.config(
    { ignores: ["**/node_modules/**", "**/dist/**", "**/*.js", "**/*.mjs"] },
    ...tseslint.configs.recommended,
    {
        rules: {
            "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
            "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", disallowTypeAnnotations: false }],
            "no-restricted-imports": ["error", {
                patterns: [{
                    group: ["@pulumi/aws", "@pulumi/azure-native", "@pulumi/gcp"],
                    message: "Import provider SDKs by module (e.g. @pulumi/aws/s3), never whole.",
                }],
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
