import { diffEnvironments, formatDifferences } from "../../provider/environment/diff";
import { emptySnapshot, EnvironmentSnapshot } from "../../provider/environment/snapshot";

const empty: EnvironmentSnapshot = emptySnapshot();

describe("diffEnvironments", () => {
  const dev: EnvironmentSnapshot = {
    ...empty,
    permissions: { "a.read": { key: "a.read", name: "Read A", description: "" }, "b.read": { key: "b.read", name: "Read B", description: "" } },
    mfaPolicies: { "": { enforceMFAType: "DontForce", allowRememberMyDevice: true, mfaDeviceExpiration: 60 } },
  };
  const prod: EnvironmentSnapshot = {
    ...empty,
    permissions: { "a.read": { key: "a.read", name: "Read everything in A", description: "" }, "c.read": { key: "c.read", name: "C", description: "" } },
    mfaPolicies: { "": { enforceMFAType: "Force", allowRememberMyDevice: true, mfaDeviceExpiration: 60 } },
  };

  it("finds nothing between equal snapshots", () => {
    expect(diffEnvironments(dev, structuredClone(dev))).toEqual([]);
    expect(formatDifferences([], "DEV", "PROD")).toBe("DEV and PROD are the same.\n");
  });

  it("reports objects on one side only and each changed field, matched by natural key", () => {
    expect(diffEnvironments(dev, prod)).toEqual([
      { kind: "permissions", key: "a.read", change: "changed", field: "name", from: "Read A", to: "Read everything in A" },
      { kind: "permissions", key: "b.read", change: "only-in-from" },
      { kind: "permissions", key: "c.read", change: "only-in-to" },
      { kind: "mfaPolicies", key: "environment", change: "changed", field: "enforceMFAType", from: "DontForce", to: "Force" },
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
});
