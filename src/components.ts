// The components, as the package subpath `eu-sovereignty/components`: `import { aws, azure, gcp } from "eu-sovereignty/components"`.
// They are their own workspace package, eu-sovereignty-components (components/).
export * from "eu-sovereignty-components";
