import { diffEnvironments, formatDifferences } from "../../provider/environment/diff";
import { emptySnapshot, EnvironmentSnapshot } from "../../provider/environment/snapshot";

const empty: EnvironmentSnapshot = emptySnapshot();

describe("diffEnvironments", () => {
  const dev: EnvironmentSnapshot = {
    ...empty,
    Permission: { "a.read": { key: "a.read", name: "Read A", description: "" }, "b.read": { key: "b.read", name: "Read B", description: "" } },
    MfaPolicy: { "": { enforceMFAType: "DontForce", allowRememberMyDevice: true, mfaDeviceExpiration: 60 } },
  };
  const prod: EnvironmentSnapshot = {
    ...empty,
    Permission: { "a.read": { key: "a.read", name: "Read everything in A", description: "" }, "c.read": { key: "c.read", name: "C", description: "" } },
    MfaPolicy: { "": { enforceMFAType: "Force", allowRememberMyDevice: true, mfaDeviceExpiration: 60 } },
  };

  it("finds nothing between equal snapshots", () => {
    expect(diffEnvironments(dev, structuredClone(dev))).toEqual([]);
    expect(formatDifferences([], "DEV", "PROD")).toBe("DEV and PROD are the same.\n");
  });

  it("reports objects on one side only and each changed field, matched by natural key", () => {
    expect(diffEnvironments(dev, prod)).toEqual([
      { kind: "Permission", key: "a.read", change: "changed", field: "name", from: "Read A", to: "Read everything in A" },
      { kind: "Permission", key: "b.read", change: "only-in-from" },
      { kind: "Permission", key: "c.read", change: "only-in-to" },
      { kind: "MfaPolicy", key: "environment", change: "changed", field: "enforceMFAType", from: "DontForce", to: "Force" },
    ]);
  });

  it("prints the differences grouped by kind for a person", () => {
    const text = formatDifferences(diffEnvironments(dev, prod), "DEV", "PROD");
    expect(text).toBe(
      [
        "4 differences between DEV and PROD:",
        "",
        "Permissions:",
        '  ~ a.read: name: "Read A" (DEV) → "Read everything in A" (PROD)',
        "  - b.read: only in DEV",
        "  + c.read: only in PROD",
        "",
        "MFA policies:",
        '  ~ environment: enforceMFAType: "DontForce" (DEV) → "Force" (PROD)',
        "",
      ].join("\n"),
    );
  });

  it("compares restrictions by canonical range and scope, and e-mail domains by name", () => {
    const a: EnvironmentSnapshot = {
      ...empty,
      IpRestriction: {
        "10.0.0.0/8": { ip: "10.0.0.0/8", strategy: "ALLOW", description: "office", isActive: true },
        "acme/2001:db8::/32": { tenantId: "acme", ip: "2001:db8::/32", strategy: "BLOCK", isActive: true },
      },
      IpRestrictionMode: { acme: { tenantId: "acme", strategy: "BLOCK", isActive: true } },
      EmailDomainRestriction: { "example.com": { domain: "example.com", type: "BLOCK" } },
      EmailDomainRestrictionMode: { "": { listType: "BLOCK", active: true, blockPublicDomains: false } },
    };
    const b: EnvironmentSnapshot = {
      ...a,
      IpRestriction: { "10.0.0.0/8": { ip: "10.0.0.0/8", strategy: "BLOCK", description: "office", isActive: true } },
      IpRestrictionMode: {},
      EmailDomainRestrictionMode: { "": { listType: "BLOCK", active: true, blockPublicDomains: true } },
    };
    expect(diffEnvironments(a, b)).toEqual([
      { kind: "IpRestriction", key: "10.0.0.0/8", change: "changed", field: "strategy", from: "ALLOW", to: "BLOCK" },
      { kind: "IpRestriction", key: "acme/2001:db8::/32", change: "only-in-from" },
      { kind: "IpRestrictionMode", key: "acme", change: "only-in-from" },
      { kind: "EmailDomainRestrictionMode", key: "environment", change: "changed", field: "blockPublicDomains", from: false, to: true },
    ]);
    expect(formatDifferences(diffEnvironments(a, b), "A", "B")).toContain("IP restrictions:\n  ~ 10.0.0.0/8: strategy: \"ALLOW\" (A) → \"BLOCK\" (B)");
  });

  it("compares redirect URIs and allowed origins by URL up to a trailing /", () => {
    const a: EnvironmentSnapshot = {
      ...empty,
      RedirectUri: { "https://dev.example.com/cb": { redirectUri: "https://dev.example.com/cb/" } },
      AllowedOrigin: { "https://dev.example.com": { origin: "https://dev.example.com" }, "http://localhost:3000": { origin: "http://localhost:3000" } },
    };
    const b: EnvironmentSnapshot = { ...empty, AllowedOrigin: { "https://dev.example.com": { origin: "https://dev.example.com" } } };
    expect(diffEnvironments(a, b)).toEqual([
      { kind: "RedirectUri", key: "https://dev.example.com/cb", change: "only-in-from" },
      { kind: "AllowedOrigin", key: "http://localhost:3000", change: "only-in-from" },
    ]);
    expect(formatDifferences(diffEnvironments(a, b), "A", "B")).toContain("Allowed origins:\n  - http://localhost:3000: only in A");
  });

  it("compares SSO group mappings by connection and group, their roles by key", () => {
    const connection = "acme/saml/https://idp.acme.example/sso";
    // Entries in input vocabulary: a mapping's connection and roles are natural keys in ssoConfigurationId and roleIds.
    const sso = { tenantId: "acme", type: "saml" as const, enabled: true, ssoEndpoint: "https://idp.acme.example/sso", domains: [], roleIds: [] };
    const mapping = (group: string, roleIds: string[]) => ({ [`${connection}/${group}`]: { tenantId: "acme", ssoConfigurationId: connection, group, roleIds } });
    const left: EnvironmentSnapshot = { ...empty, SsoConfiguration: { [connection]: { ...sso, skipEmailDomainValidation: true } }, SsoGroupMapping: { ...mapping("Eng", ["acme/eng"]), ...mapping("Ops", []) } };
    const right: EnvironmentSnapshot = { ...empty, SsoConfiguration: { [connection]: sso }, SsoGroupMapping: mapping("Eng", ["acme/eng", "viewer"]) };
    const differences = diffEnvironments(left, right);
    expect(differences).toEqual([
      { kind: "SsoConfiguration", key: connection, change: "changed", field: "skipEmailDomainValidation", from: true, to: undefined },
      { kind: "SsoGroupMapping", key: `${connection}/Eng`, change: "changed", field: "roleIds", from: ["acme/eng"], to: ["acme/eng", "viewer"] },
      { kind: "SsoGroupMapping", key: `${connection}/Ops`, change: "only-in-from" },
    ]);
    expect(formatDifferences(differences, "DEV", "PROD")).toContain(`SSO group mappings:\n  ~ ${connection}/Eng: roleIds: ["acme/eng"] (DEV) → ["acme/eng","viewer"] (PROD)\n  - ${connection}/Ops: only in DEV`);
  });
});
