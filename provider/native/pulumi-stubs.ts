/**
 * `require` for the protocol stubs that ship in @pulumi/pulumi and the grpc-js and google-protobuf copies they
 * load, resolved from @pulumi/pulumi's own directory: one copy of each message class, whichever copies npm
 * installed beside it. The self-contained plugin (scripts/build-plugin.js) replaces this module in its bundle by
 * a table of the same modules, resolved the same way at bundle time, since the archive has no node_modules.
 */
import { createRequire } from "node:module";

const requireFromPulumi = createRequire(require.resolve("@pulumi/pulumi/package.json"));

/** The module `id` as @pulumi/pulumi resolves it. Call it with a string literal: the bundler reads the ids. */
export function fromPulumi(id: string): unknown {
  return requireFromPulumi(id);
}
