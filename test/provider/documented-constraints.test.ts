/**
 * Every constraint the docs state, for every kind, is refused by `check` (what `pulumi preview` runs), naming
 * the property; generated from the inputs' JSON Schema (test/support/documented-constraints.ts) over a valid row
 * per kind (test/support/valid-inputs.ts), so a new kind or a new constraint is covered by construction. The
 * engine suite previews the same table (test/engine/bad-input-corpus.test.ts).
 */
import { createLifecycle } from "../../provider/lifecycle/lifecycle";
import { Session } from "../../provider/lifecycle/session";
import { definitionOf, RESOURCE_DEFINITIONS } from "../../provider/resources";
import { violationsOf } from "../support/documented-constraints";
import { validInputs } from "../support/valid-inputs";

const rows = validInputs();
const noSession = (): Session => {
  throw new Error("validation must not need Frontegg");
};
const check = (kind: string, inputs: Record<string, unknown>) => createLifecycle(definitionOf(kind)!, noSession, { checkAgainstFrontegg: false }).check({}, inputs);

it.each(Object.keys(RESOURCE_DEFINITIONS))("%s: the valid row passes, and the kind states constraints", async (kind) => {
  expect((await check(kind, rows[kind]!)).failures).toEqual([]);
});

const violations = Object.keys(RESOURCE_DEFINITIONS).flatMap((kind) => violationsOf(kind, rows[kind]!));

it.each(violations.map((v) => [`${v.kind}.${v.property} (${v.constraint})`, v] as const))("%s is refused, naming the property", async (_title, violation) => {
  const { failures = [] } = await check(violation.kind, violation.inputs);
  expect(failures.map((f) => f.reason)).toContainEqual(expect.stringMatching(new RegExp(`^${violation.property.replace(/\./g, "\\.")}(\\[\\d+\\])?: `)));
});
