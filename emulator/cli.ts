#!/usr/bin/env node
import { ExitError, USAGE, parseCliArgs } from "./cli-args";
import { StateFileError } from "./persistence";
import { missingServerDependencies, serverDependenciesHint } from "./server-dependencies";

/**
 * `frontegg-emulator`: starts the emulator, prints exactly one line with its URL, and stops cleanly on
 * SIGINT/SIGTERM. Exit codes: 0 after a clean stop, 2 for bad flags or an unusable state file, 1 otherwise.
 * The secret is never printed.
 */
async function main(): Promise<void> {
  const options = parseCliArgs(process.argv.slice(2), process.env);
  if (options === "help") {
    process.stdout.write(USAGE);
    return;
  }
  const missing = missingServerDependencies();
  if (missing.length > 0) throw new ExitError(1, serverDependenciesHint(missing));
  // Loaded only now: the server's modules require fastify and ajv at load time, and --help needs neither.
  const { startEmulator } = await import("./emulator");
  const emulator = await startEmulator(options).catch((error: unknown) => {
    if (error instanceof StateFileError) throw new ExitError(2, error.message);
    throw new ExitError(1, `cannot start: ${(error as Error).message}`);
  });
  // Handlers go in before the URL line: whoever reads that line may signal at once, and a signal arriving
  // before a listener exists would kill the process with the default action.
  const stopRequested = new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  process.stdout.write(`Frontegg emulator listening on ${emulator.url}\n`);
  await stopRequested;
  await emulator.stop();
}

main().catch((error: unknown) => {
  const exitError = error instanceof ExitError ? error : new ExitError(1, String((error as Error)?.stack ?? error));
  process.stderr.write(`frontegg-emulator: ${exitError.message}\n`);
  if (exitError.exitCode === 2) process.stderr.write(`\n${USAGE}`);
  process.exit(exitError.exitCode);
});
