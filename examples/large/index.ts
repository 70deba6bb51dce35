/**
 * A realistic, larger identity setup: 44 permissions in five categories, eight roles sharing them, a role of
 * one tenant, both security policies, three email templates, and a SAML and an OIDC connection with domains.
 *
 * Config: `globexOidcSecret` (secret, required), `auditorLevel` (default 40), `partnerTenantId` (default
 * `partner-co`). The defaults are the program's, not Pulumi.yaml's, so the engine tests' inline runs of this
 * program (no Pulumi.yaml) get them too. How to run it: README.md beside this file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg";

/** Permission keys per category: `<area>.<action>`. */
const AREAS: Record<string, { description: string; actions: string[] }> = {
    invoices: { description: "Billing documents", actions: ["read", "create", "update", "delete", "send", "export", "approve", "void", "refund"] },
    projects: { description: "Projects and their settings", actions: ["read", "create", "update", "delete", "archive", "share", "transfer", "export", "import"] },
    reports: { description: "Dashboards and scheduled reports", actions: ["read", "create", "update", "delete", "schedule", "export", "share", "subscribe", "embed"] },
    members: { description: "People in an account", actions: ["read", "invite", "update", "remove", "impersonate", "export", "lock", "unlock"] },
    integrations: { description: "Connected third-party services", actions: ["read", "connect", "configure", "disconnect", "rotate-keys", "view-logs", "replay", "test", "debug"] },
};

export = async () => {
    const config = new pulumi.Config();
    const permissions: Record<string, frontegg.Permission> = {};
    for (const [area, { description, actions }] of Object.entries(AREAS)) {
        const category = new frontegg.PermissionCategory(`category-${area}`, { name: area[0]!.toUpperCase() + area.slice(1), description });
        for (const action of actions) {
            const key = `${area}.${action}`;
            permissions[key] = new frontegg.Permission(key, { key, name: `${action} ${area}`, categoryId: category.id });
        }
    }
    const ids = (predicate: (key: string) => boolean) =>
        Object.entries(permissions).filter(([key]) => predicate(key)).map(([, permission]) => permission.id);
    const reads = (key: string) => key.endsWith(".read");

    const roles: Array<[string, string, number, (key: string) => boolean]> = [
        ["owner", "Owner", 0, () => true],
        ["admin", "Administrator", 1, (k) => !k.endsWith(".impersonate")],
        ["billing-manager", "Billing manager", 5, (k) => k.startsWith("invoices.") || reads(k)],
        ["project-lead", "Project lead", 10, (k) => k.startsWith("projects.") || k.startsWith("reports.")],
        ["analyst", "Analyst", 20, (k) => k.startsWith("reports.") || reads(k)],
        ["support", "Support", 30, (k) => reads(k) || k === "members.unlock"],
        ["integrator", "Integrator", 30, (k) => k.startsWith("integrations.")],
        ["auditor", "Auditor", config.getNumber("auditorLevel") ?? 40, (k) => reads(k) || k.endsWith(".export")],
    ];
    const roleIds: Record<string, pulumi.Output<string>> = {};
    for (const [key, name, level, grants] of roles) {
        roleIds[key] = new frontegg.Role(`role-${key}`, { key, name, level, permissionIds: ids(grants), isDefault: key === "analyst" }).id;
    }
    new frontegg.Role("role-partner-admin", {
        key: "partner-admin",
        name: "Partner administrator",
        level: 2,
        tenantId: config.get("partnerTenantId") ?? "partner-co",
        permissionIds: ids((k) => k.startsWith("projects.") || k.startsWith("members.")),
    });

    new frontegg.MfaPolicy("mfa", { enforceMFAType: "ForceExceptSAML", allowRememberMyDevice: true, mfaDeviceExpiration: 7 * 24 * 3600 });
    new frontegg.LockoutPolicy("lockout", { enabled: true, maxAttempts: 6 });

    const templates: Array<[frontegg.EmailTemplateType, string, string]> = [
        ["ActivateUser", "Activate your account", "{{APP_URL}}/activate"],
        ["InviteToTenant", "You have been invited", "{{APP_URL}}/invitations/accept"],
        ["MagicLink", "Your sign-in link", "{{APP_URL}}/auth/magic"],
    ];
    for (const [type, subject, redirectURL] of templates) {
        new frontegg.EmailTemplate(`template-${type}`, { type, subject, redirectURL, senderEmail: "accounts@example.com", fromName: "Example" });
    }

    new frontegg.SsoConfiguration("sso-acme", {
        tenantId: "acme",
        type: "saml",
        ssoEndpoint: "https://idp.acme.example/sso/saml",
        publicCertificate: fs.readFileSync(path.join(__dirname, "acme-idp-certificate.pem"), "utf8"),
        spEntityId: "https://app.example.com/saml/metadata",
        signRequest: true,
        domains: ["acme.example", "acme-corp.example"],
        roleIds: [roleIds.analyst!],
    });
    const globex = new frontegg.SsoConfiguration("sso-globex", {
        tenantId: "globex",
        type: "oidc",
        ssoEndpoint: "https://login.globex.example",
        oidcClientId: "example-app",
        oidcSecret: config.requireSecret("globexOidcSecret"),
        domains: ["globex.example"],
    });

    return { permissionCount: Object.keys(permissions).length, globexDomains: globex.domainDetails };
};
