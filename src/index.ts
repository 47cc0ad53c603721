/**
 * The offline engine: runs a Pulumi policy pack exactly as the Pulumi CLI does (a child process
 * speaking the analyzer gRPC protocol) on resources you describe, on a Pulumi program run under the
 * mock runtime, or on a `pulumi stack export` file.
 *
 * ```ts
 * import { PackSession, secret, unknown } from "eu-sovereignty";
 * const session = await PackSession.start();               // the eu-sovereignty pack
 * const report = await session.analyze([{
 *     type: "aws:s3/bucket:Bucket", name: "logs", props: { tags: { owner: "me" } },
 *     provider: { type: "aws", props: { region: "us-east-1" } },
 * }]);
 * report.resources[0].diagnostics;                          // what the pack said
 * await session.stop();
 * ```
 * @packageDocumentation
 */
export { PackSession, listPresets } from "./engine/session";
export type { ConfigOptions, PackSessionOptions, StackContext } from "./engine/session";
export { runPack } from "./engine/run-pack";
export type { RunPackOptions } from "./engine/run-pack";
export { checkProgram, loadProgram } from "./engine/program/check";
export type { CheckOptions, LoadedProgram } from "./engine/program/check";
export { readProject } from "./engine/program/project";
export type { ProgramProject } from "./engine/program/project";
export { auditExport } from "./engine/export/audit";
export type { AuditOptions } from "./engine/export/audit";
export { readStackExport } from "./engine/export/stack-export";
export type { LoadedExport } from "./engine/export/stack-export";
export type { AnalyzeOptions } from "./engine/analyze";
export { makeUrn, toEngineResources } from "./engine/resources";
export type { ProviderSpec, ResourceSpec, StackNames } from "./engine/resources";
export { Secret, secret, unknown, toWire, fromWire, SIG_KEY, SECRET_SIG, UNKNOWN_SENTINEL } from "./engine/values";
export type { Unknown, Wire, WireObject } from "./engine/values";
export { InputError, PackError, ProgramError, isEngineError } from "./engine/errors";
export { addSummaries, exitCodeOf } from "./engine/counts";
export { buildDocument } from "./engine/document";
export type { PolicyPackConfig } from "./engine/policy-config";
export type * from "./engine/types";
// The components are not loaded from here (they load the provider SDKs): import them from
// "eu-sovereignty/components" or the workspace package "eu-sovereignty-components".
