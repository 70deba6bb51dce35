// Manage a Frontegg environment as code with Pulumi: roles and permissions, SSO, security and sign-in policies, restrictions, email templates, entitlements, applications, webhooks and social logins.
package frontegg
