/**
 * Writes an environment snapshot out as a readable Pulumi program: one resource per object, names derived from
 * natural keys, references between resources as real references, secrets read from stack config, and
 * `adoptExisting: true` everywhere so the first `pulumi up` against the same environment takes it over.
 */
import { Names, obj, raw, str } from "./code";
import { KindRenderer } from "./render-kind";
import { EnvironmentSnapshot, ssoKey } from "./snapshot";

/** Options of {@link renderProgram}. */
export interface ProgramOptions {
  /** The Pulumi project name. */
  readonly projectName: string;
  /** Where the snapshot was read, for the header comment. */
  readonly source: string;
  /** The version of pulumi-frontegg the program should depend on. */
  readonly packageVersion: string;
  /**
   * What package.json names for pulumi-frontegg: any npm spec (a path to a packed tarball, a git URL). Default
   * `^<packageVersion>` from the npm registry.
   */
  readonly packageSpec?: string;
  /**
   * Provider settings written into Pulumi.yaml as the project's defaults (`frontegg:region: us`), so every stack
   * of the program targets the exported environment's API unless its own config says otherwise.
   */
  readonly providerConfig?: Readonly<Record<string, string>>;
}

/** A generated program: file name → content, and the secret config keys the user must set. */
export interface GeneratedProgram {
  readonly files: Record<string, string>;
  readonly secretConfigKeys: ReadonlyArray<{ key: string; description: string }>;
}

/** Renders `snapshot` as a Pulumi TypeScript program. */
export function renderProgram(snapshot: EnvironmentSnapshot, options: ProgramOptions): GeneratedProgram {
  const names = new Names();
  const body: string[] = [];
  const secrets: Array<{ key: string; description: string }> = [];
  const line = (text = "") => body.push(text === "" ? "" : `    ${text}`);

  const kinds = new KindRenderer(names, line);
  kinds.render("PermissionCategory", snapshot.PermissionCategory);
  kinds.render("Permission", snapshot.Permission);
  kinds.render("Role", snapshot.Role);

  // The heading goes in once the policies below are rendered, so that it needs no list of the policy kinds.
  const policiesStart = body.length;
  for (const kind of ["MfaPolicy", "LockoutPolicy", "AuthPolicy", "PasswordPolicy", "PasswordHistoryPolicy", "PasswordRotationPolicy", "SessionPolicy"] as const) {
    kinds.render(kind, snapshot[kind], { heading: false });
  }
  /** A secret input read from stack config: what `up` needs to leave the object as it is. */
  const configSecret = (what: string, description: string) => {
    const key = names.variable(what);
    secrets.push({ key, description });
    return raw(`config.requireSecret(${str(key)})`);
  };
  for (const c of Object.values(snapshot.CaptchaPolicy)) {
    const secretKey = configSecret("captcha secret key", `reCAPTCHA secret key of the captcha policy (site key ${c.siteKey})`);
    line(`new frontegg.CaptchaPolicy(${str(names.resource("captcha"))}, ${obj({ ...c, secretKey })});`);
  }
  if (body.length > policiesStart) body.splice(policiesStart, 0, "", "    // Security policies: one per environment or tenant.");

  kinds.render("MfaStrategy", snapshot.MfaStrategy);
  kinds.render("EmailTemplate", snapshot.EmailTemplate);

  const connections = Object.values(snapshot.SsoConfiguration);
  const mappings = Object.values(snapshot.SsoGroupMapping);
  const roleIds = (keys: readonly string[]) => raw(`[${keys.map((k) => { const v = kinds.variableOf("Role", k); return v !== undefined ? `${v}.id` : `/* unknown role ${k} */`; }).join(", ")}]`);
  const connectionVar = new Map<string, string>();
  if (connections.length > 0) line(), line("// Single sign-on connections of tenants.");
  for (const s of connections) {
    const key = ssoKey(s);
    const name = names.resource(`${s.tenantId} ${s.type}`);
    const secretOf = (what: string, description: string) =>
      configSecret(`${s.tenantId} ${s.type} ${what}`, `${description} of the ${s.type} connection of tenant ${s.tenantId}`);
    const oidcSecret = s.hasOidcSecret ? secretOf("secret", `OIDC client secret (client id ${s.oidcClientId ?? "?"})`) : undefined;
    const idpClientSecret = s.hasIdpClientSecret ? secretOf("idp client secret", `IdP client secret (client id ${s.idpClientId ?? "?"})`) : undefined;
    const { hasOidcSecret: _oidc, hasIdpClientSecret: _idp, roles: roleKeys, ...rest } = s;
    const declaration = `new frontegg.SsoConfiguration(${str(name)}, ${obj({
      ...rest,
      oidcSecret,
      idpClientSecret,
      roleIds: roleKeys.length > 0 ? roleIds(roleKeys) : undefined,
    })});`;
    if (!mappings.some((m) => m.connection === key)) {
      line(declaration);
      continue;
    }
    const v = names.variable(`${s.tenantId} ${s.type} connection`);
    connectionVar.set(key, v);
    line(`const ${v} = ${declaration}`);
  }

  if (mappings.length > 0) line(), line("// Identity-provider groups mapped to roles, per SSO connection.");
  for (const m of mappings) {
    const connection = snapshot.SsoConfiguration[m.connection]!;
    line(
      `new frontegg.SsoGroupMapping(${str(names.resource(`${m.tenantId} ${connection.type} ${m.group}`))}, ${obj({
        tenantId: m.tenantId,
        ssoConfigurationId: raw(`${connectionVar.get(m.connection)}.id`),
        group: m.group,
        roleIds: roleIds(m.roles),
      })});`,
    );
  }

  kinds.render("IpRestrictionMode", snapshot.IpRestrictionMode);
  kinds.render("IpRestriction", snapshot.IpRestriction);

  kinds.render("EmailDomainRestrictionMode", snapshot.EmailDomainRestrictionMode);
  kinds.render("EmailDomainRestriction", snapshot.EmailDomainRestriction);

  kinds.render("Feature", snapshot.Feature);
  kinds.render("Plan", snapshot.Plan);
  kinds.render("FeatureFlag", snapshot.FeatureFlag);

  const socialLogins = Object.values(snapshot.SocialLogin);
  if (socialLogins.length > 0) line(), line("// Social logins: one per provider.");
  for (const { hasSecret, ...login } of socialLogins) {
    const described = `OAuth client secret of the ${login.type} social login (client id ${login.clientId ?? "?"}${hasSecret ? "" : "; Frontegg holds none yet"})`;
    const secret = login.customised ? configSecret(`${login.type} social login secret`, described) : undefined;
    line(`new frontegg.SocialLogin(${str(names.resource(`${login.type} login`))}, ${obj({ ...login, secret })});`);
  }

  const webhooks = Object.values(snapshot.Webhook);
  if (webhooks.length > 0) line(), line("// Webhooks, by display name.");
  for (const { hasSecret, ...w } of webhooks) {
    const described = `signing secret of the webhook "${w.displayName}" (${w.url}${hasSecret ? "" : "; Frontegg holds none yet"})`;
    line(
      `new frontegg.Webhook(${str(names.resource(`webhook ${w.displayName}`))}, ${obj({
        ...w,
        description: w.description || undefined,
        isActive: w.isActive === false ? false : undefined,
        secret: configSecret(`${w.displayName} webhook secret`, described),
      })});`,
    );
  }

  // Applications' client and shared secrets are never read: they stay in Frontegg.
  kinds.render("Application", snapshot.Application);
  // Redirect URIs and allowed origins usually differ per environment: stack config may suit them better.
  kinds.render("RedirectUri", snapshot.RedirectUri);
  kinds.render("AllowedOrigin", snapshot.AllowedOrigin);

  const index = [
    "/**",
    ` * Frontegg identity configuration exported from ${options.source} by \`pulumi-frontegg export\`.`,
    " * Every resource has `adoptExisting: true`, so the first `pulumi up` against that environment takes the",
    " * existing objects over without recreating them. Remove it once the stack owns them.",
    " */",
    'import * as pulumi from "@pulumi/pulumi";',
    'import * as frontegg from "pulumi-frontegg";',
    "",
    "export = async () => {",
    secrets.length > 0 ? "    const config = new pulumi.Config();" : "    void pulumi;",
    ...body,
    "};",
    "",
  ].join("\n");

  const providerConfig = Object.entries(options.providerConfig ?? {});
  const yaml = [
    `name: ${options.projectName}`,
    `description: Frontegg identity configuration exported from ${options.source}`,
    "runtime:",
    "  name: nodejs",
    "  options:",
    "    typescript: true",
    ...(secrets.length > 0 || providerConfig.length > 0 ? ["config:"] : []),
    ...(providerConfig.length > 0 ? ["  # Where the environment was exported from; a stack's own config overrides it."] : []),
    ...providerConfig.map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`),
    ...secrets.flatMap((s) => [`  ${s.key}:`, `    type: string`, `    secret: true`, `    description: ${JSON.stringify(s.description)}`]),
    "",
  ].join("\n");

  const packageJson = `${JSON.stringify(
    {
      name: options.projectName,
      private: true,
      main: "index.ts",
      dependencies: { "@pulumi/pulumi": "^3.248.0", "pulumi-frontegg": options.packageSpec ?? `^${options.packageVersion}` },
      devDependencies: { "ts-node": "^10.9.2", typescript: "~5.9.3", "@types/node": "^20.19.0" },
    },
    null,
    2,
  )}\n`;

  return { files: { "index.ts": index, "Pulumi.yaml": yaml, "package.json": packageJson }, secretConfigKeys: secrets };
}
