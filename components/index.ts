// Compliant-by-construction components, one namespace per cloud (AWS and GCP both have a
// SovereignBucket). Importing one cloud's module (`components/aws`) loads only that SDK's modules.
export * as aws from "./aws";
export * as azure from "./azure";
export * as gcp from "./gcp";
export { SovereigntyError, type LocationPolicyArgs } from "./validate";
