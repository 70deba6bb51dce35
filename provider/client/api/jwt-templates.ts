/**
 * JWT templates (`/identity/resources/jwt-templates/v1`) and the environment's template targeting
 * (`/identity/resources/configurations/v1/jwt-template-targeting`), spec:identity.json and notes-3 §1. Frontegg
 * switches both on per environment on request; on one without them the calls fail (the status is unverified).
 */
import { z } from "zod";
import { FronteggApiError } from "../errors";
import { HttpTransport } from "../http";
import { optionalString, orAbsentWhenNotFound, readAllPages, segment, timestamp } from "./common";

const TEMPLATES = "/identity/resources/jwt-templates/v1";
const TARGETING = "/identity/resources/configurations/v1/jwt-template-targeting";
/** Page size of the template list (the spec allows any `_limit` ≥ 1). */
const PAGE_SIZE = 100;

/** The signing algorithms a template may use (spec). */
export const JWT_TEMPLATE_ALGORITHMS = ["RS256", "HS256"] as const;
/** A template's signing algorithm. */
export type JwtTemplateAlgorithm = (typeof JWT_TEMPLATE_ALGORITHMS)[number];

/**
 * A template as Frontegg returns it (`JwtTemplateResponseDto`). Claim values are JSON: the spec types `claims` as a
 * free object, and a template made in the portal may hold nested values (notes-3 §1a).
 */
export const JwtTemplateSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  description: optionalString,
  expiration: z.number(),
  algorithm: z.string(),
  templateSchema: z.object({ claims: z.record(z.string(), z.unknown()) }),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
});
/** A JWT template. */
export type JwtTemplate = z.output<typeof JwtTemplateSchema>;

/** Body of a template create or update: always the whole template (whether PUT keeps omitted fields is unverified). */
export interface JwtTemplateRequest {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly expiration: number;
  readonly algorithm: JwtTemplateAlgorithm;
  readonly templateSchema: { readonly claims: Readonly<Record<string, unknown>> };
}

/** Template calls (environment-wide: no tenant header, spec). */
export class JwtTemplatesApi {
  constructor(private readonly http: HttpTransport) {}

  /** Every template of the environment, all pages. */
  list(): Promise<JwtTemplate[]> {
    return readAllPages(this.http, { path: TEMPLATES, item: JwtTemplateSchema, pageSize: PAGE_SIZE, keyOf: (template) => template.id });
  }

  /** Creates a template (201). */
  create(template: JwtTemplateRequest): Promise<JwtTemplate> {
    return this.http.send({ method: "POST", path: TEMPLATES, body: template, response: JwtTemplateSchema });
  }

  /** Replaces the template's fields. */
  update(id: string, template: JwtTemplateRequest): Promise<JwtTemplate> {
    return this.http.send({ method: "PUT", path: `${TEMPLATES}/${segment(id)}`, body: template, response: JwtTemplateSchema });
  }

  /** Deletes the template (204); 404 when it is gone already. */
  async delete(id: string): Promise<void> {
    await this.http.send({ method: "DELETE", path: `${TEMPLATES}/${segment(id)}` });
  }
}

/** The attributes a targeting condition may test (`IdentityConditionDto.attribute`, spec). */
export const JWT_TARGETING_ATTRIBUTES = ["userId", "applicationId", "tenantId", "roleIds", "tokenType", "userEmail"] as const;
/** The operations a targeting condition may apply (`IdentityConditionDto.op`, spec). */
export const JWT_TARGETING_OPERATIONS = ["in_list", "contains", "ends_with"] as const;

/** One condition as Frontegg holds it; `value` is an object, `{ list: [...] }` as TF#238 sends it. */
const TargetingConditionSchema = z.object({
  attribute: z.string(),
  op: z.string(),
  value: z.record(z.string(), z.unknown()),
  negate: z.boolean(),
});
/** One rule: its conditions combined with `and`, and the key of the template it applies. */
const TargetingRuleSchema = z.object({
  conditionLogic: z.string(),
  conditions: z.array(TargetingConditionSchema),
  treatment: z.string(),
});
/** A targeting rule as Frontegg holds it. */
export type JwtTargetingRule = z.output<typeof TargetingRuleSchema>;

/**
 * The environment's targeting (`JwtTemplateTargetingResponseDto`): the spec types `targeting` as an object, which
 * holds `rules` (TF:resource_frontegg_jwt_template_targeting.go).
 */
export const JwtTemplateTargetingSchema = z.object({
  id: z.string(),
  targeting: z
    .object({ rules: z.array(TargetingRuleSchema).nullish().transform((rules) => rules ?? []) })
    .nullish()
    .transform((targeting) => targeting ?? { rules: [] }),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
});
/** The environment's JWT template targeting. */
export type JwtTemplateTargeting = z.output<typeof JwtTemplateTargetingSchema>;

/** Body of a targeting write: the whole ordered rule list. */
export interface JwtTemplateTargetingRequest {
  readonly rules: readonly JwtTargetingRule[];
}

/** The targeting singleton (environment-wide, no tenant header). */
export class JwtTemplateTargetingApi {
  constructor(private readonly http: HttpTransport) {}

  /**
   * The targeting, or undefined when the environment has none: Frontegg's answer then is unverified (404 or an
   * empty 200, notes-3 §1b), so both read as none, as does an answer without an id (TF's reading).
   */
  async get(): Promise<JwtTemplateTargeting | undefined> {
    const answer = await orAbsentWhenNotFound(() =>
      this.http.send({ method: "GET", path: TARGETING, response: JwtTemplateTargetingSchema.partial({ id: true }), emptyBodyAllowed: true }),
    );
    return answer?.id ? (answer as JwtTemplateTargeting) : undefined;
  }

  /**
   * Creates the targeting with the whole rule list (201 with the object). Where one exists already Frontegg answers
   * 409 (TF relies on it), and the list is written through {@link replace} instead; so resending is harmless too.
   */
  async create(targeting: JwtTemplateTargetingRequest): Promise<JwtTemplateTargeting> {
    try {
      return await this.http.send({ method: "POST", path: TARGETING, body: targeting, response: JwtTemplateTargetingSchema, idempotent: true });
    } catch (error) {
      if (error instanceof FronteggApiError && error.isConflict) return this.replace(targeting);
      throw error;
    }
  }

  /** Replaces the whole rule list. PUT upserts and answers no body (TF#238), so the targeting is read back. */
  async replace(targeting: JwtTemplateTargetingRequest): Promise<JwtTemplateTargeting> {
    await this.http.send({ method: "PUT", path: TARGETING, body: targeting });
    const saved = await this.get();
    if (saved === undefined) throw new Error("Frontegg accepted the JWT template targeting but does not return it");
    return saved;
  }

  /** Deletes the targeting (200); 404 when it is gone already. */
  async delete(id: string): Promise<void> {
    await this.http.send({ method: "DELETE", path: `${TARGETING}/${segment(id)}` });
  }
}
