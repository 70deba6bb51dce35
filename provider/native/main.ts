#!/usr/bin/env node
/**
 * `pulumi-resource-frontegg-native`: the native provider plugin. The engine starts it with its own gRPC address as the
 * first argument, reads the port it serves on from the first line of stdout, and starts one process per
 * provider instance. The process ends when the engine closes it, or when the engine is gone.
 */
import { PLUGIN_EXECUTABLE } from "../package-name";
import { engineAddressFrom, startEngineWatchdog } from "../engine-watchdog";
import type * as providerModule from "./provider";
import { startServer } from "./server";

/** The provider, loaded once the port is out: it is most of the package (zod, axios, every definition). */
function loadProvider(): providerModule.NativeProvider {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { NativeProvider } = require("./provider") as typeof providerModule;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { stackConfigFromEnv } = require("./settings") as typeof import("./settings");
  return new NativeProvider({ stackConfig: stackConfigFromEnv() });
}

async function main(): Promise<void> {
  const server = await startServer(loadProvider);
  // The protocol: the port, alone on the first line of stdout.
  process.stdout.write(`${server.port}\n`);
  // Without the engine nothing would record what this process still changed in Frontegg: stop with it.
  startEngineWatchdog({ engineAddress: engineAddressFrom(process.argv) });
}

/** Ends the process on a failure no request owns: one line, no stack, nothing of the configuration. */
function fail(error: unknown): never {
  process.stderr.write(`${PLUGIN_EXECUTABLE}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
main().catch(fail);
