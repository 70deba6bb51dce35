// Manage Frontegg identity configuration (roles, permissions, SSO, MFA and lockout policies, email templates) as code with Pulumi.
package frontegg
