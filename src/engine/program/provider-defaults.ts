// Which inputs each provider fills during Check when the program leaves them unset: the analyzer
// receives the checked inputs, so the offline engine fills the same ones the same way.
//
// azure-native: applyDefaults/getDefaultLocation in provider/pkg/provider/provider.go
// (https://github.com/pulumi/pulumi-azure-native/blob/master/provider/pkg/provider/provider.go): a
// resource whose PUT body has `location` and that sets none gets the provider's `location` config,
// else the location of the resource group its `resourceGroupName` names (unknown while that name is
// unknown). The provider looks the group up in Azure; offline, only groups declared in the program
// can be resolved.
//
// gcp and aws are bridged Terraform providers: their Check applies schema defaults only. The
// provider-wide `gcp:project`/`gcp:region`/`gcp:zone` and `aws:region` are not written into a
// resource's inputs there (pulumi-gcp declares them as provider config only,
// https://github.com/pulumi/pulumi-gcp/blob/master/provider/resources.go; a missing project or region
// surfaces while diffing, after Check: https://github.com/pulumi/pulumi-gcp/issues/129), so the pack
// reads them from the provider the analyzer is given, as it does in a real preview. Nothing is filled.

export interface CheckDefault {
    /** The input the provider fills. */
    property: string;
    /** The provider input (stack config `<package>:<key>`) it is taken from first. */
    providerKey: string;
    /** Else: the input naming the resource group whose location it takes. */
    resourceGroupInput?: string;
}

export const checkDefaults: Readonly<Record<string, readonly CheckDefault[]>> = {
    "azure-native": [{ property: "location", providerKey: "location", resourceGroupInput: "resourceGroupName" }],
};

/** The azure-native resource group type, whose `resourceGroupName` and `location` are resolved in the program. */
export const AZURE_RESOURCE_GROUP = "azure-native:resources:ResourceGroup";
