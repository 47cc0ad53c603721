// Provider defaults applied as each provider applies them in Check (data: provider-defaults.ts), so
// that the pack judges the inputs a real preview would give it. Each filled input is recorded on the
// resource, for reports.
import type { DefaultedInput, EngineResource } from "../types";
import { UNKNOWN_SENTINEL, isWireSecret } from "../values";
import type { Wire } from "../values";
import { AZURE_CLASSIC_RESOURCE_GROUP, AZURE_RESOURCE_GROUP, checkDefaults } from "./provider-defaults";
import type { CheckDefault } from "./provider-defaults";

const PROVIDER_PREFIX = "pulumi:providers:";

function isUnknown(v: Wire | undefined): boolean {
    return v === UNKNOWN_SENTINEL || (isWireSecret(v) && v.value === UNKNOWN_SENTINEL);
}

function isSet(v: Wire | undefined): v is Wire {
    return v !== undefined && v !== null;
}

/** Resource groups declared in the program, by URN and by their `resourceGroupName` input. */
class Groups {
    private readonly byUrn = new Map<string, EngineResource>();
    private readonly byName = new Map<string, EngineResource>();

    add(r: EngineResource, nameInput: string): void {
        this.byUrn.set(r.urn, r);
        const name = r.inputs[nameInput];
        if (typeof name === "string" && !isUnknown(name)) {
            this.byName.set(name.toLowerCase(), r);
        }
    }

    /** The group an input names: through its property dependencies, else by its value (Azure names are case-insensitive). */
    of(r: EngineResource, input: string): EngineResource | undefined {
        for (const urn of r.propertyDependencies[input] ?? []) {
            const g = this.byUrn.get(urn);
            if (g) {
                return g;
            }
        }
        const v = r.inputs[input];
        const name = isWireSecret(v) ? v.value : v;
        return typeof name === "string" && !isUnknown(name) ? this.byName.get(name.toLowerCase()) : undefined;
    }
}

function fill(r: EngineResource, rule: CheckDefault, groups: Groups): DefaultedInput | undefined {
    const fromProvider = rule.providerKey === undefined ? undefined : r.provider?.inputs[rule.providerKey];
    if (rule.providerKey !== undefined && isSet(fromProvider)) {
        r.inputs[rule.property] = fromProvider;
        return { property: rule.property, from: `the provider's \`${rule.providerKey}\`` };
    }
    if (!rule.resourceGroupInput || !(rule.resourceGroupInput in r.inputs)) {
        return undefined;
    }
    const group = groups.of(r, rule.resourceGroupInput);
    const groupValue = group?.inputs[rule.property];
    if (group && isSet(groupValue)) {
        r.inputs[rule.property] = groupValue;
        return { property: rule.property, from: `resource group ${group.name}` };
    }
    // The provider makes the location unknown while the group's name is unknown.
    if (!group && isUnknown(r.inputs[rule.resourceGroupInput])) {
        r.inputs[rule.property] = UNKNOWN_SENTINEL;
        return { property: rule.property, from: `the resource group \`${rule.resourceGroupInput}\` names (unknown during preview)` };
    }
    // A group outside the program: the provider would ask Azure, which offline we cannot.
    if (!group && rule.unknownOutsideProgram) {
        r.inputs[rule.property] = UNKNOWN_SENTINEL;
        return { property: rule.property, from: `the resource group \`${rule.resourceGroupInput}\` names, which is not in the program (read from Azure during a real preview)` };
    }
    return undefined;
}

/**
 * Fills the inputs each provider defaults in Check, one resource at a time in registration order (a
 * group is registered before the resources that name it). `unset` lists the defaultable inputs the
 * resource's SDK class takes and the program left unset. The child uses it for preview outputs, the
 * engine for the inputs the pack gets.
 */
export class CheckDefaults {
    private readonly groups = new Groups();
    private readonly classicGroups = new Groups();

    apply(r: EngineResource, unset: readonly string[] | undefined): void {
        const rules = checkDefaults[r.type.split(":")[0] ?? ""];
        if (rules && unset && r.custom && !r.type.startsWith(PROVIDER_PREFIX)) {
            for (const rule of rules) {
                if (!unset.includes(rule.property) || isSet(r.inputs[rule.property])) {
                    continue;
                }
                if ((rule.only && !rule.only.includes(r.type)) || rule.except?.includes(r.type)) {
                    continue;
                }
                const done = fill(r, rule, r.type.startsWith("azure:") ? this.classicGroups : this.groups);
                if (done) {
                    (r.defaults ??= []).push(done);
                }
            }
        }
        // Each package's groups apart: a classic resource names a classic group, an azure-native one a native one.
        if (r.type === AZURE_RESOURCE_GROUP) {
            this.groups.add(r, "resourceGroupName");
        } else if (r.type === AZURE_CLASSIC_RESOURCE_GROUP) {
            this.classicGroups.add(r, "name");
        }
    }
}

/** Applies CheckDefaults to resources in registration order; `unset` maps URNs to their unset inputs. */
export function applyCheckDefaults(resources: readonly EngineResource[], unset: ReadonlyMap<string, readonly string[]>): void {
    const defaults = new CheckDefaults();
    for (const r of resources) {
        defaults.apply(r, unset.get(r.urn));
    }
}
