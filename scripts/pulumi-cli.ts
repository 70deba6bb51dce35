/**
 * Which Pulumi CLI the engine tests and the demo drive. In order: `$PULUMI_FRONTEGG_CLI` (CI pins one per leg of
 * its version matrix), the one `npm run setup:pulumi` chose for this checkout (recorded in node_modules/.cache),
 * ~/.pulumi/bin/pulumi, then `pulumi` on PATH.
 */
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { PulumiCommand } from "@pulumi/pulumi/automation";

const repo = join(__dirname, "..");

/** The CLI's path, or undefined to take `pulumi` from PATH. */
export function pulumiCliPath(): string | undefined {
  if (process.env.PULUMI_FRONTEGG_CLI) return process.env.PULUMI_FRONTEGG_CLI;
  const recorded = join(repo, "node_modules", ".cache", "pulumi-frontegg", "pulumi-cli");
  const chosen = existsSync(recorded) ? readFileSync(recorded, "utf8").trim() : "";
  if (chosen && existsSync(chosen)) return chosen;
  const legacy = join(process.env.PULUMI_HOME ?? join(homedir(), ".pulumi"), "bin", "pulumi");
  return existsSync(legacy) ? legacy : undefined;
}

/** The Automation API's handle on that CLI (its root is the directory above `bin/pulumi`). */
export function pulumiCommandFor(cli: string | undefined): Promise<PulumiCommand> {
  return cli ? PulumiCommand.get({ root: dirname(dirname(cli)) }) : PulumiCommand.get();
}
