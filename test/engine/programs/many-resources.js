// A generated program of 49 resources with dependencies between them and multi-step creates: 5 categories,
// 30 permissions in them, 8 roles granting them (create, then set permissions), a tenant's OIDC connection
// (create, domains, default roles), the MFA and lockout policies and 3 email templates. Plain JavaScript, so a
// child process outside jest runs exactly the program the test runs in-process.
"use strict";
const frontegg = require("pulumi-frontegg");

const AREAS = ["billing", "projects", "reports", "members", "audit"];
const ACTIONS = ["read", "create", "update", "delete", "export", "share"];

/** Builds the program; `oidcSecret` is the OIDC connection's client secret. */
function manyResources(oidcSecret) {
  return async () => {
    const permissions = {};
    for (const area of AREAS) {
      const category = new frontegg.PermissionCategory(`category-${area}`, { name: `Many ${area}` });
      for (const action of ACTIONS) {
        const key = `many.${area}.${action}`;
        permissions[key] = new frontegg.Permission(key, { key, name: `${action} ${area}`, categoryId: category.id });
      }
    }
    const ids = (match) => Object.keys(permissions).filter(match).map((key) => permissions[key].id);
    const roles = {};
    for (const [i, area] of AREAS.entries()) {
      roles[area] = new frontegg.Role(`role-${area}`, { key: `many-${area}`, name: `Many ${area}`, level: 10 + i, permissionIds: ids((k) => k.startsWith(`many.${area}.`)) });
    }
    new frontegg.Role("role-reader", { key: "many-reader", name: "Reader", level: 40, permissionIds: ids((k) => k.endsWith(".read")) });
    new frontegg.Role("role-exporter", { key: "many-exporter", name: "Exporter", level: 41, permissionIds: ids((k) => k.endsWith(".export")) });
    new frontegg.Role("role-empty", { key: "many-empty", name: "Nobody", level: 50 });
    new frontegg.SsoConfiguration("sso-globex", {
      tenantId: "many-globex",
      type: "oidc",
      ssoEndpoint: "https://login.globex.example",
      oidcClientId: "many-app",
      oidcSecret,
      domains: ["many-globex.example"],
      roleIds: [roles.reports.id],
    });
    new frontegg.MfaPolicy("mfa", { enforceMFAType: "Force" });
    new frontegg.LockoutPolicy("lockout", { enabled: true, maxAttempts: 7 });
    for (const type of ["ActivateUser", "InviteToTenant", "MagicLink"]) {
      new frontegg.EmailTemplate(`template-${type}`, { type, subject: `Many ${type}`, redirectURL: "{{APP_URL}}/many" });
    }
  };
}

/** Resources the program declares. */
manyResources.resourceCount = AREAS.length * (1 + ACTIONS.length) + AREAS.length + 3 + 1 + 2 + 3;

module.exports = { manyResources };
