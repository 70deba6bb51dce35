/**
 * The one lifecycle every resource kind runs on: Pulumi's dynamic provider contract (check, diff, create, read,
 * update, delete) implemented once over a {@link ResourceDefinition}, one step module per method.
 */
import { checkStep } from "./check";
import { createStep } from "./create";
import { deleteStep } from "./delete";
import { diffStep } from "./diff";
import { userFacing } from "./errors";
import { readStep } from "./read";
import { secretValuesOf } from "./secrets";
import type { Session } from "./session";
import type { Kinds, Lifecycle, Props, ResourceDefinition } from "./types";
import { updateStep } from "./update";

export type { Lifecycle, LifecycleDiff } from "./types";

/**
 * Options of {@link createLifecycle}: either `check` also asks Frontegg what a preview must know (that the
 * credentials work, that a new object's key is free and that referenced ids exist), resolving the kinds references
 * name through `kinds`; or, with `checkAgainstFrontegg: false`, `check` is validation alone.
 */
export type LifecycleOptions =
  | { /** The kinds references resolve through (the registry in provider/resources). */ readonly kinds: Kinds; readonly checkAgainstFrontegg?: true }
  | { readonly checkAgainstFrontegg: false; readonly kinds?: undefined };

/**
 * Builds the dynamic provider for `definition`. `session` is asked for the operation's session at each call,
 * never captured, so no client or credential is serialized into state.
 */
export function createLifecycle<Inputs extends Props>(definition: ResourceDefinition<Inputs>, session: () => Session, options: LifecycleOptions): Lifecycle {
  const kind = { definition, session };
  const lifecycle: Lifecycle = {
    check: checkStep(kind, options.kinds),
    diff: diffStep(kind),
    create: createStep(kind),
    read: readStep(kind),
    update: updateStep(kind),
    delete: deleteStep(kind),
  };
  return guarded(lifecycle, (props) => secretValuesOf(props, definition.secrets));
}

/**
 * Every method's failure reaches the user as a message: what failed, on which object, what to do; scrubbed of the
 * secrets among the resource's properties.
 */
function guarded<P extends Record<string, (...args: never[]) => Promise<unknown>>>(methods: P, secretsOf: (props: Props) => string[]): P {
  const out: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(methods)) {
    out[name] = async (...args: unknown[]) => {
      try {
        return await (method as (...a: unknown[]) => Promise<unknown>)(...args);
      } catch (error) {
        const secrets = args.filter((arg): arg is Props => arg !== null && typeof arg === "object" && !Array.isArray(arg)).flatMap(secretsOf);
        throw userFacing(error, secrets);
      }
    };
  }
  return out as P;
}
