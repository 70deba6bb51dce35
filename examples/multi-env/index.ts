/**
 * One identity configuration for every environment. The stacks `dev`, `staging` and `prod` each point at their
 * own Frontegg environment (Pulumi.<stack>.yaml); everything is identical except what their config says:
 * where the app lives (email links), which URLs the hosted login may redirect to and which origins may call
 * Frontegg (one resource per URL, from lists in stack config), and how strict sign-in is (MFA, lockout).
 */
import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg";

export = async () => {
    const config = new pulumi.Config();
    const appUrl = config.require("appUrl");

    const billing = new frontegg.PermissionCategory("billing", { name: "Billing", description: "Invoices and payment methods" });
    const projects = new frontegg.PermissionCategory("projects", { name: "Projects" });
    const permission = (key: string, name: string, category: frontegg.PermissionCategory) =>
        new frontegg.Permission(key.replace(/\./g, "-"), { key, name, categoryId: category.id });
    const invoicesRead = permission("invoices.read", "Read invoices", billing);
    const invoicesWrite = permission("invoices.write", "Write invoices", billing);
    const projectsRead = permission("projects.read", "Read projects", projects);
    const projectsWrite = permission("projects.write", "Write projects", projects);

    new frontegg.Role("admin", {
        key: "app-admin",
        name: "Application admin",
        level: 1,
        permissionIds: [invoicesRead.id, invoicesWrite.id, projectsRead.id, projectsWrite.id],
    });
    new frontegg.Role("member", { key: "member", name: "Member", level: 10, isDefault: true, permissionIds: [projectsRead.id, projectsWrite.id] });
    new frontegg.Role("accountant", { key: "accountant", name: "Accountant", level: 20, permissionIds: [invoicesRead.id, invoicesWrite.id] });

    new frontegg.MfaPolicy("mfa", {
        enforceMFAType: config.require<frontegg.MfaEnforcementType>("mfaEnforcement"),
        allowRememberMyDevice: true,
        mfaDeviceExpiration: 30 * 24 * 3600,
    });
    new frontegg.LockoutPolicy("lockout", { enabled: true, maxAttempts: config.requireNumber("maxLoginAttempts") });

    new frontegg.EmailTemplate("activate-user", {
        type: "ActivateUser",
        subject: "Welcome! Activate your account",
        fromName: "Example",
        redirectURL: `${appUrl}/activate`,
    });
    new frontegg.EmailTemplate("reset-password", {
        type: "ResetPassword",
        subject: "Reset your password",
        fromName: "Example",
        redirectURL: `${appUrl}/reset-password`,
    });

    // Hosted login: these differ per environment (dev also allows a local app), so they come from stack config.
    for (const redirectUri of config.requireObject<string[]>("redirectUris")) {
        new frontegg.RedirectUri(`redirect-${resourceName(redirectUri)}`, { redirectUri });
    }
    for (const origin of config.requireObject<string[]>("allowedOrigins")) {
        new frontegg.AllowedOrigin(`origin-${resourceName(origin)}`, { origin });
    }
};

/** A stable resource name from a URL: `https://app.example.com/cb` → `app-example-com-cb`. */
function resourceName(url: string): string {
    return url.replace(/^[a-z]+:\/\//, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase();
}
