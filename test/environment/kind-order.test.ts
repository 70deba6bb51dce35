/** The order export writes kinds in and a read reports them in, derived from the registry (kind-order.ts). */
import { kindGroups, KINDS_IN_ORDER, READ_KINDS, readCountOf } from "../../provider/environment/kind-order";
import { definitionFor } from "../../provider/environment/render-kind";
import { RESOURCE_KINDS } from "../../provider/resources";

it("holds every registered kind once", () => {
  expect([...KINDS_IN_ORDER].sort()).toEqual([...RESOURCE_KINDS].sort());
});

it("puts each kind after the kinds it refers to, so an exported program declares a resource before using it", () => {
  const order: readonly string[] = KINDS_IN_ORDER;
  for (const [index, kind] of KINDS_IN_ORDER.entries()) {
    const definition = definitionFor(kind);
    const targets = [...Object.values(definition.references ?? {}), ...Object.values(definition.environment?.keyReferences ?? {})].filter((t) => t !== kind);
    for (const target of targets) expect({ kind, refersTo: target, before: order.indexOf(target) < index }).toEqual({ kind, refersTo: target, before: true });
  }
});

it("keeps each section's kinds together, in registry order, from where its first kind is", () => {
  const sectioned = RESOURCE_KINDS.filter((kind) => definitionFor(kind).environment?.section !== undefined);
  expect(sectioned).toEqual(expect.arrayContaining(["MfaPolicy", "CaptchaPolicy"]));
  const bySection = new Map<string, string[]>();
  for (const kind of sectioned) {
    const section = definitionFor(kind).environment!.section!;
    bySection.set(section, [...(bySection.get(section) ?? []), kind]);
  }
  const sections = kindGroups().filter((group) => group.section !== undefined);
  expect(sections).toEqual([...bySection].map(([section, kinds]) => ({ section, kinds })));
  // A section sits where its first kind is: the kinds after that one and before the section's next kind come later.
  for (const kinds of bySection.values()) {
    const first = KINDS_IN_ORDER.indexOf(kinds[0]! as (typeof KINDS_IN_ORDER)[number]);
    expect(KINDS_IN_ORDER.slice(first, first + kinds.length)).toEqual(kinds);
  }
});

it("counts one of a read kind in the singular and any other number in the plural", () => {
  expect(["tenants", "plans", "policies", "SSO connections"].every((kind) => READ_KINDS.includes(kind))).toBe(true);
  expect(["tenants", "plans", "policies", "SSO connections"].map((kind) => [readCountOf(kind, 1), readCountOf(kind, 0), readCountOf(kind, 2)])).toEqual([
    ["1 tenant", "0 tenants", "2 tenants"],
    ["1 plan", "0 plans", "2 plans"],
    ["1 policy", "0 policies", "2 policies"],
    ["1 SSO connection", "0 SSO connections", "2 SSO connections"],
  ]);
});
