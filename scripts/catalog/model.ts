// The shapes the catalogue generator reads out of a provider package's typings.

/** The clouds whose Pulumi SDK typings the generator reads. */
export type Cloud = "aws" | "azure-native" | "gcp";

export const CLOUDS: readonly Cloud[] = ["aws", "azure-native", "gcp"];

/**
 * Type-token packages whose typings are read: the three clouds, and the packages read only for the
 * key-reference catalogue (AWS Cloud Control and classic Azure, whose keys eu-key-location judges).
 */
export type SdkPackage = Cloud | "aws-native" | "azure";

export const KEY_REF_ONLY: readonly SdkPackage[] = ["aws-native", "azure"];

/** The cloud whose naming rules and deny-list a package's key references follow. */
export function familyOf(pkg: SdkPackage): Cloud {
    return pkg === "aws-native" ? "aws" : pkg === "azure" ? "azure-native" : pkg;
}

/**
 * The type of an input property, reduced to what the catalogue needs: `pulumi.Input<...>`
 * wrappers and `undefined` are dropped, references to `inputs.<module>.<Name>` are kept by name.
 */
export type TypeShape =
    | { readonly kind: "primitive"; readonly text: string }
    | { readonly kind: "ref"; readonly name: string }
    | { readonly kind: "array"; readonly element: TypeShape }
    | { readonly kind: "map"; readonly value: TypeShape }
    | { readonly kind: "object"; readonly props: readonly PropInfo[] }
    | { readonly kind: "union"; readonly members: readonly TypeShape[] };

/** One property of an `XxxArgs` interface, a class or an input type. */
export interface PropInfo {
    readonly name: string;
    /** Declared with `?`. */
    readonly optional: boolean;
    /** The TSDoc text, whitespace collapsed to single spaces ("" when there is none). */
    readonly doc: string;
    readonly type: TypeShape;
}

/** One resource class of a provider package. */
export interface ResourceTyping {
    /** The type token, from `static __pulumiType = '...'` in the class's `.js`. */
    readonly token: string;
    readonly className: string;
    /** The `.d.ts` path relative to the package root, with forward slashes. */
    readonly file: string;
    /** The top-level inputs: the properties of `<ClassName>Args`, in declaration order. */
    readonly args: readonly PropInfo[];
    /** The names of the class's `readonly` output properties. */
    readonly outputs: readonly string[];
    /** Other type tokens the class declares as aliases (from the `.js`), sorted. */
    readonly aliases: readonly string[];
    /** The class carries a `@deprecated` tag. */
    readonly deprecated: boolean;
}

/** Everything read from one provider package (`C`: the type-token package, e.g. `aws` or `ovh`). */
export interface PackageTypings<C extends string = SdkPackage> {
    readonly cloud: C;
    /** npm name, e.g. `@pulumi/aws` or `@ovhcloud/pulumi-ovh`. */
    readonly packageName: string;
    readonly version: string;
    /** Resources sorted by token. The provider resource itself (`pulumi:providers:<cloud>`) is not among them. */
    readonly resources: readonly ResourceTyping[];
    /** The provider resource's own inputs (`ProviderArgs`), if the package has one. */
    readonly providerArgs: readonly PropInfo[];
    /** Input types from `types/input.d.ts`, keyed by `<namespace>.<Name>` (or `<Name>` at top level). */
    readonly inputTypes: ReadonlyMap<string, readonly PropInfo[]>;
    /** The package's `Region` enum (`types/enums/index.d.ts`, @pulumi/aws only): member name -> region. */
    readonly regionEnum: ReadonlyMap<string, string>;
}

/** Code-unit order: locale-independent, so the generated files are byte-stable. */
export function compareStrings(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
