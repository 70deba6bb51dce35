import { missingServerDependencies, serverDependenciesHint } from "./server-dependencies";

// Imported first by the `pulumi-frontegg/emulator` entry point: a project without the server packages gets
// the install command, not a "Cannot find module 'fastify'" from deep inside the server.
const missing = missingServerDependencies();
if (missing.length > 0) throw new Error(`pulumi-frontegg/emulator: ${serverDependenciesHint(missing)}`);
