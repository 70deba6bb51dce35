/**
 * The kinds a lifecycle resolves references through are the registry's: every kind a definition refers to by id
 * (`references`) or by key (`keyReferences`) is registered and listed, and the preflight names it in the words
 * of its own definition.
 */
import { withArticle } from "../../provider/lifecycle/noun";
import { definitionOf, RESOURCE_KINDS } from "../../provider/resources";
import { TestEmulator, useEmulator } from "../support/emulator";
import { lifecycleWith } from "./helpers";

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

describe("a referenced id that names nothing, at preview", () => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await useEmulator();
  });
  afterAll(() => emulator.stop());

  it.each([
    [
      "Role",
      { key: "auditor", name: "Auditor", level: 1, permissionIds: ["no-such-permission"] },
      'permissionIds: no permission with id "no-such-permission" exists in the Frontegg environment: use the id output of a Permission resource, or look the id up (lookupPermissionIds for permissions not managed here)',
    ],
    [
      "Permission",
      { key: "audit.read", name: "Read audit", categoryId: "no-such-category" },
      'categoryId: no permission category with id "no-such-category" exists in the Frontegg environment: use the id output of a PermissionCategory resource',
    ],
    [
      "SsoGroupMapping",
      { tenantId: "acme", ssoConfigurationId: "no-such-connection", group: "g", roleIds: [] },
      'ssoConfigurationId: no SSO connection with id "no-such-connection" exists in tenant "acme": use the id output of an SsoConfiguration resource of that tenant',
    ],
  ])("is named in the words of the referenced kind's definition (%s)", async (kind, inputs, reason) => {
    const result = await lifecycleWith(kind, emulator.client()).check({}, inputs);
    expect(result.failures).toEqual([{ property: "", reason }]);
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
