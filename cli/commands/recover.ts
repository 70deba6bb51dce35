/**
 * `pulumi-frontegg recover --stack S`: settles the creates a killed `pulumi up` left pending in the stack's state.
 *
 * A pending create is one the engine started and never saw finish: the object may or may not exist in Frontegg.
 * Left alone, the next `up` fails on it ("already exists") and `destroy` leaves it behind. Only the provider can
 * tell which it is, by looking the object up by its natural key, so this command does, and then records each
 * object found as created (with its id and current state) and drops the operations whose object does not exist,
 * through `pulumi stack export` / `pulumi stack import`. (`pulumi refresh --import-pending-creates` would be
 * the CLI's own way, but in Pulumi 3.248 it drops the operations without recording the resources.)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir, hostname as hostnameOf, tmpdir } from "node:os";
import { join } from "node:path";
import { FronteggClient } from "../../provider/client";
import { ResourceDefinition, State } from "../../provider/lifecycle/definition";
import { describeStored, storedPropertiesOf } from "../../provider/lifecycle/properties";
import { Session } from "../../provider/lifecycle/session";
import { settleByNaturalKey } from "../../provider/lifecycle/settle";
import { UNKNOWN } from "../../provider/lifecycle/unknowns";
import { validateInputs } from "../../provider/lifecycle/validation";
import { definitionOf } from "../../provider/resources";
import { kindOfTypeToken, PROVIDER_KEY } from "../../provider/dynamic-shim";
import { CheckpointResource, parseExportedStack, pendingCreates, referencedUrns, Resolution, resolvePendingCreates } from "../checkpoint";
import { optionsFromStack } from "../credentials";
import { ExitError, EXIT } from "../errors";
import { CommandIO } from "../io";
import { fileBackendRoot, removeEmptySidecars, removeLock, StackLock, stackLocks } from "../file-backend";
import { PulumiContext, runPulumi } from "../pulumi";

/** The parsed command line of `recover`. */
export interface RecoverOptions {
  /** The stack; default: the project's selected stack. */
  readonly stack?: string;
  /** The project directory. */
  readonly cwd: string;
  /** Apply without asking. */
  readonly yes: boolean;
}

/** What the command needs from its caller. */
export type RecoverIO = Pick<CommandIO, "stdout" | "env" | "confirm">;

/** The marker of an encrypted (or plain) secret value in a checkpoint. */
const SECRET_SIGNATURE = "4dabf18193072939515e22adb298388d";
/**
 * How far Frontegg's clock may be behind the engine's before an object's `createdAt` counts as "before the
 * interrupted update began". Generous: a wrong "before" only means the next `up` asks for adoptExisting.
 */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** One pending create and what recovery found for it. */
interface Finding {
  readonly urn: string;
  readonly subject: string;
  /** Undefined when the operation is left pending. */
  readonly resolution: Resolution | undefined;
  readonly note: string;
}

/** Settles the stack's pending creates of Frontegg resources; resolves to the exit code. */
export async function recover(options: RecoverOptions, io: RecoverIO): Promise<number> {
  const pulumi: PulumiContext = { cwd: options.cwd, env: io.env };
  const stack = options.stack ?? (await runPulumi(["stack", "--show-name"], pulumi, "find the selected stack")).trim();
  const staleLocks = await localBackendRepairs(stack, pulumi, io);

  const exported = parseExportedStack(await runPulumi(["stack", "export", "--stack", stack], pulumi, `export stack "${stack}"`));
  const creates = pendingCreates(exported);
  const ours = creates.filter((op) => kindOfTypeToken(op.resource.type) !== undefined);
  const updateStart = staleLocks.map((lock) => lock.timestamp).sort()[0];

  let findings: Finding[] = [];
  if (ours.length > 0) {
    // One session: each kind's list is read once, however many of its creates are pending.
    const session = new Session(new FronteggClient(optionsFromStack(stack, io.env, options.cwd), io.env));
    findings = await Promise.all(ours.map((op) => settle(session, op.resource, op.resource.created ?? updateStart)));
    // An object is only recorded when everything it refers to is in the state, or `pulumi stack import` refuses.
    const present = new Set((exported.deployment.resources ?? []).filter((r) => !r.delete).map((r) => r.urn));
    for (const finding of findings) if (finding.resolution?.action === "import") present.add(finding.urn);
    findings = findings.map((finding, i) => {
      const missing = referencedUrns(ours[i]!.resource).filter((urn) => !present.has(urn));
      if (finding.resolution?.action !== "import" || missing.length === 0) return finding;
      return { ...finding, resolution: undefined, note: `left pending: it refers to ${missing.join(", ")}, which the stack does not hold; resolve it with \`pulumi refresh\`` };
    });
  }

  for (const lock of staleLocks) io.stdout(`Stack ${stack} is locked by an update that is no longer running (pid ${lock.pid}, started ${lock.timestamp || "at an unknown time"}): its lock will be removed.\n`);
  io.stdout(ours.length === 0 ? `Stack ${stack} has no interrupted creates of Frontegg resources.\n` : `Stack ${stack}: ${ours.length} interrupted create(s) of Frontegg resources.\n`);
  for (const finding of findings) io.stdout(`  ${label(finding.resolution)} ${finding.subject} (${finding.urn}): ${finding.note}\n`);
  const others = creates.length - ours.length;
  if (others > 0) io.stdout(`${others} pending create(s) of other providers: \`pulumi refresh\` offers to settle them.\n`);

  const resolutions = new Map(findings.flatMap((f) => (f.resolution ? [[f.urn, f.resolution] as const] : [])));
  // `pulumi stack import` drops every pending operation it is given; the engine keeps only pending creates across
  // updates anyway, so a pending create this command cannot settle would be lost, its object orphaned.
  const unsettled = creates.filter((op) => !resolutions.has(op.resource.urn)).map((op) => op.resource.urn);
  if (resolutions.size > 0 && unsettled.length > 0) {
    throw new ExitError(
      EXIT.error,
      `recording the settled creates rewrites the state, which would drop the other pending creates: ${unsettled.join(", ")}. ` +
        `Settle those first with \`pulumi refresh --stack ${stack}\` (choose import or clear for each, skip the Frontegg ones), then run this again (nothing was changed)`,
    );
  }
  if (resolutions.size === 0 && staleLocks.length === 0) {
    io.stdout("Nothing to change.\n");
    return unsettled.length > 0 ? EXIT.error : EXIT.ok;
  }
  if (!options.yes) {
    if (!io.confirm) throw new ExitError(EXIT.error, "no terminal to confirm on: run again with --yes to apply these changes to the stack");
    if (!(await io.confirm(`Apply these changes to stack ${stack}?`))) {
      io.stdout("Nothing changed.\n");
      return EXIT.error;
    }
  }

  for (const lock of staleLocks) removeLock(lock);
  if (resolutions.size > 0) await importStack(stack, resolvePendingCreates(exported, resolutions), pulumi);
  const imported = [...resolutions.values()].filter((r) => r.action === "import").length;
  io.stdout(
    `Recovered stack ${stack}: ${imported} recorded as created, ${resolutions.size - imported} dropped` +
      (staleLocks.length > 0 ? ", stale lock removed" : "") +
      (unsettled.length > 0 ? `, ${unsettled.length} left pending (see above)` : "") +
      ". Next: pulumi up\n",
  );
  return unsettled.length > 0 ? EXIT.error : EXIT.ok;
}

/**
 * On a local (file://) backend: repairs the empty checkpoint sidecar a kill can leave (every command fails on
 * it), and returns the stack's stale locks. A lock whose process still runs, or that another host holds, stops
 * the command: nothing may be changed under a running update.
 */
async function localBackendRepairs(stack: string, pulumi: PulumiContext, io: RecoverIO): Promise<StackLock[]> {
  const whoami = JSON.parse(await runPulumi(["whoami", "--json"], pulumi, "find the stack's backend")) as { url?: string };
  const root = whoami.url === undefined ? undefined : fileBackendRoot(whoami.url, homedir());
  const project = projectName(pulumi.cwd);
  if (root === undefined || project === undefined) return [];
  const stackName = stack.split("/").pop()!;
  const locks = stackLocks(root, project, stackName);
  const live = locks.find((lock) => !lock.stale);
  if (live) {
    throw new ExitError(
      EXIT.error,
      live.hostname === hostnameOf()
        ? `an update of stack "${stack}" is still running (pid ${live.pid}, started ${live.timestamp}): let it finish or stop it, then run this again`
        : `stack "${stack}" is locked by pid ${live.pid} on host ${live.hostname} (since ${live.timestamp}), which this command cannot check. ` +
            `If that update is no longer running, run \`pulumi cancel --stack ${stack} --yes\`, then run this again`,
    );
  }
  for (const file of removeEmptySidecars(root, project, stackName)) io.stdout(`Removed ${file}: the interrupted update left it empty, which made the stack unreadable.\n`);
  return locks;
}

/** The project name from Pulumi.yaml (or Pulumi.yml) in `cwd`. */
function projectName(cwd: string): string | undefined {
  for (const name of ["Pulumi.yaml", "Pulumi.yml"]) {
    const file = join(cwd, name);
    if (!existsSync(file)) continue;
    return /^name:\s*["']?([^"'\s#]+)/m.exec(readFileSync(file, "utf8"))?.[1];
  }
  return undefined;
}

/** Looks one pending create's object up in Frontegg and decides what to do with the operation. */
async function settle(session: Session, resource: CheckpointResource, pendingSince: string | undefined): Promise<Finding> {
  const kind = kindOfTypeToken(resource.type)!;
  const definition = definitionOf(kind);
  if (!definition) {
    return { urn: resource.urn, subject: kind, resolution: undefined, note: `left pending: this version of pulumi-frontegg has no resource kind ${kind}` };
  }
  const stored = resource.inputs ?? {};
  const { inputs, failures } = validateInputs(definition.inputs, lookupInputs(definition, stored));
  const subject = describeStored(definition, inputs);
  if (failures.length > 0) {
    const problems = failures.map((f) => `${f.property}: ${f.reason}`).join("; ");
    return { urn: resource.urn, subject, resolution: undefined, note: `left pending: its recorded inputs are not valid (${problems})` };
  }
  const found = await settleByNaturalKey(session, definition, inputs);
  return { urn: resource.urn, subject, ...decide(definition, inputs, stored, found, pendingSince) };
}

/**
 * Whether the object found by the pending create's natural key is the one that create made.
 *
 * Not every object with the key is: the lookup refuses to take over
 * - Frontegg's built-ins: no create ever makes one, and the lifecycle never manages them;
 * - for kinds that are not singletons, without `adoptExisting: true`, an object Frontegg created well before
 *   the interrupted update began (its `createdAt` against the operation's start, allowing {@link CLOCK_SKEW_MS} of
 *   clock skew): the create would have refused it as "already exists", so recording it would take over someone
 *   else's object unasked. Dropping the operation instead lets the next `up` report it as any create would.
 * Singletons are taken over by every create, and `adoptExisting: true` asks for exactly that, so those are
 * recorded whenever found. Objects without a `createdAt`, or operations without a start time, are recorded.
 */
function decide(
  definition: ResourceDefinition,
  inputs: Record<string, unknown>,
  stored: Record<string, unknown>,
  found: State | undefined,
  pendingSince: string | undefined,
): { resolution: Resolution; note: string } {
  if (!found) return { resolution: { action: "clear" }, note: "not in Frontegg: dropped; the next `pulumi up` creates it" };
  const id = definition.idOf(found, inputs);
  if (definition.isBuiltIn?.(found)) {
    return { resolution: { action: "clear" }, note: `its key belongs to Frontegg's built-in object ${id}, which is never taken over: dropped` };
  }
  const createdAt = typeof found.createdAt === "string" ? Date.parse(found.createdAt) : NaN;
  const since = pendingSince === undefined ? NaN : Date.parse(pendingSince);
  if (!definition.singletonScope && inputs.adoptExisting !== true && createdAt < since - CLOCK_SKEW_MS) {
    return {
      resolution: { action: "clear" },
      note:
        `object ${id} has this key but existed before the interrupted update (created ${String(found.createdAt)}), so that create did not make it: ` +
        `dropped, not taken over; the next \`pulumi up\` reports it (set adoptExisting: true to manage it)`,
    };
  }
  return { resolution: { action: "import", id, outputs: importedOutputs(definition, found, stored) }, note: `found in Frontegg as ${id}: recorded as created` };
}

/**
 * The outputs the lifecycle's create would have returned: what state keeps of the object plus the provider shim.
 * Secret properties are copied from the recorded inputs (encrypted), never from what Frontegg answered, so no
 * secret reaches the state in plain text.
 */
function importedOutputs(definition: ResourceDefinition, found: State, stored: Record<string, unknown>): Record<string, unknown> {
  const outputs: Record<string, unknown> = { ...storedPropertiesOf(definition, found), [PROVIDER_KEY]: stored[PROVIDER_KEY] };
  for (const key of definition.secrets) outputs[key] = stored[key];
  return Object.fromEntries(Object.entries(outputs).filter(([, value]) => value !== undefined));
}

/**
 * The recorded inputs as the definition's schema reads them: without the provider shim, and with each secret
 * (still encrypted) standing in as an unknown value. Secrets are never part of a natural key.
 */
function lookupInputs(definition: ResourceDefinition, stored: Record<string, unknown>): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (key === PROVIDER_KEY) continue;
    inputs[key] = isSecretValue(value) || definition.secrets.includes(key) ? UNKNOWN : value;
  }
  return inputs;
}

function isSecretValue(value: unknown): boolean {
  return typeof value === "object" && value !== null && SECRET_SIGNATURE in value;
}

function label(resolution: Resolution | undefined): string {
  return resolution === undefined ? "left    " : resolution.action === "import" ? "recorded" : "dropped ";
}

/** Writes the edited checkpoint back with `pulumi stack import`, which refuses while the stack is locked. */
async function importStack(stack: string, edited: unknown, pulumi: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "pulumi-frontegg-recover-"));
  try {
    const file = join(dir, "stack.json");
    writeFileSync(file, JSON.stringify(edited), { mode: 0o600 });
    await runPulumi(["stack", "import", "--stack", stack, "--file", file], pulumi, `write the recovered state of stack "${stack}"`).catch((error: unknown) => {
      if (error instanceof ExitError && /locked/.test(error.message)) {
        throw new ExitError(
          EXIT.error,
          `stack "${stack}" is still locked by the interrupted update. Once no \`pulumi\` command runs against it any more, ` +
            `remove the lock with \`pulumi cancel --stack ${stack} --yes\` and run this again (nothing was changed)`,
        );
      }
      throw error;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
