/**
 * A stack of a chosen shape for scale measurements, and the phases it goes through: categories, permissions
 * spread across them, roles granting a fixed number of those permissions each, the security policies and some
 * email templates. Shared by the engine benchmark (bench/engine.ts) and the call-count test
 * (test/engine/call-counts.test.ts), which differ only in size.
 *
 * The program reads one config key, `renamed`: when true, the first tenth (rounded up) of the permissions and of
 * the roles get a new name, the "10% edit" an `up` then applies in place.
 */
import * as pulumi from "@pulumi/pulumi";
import type { PulumiFn } from "@pulumi/pulumi/automation";
import * as dynamicClasses from "pulumi-frontegg";
import * as nativeClasses from "../../sdk/native";
import { changesOf, EngineStack, PROJECT } from "../engine/harness";

/** The phases a scale stack goes through, in order. */
export const PHASES = ["up", "preview", "refresh", "edit", "destroy"] as const;
export type Phase = (typeof PHASES)[number];

/** Template types the stack may declare, in order; each needs a redirect URL. */
const TEMPLATE_TYPES = ["ActivateUser", "InviteToTenant", "MagicLink"] as const;

/** How many of each kind a scale stack declares. */
export interface StackShape {
  readonly categories: number;
  /** Spread round-robin across the categories. */
  readonly permissions: number;
  readonly roles: number;
  /** Permissions each role grants (consecutive ones, wrapping around), at most `permissions`. */
  readonly permissionsPerRole: number;
  readonly mfaPolicy: boolean;
  readonly lockoutPolicy: boolean;
  /** At most 3. */
  readonly emailTemplates: number;
}

/**
 * The benchmark's stack of `n` resources: 10 categories, n/10 roles of 20 permissions each, both policies,
 * 3 email templates, and permissions for the rest.
 */
export function benchShape(n: number): StackShape {
  const categories = 10;
  const roles = Math.floor(n / 10);
  const emailTemplates = 3;
  const permissions = n - categories - roles - 2 - emailTemplates;
  if (permissions < 20) throw new Error(`a benchmark stack needs at least 20 permissions; N=${n} is too small (use N ≥ 45)`);
  return { categories, permissions, roles, permissionsPerRole: 20, mfaPolicy: true, lockoutPolicy: true, emailTemplates };
}

/** Resources the shape declares (the stack itself not counted). */
export function resourceCount(shape: StackShape): number {
  return shape.categories + shape.permissions + shape.roles + Number(shape.mfaPolicy) + Number(shape.lockoutPolicy) + shape.emailTemplates;
}

/** How many permissions and roles the 10% edit renames. */
export function renamedCounts(shape: StackShape): { readonly permissions: number; readonly roles: number } {
  return { permissions: Math.ceil(shape.permissions / 10), roles: Math.ceil(shape.roles / 10) };
}

/** Indices of the permissions role `role` grants. */
export function grantsOf(shape: StackShape, role: number): number[] {
  return Array.from({ length: shape.permissionsPerRole }, (_, j) => (role * shape.permissionsPerRole + j) % shape.permissions);
}

/** A resource class as a scale program uses it: the dynamic SDK's and the native provider's both fit. */
type ResourceClass<Args> = new (name: string, args: Args) => { readonly id: pulumi.Output<string> };

/** The classes a scale program declares its resources with. */
interface ScaleClasses {
  readonly PermissionCategory: ResourceClass<dynamicClasses.PermissionCategoryArgs>;
  readonly Permission: ResourceClass<dynamicClasses.PermissionArgs>;
  readonly Role: ResourceClass<dynamicClasses.RoleArgs>;
  readonly MfaPolicy: ResourceClass<dynamicClasses.MfaPolicyArgs>;
  readonly LockoutPolicy: ResourceClass<dynamicClasses.LockoutPolicyArgs>;
  readonly EmailTemplate: ResourceClass<dynamicClasses.EmailTemplateArgs>;
}

/**
 * Which classes declare the stack: `dynamic`, the `pulumi-frontegg` classes (dynamic resources), or `native`,
 * `pulumi-frontegg/native` (the native provider plugin, which must then be on the engine's PATH).
 */
export type ScaleSdk = "dynamic" | "native";
const CLASSES: Record<ScaleSdk, ScaleClasses> = { dynamic: dynamicClasses, native: nativeClasses };

/** The inline program declaring `shape`. */
export function scaleProgram(shape: StackShape, sdk: ScaleSdk = "dynamic"): PulumiFn {
  const frontegg = CLASSES[sdk];
  if (shape.emailTemplates > TEMPLATE_TYPES.length) throw new Error(`a scale stack declares at most ${TEMPLATE_TYPES.length} email templates`);
  if (shape.permissionsPerRole > shape.permissions) throw new Error("a role cannot grant more permissions than the stack declares");
  return async () => {
    const renamed = new pulumi.Config().getBoolean("renamed") === true;
    const edits = renamedCounts(shape);
    const suffix = (index: number, limit: number): string => (renamed && index < limit ? " (renamed)" : "");

    const categories = Array.from(
      { length: shape.categories },
      (_, c) => new frontegg.PermissionCategory(`category-${c}`, { name: `Scale category ${c}`, description: `Category ${c} of the scale stack` }),
    );
    const permissions = Array.from(
      { length: shape.permissions },
      (_, p) =>
        new frontegg.Permission(`permission-${p}`, {
          key: `scale.c${p % shape.categories}.p${p}`,
          name: `Scale permission ${p}${suffix(p, edits.permissions)}`,
          categoryId: categories[p % shape.categories]!.id,
        }),
    );
    for (let r = 0; r < shape.roles; r += 1) {
      new frontegg.Role(`role-${r}`, {
        key: `scale-role-${r}`,
        name: `Scale role ${r}${suffix(r, edits.roles)}`,
        level: r + 1,
        permissionIds: grantsOf(shape, r).map((p) => permissions[p]!.id),
      });
    }
    if (shape.mfaPolicy) new frontegg.MfaPolicy("mfa", { enforceMFAType: "ForceExceptSAML", allowRememberMyDevice: true, mfaDeviceExpiration: 7 * 24 * 3600 });
    if (shape.lockoutPolicy) new frontegg.LockoutPolicy("lockout", { enabled: true, maxAttempts: 6 });
    for (const type of TEMPLATE_TYPES.slice(0, shape.emailTemplates)) {
      new frontegg.EmailTemplate(`template-${type}`, {
        type,
        subject: `Scale ${type}`,
        redirectURL: `{{APP_URL}}/scale/${type.toLowerCase()}`,
        senderEmail: "accounts@example.com",
        fromName: "Scale",
      });
    }
  };
}

/** What each phase runs, and the change summary the engine must report for it. */
const PHASE_STEPS: Record<Phase, (engine: EngineStack, options: PhaseOptions) => Promise<Record<string, number> | undefined>> = {
  up: async (e, o) => (await e.stack.up(o)).summary.resourceChanges,
  preview: async (e, o) => (await e.stack.preview(o)).changeSummary,
  refresh: async (e, o) => (await e.stack.refresh(o)).summary.resourceChanges,
  edit: async (e, o) => {
    await e.stack.setConfig(`${PROJECT}:renamed`, { value: "true" });
    return (await e.stack.up(o)).summary.resourceChanges;
  },
  destroy: async (e, o) => (await e.stack.destroy(o)).summary.resourceChanges,
};

/** How the engine runs a phase. */
export interface PhaseOptions {
  /** The engine's `--parallel`: how many resource operations run at once; the CLI's default when absent. */
  readonly parallel?: number;
}

function expectedChanges(shape: StackShape, phase: Phase): Record<string, number> {
  const all = resourceCount(shape) + 1; // the stack resource too
  const renamed = renamedCounts(shape);
  return { up: { create: all }, preview: {}, refresh: {}, edit: { update: renamed.permissions + renamed.roles }, destroy: { delete: all } }[phase];
}

/**
 * Runs `phase` on the stack of `shape` (the phases in {@link PHASES} order) and fails unless the engine reports
 * exactly the expected changes, so a broken run never yields figures.
 */
export async function runPhase(engine: EngineStack, shape: StackShape, phase: Phase, options: PhaseOptions = {}): Promise<void> {
  const actual = changesOf(await PHASE_STEPS[phase](engine, options));
  const expected = expectedChanges(shape, phase);
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`scale stack of ${resourceCount(shape)} resources, ${phase}: the engine reported ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
}
