// The sovereignty label level (issue 15, eu-sovereignty-policies/lib `LABEL_LEVELS`) a component is
// built to: which label requirements it meets by construction, and what it takes to go higher. A
// component states this as a static `level` property; docs/components.md repeats it per component.
import { requirementsUpTo, type LabelLevel } from "eu-sovereignty-policies/lib";

export interface ComponentLevel {
    /** The highest label level every instance reaches with its defaults (0 when it holds no data). */
    readonly level: LabelLevel;
    /** The label requirement ids (e.g. "L2-residency") the component meets by construction. */
    readonly meets: readonly string[];
    /** How an instance reaches level 3 when `level` is lower, or why it cannot by itself. */
    readonly toLevel3?: string;
}

/** Requirements of levels 1 and 2 that do not concern a component holding no data at rest. */
export type NotApplicable = "L1-portability" | "L1-cmk" | "L1-transit";

/**
 * The requirements up to `level`, less those the component's resources have nothing to do with
 * (a guardrail stores no data, so it has no key to manage).
 */
export function builtTo(level: LabelLevel, toLevel3?: string, notApplicable: readonly NotApplicable[] = []): ComponentLevel {
    const meets = requirementsUpTo(level).map((r) => r.id).filter((id) => !(notApplicable as readonly string[]).includes(id));
    return Object.freeze({ level, meets: Object.freeze(meets), ...(toLevel3 === undefined ? {} : { toLevel3 }) });
}

/** A cloud guardrail enforces the location requirements in the cloud itself; it holds no data, so the
 *  data-at-rest, transit and portability requirements do not apply to it. */
export const guardrailLevel: ComponentLevel = builtTo(2, undefined, ["L1-portability", "L1-cmk", "L1-transit"]);

/** What each cloud's data components need for level 3 (custody outside the provider, a sovereign partition). */
export const awsToLevel3 = "pass a key in an External Key Store (SovereignKey with customKeyStoreId and xksKeyId) and deploy in the AWS European Sovereign Cloud (eusc-de-east-1)";
export const azureToLevel3 = "not by itself: azure-native has no sovereign partition the pack recognises, so provider-jurisdiction fails at level 3 unless your policy config allows the package; a Managed HSM key meets key custody";
export const gcpToLevel3 = "pass a Cloud EKM key (SovereignCryptoKey with protectionLevel EXTERNAL or EXTERNAL_VPC) and deploy in the S3NS sovereign universe (region u-france-east1, universeDomain s3nsapis.fr)";
