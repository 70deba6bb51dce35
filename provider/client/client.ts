/**
 * The Frontegg management API client. It knows nothing of Pulumi: the provider's resources, the export command
 * and users' own scripts all use it the same way.
 */
import { FronteggClientOptions, resolveClientConfig } from "./config";
import { AdminPortalApi } from "./api/admin-portal";
import { ApplicationsApi } from "./api/applications";
import { CustomCodeSecretsApi, PrehooksApi } from "./api/custom-code";
import { EmailTemplatesApi } from "./api/email-templates";
import { EmailProviderApi } from "./api/email-provider";
import { HostedLoginApi } from "./api/hosted-login";
import { JwtTemplatesApi, JwtTemplateTargetingApi } from "./api/jwt-templates";
import { IdentityConfigurationApi } from "./api/identity-configuration";
import { SocialLoginsApi, WebhooksApi } from "./api/integrations";
import { MfaMethodsApi } from "./api/mfa";
import { PermissionCategoriesApi, PermissionsApi } from "./api/permissions";
import { PoliciesApi } from "./api/policies";
import { RestrictionsApi } from "./api/restrictions";
import { EntitlementsApi } from "./api/entitlements";
import { RolesApi } from "./api/roles";
import { SsoApi } from "./api/sso";
import { SsoSettingsApi } from "./api/sso-settings";
import { TenantsApi } from "./api/tenants";
import { VendorApi } from "./api/vendors";
import { VendorSsoApi } from "./api/vendor-sso";
import { UserSourcesApi } from "./api/user-sources";
import { HttpTransport } from "./http";

/**
 * Typed access to the management API for one environment. Create one per set of credentials and share it: it
 * holds the token cache and the concurrency limit.
 */
export class FronteggClient {
  readonly roles: RolesApi;
  readonly permissions: PermissionsApi;
  readonly categories: PermissionCategoriesApi;
  readonly policies: PoliciesApi;
  readonly identityConfiguration: IdentityConfigurationApi;
  readonly emailTemplates: EmailTemplatesApi;
  readonly sso: SsoApi;
  readonly tenants: TenantsApi;
  readonly restrictions: RestrictionsApi;
  readonly entitlements: EntitlementsApi;
  readonly mfaMethods: MfaMethodsApi;
  readonly webhooks: WebhooksApi;
  readonly socialLogins: SocialLoginsApi;
  readonly applications: ApplicationsApi;
  readonly hostedLogin: HostedLoginApi;
  readonly jwtTemplates: JwtTemplatesApi;
  readonly jwtTemplateTargeting: JwtTemplateTargetingApi;
  readonly ssoSettings: SsoSettingsApi;
  readonly emailProvider: EmailProviderApi;
  readonly vendor: VendorApi;
  readonly vendorSso: VendorSsoApi;
  readonly adminPortal: AdminPortalApi;
  readonly prehooks: PrehooksApi;
  readonly customCodeSecrets: CustomCodeSecretsApi;
  readonly userSources: UserSourcesApi;
  readonly #baseUrl: string;
  readonly #http: HttpTransport;

  /** @throws FronteggConfigError when credentials or the endpoint are missing or invalid. */
  constructor(options: FronteggClientOptions = {}, env: Readonly<Record<string, string | undefined>> = process.env) {
    const config = resolveClientConfig(options, env);
    this.#baseUrl = config.baseUrl;
    const http = new HttpTransport(config);
    this.#http = http;
    this.roles = new RolesApi(http);
    this.permissions = new PermissionsApi(http);
    this.categories = new PermissionCategoriesApi(http);
    this.policies = new PoliciesApi(http);
    this.identityConfiguration = new IdentityConfigurationApi(http);
    this.emailTemplates = new EmailTemplatesApi(http);
    this.sso = new SsoApi(http);
    this.tenants = new TenantsApi(http);
    this.restrictions = new RestrictionsApi(http);
    this.entitlements = new EntitlementsApi(http);
    this.mfaMethods = new MfaMethodsApi(http);
    this.webhooks = new WebhooksApi(http);
    this.socialLogins = new SocialLoginsApi(http);
    this.applications = new ApplicationsApi(http);
    this.jwtTemplates = new JwtTemplatesApi(http);
    this.jwtTemplateTargeting = new JwtTemplateTargetingApi(http);
    this.ssoSettings = new SsoSettingsApi(http);
    this.emailProvider = new EmailProviderApi(http);
    this.adminPortal = new AdminPortalApi(http);
    this.prehooks = new PrehooksApi(http);
    this.customCodeSecrets = new CustomCodeSecretsApi(http);
    this.userSources = new UserSourcesApi(http);
    // Whole-list writes (allowed origins) are serialized per environment: the host, the client id, the environment id.
    this.hostedLogin = new HostedLoginApi(http, [config.baseUrl, config.clientId, config.environmentId ?? ""].join("\u0000"));
    this.vendor = new VendorApi(http);
    this.vendorSso = new VendorSsoApi(http);
  }

  /** Authenticates unless a valid token is cached: proves the credentials and the endpoint. */
  verifyCredentials(): Promise<void> {
    return this.#http.verifyCredentials();
  }

  /** The API base URL in use. */
  get baseUrl(): string {
    return this.#baseUrl;
  }
}
