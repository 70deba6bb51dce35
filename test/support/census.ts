/**
 * Counts what an apply left in the emulator: objects sharing a natural key (duplicates) and objects a brand-new
 * environment does not hold (after a destroy: orphans). Read from `/_emulator/state`, the emulator's own truth.
 */
import type { EmulatorState } from "../../emulator/state";
import type { TestEmulator } from "./emulator";

/** The emulator's whole state. */
export function emulatorState(emulator: TestEmulator): Promise<EmulatorState> {
  return emulator.control<EmulatorState>("GET", "/state");
}

/** Every object of a non-singleton kind, by kind and natural key (the key the provider finds it by). */
function keyedObjects(state: EmulatorState): Array<{ id: string; key: string }> {
  return [
    ...state.roles.map((r) => ({ id: r.id, key: `role ${r.tenantId ?? ""}/${r.key}` })),
    ...state.permissions.map((p) => ({ id: p.id, key: `permission ${p.key}` })),
    ...state.categories.map((c) => ({ id: c.id, key: `category ${c.name}` })),
    ...state.ssoConfigurations.map((s) => ({ id: s.id, key: `sso ${s.tenantId}/${s.type}/${s.type === "oidc" ? s.oidcClientId : s.ssoEndpoint}` })),
    ...state.emailTemplates.map((t) => ({ id: t.id, key: `email template ${t.type}` })),
  ];
}

/** Natural keys held by more than one object, e.g. `permission billing.read ×2`. */
export function duplicates(state: EmulatorState): string[] {
  const counts = new Map<string, number>();
  for (const { key } of keyedObjects(state)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([key, n]) => `${key} ×${n}`);
}

/** Objects of `state` that `baseline` (a brand-new environment: Frontegg's built-ins) does not hold. */
export function beyond(baseline: EmulatorState, state: EmulatorState): string[] {
  const known = new Set(keyedObjects(baseline).map((o) => o.id));
  return keyedObjects(state)
    .filter((o) => !known.has(o.id) && !o.key.startsWith("email template "))
    .map((o) => o.key);
}
