// Pulumi's generated analyzer stubs, loaded from one @pulumi/pulumi so that the message classes,
// @grpc/grpc-js and google-protobuf are the very instances that SDK uses.
import * as path from "path";
import type * as grpcTypes from "@grpc/grpc-js";
import type * as analyzerGrpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type * as pluginPb from "@pulumi/pulumi/proto/plugin_pb";
import type * as emptyPb from "google-protobuf/google/protobuf/empty_pb";
import type * as structPb from "google-protobuf/google/protobuf/struct_pb";
import { pulumiDirFrom } from "./paths";

export interface Proto {
    grpc: typeof grpcTypes;
    analyzer: typeof analyzerPb;
    analyzerGrpc: typeof analyzerGrpc;
    plugin: typeof pluginPb;
    empty: typeof emptyPb;
    struct: typeof structPb;
}

const cache = new Map<string, Proto>();

/** Loads the stubs of the @pulumi/pulumi that `fromDir` resolves (the pack's, as the CLI does). */
export function loadProto(fromDir: string): Proto {
    const pulumiDir = pulumiDirFrom(fromDir);
    const hit = cache.get(pulumiDir);
    if (hit) {
        return hit;
    }
    const from = (id: string): string => require.resolve(id, { paths: [pulumiDir] });
    /* eslint-disable @typescript-eslint/no-require-imports */
    const proto: Proto = {
        grpc: require(from("@grpc/grpc-js")),
        analyzer: require(path.join(pulumiDir, "proto", "analyzer_pb")),
        analyzerGrpc: require(path.join(pulumiDir, "proto", "analyzer_grpc_pb")),
        plugin: require(path.join(pulumiDir, "proto", "plugin_pb")),
        empty: require(from("google-protobuf/google/protobuf/empty_pb")),
        struct: require(from("google-protobuf/google/protobuf/struct_pb")),
    };
    /* eslint-enable @typescript-eslint/no-require-imports */
    cache.set(pulumiDir, proto);
    return proto;
}
