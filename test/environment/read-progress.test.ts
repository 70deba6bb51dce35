/** `readEnvironment`'s progress callback: running counts per kind, and the same snapshot with it or without. */
import { READ_KINDS } from "../../provider/environment/kind-order";
import { readEnvironment, ReadProgress } from "../../provider/environment/snapshot";
import { TestEmulator, useEmulator } from "../support/emulator";
import { seedConfiguration } from "../support/seed";

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await useEmulator();
  await seedConfiguration(emulator.client());
});
afterAll(() => emulator.stop());

it("reports running counts per kind up to every scope, and reads the same snapshot as without a callback", async () => {
  const reports: ReadProgress[] = [];
  const withProgress = await readEnvironment(emulator.client(), { onProgress: (progress) => reports.push(progress) });
  expect(withProgress).toEqual(await readEnvironment(emulator.client()));

  const last = reports.at(-1)!;
  // The environment and its two tenants.
  expect(last).toMatchObject({ scopesRead: 3, scopes: 3 });
  expect(last.counts).toMatchObject({ tenants: 2, "SSO connections": 2, "SSO group mappings": 2, "email templates": 2 });
  // Frontegg's lists, built-ins included: at least what the snapshot keeps.
  expect(last.counts.permissions).toBeGreaterThanOrEqual(Object.keys(withProgress.Permission).length);
  expect(last.counts.roles).toBeGreaterThanOrEqual(Object.keys(withProgress.Role).length);
  // Counts only grow, and each report is a copy the reader may keep.
  for (const [i, report] of reports.entries()) {
    if (i === 0) continue;
    for (const [kind, count] of Object.entries(reports[i - 1]!.counts)) expect(report.counts[kind as keyof ReadProgress["counts"]]).toBeGreaterThanOrEqual(count);
    expect(report.scopesRead).toBeGreaterThanOrEqual(reports[i - 1]!.scopesRead);
  }
  expect(reports[0]!.counts).not.toBe(last.counts);
});

it("counts only under names the progress line shows", async () => {
  const reports: ReadProgress[] = [];
  await readEnvironment(emulator.client(), { onProgress: (progress) => reports.push(progress) });
  // A count the line does not list would be read and never shown (cli/progress.ts prints READ_KINDS' counts).
  expect(Object.keys(reports.at(-1)!.counts).filter((kind) => !READ_KINDS.includes(kind))).toEqual([]);
});
