/**
 * The kinds a lifecycle resolves references through are the registry's: every kind a definition refers to by id
 * (`references`) or by key (`keyReferences`) is registered and listed, and the preflight names it in the words
 * of its own definition.
 */
import { withArticle } from "../../provider/lifecycle/noun";
import { definitionOf, RESOURCE_KINDS } from "../../provider/resources";

const references = RESOURCE_KINDS.flatMap((kind) => {
  const definition = definitionOf(kind)!;
  return Object.entries({ ...definition.references, ...definition.environment?.keyReferences }).map(([property, target]) => ({ kind, property, target }));
});

describe("references between kinds", () => {
  it("are declared by the definitions", () => {
    expect(references.map(({ target }) => target)).toEqual(expect.arrayContaining(["Permission", "PermissionCategory", "Role", "SsoConfiguration", "Feature"]));
  });

  it.each(references)("$kind.$property names a registered kind whose objects are listed ($target)", ({ target }) => {
    const definition = definitionOf(target);
    expect(definition?.kind).toBe(target);
    // The preflight finds referenced ids in the referenced kind's lists.
    expect(definition?.collection).toBeDefined();
  });
});

describe("a kind's name with its article", () => {
  it.each([
    ["Role", "a Role"],
    ["Application", "an Application"],
    ["SsoConfiguration", "an SsoConfiguration"],
    ["MfaPolicy", "an MfaPolicy"],
    ["IpRestriction", "an IpRestriction"],
    ["UrlEntry", "a UrlEntry"],
    ["Permission", "a Permission"],
  ])("%s reads %s", (kind, expected) => {
    expect(withArticle(kind)).toBe(expected);
  });
});
