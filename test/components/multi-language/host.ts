// The component package's provider host, started as `pulumi package add` and the engine start it
// (@pulumi/pulumi's run-plugin on the package directory, the engine's address as its argument; it
// prints its port), with a mock engine and resource monitor over gRPC for Construct to talk to.
import { spawn, type ChildProcess } from "child_process";
import * as path from "path";
import * as grpc from "@grpc/grpc-js";
import * as engineGrpc from "@pulumi/pulumi/proto/engine_grpc_pb";
import * as enginePb from "@pulumi/pulumi/proto/engine_pb";
import * as providerGrpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as providerPb from "@pulumi/pulumi/proto/provider_pb";
import * as resourceGrpc from "@pulumi/pulumi/proto/resource_grpc_pb";
import * as resourcePb from "@pulumi/pulumi/proto/resource_pb";
import * as emptyPb from "google-protobuf/google/protobuf/empty_pb";
import * as structPb from "google-protobuf/google/protobuf/struct_pb";

export const componentsDir = path.resolve(__dirname, "..", "..", "..", "components");
const stackUrn = "urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev";

/** One RegisterResource call the monitor received. */
export interface Registration {
    type: string;
    name: string;
    custom: boolean;
    parent: string;
    urn: string;
    inputs: Record<string, unknown>;
}

type Unary<Req, Res> = (call: grpc.ServerUnaryCall<Req, Res>, cb: grpc.sendUnaryData<Res>) => void;

/** The engine and resource monitor a provider talks to during Construct: records, answers with inputs. */
export class MockMonitor {
    readonly registrations: Registration[] = [];
    readonly logs: string[] = [];
    private readonly server = new grpc.Server();
    address = "";

    async start(): Promise<void> {
        const supports: Unary<resourcePb.SupportsFeatureRequest, resourcePb.SupportsFeatureResponse> = (call, cb) => {
            const known = ["secrets", "resourceReferences", "outputValues", "aliasSpecs", "deletedWith"];
            cb(null, new resourcePb.SupportsFeatureResponse().setHassupport(known.includes(call.request.getId())));
        };
        const register: Unary<resourcePb.RegisterResourceRequest, resourcePb.RegisterResourceResponse> = (call, cb) => {
            const req = call.request;
            const parent = req.getParent();
            const parentType = parent === "" ? "" : parent.split("::")[2];
            const qualified = parentType === "" || parentType === "pulumi:pulumi:Stack" ? req.getType() : `${parentType}$${req.getType()}`;
            const urn = `urn:pulumi:dev::proj::${qualified}::${req.getName()}`;
            const inputs = (req.getObject()?.toJavaScript() ?? {}) as Record<string, unknown>;
            this.registrations.push({ type: req.getType(), name: req.getName(), custom: req.getCustom(), parent, urn, inputs });
            const res = new resourcePb.RegisterResourceResponse().setUrn(urn);
            if (req.getCustom()) {
                // What a provider would compute: an id and an ARN-like value beside the inputs.
                res.setId(`${req.getName()}-id`);
                res.setObject(structPb.Struct.fromJavaScript({ ...inputs, arn: `arn:mock:${req.getName()}` } as Record<string, structPb.JavaScriptValue>));
            }
            cb(null, res);
        };
        const ok = (_call: unknown, cb: grpc.sendUnaryData<emptyPb.Empty>): void => cb(null, new emptyPb.Empty());
        this.server.addService(resourceGrpc.ResourceMonitorService, {
            supportsFeature: supports,
            registerResource: register,
            registerResourceOutputs: ok,
        } as unknown as grpc.UntypedServiceImplementation);
        this.server.addService(engineGrpc.EngineService, {
            log: (call: grpc.ServerUnaryCall<enginePb.LogRequest, emptyPb.Empty>, cb: grpc.sendUnaryData<emptyPb.Empty>) => {
                this.logs.push(call.request.getMessage());
                cb(null, new emptyPb.Empty());
            },
            getRootResource: (_call: unknown, cb: grpc.sendUnaryData<enginePb.GetRootResourceResponse>) => {
                cb(null, new enginePb.GetRootResourceResponse().setUrn(stackUrn));
            },
            setRootResource: (_call: unknown, cb: grpc.sendUnaryData<enginePb.SetRootResourceResponse>) => {
                cb(null, new enginePb.SetRootResourceResponse());
            },
        } as unknown as grpc.UntypedServiceImplementation);
        const port = await new Promise<number>((resolve, reject) => {
            this.server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p)));
        });
        this.address = `127.0.0.1:${port}`;
    }

    /** Registrations that are children (direct or not) of `urn`. */
    childrenOf(urn: string): Registration[] {
        const found: Registration[] = [];
        const parents = new Set([urn]);
        for (const r of this.registrations) {
            if (parents.has(r.parent)) {
                found.push(r);
                parents.add(r.urn);
            }
        }
        return found;
    }

    stop(): Promise<void> {
        return new Promise((resolve) => this.server.tryShutdown(() => resolve()));
    }
}

/** A running provider host and a client for it. */
export interface Host {
    client: providerGrpc.ResourceProviderClient;
    stderr(): string;
    stop(): Promise<void>;
}

/** Starts the host on the package directory as Pulumi does, and connects once it prints its port. */
export function startHost(engineAddress: string): Promise<Host> {
    const runPlugin = require.resolve("@pulumi/pulumi/cmd/run-plugin", { paths: [componentsDir] });
    const child: ChildProcess = spawn(process.execPath, [runPlugin, componentsDir, engineAddress], {
        cwd: componentsDir,
        stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => { stderr = (stderr + String(d)).slice(-20_000); });
    const stop = (): Promise<void> => new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
    });
    return new Promise((resolve, reject) => {
        let out = "";
        child.once("exit", (code) => reject(new Error(`provider host exited (${String(code)}) before printing its port:\n${stderr}`)));
        child.stdout?.on("data", (d: Buffer) => {
            out += String(d);
            const line = out.split("\n")[0];
            if (!out.includes("\n")) return;
            const port = Number(line.trim());
            if (!Number.isInteger(port)) return reject(new Error(`provider host printed ${JSON.stringify(line)}, not a port`));
            child.removeAllListeners("exit");
            const client = new providerGrpc.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
            resolve({ client, stderr: () => stderr, stop: async () => { client.close(); await stop(); } });
        });
    });
}

export function getSchema(host: Host): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
        host.client.getSchema(new providerPb.GetSchemaRequest(), (err, res) => (err ? reject(err) : resolve(JSON.parse(res.getSchema()) as Record<string, unknown>)));
    });
}

/** An output value as the engine passes one (another resource's output, with its dependency). */
export function outputValue(value: unknown, dependency: string): Record<string, unknown> {
    return { "4dabf18193072939515e22adb298388d": "d0e6a833031e9bbcd3f4e8bde6ca49a4", value, dependencies: [dependency] };
}

export interface Constructed {
    urn: string;
    state: Record<string, unknown>;
}

/** Construct as the engine calls it for a program's `new Component(name, inputs)`. */
export function construct(
    host: Host, monitor: MockMonitor, type: string, name: string, inputs: Record<string, unknown>,
    config: Record<string, string> = {}, dependencies: Record<string, string[]> = {},
): Promise<Constructed> {
    const req = new providerPb.ConstructRequest()
        .setProject("proj")
        .setStack("dev")
        .setDryrun(false)
        .setParallel(1)
        .setMonitorendpoint(monitor.address)
        .setType(type)
        .setName(name)
        .setParent(stackUrn)
        .setInputs(structPb.Struct.fromJavaScript(inputs as Record<string, structPb.JavaScriptValue>));
    for (const [k, v] of Object.entries(config)) req.getConfigMap().set(k, v);
    for (const [k, urns] of Object.entries(dependencies)) req.getInputdependenciesMap().set(k, new providerPb.ConstructRequest.PropertyDependencies().setUrnsList(urns));
    return new Promise((resolve, reject) => {
        host.client.construct(req, (err, res) => (err ? reject(err) : resolve({ urn: res.getUrn(), state: (res.getState()?.toJavaScript() ?? {}) as Record<string, unknown> })));
    });
}
