/**
 * The identity configuration the workflow promotes from staging to production: permissions in their portal
 * categories, the roles granting them, and the sign-in policies. Both stacks declare it identically, so that the
 * promotion gate (`pulumi-frontegg diff-env`) can treat any difference between the environments as drift.
 */
import * as frontegg from "pulumi-frontegg";

export = async () => {
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
    new frontegg.Role("accountant", { key: "accountant", name: "Accountant", level: 20, permissionIds: [invoicesRead.id] });

    new frontegg.MfaPolicy("mfa", { enforceMFAType: "ForceExceptSAML", allowRememberMyDevice: true, mfaDeviceExpiration: 14 * 24 * 3600 });
    new frontegg.LockoutPolicy("lockout", { enabled: true, maxAttempts: 5 });
};
