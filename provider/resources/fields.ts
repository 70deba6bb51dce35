/**
 * Input property schemas shared by several resource kinds. Each carries its documentation (`describe`), which
 * flows into schema.json and the API docs.
 */
import { z } from "zod";

/** Identifiers users choose for roles and permissions: no spaces, at most 100 characters. */
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:\-]*$/;

/** A role or permission key. */
export function keyField(what: string): z.ZodString {
  return z
    .string()
    .min(1, `${what} key must not be empty`)
    .max(100, `${what} key must be at most 100 characters`)
    .regex(KEY_PATTERN, `${what} key must start with a letter or digit and contain only letters, digits, ".", "_", ":" and "-"`);
}

/** A display name. */
export function nameField(what: string): z.ZodString {
  return z.string().trim().min(1, `${what} name must not be empty`).max(255, `${what} name must be at most 255 characters`);
}

/** Free text; an omitted description is managed as empty, so removing it from the program clears it. */
export const descriptionField = z.string().max(1024, "description must be at most 1024 characters").default("").describe("Free-text description.");

/** Tenant scope of a resource; changing it replaces the object. */
export const tenantIdField = z
  .string()
  .min(1, "tenantId must not be empty (omit it for an environment-wide object)")
  .optional()
  .describe("Id of the tenant (account) the object belongs to. Omit for environment-wide. Changing it replaces the object.");

/** Lifecycle switch: take over an object that already exists under the same natural key. */
export const adoptExistingField = z
  .boolean()
  .default(false)
  .describe(
    "When the object already exists in Frontegg (same natural key), take it over and bring it to the declared " +
      "state instead of failing. The way to bring objects created in the portal under management, since " +
      "`pulumi import` does not work for dynamic providers.",
  );

/** An absolute http(s) URL. */
export function urlField(what: string): z.ZodString {
  return z.string().refine(isHttpUrl, `${what} must be an absolute http or https URL`);
}

/**
 * A URL that may contain Frontegg template variables such as `{{APP_URL}}`; the variables are substituted by
 * Frontegg when the email is sent, so the URL is judged with them replaced by a placeholder.
 */
export function urlPatternField(what: string): z.ZodString {
  return z
    .string()
    .refine(
      (value) => isHttpUrl(value.replace(/^\{\{\s*[A-Za-z0-9_]+\s*\}\}/, "https://placeholder.invalid").replace(/\{\{\s*[A-Za-z0-9_]+\s*\}\}/g, "x")),
      `${what} must be an absolute http or https URL, optionally with Frontegg variables such as {{APP_URL}}`,
    );
}

/** An email address. */
export function emailField(what: string): z.ZodEmail {
  return z.email(`${what} must be an email address such as noreply@example.com`);
}

/** A DNS domain name such as `example.com`. */
export const domainNameField = z
  .string()
  .regex(
    /^(?=.{1,253}\.?$)(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))+\.?$/,
    "must be a domain name such as example.com",
  );

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * For `environment.canonical`: texts Frontegg answers "" for where it holds none, read as none, as an omitted
 * input declares it (an exported program then leaves them out instead of declaring "").
 */
export function emptyTextsAsNone(keys: readonly string[]): Record<string, (value: unknown) => unknown> {
  return Object.fromEntries(keys.map((key) => [key, (value: unknown) => (value === "" ? undefined : value)]));
}
