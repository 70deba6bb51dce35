/**
 * Pulumi's encoding of special values inside the protobuf Structs of the provider protocol. The plugin declares
 * `acceptSecrets`, so secret values arrive as `{ [SIG_KEY]: SECRET_SIG, value }` objects at any depth: the lifecycle
 * works on plain values, and every property that held a secret, or that the kind declares secret, goes back to
 * the engine wrapped again, so it reaches state encrypted.
 */

/** The key of the signature that marks a special value. */
export const SIG_KEY = "4dabf18193072939515e22adb298388d";
/** The signature of a secret. */
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

type Props = Record<string, unknown>;

/** Whether `value` is a wrapped secret. */
export function isSecret(value: unknown): value is { [SIG_KEY]: string; value: unknown } {
  return value !== null && typeof value === "object" && !Array.isArray(value) && (value as Props)[SIG_KEY] === SECRET_SIG;
}

/** `value` wrapped as a secret (once: a secret stays one secret). */
export function secret(value: unknown): unknown {
  return isSecret(value) ? value : { [SIG_KEY]: SECRET_SIG, value };
}

/** Properties with their secrets unwrapped, and the properties that held a secret anywhere inside. */
export interface Revealed {
  readonly values: Props;
  readonly secretKeys: ReadonlySet<string>;
}

/** Unwraps every secret in `props`, remembering which top-level properties held one. */
export function reveal(props: Props | undefined): Revealed {
  const values: Props = {};
  const secretKeys = new Set<string>();
  for (const [key, value] of Object.entries(props ?? {})) {
    const found = { secret: false };
    values[key] = unwrap(value, found);
    if (found.secret) secretKeys.add(key);
  }
  return { values, secretKeys };
}

function unwrap(value: unknown, found: { secret: boolean }): unknown {
  if (isSecret(value)) {
    found.secret = true;
    return unwrap(value.value, found);
  }
  if (Array.isArray(value)) return value.map((item) => unwrap(item, found));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unwrap(item, found)]));
  }
  return value;
}

/**
 * `props` with each listed property that is present wrapped as a secret. Whole properties are wrapped, as the
 * engine does for providers that cannot: a secret inside a list may move when the provider sorts it.
 */
export function conceal(props: Props, keys: Iterable<string>): Props {
  const out = { ...props };
  for (const key of keys) if (out[key] !== undefined && out[key] !== null) out[key] = secret(out[key]);
  return out;
}

/** `value` without `undefined` anywhere (a protobuf Struct has no such value). */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(withoutUndefined) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key, withoutUndefined(item)]),
    ) as T;
  }
  return value;
}

/** The type token of a URN: `urn:pulumi:stack::project::parent$frontegg-native:index:Role::name` → `frontegg-native:index:Role`. */
export function typeOfUrn(urn: string): string {
  const qualified = urn.split("::")[2] ?? "";
  return qualified.split("$").pop() ?? "";
}
