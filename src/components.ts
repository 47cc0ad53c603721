// The components, exported from the package root: `import { aws, azure, gcp } from "eu-sovereignty"`.
// They are their own workspace package, eu-sovereignty-components (components/).
export * from "eu-sovereignty-components";
