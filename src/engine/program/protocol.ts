// Messages between the engine and the child process that runs a program under the mock runtime.
import type { SourceLocation } from "../types";
import type { WireObject } from "../values";

/** What the child is asked to run (passed in the EU_SOVEREIGNTY_JOB environment variable). */
export interface ProgramJob {
    dir: string;
    main: string;
    project: string;
    stack: string;
    typescript: boolean;
    /** A validated --invokes fixtures file. */
    invokesFile?: string;
}

/** One RegisterResource call, as the resource monitor received it. */
export interface Registration {
    urn: string;
    type: string;
    name: string;
    custom: boolean;
    /** A multi-language component: its provider plugin constructs its children (Construct), the mocks do not. */
    remote?: boolean;
    parent?: string;
    /** Provider reference "urn::id", when the program chose a provider. */
    provider?: string;
    /** The provider plugin version the SDK asked for (names default providers). */
    version?: string;
    /** The plugin download URL the SDK asked for (names default providers too). */
    pluginDownloadURL?: string;
    dependencies: string[];
    propertyDependencies: Record<string, string[]>;
    /** The inputs exactly as sent (secrets and unknowns in wire form). */
    inputs: WireObject;
    /** Inputs the resource's SDK class takes that the program left unset (those a provider may default). */
    unsetInputs?: string[];
    /** What RegisterResourceOutputs later recorded (component and stack outputs). */
    outputs?: WireObject;
    protect?: boolean;
    ignoreChanges: string[];
    additionalSecretOutputs: string[];
    /** The alias URNs the program declared; a preview without old state sends none (registrations.ts). */
    aliases: string[];
    deleteBeforeReplace?: boolean;
    customTimeouts?: { create?: number; update?: number; delete?: number };
    source?: SourceLocation;
}

export type ChildMessage =
    | { kind: "done"; registrations: Registration[] }
    | { kind: "error"; message: string; detail?: string };

export const JOB_ENV = "EU_SOVEREIGNTY_JOB";
