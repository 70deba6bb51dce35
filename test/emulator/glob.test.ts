import { compileGlob } from "../../emulator/glob";

describe("fault route globs", () => {
  it("match `*` across path segments, and nothing else by accident", () => {
    const glob = compileGlob("/identity/*");
    expect(glob("/identity/resources/roles/v1")).toBe(true);
    expect(glob("/identity/")).toBe(true);
    expect(glob("/identity")).toBe(false);
    expect(glob("/tenants/resources/tenants/v1")).toBe(false);
  });

  it("match `{param}` against one non-empty segment: a concrete id or a route pattern's own parameter", () => {
    const glob = compileGlob("*/roles/v1/{id}");
    expect(glob("/identity/resources/roles/v1/3f2a")).toBe(true);
    expect(glob("/identity/resources/roles/v1/{roleId}")).toBe(true);
    expect(glob("/identity/resources/roles/v1/")).toBe(false);
    expect(glob("/identity/resources/roles/v1/3f2a/permissions")).toBe(false);
  });

  it("treat regular-expression characters literally", () => {
    const glob = compileGlob("/a.b/*(x)+?");
    expect(glob("/a.b/anything(x)+?")).toBe(true);
    expect(glob("/aXb/anything(x)+?")).toBe(false);
  });

  it("answer at once for a pattern that makes a backtracking regular expression run for minutes", () => {
    // As a regular expression (`^/.*a.*a…!$`) this takes seconds at 30 characters and doubles per character.
    const glob = compileGlob("/*a*a*a*a*a*a*a*a*a*a*a*a*!");
    expect(glob(`/${"a".repeat(5000)}`)).toBe(false);
    expect(glob(`/${"a".repeat(5000)}!`)).toBe(true);
  });
});
