/**
 * The plugin's gRPC server: Pulumi's ResourceProvider service, built on the protocol stubs that ship in
 * @pulumi/pulumi (`proto/provider_grpc_pb`) and the grpc-js and google-protobuf copies they load, so messages
 * built here are the classes the stubs serialize. Each method converts the wire messages and calls
 * {@link NativeProvider}; methods left out (Call, Construct, Handshake, ...) answer UNIMPLEMENTED.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type * as grpcTypes from "@grpc/grpc-js";
import type * as structTypes from "google-protobuf/google/protobuf/struct_pb";
import type * as providerPbTypes from "@pulumi/pulumi/proto/provider_pb";
// Types only: the provider (zod, axios, every definition) loads after the port is printed, see startServer.
import type { PartialCreateError } from "../lifecycle/errors";
import type { DiffOutcome, NativeProvider, PropertyChange } from "./provider";
import { packageRoot } from "../package-root";
import { fromPulumi } from "./pulumi-stubs";
import { typeOfUrn, withoutUndefined } from "./wire";

type Props = Record<string, unknown>;

// The stubs' own dependencies, resolved from @pulumi/pulumi's directory: one copy of each message class.
const grpc = fromPulumi("@grpc/grpc-js") as typeof grpcTypes;
const { Struct } = fromPulumi("google-protobuf/google/protobuf/struct_pb") as typeof structTypes;
const { Empty } = fromPulumi("google-protobuf/google/protobuf/empty_pb") as typeof import("google-protobuf/google/protobuf/empty_pb");
const { Any } = fromPulumi("google-protobuf/google/protobuf/any_pb") as typeof import("google-protobuf/google/protobuf/any_pb");
const pb = fromPulumi("@pulumi/pulumi/proto/provider_pb") as typeof providerPbTypes;
const { ResourceProviderService } = fromPulumi("@pulumi/pulumi/proto/provider_grpc_pb") as typeof import("@pulumi/pulumi/proto/provider_grpc_pb");
const { PluginInfo } = fromPulumi("@pulumi/pulumi/proto/plugin_pb") as typeof import("@pulumi/pulumi/proto/plugin_pb");
const { Status } = fromPulumi("@pulumi/pulumi/proto/status_pb") as typeof import("@pulumi/pulumi/proto/status_pb");

/** The largest message the engine sends (its own limit): whole stacks' worth of properties in one Struct. */
const MAX_MESSAGE_BYTES = 400 * 1024 * 1024;

/** The running plugin. */
export interface PluginServer {
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * Serves the provider `load` returns on 127.0.0.1 at a free port. `load` runs once, at the first call that needs
 * the provider: the port is printed before the bulk of the package is loaded, so the engine can go on.
 */
export async function startServer(load: () => NativeProvider): Promise<PluginServer> {
  let loaded: NativeProvider | undefined;
  const provider = () => (loaded ??= load());
  const server = new grpc.Server({ "grpc.max_receive_message_length": MAX_MESSAGE_BYTES, "grpc.max_send_message_length": MAX_MESSAGE_BYTES });
  server.addService(ResourceProviderService, serviceOf(provider) as unknown as grpcTypes.UntypedServiceImplementation);
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound)));
  });
  return {
    port,
    stop: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
  };
}

/** Implements one unary method: failures reach the engine as their user-facing message, never a stack. */
function unary<Req, Res>(provider: () => NativeProvider, handle: (request: Req) => Res | Promise<Res>): grpcTypes.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    Promise.resolve()
      .then(() => handle(call.request))
      .then(
        (response) => callback(null, response),
        (error: unknown) => callback(serviceError(userFacing(provider, error))),
      );
  };
}

function userFacing(provider: () => NativeProvider, error: unknown): Error {
  try {
    return provider().userFacing(error);
  } catch {
    // The package itself failed to load: say so in one line.
    return new Error(`pulumi-frontegg failed to load: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Whether `error` reports an object that was created but not completed (the lifecycle's PartialCreateError). */
function isPartialCreate(error: Error): error is PartialCreateError {
  return error.name === "PartialCreateError" && typeof (error as Partial<PartialCreateError>).id === "string";
}

/**
 * A failure as gRPC carries it. A create that made the object but could not finish it reports the object
 * (Pulumi's ErrorResourceInitFailed detail), so the engine records it and the next `up` completes it.
 */
function serviceError(error: Error): Partial<grpcTypes.ServiceError> {
  const metadata = new grpc.Metadata();
  if (isPartialCreate(error)) {
    const detail = new pb.ErrorResourceInitFailed();
    detail.setId(error.id);
    detail.setProperties(toStruct(error.properties));
    detail.setReasonsList(error.reasons);
    const any = new Any();
    any.pack(detail.serializeBinary(), "pulumirpc.ErrorResourceInitFailed");
    const status = new Status();
    status.setCode(grpc.status.UNKNOWN);
    status.setMessage(error.message);
    status.addDetails(any);
    metadata.add("grpc-status-details-bin", Buffer.from(status.serializeBinary()));
  }
  return { code: grpc.status.UNKNOWN, details: error.message, metadata };
}

function toStruct(props: Props): structTypes.Struct {
  return Struct.fromJavaScript(withoutUndefined(props) as Record<string, structTypes.JavaScriptValue>);
}

function fromStruct(struct: structTypes.Struct | undefined): Props {
  return (struct?.toJavaScript() ?? {}) as Props;
}

/** The resource type a request is about: its own field, or (older engines) the URN's. */
function typeOf(request: { getType?(): string; getUrn(): string }): string {
  return request.getType?.() || typeOfUrn(request.getUrn());
}

const CHANGE_KINDS: Readonly<Record<PropertyChange, providerPbTypes.PropertyDiff.Kind>> = {
  ADD: pb.PropertyDiff.Kind.ADD,
  ADD_REPLACE: pb.PropertyDiff.Kind.ADD_REPLACE,
  UPDATE: pb.PropertyDiff.Kind.UPDATE,
  UPDATE_REPLACE: pb.PropertyDiff.Kind.UPDATE_REPLACE,
};

function diffResponse(outcome: DiffOutcome): providerPbTypes.DiffResponse {
  const response = new pb.DiffResponse();
  response.setChanges(outcome.changes ? pb.DiffResponse.DiffChanges.DIFF_SOME : pb.DiffResponse.DiffChanges.DIFF_NONE);
  response.setReplacesList([...outcome.replaces]);
  response.setStablesList([...outcome.stables]);
  response.setDeletebeforereplace(outcome.deleteBeforeReplace);
  response.setDiffsList(Object.keys(outcome.detailedDiff));
  response.setHasdetaileddiff(true);
  const detailed = response.getDetaileddiffMap();
  for (const [key, change] of Object.entries(outcome.detailedDiff)) {
    const diff = new pb.PropertyDiff();
    diff.setKind(CHANGE_KINDS[change]);
    // Compared with the stored outputs, not the old inputs.
    diff.setInputdiff(false);
    detailed.set(key, diff);
  }
  return response;
}

function checkResponse(outcome: { inputs: Props; failures: readonly { property: string; reason: string }[] }): providerPbTypes.CheckResponse {
  const response = new pb.CheckResponse();
  response.setInputs(toStruct(outcome.inputs));
  response.setFailuresList(
    outcome.failures.map((failure) => {
      const item = new pb.CheckFailure();
      item.setProperty(failure.property);
      item.setReason(failure.reason);
      return item;
    }),
  );
  return response;
}

let schemaText: string | undefined;

/** The service's methods over `provider`. */
function serviceOf(provider: () => NativeProvider): Partial<import("@pulumi/pulumi/proto/provider_grpc_pb").IResourceProviderServer> {
  const root = packageRoot();
  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
  return {
    getPluginInfo: unary(provider, () => new PluginInfo().setVersion(version)),

    getSchema: unary(provider, (request: providerPbTypes.GetSchemaRequest) => {
      if (request.getVersion() !== 0) throw new Error(`unsupported schema version ${request.getVersion()}`);
      schemaText ??= readFileSync(join(root, "schema.json"), "utf8");
      return new pb.GetSchemaResponse().setSchema(schemaText);
    }),

    checkConfig: unary(provider, (request: providerPbTypes.CheckRequest) => checkResponse(provider().checkConfig(fromStruct(request.getNews())))),

    diffConfig: unary(provider, (request: providerPbTypes.DiffRequest) => {
      const oldInputs = request.getOldInputs() ? fromStruct(request.getOldInputs()) : fromStruct(request.getOlds());
      return diffResponse(provider().diffConfig(oldInputs, fromStruct(request.getNews())));
    }),

    configure: unary(provider, async (request: providerPbTypes.ConfigureRequest) => {
      await provider().configure(fromStruct(request.getArgs()));
      const response = new pb.ConfigureResponse();
      response.setAcceptsecrets(true);
      // Create and Update are never called during a preview: the engine shows the inputs as the outputs.
      response.setSupportspreview(false);
      response.setAcceptresources(false);
      response.setAcceptoutputs(false);
      return response;
    }),

    check: unary(provider, async (request: providerPbTypes.CheckRequest) =>
      checkResponse(await provider().check(typeOf(request), fromStruct(request.getOlds()), fromStruct(request.getNews()))),
    ),

    diff: unary(provider, async (request: providerPbTypes.DiffRequest) =>
      diffResponse(
        await provider().diff(typeOf(request), request.getId(), fromStruct(request.getOlds()), fromStruct(request.getNews()), request.getIgnorechangesList()),
      ),
    ),

    create: unary(provider, async (request: providerPbTypes.CreateRequest) => {
      const created = await provider().create(typeOf(request), fromStruct(request.getProperties()));
      return new pb.CreateResponse().setId(created.id).setProperties(toStruct(created.properties));
    }),

    read: unary(provider, async (request: providerPbTypes.ReadRequest) => {
      const inputs = request.getInputs();
      const outcome = await provider().read(typeOf(request), request.getId(), fromStruct(request.getProperties()), inputs ? fromStruct(inputs) : undefined);
      const response = new pb.ReadResponse().setId(outcome.id);
      if (outcome.properties) response.setProperties(toStruct(outcome.properties));
      if (outcome.inputs) response.setInputs(toStruct(outcome.inputs));
      return response;
    }),

    update: unary(provider, async (request: providerPbTypes.UpdateRequest) => {
      const updated = await provider().update(typeOf(request), request.getId(), fromStruct(request.getOlds()), fromStruct(request.getNews()));
      return new pb.UpdateResponse().setProperties(toStruct(updated.properties));
    }),

    delete: unary(provider, async (request: providerPbTypes.DeleteRequest) => {
      await provider().delete(typeOf(request), request.getId(), fromStruct(request.getProperties()));
      return new Empty();
    }),

    invoke: unary(provider, async (request: providerPbTypes.InvokeRequest) => {
      const outcome = await provider().invoke(request.getTok(), fromStruct(request.getArgs()));
      const response = new pb.InvokeResponse();
      if (outcome.result) response.setReturn(toStruct(outcome.result));
      return response.setFailuresList(outcome.failures.map((failure) => new pb.CheckFailure().setProperty(failure.property).setReason(failure.reason)));
    }),

    cancel: unary(provider, () => {
      provider().cancel();
      return new Empty();
    }),

    // Only used when a debugger starts the plugin and the engine attaches to it (PULUMI_DEBUG_PROVIDERS).
    attach: unary(provider, () => new Empty()),
  };
}
