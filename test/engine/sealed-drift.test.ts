/**
 * Sealed properties under the real engine, for the dynamic classes and the native provider: each one changed in
 * the portal is reported by `refresh --preview-only`, by a preview with refresh, and by every `refresh` (the first
 * after an `up`, the first after a refresh that found nothing, and each later one), until `up` repairs it. One
 * stack per provider declares every sealed property of every kind (test/support/sealed-properties.ts, checked
 * against the definitions), so a new kind with a secret is covered by construction. Between the steps, what the
 * state holds (`pulumi stack export --show-secrets`) is compared with the README's table of it.
 */
import { rmSync } from "node:fs";
import * as pulumi from "@pulumi/pulumi";
import { EngineEvent } from "@pulumi/pulumi/automation";
import * as dynamic from "pulumi-frontegg";
import { nativeResourceClass } from "../../sdk/native/resources";
import { TestEmulator, useEmulator } from "../support/emulator";
import { pluginOnPath } from "../support/plugin";
import { changeInPortal, portalSecret, SEALED_TENANT, sealedRows } from "../support/sealed-properties";
import { changesOf, engineStack, EngineStack } from "./harness";
import { expectSecretsHidden } from "./lifecycle";
import { documentedStateTable, stateContents } from "../support/state-contents";

/** One description of a place that must hold the same before and after a refresh. */
const same = (before: string, after: string) => (before === after ? before : `${before} (after up), ${after} (after refresh)`);

jest.setTimeout(600_000);

type Props = Record<string, unknown>;
type Constructor = new (name: string, args: Props) => pulumi.CustomResource;

const rows = sealedRows();
const SECRETS = rows.map((row) => String(row.inputs[row.property]));

const FLAVOURS = {
  dynamic: (kind: string) => (dynamic as unknown as Record<string, Constructor>)[kind]!,
  native: (kind: string) => nativeResourceClass(kind) as unknown as Constructor,
} as const;

describe.each(Object.keys(FLAVOURS) as Array<keyof typeof FLAVOURS>)("%s", (flavour) => {
  let emulator: TestEmulator;
  let engine: EngineStack;
  let bin: string | undefined;
  /** Names of the resources whose step was not "same" in the last operation, with the step. */
  let steps: string[] = [];
  /** The engine's summary of the last operation (a preview-only refresh records no update to read it from). */
  let summary: Record<string, number> = {};
  const onEvent = (event: EngineEvent) => {
    const metadata = event.resourcePreEvent?.metadata;
    // Refresh steps carry no diff in their events: what a refresh reports is in the summary. Each resource of the
    // stack holds one sealed property, so "update: <rows>" names every one of them.
    if (metadata && metadata.op !== "same" && metadata.op !== "refresh" && !metadata.type.startsWith("pulumi:")) steps.push(`${metadata.urn.split("::").pop()} ${metadata.op}`);
    if (event.summaryEvent) summary = event.summaryEvent.resourceChanges as Record<string, number>;
  };
  const run = async <T>(operation: () => Promise<T>): Promise<{ result: T; steps: string[]; changes: Record<string, number> }> => {
    steps = [];
    summary = {};
    const result = await operation();
    return { result, steps: [...steps].sort(), changes: changesOf(summary) };
  };
  const everyRow = (op: string) => rows.map((row) => `${row.name} ${op}`).sort();

  beforeAll(async () => {
    emulator = await useEmulator();
    await emulator.client().tenants.create({ tenantId: SEALED_TENANT, name: "ACME" });
    if (flavour === "native") bin = pluginOnPath();
    const program = async () => {
      for (const row of rows) {
        const Class = FLAVOURS[flavour](row.kind);
        new Class(row.name, { ...row.inputs, [row.property]: pulumi.secret(row.inputs[row.property]) });
      }
    };
    engine = await engineStack(`sealed-${flavour}`, program, emulator, {}, { pathPrefix: bin ? [bin] : [] });
  });
  afterAll(async () => {
    await engine?.dispose();
    await emulator?.stop();
    if (bin) rmSync(bin, { recursive: true, force: true });
  });

  it("creates a resource per sealed property; a refresh finds nothing; the state holds what the README says", async () => {
    const up = await run(() => engine.stack.up({ onEvent }));
    expect(up.steps).toEqual(everyRow("create"));
    const afterUp = await stateContents(engine, rows);
    const refresh = await run(() => engine.stack.refresh({ onEvent }));
    expect(changesOf(refresh.result.summary.resourceChanges)).toEqual({});
    const afterRefresh = await stateContents(engine, rows);
    const documented = documentedStateTable()[flavour];
    const observed: Record<string, string> = {
      "A sealed property, after `up`": afterUp.sealedInput!,
      "A sealed property, after a `refresh`": afterRefresh.sealedInput!,
      "A sealed property": same(afterUp.sealedOutput!, afterRefresh.sealedOutput!),
      "`__applied`: the fingerprints of the sealed values last applied": same(afterUp.applied!, afterRefresh.applied!),
      "`__provider`": same(afterUp.providerModule!, afterRefresh.providerModule!),
      "The API key": same(afterUp.apiKey!, afterRefresh.apiKey!),
      "The client id": same(afterUp.clientId!, afterRefresh.clientId!),
    };
    expect(observed).toEqual(documented);
    await expectSecretsHidden(engine, SECRETS);
  });

  it("reports each secret changed in the portal at refresh --preview-only, preview --refresh and every refresh, until up repairs it", async () => {
    for (const row of rows) await changeInPortal(emulator.client(), row);

    const previewOnly = await run(() => engine.stack.refresh({ previewOnly: true, onEvent }));
    expect(previewOnly.changes).toEqual({ update: rows.length });
    const preview = await run(() => engine.stack.preview({ refresh: true, onEvent }));
    expect(changesOf(preview.result.changeSummary)).toEqual({ update: rows.length });

    for (const refresh of [1, 2, 3]) {
      const result = await run(() => engine.stack.refresh({ onEvent }));
      expect({ refresh, changes: changesOf(result.result.summary.resourceChanges) }).toEqual({ refresh, changes: { update: rows.length } });
    }
    expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ update: rows.length });

    const up = await run(() => engine.stack.up({ onEvent }));
    expect(up.steps).toEqual(everyRow("update"));
    for (const row of rows) expect({ row: row.name, secret: await portalSecret(emulator.client(), row) }).toEqual({ row: row.name, secret: row.inputs[row.property] });
    expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({});
    expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({});
    await expectSecretsHidden(engine, SECRETS);
  });

  it("reports a secret changed right after an up, then repairs it", async () => {
    expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({});
    for (const row of rows) await changeInPortal(emulator.client(), row);
    expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({ update: rows.length });
    expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: rows.length });
    expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({});
  });

  it("destroys", async () => {
    expect(changesOf((await engine.stack.destroy()).summary.resourceChanges)).toMatchObject({ delete: expect.any(Number) });
  });
});
