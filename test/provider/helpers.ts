import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FronteggClient } from "../../provider/client";
import { createLifecycle } from "../../provider/lifecycle/lifecycle";
import { Session } from "../../provider/lifecycle/session";
import { definitionOf } from "../../provider/resources";

/** The lifecycle of `kind` with a client that must never be used (check and diff are offline). */
export function offlineLifecycle(kind: string) {
  const definition = definitionOf(kind);
  if (!definition) throw new Error(`no kind ${kind}`);
  return createLifecycle(
    definition,
    () => {
      throw new Error("check and diff must not call the API");
    },
    { checkAgainstFrontegg: false },
  );
}

/** The lifecycle of `kind` against `client`. */
export function lifecycleWith(kind: string, client: FronteggClient) {
  const definition = definitionOf(kind);
  if (!definition) throw new Error(`no kind ${kind}`);
  // A session per call: each call stands for an engine operation of its own, so nothing is cached across them.
  return createLifecycle(definition, () => new Session(client), { kinds: { definitionOf } });
}

/** A test certificate in PEM. */
export const CERT_PEM = readFileSync(join(__dirname, "..", "fixtures", "idp-cert.pem"), "utf8");
/** Another certificate. */
export const ROTATED_CERT_PEM = readFileSync(join(__dirname, "..", "fixtures", "idp-cert-rotated.pem"), "utf8");
/** The same certificate as base64 of its DER bytes. */
export const CERT_DER_BASE64 = CERT_PEM.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, "");
/** The same certificate as base64 of the PEM text. */
export const CERT_PEM_BASE64 = Buffer.from(CERT_PEM).toString("base64");

/**
 * Failures as the lifecycle reported them, with the property moved back from the reason into its own field. The
 * lifecycle names the property in the reason and leaves the field empty, so the engine never prints the value.
 */
export function propertyFailures(failures: readonly { property: string; reason: string }[]): { property: string; reason: string }[] {
  return failures.map((failure) => {
    expect(failure.property).toBe("");
    const match = /^([A-Za-z0-9_.[\]]+): ([\s\S]*)$/.exec(failure.reason);
    return match ? { property: match[1]!, reason: match[2]! } : failure;
  });
}

/** `check` of a kind with no API behind it: the inputs, and the failures split into property and reason. */
export async function checkOffline(kind: string, news: Record<string, unknown>) {
  const result = await offlineLifecycle(kind).check({}, news);
  return { inputs: result.inputs, failures: propertyFailures(result.failures ?? []) };
}

/** `diff` of stored state against inputs that must pass `check`, with no API behind it. */
export async function diffOffline(kind: string, olds: Record<string, unknown>, news: Record<string, unknown>) {
  const lifecycle = offlineLifecycle(kind);
  const checked = await lifecycle.check({}, news);
  expect(checked.failures).toEqual([]);
  return lifecycle.diff("id", olds, { ...checked.inputs, __provider: "shim" });
}
