/**
 * The quickstart: a small but complete identity setup, one of every resource kind.
 *
 * Run it against the bundled emulator with `npm run demo`, or against a real Frontegg environment by setting
 * frontegg-native:clientId, frontegg-native:secretKey and frontegg-native:region (see the README). The program is a function, which
 * Pulumi runs for `pulumi up` in this directory and which the Automation API can run inline.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg";

export = async () => {
    const config = new pulumi.Config();

    // Permissions, grouped in a category.
    const billing = new frontegg.PermissionCategory("billing", {
        name: "Billing",
        description: "Invoices, payment methods and plans",
    });
    const readInvoices = new frontegg.Permission("invoices-read", {
        key: "invoices.read",
        name: "Read invoices",
        categoryId: billing.id,
    });
    const writeInvoices = new frontegg.Permission("invoices-write", {
        key: "invoices.write",
        name: "Create and edit invoices",
        categoryId: billing.id,
    });

    // Roles grant sets of permissions; order in permissionIds does not matter.
    const billingAdmin = new frontegg.Role("billing-admin", {
        key: "billing-admin",
        name: config.get("billingAdminName") ?? "Billing admin",
        level: 1,
        permissionIds: [readInvoices.id, writeInvoices.id],
    });
    const billingViewer = new frontegg.Role("billing-viewer", {
        key: "billing-viewer",
        name: "Billing viewer",
        level: 5,
        isDefault: true,
        permissionIds: [readInvoices.id],
    });

    // Security policies: one per environment.
    new frontegg.MfaPolicy("mfa", {
        enforceMFAType: (config.get("mfaEnforcement") ?? "Force") as frontegg.MfaEnforcementType,
        allowRememberMyDevice: true,
        mfaDeviceExpiration: 14 * 24 * 3600,
    });
    new frontegg.LockoutPolicy("lockout", {
        enabled: true,
        maxAttempts: config.getNumber("maxLoginAttempts") ?? 5,
    });

    // The password-reset email; {{APP_URL}} is expanded by Frontegg when the email is sent.
    new frontegg.EmailTemplate("reset-password", {
        type: "ResetPassword",
        senderEmail: "security@example.com",
        fromName: "Example Security",
        subject: "Reset your password",
        htmlTemplate: "<p>Hello {{name}},</p><p><a href=\"{{redirectURL}}\">Reset your password</a>.</p>",
        redirectURL: "{{APP_URL}}/account/reset",
    });

    // SAML single sign-on for one customer tenant; its users get the viewer role.
    const acmeSso = new frontegg.SsoConfiguration("acme-sso", {
        tenantId: config.get("ssoTenantId") ?? "acme",
        type: "saml",
        ssoEndpoint: "https://idp.acme.example/sso/saml",
        publicCertificate: fs.readFileSync(path.join(__dirname, "acme-idp-certificate.pem"), "utf8"),
        domains: ["acme.example"],
        roleIds: [billingViewer.id],
    });

    // Hosted login: where users may be sent back after sign-in, and which origin may call Frontegg from the browser.
    // Both differ per environment (see examples/multi-env for them in stack config).
    const appUrl = config.get("appUrl") ?? "http://localhost:3000";
    new frontegg.RedirectUri("app-callback", { redirectUri: `${appUrl}/oauth/callback` });
    new frontegg.AllowedOrigin("app-origin", { origin: appUrl });

    return {
        roleIds: { billingAdmin: billingAdmin.id, billingViewer: billingViewer.id },
        acmeDomainTxtRecords: acmeSso.domainDetails.apply((domains) => Object.fromEntries(domains.map((d) => [d.domain, d.txtRecord]))),
    };
};
