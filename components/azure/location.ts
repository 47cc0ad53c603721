// The Azure location a component pins its resources to: its `location` argument, else
// `azure-native:location`. Resources get it explicitly, never from the resource group.
import { locationFromArgOrConfig, type LocationPolicyArgs, type Subject } from "../validate";

export function azureLocation(subject: Subject, location: unknown, policy: LocationPolicyArgs | undefined): string {
    return locationFromArgOrConfig(subject, { cloud: "azure", arg: "location" }, location, "azure-native:location", policy);
}
