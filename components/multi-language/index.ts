// The plugin entry of the component package (package.json `main`): `pulumi package add` runs it
// through @pulumi/pulumi's component provider host, which serves every component class exported
// here. It exports nothing else, since the host takes any exported ComponentResource class for one.
export * from "./aws";
