// The plugin entry of the component package (package.json `main`): `pulumi package add` runs it
// through @pulumi/pulumi's component provider host, which serves every component class exported
// here. It exports nothing else: the host takes any exported ComponentResource class for one, and
// serves them all in one module, so the names carry the cloud (AwsSovereignBucket, GcpSovereignBucket).
export * from "./aws";
export * from "./azure";
export * from "./gcp";
