/**
 * The API calls each phase of a small stack makes through the real engine, by route, as the emulator logs them.
 * Without faults they are deterministic, so this holds the provider's call pattern where the benchmark
 * (`npm run bench`, bench/README.md) measures its cost at scale.
 */
import { TestEmulator, useEmulator } from "../support/emulator";
import { Phase, PHASES, runPhase, StackShape, scaleProgram } from "../support/scale-stack";
import { engineStack, EngineStack } from "./harness";

jest.setTimeout(300_000);

/** 2 categories, 6 permissions, 2 roles of 3 permissions each, an MFA policy, 2 email templates: 13 resources. */
const SHAPE: StackShape = { categories: 2, permissions: 6, roles: 2, permissionsPerRole: 3, mfaPolicy: true, lockoutPolicy: false, emailTemplates: 2 };

const AUTH = "POST /auth/vendor";
const PERMISSIONS = "/identity/resources/permissions/v1";
const CATEGORIES = `${PERMISSIONS}/categories`;
const ROLES = "/identity/resources/roles/v1";
const MFA = "/identity/resources/configurations/v1/mfa-policy";
const TEMPLATES = "/identity/resources/mail/v1/configs/templates";

/**
 * Calls per phase and route: one list per kind and scope, shared by every check, create and read of the
 * operation; no list per resource. The "edit" renames 1 permission and 1 role.
 */
const EXPECTED_CALLS: Record<Phase, Record<string, number>> = {
  up: {
    [AUTH]: 1,
    [`GET ${CATEGORIES}`]: 1, // one list, for the key checks of every category
    [`POST ${CATEGORIES}`]: 2, // categories are created one per call: Frontegg's route takes one object
    [`GET ${PERMISSIONS}`]: 1,
    [`POST ${PERMISSIONS}`]: 1, // batched: see BATCHED below
    [`GET ${ROLES}`]: 1,
    [`POST ${ROLES}`]: 1, // batched
    [`PUT ${ROLES}/{roleId}/permissions`]: 2,
    [`GET ${MFA}`]: 1,
    [`PUT ${MFA}`]: 1,
    // No lookup (an upsert takes the type's template over), then one list shared by the upserts' read-backs, for
    // their ids and expanded URLs: Frontegg answers an upsert with an empty body.
    [`GET ${TEMPLATES}`]: 1,
    [`POST ${TEMPLATES}`]: SHAPE.emailTemplates,
  },
  // A no-change preview checks the credentials and nothing else.
  preview: { [AUTH]: 1 },
  refresh: {
    [AUTH]: 1,
    [`GET ${CATEGORIES}`]: 1,
    [`GET ${PERMISSIONS}`]: 1,
    [`GET ${ROLES}`]: 1,
    [`GET ${MFA}`]: 1,
    [`GET ${TEMPLATES}`]: 1, // every template in one answer
  },
  edit: {
    [AUTH]: 1,
    [`PATCH ${PERMISSIONS}/{permissionId}`]: 1,
    [`PATCH ${ROLES}/{roleId}`]: 1,
  },
  destroy: {
    [AUTH]: 1,
    [`DELETE ${CATEGORIES}/{categoryId}`]: 2,
    [`DELETE ${PERMISSIONS}/{permissionId}`]: 6,
    [`DELETE ${ROLES}/{roleId}`]: 2,
    [`GET ${MFA}`]: 1, // the policy is read, then written back to Frontegg's default
    [`PATCH ${MFA}`]: 1,
    // Removed by the id in the state; only an id that is gone (a template replaced in the portal) is looked up.
    [`DELETE ${TEMPLATES}/{templateId}`]: SHAPE.emailTemplates,
  },
};

/**
 * Array POSTs carry the creates that arrive within a few milliseconds of each other, so how many batches the
 * engine's timing makes is not fixed: between 1 and the number of objects, never more.
 */
const BATCHED: Record<string, number> = { [`POST ${PERMISSIONS}`]: SHAPE.permissions, [`POST ${ROLES}`]: SHAPE.roles };

/** Counts with each batched route clamped to its expected 1 when it stays within its bound. */
function normalized(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).map(([route, n]) => [route, route in BATCHED && n >= 1 && n <= BATCHED[route]! ? 1 : n]));
}

describe("API calls per phase of a small stack", () => {
  let emulator: TestEmulator;
  let engine: EngineStack;

  beforeAll(async () => {
    emulator = await useEmulator();
    engine = await engineStack("call-counts", scaleProgram(SHAPE), emulator);
  });
  afterAll(async () => {
    await engine?.dispose();
    await emulator?.stop();
  });

  for (const phase of PHASES) {
    it(`${phase}: makes exactly the expected calls`, async () => {
      await emulator.control("DELETE", "/requests");
      await runPhase(engine, SHAPE, phase);
      expect(normalized(await emulator.requestCounts())).toEqual(EXPECTED_CALLS[phase]);
    });
  }
});
