/** Editing the pending creates of an exported checkpoint: pure functions over the JSON `pulumi stack export` prints. */
import { ExportedStack, parseExportedStack, pendingCreates, providerUrn, referencedUrns, resolvePendingCreates } from "../../cli/checkpoint";

const urn = (name: string) => `urn:pulumi:dev::p::pulumi-nodejs:dynamic/frontegg:Role::${name}`;
const STACK = "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev";
const PROVIDER = "urn:pulumi:dev::p::pulumi:providers:pulumi-nodejs::default";

function checkpoint(): ExportedStack {
  return {
    version: 3,
    deployment: {
      manifest: { time: "t" },
      secrets_providers: { type: "passphrase" },
      resources: [
        { urn: STACK, type: "pulumi:pulumi:Stack" },
        { urn: PROVIDER, type: "pulumi:providers:pulumi-nodejs", id: "prov", parent: STACK },
      ],
      pending_operations: [
        // The dependent comes first: the resolved resources must still be written after what they refer to.
        { type: "creating", resource: { urn: urn("child"), type: "t", parent: STACK, provider: `${PROVIDER}::prov`, dependencies: [urn("parent")] } },
        { type: "creating", resource: { urn: urn("parent"), type: "t", parent: STACK, provider: `${PROVIDER}::prov` } },
        { type: "creating", resource: { urn: urn("never"), type: "t", parent: STACK } },
        { type: "updating", resource: { urn: urn("other"), type: "t" } },
      ],
    },
  };
}

it("lists only pending creates", () => {
  expect(pendingCreates(checkpoint()).map((op) => op.resource.urn)).toEqual([urn("child"), urn("parent"), urn("never")]);
});

it("records imports after everything they refer to, drops cleared creates, keeps the rest and every other field", () => {
  const resolved = resolvePendingCreates(
    checkpoint(),
    new Map([
      [urn("child"), { action: "import", id: "c1", outputs: { key: "child" } }],
      [urn("parent"), { action: "import", id: "p1", outputs: { key: "parent" } }],
      [urn("never"), { action: "clear" }],
    ] as const),
  );
  expect(resolved.deployment.resources!.map((r) => r.urn)).toEqual([STACK, PROVIDER, urn("parent"), urn("child")]);
  expect(resolved.deployment.resources![3]).toMatchObject({ id: "c1", outputs: { key: "child" }, dependencies: [urn("parent")] });
  expect(resolved.deployment.pending_operations!.map((op) => op.resource.urn)).toEqual([urn("other")]);
  expect(resolved.deployment.secrets_providers).toEqual({ type: "passphrase" });
});

it("names what a resource refers to, provider references without their id", () => {
  expect(providerUrn(`${PROVIDER}::prov`)).toBe(PROVIDER);
  expect(referencedUrns({ urn: "x", type: "t", parent: STACK, provider: `${PROVIDER}::prov`, dependencies: ["a"], propertyDependencies: { k: ["a", "b"] } }).sort()).toEqual(
    ["a", "b", PROVIDER, STACK].sort(),
  );
});

it("reads only version 3 deployments", () => {
  expect(() => parseExportedStack(JSON.stringify({ version: 2, deployment: {} }))).toThrow(/version 2/);
  expect(() => parseExportedStack(JSON.stringify({ version: 3 }))).toThrow(/no deployment/);
  expect(parseExportedStack(JSON.stringify(checkpoint())).deployment.resources).toHaveLength(2);
});
