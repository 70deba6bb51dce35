/**
 * The identity configuration the workflow promotes from staging to production: a permission category, its
 * permissions, the roles granting them, and the sign-in policies. Both stacks declare it identically, so that the
 * promotion gate (`pulumi-frontegg diff-env`) can treat any difference between the environments as drift.
 */
import * as frontegg from "pulumi-frontegg";

export = async () => {
    const reports = new frontegg.PermissionCategory("reports", { name: "Reports", description: "Dashboards and exports" });
    const permission = (key: string, name: string) => new frontegg.Permission(key.replace(".", "-"), { key, name, categoryId: reports.id });
    const view = permission("reports.view", "View reports");
    const exportData = permission("reports.export", "Export report data");
    const schedule = permission("reports.schedule", "Schedule report e-mails");

    new frontegg.Role("analyst", { key: "analyst", name: "Analyst", level: 5, permissionIds: [view.id, exportData.id, schedule.id] });
    new frontegg.Role("viewer", { key: "viewer", name: "Viewer", level: 15, isDefault: true, permissionIds: [view.id] });

    new frontegg.MfaPolicy("mfa", { enforceMFAType: "ForceExceptSAML", allowRememberMyDevice: true, mfaDeviceExpiration: 14 * 24 * 3600 });
    new frontegg.LockoutPolicy("lockout", { enabled: true, maxAttempts: 5 });
};
