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
// azure (classic) is a bridged provider with two defaults of its own, in provider/resources.go of
// pulumi/pulumi-azure (read at a1c2bdf5b7a08c2f0065a9c2f5810d4bc1553c7b): `core.ResourceGroup`'s `location`
// defaults to the `azure:location` config; every other resource with a `location` defaults to the location of
// the resource group its `resourceGroupName` names, which the provider reads from Azure (unknown while the
// name is unknown, or while the group does not exist yet). Offline, a group declared in the program gives its
// checked location, as for azure-native.
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
    providerKey?: string;
    /** Else: the input naming the resource group whose location it takes. */
    resourceGroupInput?: string;
    /** Only for these types (default: every type of the package)... */
    only?: readonly string[];
    /** ...or for every type but these. */
    except?: readonly string[];
    /**
     * A group outside the program: its location is read from Azure, which offline cannot be, so the input is
     * unknown (the pack then says it cannot check it at preview) rather than left unset (which would pass a
     * type the pack does not otherwise place).
     */
    unknownOutsideProgram?: true;
}

/** The azure-native resource group type, whose `resourceGroupName` and `location` are resolved in the program. */
export const AZURE_RESOURCE_GROUP = "azure-native:resources:ResourceGroup";
/** The classic resource group, named by its `name` input. */
export const AZURE_CLASSIC_RESOURCE_GROUP = "azure:core/resourceGroup:ResourceGroup";

export const checkDefaults: Readonly<Record<string, readonly CheckDefault[]>> = {
    "azure-native": [{ property: "location", providerKey: "location", resourceGroupInput: "resourceGroupName" }],
    azure: [
        { property: "location", providerKey: "location", only: [AZURE_CLASSIC_RESOURCE_GROUP] },
        { property: "location", resourceGroupInput: "resourceGroupName", except: [AZURE_CLASSIC_RESOURCE_GROUP], unknownOutsideProgram: true },
    ],
};
