#!/usr/bin/env node
/**
 * Writes emulator/spec/frontegg-openapi.json: the operations of Frontegg's published OpenAPI spec that the
 * emulator implements, with every component schema they reference (transitively), one entry per service.
 * The output is committed so the emulator runs without ../shared; the emulator test suite regenerates it in
 * memory and fails when the committed file is stale. Output is deterministic: keys sorted, 2-space indent,
 * trailing newline.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const repo = path.resolve(__dirname, "..");
const defaultSpecDir = process.env.FRONTEGG_OPENAPI_DIR || path.resolve(repo, "..", "shared", "frontegg-openapi");
const outFile = path.join(repo, "emulator", "spec", "frontegg-openapi.json");

/**
 * What the emulator serves: service → spec file, URL prefix, and the operations kept ("METHOD /path" as the
 * spec spells the path). Everything else in the published spec is left out of the bundle.
 */
const SERVICES = {
  "env-auth": { file: "env-auth.json", prefix: "/auth/vendor", operations: ["POST /"] },
  identity: {
    file: "identity.json",
    prefix: "/identity",
    operations: [
      "GET /resources/roles/v1",
      "POST /resources/roles/v1",
      "PATCH /resources/roles/v1/{roleId}",
      "DELETE /resources/roles/v1/{roleId}",
      "PUT /resources/roles/v1/{roleId}/permissions",
      "GET /resources/permissions/v1",
      "POST /resources/permissions/v1",
      "PATCH /resources/permissions/v1/{permissionId}",
      "DELETE /resources/permissions/v1/{permissionId}",
      "PUT /resources/permissions/v1/{permissionId}/roles",
      "PUT /resources/permissions/v1/classification",
      "GET /resources/permissions/v1/categories",
      "POST /resources/permissions/v1/categories",
      "PATCH /resources/permissions/v1/categories/{categoryId}",
      "DELETE /resources/permissions/v1/categories/{categoryId}",
      "GET /resources/configurations/v1",
      "POST /resources/configurations/v1",
      "GET /resources/configurations/v1/mfa-policy",
      "POST /resources/configurations/v1/mfa-policy",
      "PATCH /resources/configurations/v1/mfa-policy",
      "PUT /resources/configurations/v1/mfa-policy",
      "GET /resources/configurations/v1/lockout-policy",
      "POST /resources/configurations/v1/lockout-policy",
      "PATCH /resources/configurations/v1/lockout-policy",
      "GET /resources/configurations/v1/password",
      "POST /resources/configurations/v1/password",
      "GET /resources/configurations/v1/password-history-policy",
      "POST /resources/configurations/v1/password-history-policy",
      "PATCH /resources/configurations/v1/password-history-policy",
      "GET /resources/configurations/v1/password-rotation",
      "GET /resources/configurations/v1/password-rotation/vendor",
      "POST /resources/configurations/v1/password-rotation",
      "GET /resources/configurations/v1/captcha-policy",
      "POST /resources/configurations/v1/captcha-policy",
      "PUT /resources/configurations/v1/captcha-policy",
      "GET /resources/configurations/sessions/v1",
      "POST /resources/configurations/sessions/v1",
      "GET /resources/configurations/sessions/v1/vendor",
      "GET /resources/configurations/v1/mfa",
      "POST /resources/configurations/v1/mfa",
      "GET /resources/configurations/v1/mfa/strategies",
      "POST /resources/configurations/v1/mfa/strategies",
      "GET /resources/mail/v1/configs/templates",
      "POST /resources/mail/v1/configs/templates",
      "DELETE /resources/mail/v1/configs/templates/{templateId}",
      "GET /resources/mail/v1/configs/{type}/default",
      "GET /resources/configurations/v1/restrictions/ip/config",
      "POST /resources/configurations/v1/restrictions/ip/config",
      "GET /resources/configurations/v1/restrictions/ip",
      "POST /resources/configurations/v1/restrictions/ip",
      "DELETE /resources/configurations/v1/restrictions/ip/{id}",
      "GET /resources/configurations/restrictions/v1/email-domain/config",
      "POST /resources/configurations/restrictions/v1/email-domain/config",
      "GET /resources/configurations/restrictions/v1/email-domain",
      "POST /resources/configurations/restrictions/v1/email-domain",
      "DELETE /resources/configurations/restrictions/v1/email-domain/{id}",
      "GET /resources/jwt-templates/v1",
      "POST /resources/jwt-templates/v1",
      "GET /resources/jwt-templates/v1/{id}",
      "PUT /resources/jwt-templates/v1/{id}",
      "DELETE /resources/jwt-templates/v1/{id}",
      "GET /resources/configurations/v1/jwt-template-targeting",
      "POST /resources/configurations/v1/jwt-template-targeting",
      "PUT /resources/configurations/v1/jwt-template-targeting",
      "PATCH /resources/configurations/v1/jwt-template-targeting/{id}",
      "DELETE /resources/configurations/v1/jwt-template-targeting/{id}",
      "GET /resources/mail/v1/configurations",
      "DELETE /resources/mail/v1/configurations",
      "POST /resources/mail/v2/configurations",
      "GET /resources/user-sources/v1",
      "GET /resources/user-sources/v1/{id}",
      "DELETE /resources/user-sources/v1/{id}",
      "POST /resources/user-sources/v1/external/auth0",
      "PUT /resources/user-sources/v1/external/auth0/{id}",
      "POST /resources/user-sources/v1/external/cognito",
      "PUT /resources/user-sources/v1/external/cognito/{id}",
      "POST /resources/user-sources/v1/external/firebase",
      "PUT /resources/user-sources/v1/external/firebase/{id}",
      "POST /resources/user-sources/v1/external/custom-code",
      "PUT /resources/user-sources/v1/external/custom-code/{id}",
      "POST /resources/user-sources/v1/federation",
      "PUT /resources/user-sources/v1/federation/{id}",
      "POST /resources/user-sources/v1/assign",
      "POST /resources/user-sources/v1/unassign",
    ],
  },
  // vendors.json's servers say `/email`, a publishing error: the routes live under `/vendors` (notes-3 "Prefixes").
  vendors: {
    file: "vendors.json",
    prefix: "/vendors",
    operations: [
      "GET /",
      "PUT /",
      "GET /custom-domains/v2",
      "POST /custom-domains/v2/verify",
      "DELETE /custom-domains/v2/{id}",
      "GET /resources/associated-domains/v1/ios",
      "POST /resources/associated-domains/v1/ios",
      "DELETE /resources/associated-domains/v1/ios/{id}",
      "GET /resources/associated-domains/v1/android",
      "POST /resources/associated-domains/v1/android",
      "DELETE /resources/associated-domains/v1/android/{id}",
    ],
  },
  sso: {
    file: "sso.json",
    prefix: "/team",
    operations: [
      "GET /resources/sso/v1/configurations",
      "POST /resources/sso/v1/configurations",
      "PATCH /resources/sso/v1/configurations/{configurationId}",
      "DELETE /resources/sso/v1/configurations/{configurationId}",
      "POST /resources/sso/v1/configurations/metadata",
      "PUT /resources/sso/v1/configurations/{configurationId}/metadata",
      "POST /resources/sso/v1/configurations/{configurationId}/domains",
      "DELETE /resources/sso/v1/configurations/{configurationId}/domains/{domainId}",
      "PUT /resources/sso/v1/configurations/{configurationId}/roles",
      "GET /resources/sso/v1/configurations/{configurationId}/roles",
      "GET /resources/sso/v1/configurations/{configurationId}/groups",
      "POST /resources/sso/v1/configurations/{configurationId}/groups",
      "PATCH /resources/sso/v1/configurations/{configurationId}/groups/{groupId}",
      "DELETE /resources/sso/v1/configurations/{configurationId}/groups/{groupId}",
      "GET /resources/sso/v1/configurations/domains",
      "PUT /resources/sso/v1/configurations/domains",
      "GET /resources/sso/v1/configurations/multiple-sso-per-domain",
      "PUT /resources/sso/v1/configurations/multiple-sso-per-domain",
      "GET /resources/sso/v1/oidc/configurations",
      "POST /resources/sso/v1/oidc/configurations",
    ],
  },
  entitlements: {
    file: "entitlements.json",
    prefix: "/entitlements",
    operations: [
      "GET /resources/features/v1",
      "POST /resources/features/v1",
      "PATCH /resources/features/v1/{featureId}",
      "DELETE /resources/features/v1/{featureId}",
      "PATCH /resources/features/v2/{featureId}",
      "GET /resources/plans/v1",
      "POST /resources/plans/v1",
      "GET /resources/plans/v1/{id}",
      "PATCH /resources/plans/v1/{id}",
      "DELETE /resources/plans/v1/{id}",
      "GET /resources/plans/v1/{id}/features",
      "PATCH /resources/plans/v1/{id}/features/link",
      "PATCH /resources/plans/v1/{id}/features/unlink",
      "GET /resources/feature-flags/v1",
      "POST /resources/feature-flags/v1",
      "GET /resources/feature-flags/v1/{id}",
      "PATCH /resources/feature-flags/v1/{id}",
      "DELETE /resources/feature-flags/v1/{id}",
    ],
  },
  applications: {
    file: "applications.json",
    prefix: "/applications",
    operations: [
      "GET /resources/applications/v1",
      "POST /resources/applications/v1",
      "GET /resources/applications/v1/default",
      "GET /resources/applications/v1/{id}",
      "PATCH /resources/applications/v1/{id}",
      "DELETE /resources/applications/v1/{id}",
      "GET /resources/applications/v1/credentials/{appId}",
      "GET /resources/applications/tenant-assignments/v1/{appId}",
      "POST /resources/applications/tenant-assignments/v1/{appId}",
      "PUT /resources/applications/tenant-assignments/v1/{appId}/{tenantId}",
      "DELETE /resources/applications/tenant-assignments/v1/{appId}/{tenantId}",
    ],
  },
  tenants: {
    file: "tenants.json",
    prefix: "/tenants",
    operations: [
      "POST /resources/tenants/v1",
      "GET /resources/tenants/v1/{tenantId}",
      "PUT /resources/tenants/v1/{tenantId}",
      "DELETE /resources/tenants/v1/{tenantId}",
      "GET /resources/tenants/v2",
      "GET /resources/tenants/v2/{tenantId}",
      "POST /resources/tenants/v1/{tenantId}/metadata",
      "DELETE /resources/tenants/v1/{tenantId}/metadata/{key}",
    ],
  },
};

/** Operation fields kept: the contract. Long prose and code samples are dropped to keep the bundle small. */
const OPERATION_FIELDS = ["operationId", "summary", "deprecated", "parameters", "requestBody", "responses"];
const SCHEMA_REF = /^#\/components\/schemas\/(.+)$/;

/** Every `#/components/schemas/X` named anywhere inside `node`. */
function collectRefs(node, into) {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, into);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        const match = SCHEMA_REF.exec(value);
        if (!match) throw new Error(`unsupported $ref ${value}`);
        into.add(match[1]);
      } else {
        collectRefs(value, into);
      }
    }
  }
  return into;
}

/** Recursively sorts object keys so the output does not depend on the source's key order. */
function sortKeys(node) {
  if (Array.isArray(node)) return node.map(sortKeys);
  if (!node || typeof node !== "object") return node;
  const sorted = {};
  for (const key of Object.keys(node).sort()) sorted[key] = sortKeys(node[key]);
  return sorted;
}

function bundleService(name, service, specDir) {
  const spec = JSON.parse(fs.readFileSync(path.join(specDir, service.file), "utf8"));
  const paths = {};
  for (const operation of service.operations) {
    const [method, specPath] = operation.split(" ");
    const source = spec.paths?.[specPath]?.[method.toLowerCase()];
    if (!source) throw new Error(`${service.file}: ${operation} is not in the published spec`);
    const kept = {};
    for (const field of OPERATION_FIELDS) if (source[field] !== undefined) kept[field] = source[field];
    paths[specPath] = { ...paths[specPath], [method.toLowerCase()]: kept };
  }
  const schemas = {};
  const pending = [...collectRefs(paths, new Set())];
  while (pending.length > 0) {
    const schemaName = pending.pop();
    if (schemas[schemaName]) continue;
    const schema = spec.components?.schemas?.[schemaName];
    if (!schema) throw new Error(`${service.file}: schema ${schemaName} is referenced but not defined`);
    schemas[schemaName] = schema;
    pending.push(...collectRefs(schema, new Set()));
  }
  return { prefix: service.prefix, paths, components: { schemas } };
}

/** The bundle's full text, as it should be committed. */
function renderBundle(specDir = defaultSpecDir) {
  const services = {};
  for (const [name, service] of Object.entries(SERVICES)) services[name] = bundleService(name, service, specDir);
  const bundle = {
    $comment: "Generated by scripts/bundle-openapi.js from Frontegg's published OpenAPI spec. Do not edit by hand.",
    services,
  };
  return `${JSON.stringify(sortKeys(bundle), null, 2)}\n`;
}

function main() {
  if (!fs.existsSync(defaultSpecDir)) {
    console.error(`Frontegg's OpenAPI spec was not found at ${defaultSpecDir} (set FRONTEGG_OPENAPI_DIR).`);
    process.exit(2);
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, renderBundle());
  console.log(`wrote ${path.relative(repo, outFile)}`);
}

module.exports = { renderBundle, defaultSpecDir, outFile };

if (require.main === module) main();
