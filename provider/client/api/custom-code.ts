/**
 * Prehooks (`/prehooks`) and the custom-code service they run on (`/custom-code`: the code of a custom-code
 * prehook, and the secrets such code reads). None of it is in Frontegg's published spec: paths, bodies and
 * answers follow notes-3 §2 (TF:resource_frontegg_prehook.go, TF:resource_frontegg_secret.go, TF#255).
 */
import { z } from "zod";
import { HttpTransport } from "../http";
import { optionalString, segment } from "./common";

const PREHOOKS = "/prehooks/resources/configurations/v1";
const CUSTOM_CODE_PREHOOKS = `${PREHOOKS}/custom-code`;
const CODES = "/custom-code/resources/codes/v1";
const SECRETS = "/custom-code/resources/secrets/v1";

/** A custom-code secret as listed: Frontegg never returns its `value` (TF:resource_frontegg_secret.go). */
export const CustomCodeSecretSchema = z.object({ id: z.string(), key: z.string() });
/** A custom-code secret as Frontegg lists it (no value). */
export type CustomCodeSecret = z.output<typeof CustomCodeSecretSchema>;

const SecretListSchema = z.object({ items: z.array(CustomCodeSecretSchema).nullish().transform((items) => items ?? []) });

/** The two kinds of prehook (notes-3 §2a). */
export const PREHOOK_TYPES = ["API", "CUSTOM_CODE"] as const;
/** A prehook's kind: a call to an HTTPS endpoint, or code Frontegg runs. */
export type PrehookType = (typeof PREHOOK_TYPES)[number];

/** What Frontegg does when the hook fails or times out: let the event through (`OPEN`) or block it (`CLOSE`). */
export const PREHOOK_FAIL_METHODS = ["OPEN", "CLOSE"] as const;
/** A prehook's fail method. */
export type PrehookFailMethod = (typeof PREHOOK_FAIL_METHODS)[number];

/**
 * A prehook as the list returns it (TF's struct, notes-3 §2a). `secret` is in plain text when present (that the
 * list returns it is inferred). A custom-code hook carries `executorIdentifier`, not its code.
 */
export const PrehookSchema = z.object({
  id: z.string(),
  type: z.string().nullish().transform((type) => type ?? "API"),
  isActive: z.boolean().nullish().transform((active) => active ?? false),
  displayName: optionalString,
  description: optionalString,
  url: optionalString,
  secret: optionalString,
  eventKeys: z.array(z.string()).nullish().transform((keys) => keys ?? []),
  failMethod: optionalString,
  timeout: z.number().nullish().transform((timeout) => timeout ?? undefined),
  runtime: optionalString,
  executorIdentifier: optionalString,
});
/** A prehook as Frontegg lists it. */
export type Prehook = z.output<typeof PrehookSchema>;

/** The code behind a custom-code prehook's executor. */
export const CustomCodeSchema = z.object({ id: optionalString, content: optionalString, runtime: optionalString });
/** The code of a custom-code prehook. */
export type CustomCode = z.output<typeof CustomCodeSchema>;

/** Body of a prehook create or update. PATCH takes the whole object (notes-3 §2a: treat it as replace). */
export type PrehookRequest =
  | {
      readonly type: "API";
      readonly isActive: boolean;
      readonly displayName: string;
      readonly description: string;
      readonly eventKeys: readonly string[];
      readonly failMethod: PrehookFailMethod;
      readonly url: string;
      readonly secret: string;
    }
  | {
      readonly type: "CUSTOM_CODE";
      readonly isActive: boolean;
      readonly displayName: string;
      readonly description: string;
      readonly eventKeys: readonly string[];
      readonly failMethod: PrehookFailMethod;
      readonly code: string;
      readonly runtime: string;
      readonly timeout: number;
    };

/** Prehook calls (environment-wide: no tenant header, notes-3 §2a). */
export class PrehooksApi {
  constructor(private readonly http: HttpTransport) {}

  /** Every prehook of the environment: one unpaged list, there is no get-one route. */
  list(): Promise<Prehook[]> {
    return this.http.send({ method: "GET", path: PREHOOKS, response: z.array(PrehookSchema) });
  }

  /**
   * Creates a prehook. A custom-code one goes to its own route, with the first event also as `eventKey` and the
   * literal id `create` (what TF#255's wire tests show Frontegg's portal sending).
   */
  create(prehook: PrehookRequest): Promise<Prehook> {
    if (prehook.type === "API") return this.http.send({ method: "POST", path: PREHOOKS, body: prehook, response: PrehookSchema });
    const body = { id: "create", ...prehook, eventKey: prehook.eventKeys[0] };
    return this.http.send({ method: "POST", path: CUSTOM_CODE_PREHOOKS, body, response: PrehookSchema });
  }

  /** Replaces the prehook's settings (its type cannot change: there is no route for it). */
  update(id: string, prehook: PrehookRequest): Promise<Prehook | undefined> {
    const path = prehook.type === "API" ? `${PREHOOKS}/${segment(id)}` : `${CUSTOM_CODE_PREHOOKS}/${segment(id)}`;
    const body = prehook.type === "API" ? prehook : { ...prehook, eventKey: prehook.eventKeys[0] };
    return this.http.send({ method: "PATCH", path, body, response: PrehookSchema, emptyBodyAllowed: true });
  }

  /** Deletes the prehook, whatever its type; 404 when it is gone already. */
  async delete(id: string): Promise<void> {
    await this.http.send({ method: "DELETE", path: `${PREHOOKS}/${segment(id)}` });
  }

  /** The code and runtime behind a custom-code prehook's executor. */
  code(executorIdentifier: string): Promise<CustomCode> {
    return this.http.send({ method: "GET", path: `${CODES}/${segment(executorIdentifier)}`, response: CustomCodeSchema });
  }
}

/** Custom-code secret calls (environment-wide: no tenant header, notes-3 §2b). */
export class CustomCodeSecretsApi {
  constructor(private readonly http: HttpTransport) {}

  /**
   * Every secret, without values. The answer is wrapped in `items` like a page, but no source shows paging
   * parameters or metadata for it (notes-3 §2b): the one answer is taken as the whole list, as TF does.
   */
  async list(): Promise<CustomCodeSecret[]> {
    return (await this.http.send({ method: "GET", path: SECRETS, response: SecretListSchema })).items;
  }

  /** Creates a secret. */
  create(key: string, value: string): Promise<CustomCodeSecret> {
    return this.http.send({ method: "POST", path: SECRETS, body: { key, value }, response: CustomCodeSecretSchema });
  }

  /** Sets the secret's value; the key cannot change (PATCH carries only `value`). Frontegg's answer is ignored, as TF does. */
  async setValue(id: string, value: string): Promise<void> {
    await this.http.send({ method: "PATCH", path: `${SECRETS}/${segment(id)}`, body: { value } });
  }

  /** Deletes the secret; 404 when it is gone already. */
  async delete(id: string): Promise<void> {
    await this.http.send({ method: "DELETE", path: `${SECRETS}/${segment(id)}` });
  }
}
