// The components, exported from the package root: `import { aws, azure, gcp } from "eu-sovereignty"`.
export * from "../components";
