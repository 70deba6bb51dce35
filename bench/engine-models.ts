/**
 * Call counts computed from a stack's shape, to stand beside the measured ones: the least any provider needs on
 * Frontegg's API, and what Frontegg's Terraform provider makes for the same stack. Each is a breakdown whose
 * values add up to the total.
 */
import { Phase, renamedCounts, StackShape } from "../test/support/scale-stack";

/** What each phase does, for the report. */
export const PHASE_TITLES: Readonly<Record<Phase, string>> = {
  up: "up from empty",
  preview: "no-change preview",
  refresh: "refresh, no change",
  edit: "10% edit (rename), up",
  destroy: "destroy",
};

/** A call count and what it is made of. */
export interface CallModel {
  readonly total: number;
  readonly breakdown: Readonly<Record<string, number>>;
}

function model(breakdown: Record<string, number>): CallModel {
  const kept = Object.fromEntries(Object.entries(breakdown).filter(([, count]) => count > 0));
  return { total: Object.values(kept).reduce((a, b) => a + b, 0), breakdown: kept };
}

const policies = (shape: StackShape): number => Number(shape.mfaPolicy) + Number(shape.lockoutPolicy);
/** Kinds read through a collection list (categories, permissions, roles, templates) that the stack declares. */
const listedKinds = (shape: StackShape): number =>
  [shape.categories, shape.permissions, shape.roles, shape.emailTemplates].filter((count) => count > 0).length;

/**
 * The least a provider needs, every object being environment-wide (one tenant scope):
 * - up: one token; one list per kind to refuse keys that already exist (templates are singletons: taken over,
 *   not refused); categories one POST each (their route takes one object); permissions and roles one array POST
 *   per kind (`POST /identity/resources/{permissions,roles}/v1` take arrays); one PUT per role for its
 *   permissions; one write per policy; one upsert per template, then one template list for their ids (the
 *   upsert answers with no body);
 * - preview: nothing (the credential check, if any, is one token request);
 * - refresh: one token, one list per listed kind, one GET per policy;
 * - edit: one token and one PATCH per renamed permission or role (Frontegg has no bulk update);
 * - destroy: one token, one DELETE per category, permission, role and template (ids are in the state; there is
 *   no bulk delete), one write per policy restoring Frontegg's default.
 */
export function minimalCalls(shape: StackShape, phase: Phase): CallModel {
  const renamed = renamedCounts(shape);
  switch (phase) {
    case "up":
      return model({
        auth: 1,
        "lists for existing keys": [shape.categories, shape.permissions, shape.roles].filter((count) => count > 0).length,
        "category POSTs": shape.categories,
        "permission array POST": Math.min(1, shape.permissions),
        "role array POST": Math.min(1, shape.roles),
        "role permission PUTs": shape.roles,
        "policy writes": policies(shape),
        "template upserts": shape.emailTemplates,
        "template list after upserts": Math.min(1, shape.emailTemplates),
      });
    case "preview":
      return model({});
    case "refresh":
      return model({ auth: 1, "lists (one per kind)": listedKinds(shape), "policy GETs": policies(shape) });
    case "edit":
      return model({ auth: 1, "permission PATCHes": renamed.permissions, "role PATCHes": renamed.roles });
    case "destroy":
      return model({
        auth: 1,
        "category DELETEs": shape.categories,
        "permission DELETEs": shape.permissions,
        "role DELETEs": shape.roles,
        "policy writes (defaults)": policies(shape),
        "template DELETEs": shape.emailTemplates,
      });
  }
}

/**
 * Frontegg's Terraform provider on the same stack, read from frontegg/terraform-provider-frontegg at 44a61c3
 * (2026-08-19):
 * - provider/provider.go: ConfigureContextFunc posts `/auth/vendor` once per provider instance; Terraform
 *   configures a fresh instance for each graph walk, so a plan or refresh costs one token and an apply or
 *   destroy two (its plan walk, then its apply walk).
 * - resource_frontegg_permission.go, resource_frontegg_permission_category.go, resource_frontegg_role.go: Read
 *   GETs the whole collection (`/identity/resources/permissions/v1`, `.../categories`, `/identity/resources/roles/v1`)
 *   and scans it for its id; Create is one POST (a one-element array for permissions and roles) and, for a role,
 *   a PUT of `/{id}/permissions`, with no read after it; Update is a PATCH followed by Read (a list) for
 *   permissions and categories, a PATCH and the permissions PUT for roles; Delete is one DELETE.
 * - resource_frontegg_email_template.go: Read GETs every template; Create is Update: a POST then Read (a GET);
 *   Delete makes no call (the template is only forgotten).
 * - The environment's MFA and lockout policies are part of `frontegg_workspace`, whose Read GETs about ten
 *   settings routes and whose Delete makes no call. Counted here, in Terraform's favour, as one GET per policy
 *   to read and one POST to write.
 * `terraform plan` and `terraform apply` refresh every resource in the state first (one Read each), and so does
 * `terraform destroy`; `terraform apply` on an empty state reads nothing.
 */
export function terraformCalls(shape: StackShape, phase: Phase): CallModel {
  const resources = shape.categories + shape.permissions + shape.roles + policies(shape) + shape.emailTemplates;
  const renamed = renamedCounts(shape);
  switch (phase) {
    case "up":
      return model({
        auth: 2,
        "category POSTs": shape.categories,
        "permission POSTs": shape.permissions,
        "role POSTs": shape.roles,
        "role permission PUTs": shape.roles,
        "policy POSTs": policies(shape),
        "template POSTs": shape.emailTemplates,
        "template GETs after POST": shape.emailTemplates,
      });
    case "preview":
    case "refresh":
      return model({ auth: 1, "reads (a list or GET each)": resources });
    case "edit":
      return model({
        auth: 2,
        "refresh reads": resources,
        "permission PATCHes": renamed.permissions,
        "permission lists after PATCH": renamed.permissions,
        "role PATCHes": renamed.roles,
        "role permission PUTs": renamed.roles,
      });
    case "destroy":
      return model({
        auth: 2,
        "refresh reads": resources,
        "category DELETEs": shape.categories,
        "permission DELETEs": shape.permissions,
        "role DELETEs": shape.roles,
      });
  }
}

/** Terraform's calls over ours, or `null` when ours is 0 (infinitely better). */
export function ratio(terraform: number, ours: number): number | null {
  return ours === 0 ? null : Math.round((terraform / ours) * 10) / 10;
}
