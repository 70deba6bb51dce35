/**
 * The five user-source kinds, one per source type (why five kinds and not one: see ./user-source.ts). Fields are
 * Frontegg's `configuration` fields (spec:identity.json), flattened so each credential is a property of its own and
 * can be sealed; federation's `usePkce` and `codeChallengeMethods` come from TF#253 (verified against staging; the
 * spec lags).
 */
import { z } from "zod";
import { sameValue } from "../lifecycle/compare";
import { State } from "../lifecycle/definition";
import { sameCode } from "./code";
import { domainNameField, urlField } from "./fields";
import { credential, defineUserSource, isMigratedField, text, userSourceFields, userSourceOutputs } from "./user-source";

const required = (what: string) => z.string().min(1, `${what} must not be empty`);

/**
 * A secret's stack-config entry in an exported program, named after the source and the secret (`legacyAuth0Secret`);
 * the type's word is added where the name lacks it, so two sources of different types never share a key.
 */
const fromConfig = (type: string, secret: string, what: string, always = true) => ({
  words: (entry: Readonly<Record<string, unknown>>) => {
    const name = String(entry.name);
    return name.toLowerCase().includes(type.toLowerCase()) ? `${name} ${secret}` : `${name} ${type} ${secret}`;
  },
  description: (entry: Readonly<Record<string, unknown>>) => `${what} of the user source "${String(entry.name)}"`,
  ...(always ? { when: () => true } : {}),
});

const auth0Inputs = z
  .strictObject({
    ...userSourceFields(["dynamic", "static", "new"]),
    isMigrated: isMigratedField,
    domain: domainNameField.describe("The Auth0 domain, e.g. `acme.us.auth0.com` (no scheme)."),
    clientId: required("clientId").describe("The Auth0 application's client id."),
    secret: required("secret").describe("The Auth0 application's client secret. Never stored or shown in plain text: the output holds its SHA-256 fingerprint."),
  });
/** Inputs of a {@link Auth0UserSource}. */
export type Auth0UserSourceInputs = z.input<typeof auth0Inputs>;
/** Every property of a {@link Auth0UserSource} as stored in state (credentials as fingerprints). */
export type Auth0UserSourceState = z.output<typeof auth0Inputs> & z.output<typeof userSourceOutputs>;

export const auth0UserSource = defineUserSource({
  kind: "Auth0UserSource",
  noun: "Auth0 user source",
  type: "auth0",
  description:
    "A user source that signs users in against an Auth0 tenant, through an Auth0 application. Found in Frontegg by its name. " +
    "Deleting the resource deletes the source. `secret` is stored encrypted and only as a fingerprint.",
  inputs: auth0Inputs,
  example: `config auth0ClientSecret "string" {
  secret = true
}

resource portal "frontegg-native:index:Application" {
  name = "Portal"
  appURL = "https://app.example.com"
  loginURL = "https://app.example.com/login"
}

resource legacyAuth0 "frontegg-native:index:Auth0UserSource" {
  __logicalName = "legacy-auth0"
  name = "Legacy Auth0"
  index = 1
  appIds = [portal.id]
  domain = "acme.us.auth0.com"
  clientId = "auth0-client-id"
  secret = auth0ClientSecret
  tenantConfig = {
    tenantResolverType = "dynamic"
    tenantIdFieldName = "org_id"
  }
}`,
  secrets: ["secret"],
  secretConfig: { secret: fromConfig("auth0", "secret", "Auth0 client secret") },
  configurationOf: (i) => ({ domain: i.domain, clientId: i.clientId, secret: i.secret }),
  fieldsOf: (c) => ({ domain: text(c.domain), clientId: text(c.clientId), secret: credential(c.secret) }),
});

/** AWS region names such as `eu-west-1`. */
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

const cognitoInputs = z
  .strictObject({
    ...userSourceFields(["dynamic", "static", "new"]),
    isMigrated: isMigratedField,
    region: z.string().regex(AWS_REGION, "region must be an AWS region such as eu-west-1").describe("The AWS region of the user pool, e.g. `eu-west-1`."),
    userPoolId: z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d+_[A-Za-z0-9]+$/, "userPoolId must be a Cognito user pool id such as eu-west-1_AbCdEf123")
      .describe("The Cognito user pool id, e.g. `eu-west-1_AbCdEf123`; it starts with the region."),
    clientId: required("clientId").describe("The Cognito app client id."),
    accessKeyId: z.string().regex(/^[A-Z0-9]{16,128}$/, "accessKeyId must be an AWS access key id such as AKIAIOSFODNN7EXAMPLE").describe("The AWS access key id Frontegg reads the pool with."),
    secretAccessKey: required("secretAccessKey").describe("The AWS secret access key of `accessKeyId`. Never stored or shown in plain text: the output holds its SHA-256 fingerprint."),
    clientSecret: required("clientSecret")
      .optional()
      .describe(
        "The app client's secret, needed when the app client has one. Never stored or shown in plain text. Left out, whatever Frontegg " +
          "holds is kept.",
      ),
  })
  .superRefine((i, ctx) => {
    if (typeof i.userPoolId === "string" && typeof i.region === "string" && !i.userPoolId.startsWith(`${i.region}_`)) {
      ctx.addIssue({ code: "custom", path: ["userPoolId"], message: `userPoolId must start with the region ("${i.region}_…"): a Cognito pool id names its region` });
    }
  });
/** Inputs of a {@link CognitoUserSource}. */
export type CognitoUserSourceInputs = z.input<typeof cognitoInputs>;
/** Every property of a {@link CognitoUserSource} as stored in state (credentials as fingerprints). */
export type CognitoUserSourceState = z.output<typeof cognitoInputs> & z.output<typeof userSourceOutputs>;

export const cognitoUserSource = defineUserSource({
  kind: "CognitoUserSource",
  noun: "Cognito user source",
  type: "cognito",
  description:
    "A user source that signs users in against an Amazon Cognito user pool, with an AWS key pair allowed to read it. Found in " +
    "Frontegg by its name. Deleting the resource deletes the source. `secretAccessKey` and `clientSecret` are stored encrypted " +
    "and only as fingerprints.",
  inputs: cognitoInputs,
  example: `config cognitoSecretAccessKey "string" {
  secret = true
}

resource cognito "frontegg-native:index:CognitoUserSource" {
  name = "Cognito pool"
  index = 2
  region = "eu-west-1"
  userPoolId = "eu-west-1_AbCdEf123"
  clientId = "cognito-app-client-id"
  accessKeyId = "AKIAIOSFODNN7EXAMPLE"
  secretAccessKey = cognitoSecretAccessKey
  tenantConfig = {
    tenantResolverType = "new"
  }
}`,
  secrets: ["secretAccessKey", "clientSecret"],
  secretConfig: {
    secretAccessKey: fromConfig("cognito", "secret access key", "AWS secret access key"),
    clientSecret: fromConfig("cognito", "client secret", "Cognito app client secret", false),
  },
  configurationOf: (i) =>
    Object.fromEntries(Object.entries({ region: i.region, userPoolId: i.userPoolId, clientId: i.clientId, accessKeyId: i.accessKeyId, secretAccessKey: i.secretAccessKey, clientSecret: i.clientSecret }).filter(([, v]) => v !== undefined)),
  fieldsOf: (c) => ({
    region: text(c.region),
    userPoolId: text(c.userPoolId),
    clientId: text(c.clientId),
    accessKeyId: text(c.accessKeyId),
    secretAccessKey: credential(c.secretAccessKey),
    clientSecret: credential(c.clientSecret),
  }),
});

/** The fields of a Google service-account key file (spec `FirebaseServiceAccountConfig`, all required there). */
const SERVICE_ACCOUNT_FIELDS = [
  "type",
  "project_id",
  "private_key_id",
  "private_key",
  "client_email",
  "client_id",
  "auth_uri",
  "token_uri",
  "auth_provider_x509_cert_url",
  "client_x509_cert_url",
  "universe_domain",
] as const;

/** Key files made before Google added `universe_domain` lack it; this is the value Google writes (inferred). */
const DEFAULT_UNIVERSE_DOMAIN = "googleapis.com";

/**
 * The key file as an object, or a message saying what is wrong with it (never quoting it: it holds a private key).
 * Given as its JSON text or already parsed (Pulumi YAML reads a JSON config value as an object).
 */
function serviceAccountOf(value: string | Record<string, string>): Record<string, string> | string {
  let parsed: unknown = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      return "serviceAccount must be the JSON of a Google service-account key file";
    }
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return "serviceAccount must be the JSON object of a Google service-account key file";
  const file: Record<string, unknown> = { universe_domain: DEFAULT_UNIVERSE_DOMAIN, ...(parsed as Record<string, unknown>) };
  const missing = SERVICE_ACCOUNT_FIELDS.filter((field) => typeof file[field] !== "string" || file[field] === "");
  if (missing.length > 0) return `serviceAccount lacks ${missing.join(", ")}: use the key file Google issues for the service account`;
  return Object.fromEntries(SERVICE_ACCOUNT_FIELDS.map((field) => [field, String(file[field])]));
}

/** One spelling of a key file's content, so the fingerprints of the same key file always match. */
function canonicalServiceAccount(value: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(SERVICE_ACCOUNT_FIELDS.map((field) => [field, value[field]])));
}

const firebaseInputs = z
  .strictObject({
    ...userSourceFields(["static", "new"]),
    isMigrated: isMigratedField,
    apiKey: required("apiKey").describe("The Firebase project's Web API key. Never stored or shown in plain text: the output holds its SHA-256 fingerprint."),
    serviceAccount: z
      .union([z.string(), z.record(z.string(), z.string())])
      .superRefine((value, ctx) => {
        const file = serviceAccountOf(value);
        if (typeof file === "string") ctx.addIssue({ code: "custom", message: file });
      })
      .transform((value) => {
        const file = serviceAccountOf(value);
        if (typeof file !== "string") return canonicalServiceAccount(file);
        return typeof value === "string" ? value : JSON.stringify(value);
      })
      // The canonical text is still a string: what the SDK's outputs declare.
      .pipe(z.string())
      .describe(
        "The JSON key file of a Google service account of the project, as Google issues it (its text, or the object it holds: " +
          "`type`, `project_id`, `private_key`, " +
          `\`client_email\`, …; a file without \`universe_domain\` gets \`${DEFAULT_UNIVERSE_DOMAIN}\`). Never stored or shown in plain ` +
          "text: the output holds the SHA-256 fingerprint of its content (the same key file always gives the same fingerprint).",
      ),
  });
/** Inputs of a {@link FirebaseUserSource}. */
export type FirebaseUserSourceInputs = z.input<typeof firebaseInputs>;
/** Every property of a {@link FirebaseUserSource} as stored in state (credentials as fingerprints). */
export type FirebaseUserSourceState = z.output<typeof firebaseInputs> & z.output<typeof userSourceOutputs>;

export const firebaseUserSource = defineUserSource({
  kind: "FirebaseUserSource",
  noun: "Firebase user source",
  type: "firebase",
  description:
    "A user source that signs users in against Firebase Authentication, with the project's Web API key and a service account. " +
    "Found in Frontegg by its name. Deleting the resource deletes the source. `apiKey` and `serviceAccount` are stored " +
    "encrypted and only as fingerprints.",
  inputs: firebaseInputs,
  example: `config firebaseApiKey "string" {
  secret = true
}

config firebaseServiceAccount "string" {
  description = "The service account's key file (JSON)"
  secret = true
}

resource firebase "frontegg-native:index:FirebaseUserSource" {
  name = "Firebase"
  index = 3
  apiKey = firebaseApiKey
  serviceAccount = firebaseServiceAccount
  tenantConfig = {
    tenantResolverType = "static"
    tenantId = "acme"
  }
}`,
  secrets: ["apiKey", "serviceAccount"],
  secretConfig: {
    apiKey: fromConfig("firebase", "api key", "Firebase Web API key"),
    serviceAccount: fromConfig("firebase", "service account", "Google service-account key file (JSON)"),
  },
  configurationOf: (i) => ({ apiKey: i.apiKey, serviceAccount: JSON.parse(String(i.serviceAccount)) as unknown }),
  fieldsOf: (c) => {
    const account = c.serviceAccount as Record<string, unknown> | undefined;
    // A key file whose private key came back masked is not the file: treated as not returned.
    const readable = account !== null && typeof account === "object" && credential(account.private_key) !== undefined;
    return { apiKey: credential(c.apiKey), serviceAccount: readable ? canonicalServiceAccount(account) : undefined };
  },
});

const customCodeInputs = z
  .strictObject({
    ...userSourceFields(["new", "from-source"]),
    isMigrated: isMigratedField,
    codePayload: required("codePayload").describe("The code that authenticates a user against the source. Compared with line endings and trailing white space ignored."),
    getUserCodePayload: required("getUserCodePayload")
      .optional()
      .describe("The code that looks a user up in the source. Left out, whatever Frontegg holds is kept. Compared like `codePayload`."),
  });
/** Inputs of a {@link CustomCodeUserSource}. */
export type CustomCodeUserSourceInputs = z.input<typeof customCodeInputs>;
/** Every property of a {@link CustomCodeUserSource} as stored in state (credentials as fingerprints). */
export type CustomCodeUserSourceState = z.output<typeof customCodeInputs> & z.output<typeof userSourceOutputs>;

export const customCodeUserSource = defineUserSource({
  kind: "CustomCodeUserSource",
  noun: "custom-code user source",
  type: "custom-code",
  description:
    "A user source whose users are checked by code Frontegg runs: `codePayload` authenticates a user, `getUserCodePayload` " +
    "looks one up. Secrets the code needs belong in `CustomCodeSecret` resources, not in the code. Found in Frontegg by its " +
    "name. Deleting the resource deletes the source.",
  inputs: customCodeInputs,
  example: `resource legacyDb "frontegg-native:index:CustomCodeUserSource" {
  __logicalName = "legacy-db"
  name = "Legacy database"
  index = 4
  codePayload = "export async function authenticate(email, password) { /* check against the legacy store */ }"
  tenantConfig = {
    tenantResolverType = "from-source"
  }
}`,
  secrets: [],
  secretConfig: {},
  configurationOf: (i) => Object.fromEntries(Object.entries({ codePayload: i.codePayload, getUserCodePayload: i.getUserCodePayload }).filter(([, v]) => v !== undefined)),
  fieldsOf: (c) => ({ codePayload: text(c.codePayload), getUserCodePayload: text(c.getUserCodePayload) }),
  compare: { codePayload: sameCode, getUserCodePayload: sameCode },
});

/** `oauth2Config`: where the provider's endpoints are when it publishes no discovery document. */
const oauth2ConfigField = z
  .strictObject({
    authorizationUrl: urlField("oauth2Config.authorizationUrl").describe("The provider's authorization endpoint."),
    tokenUrl: urlField("oauth2Config.tokenUrl").describe("The provider's token endpoint."),
    userInfoUrl: urlField("oauth2Config.userInfoUrl").describe("The provider's user-info endpoint."),
    scopes: z.array(z.string().min(1)).optional().describe("The scopes to request, e.g. `openid`, `email`, `profile`. A set."),
    grantTypes: z.array(z.string().min(1)).optional().describe("The OAuth2 grant types, e.g. `authorization_code`. A set."),
    codeChallengeMethods: z.array(z.string().min(1)).optional().describe("PKCE code challenge methods, e.g. `S256` (TF#253; not in the published spec). A set."),
  })
  .optional()
  .describe("The provider's OAuth2 endpoints; required when `wellknownUrl` is not given.");

/** `oauth2Config` with its lists as sorted sets, so order never reads as a change. */
function canonicalOauth2(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, v]) => [key, Array.isArray(v) ? [...new Set(v.map(String))].sort() : v]));
}

const federationInputs = z
  .strictObject({
    ...userSourceFields(["dynamic", "static", "new"]),
    clientId: required("clientId").describe("The client id Frontegg has at the provider."),
    secret: required("secret")
      .optional()
      .describe("The client secret Frontegg has at the provider; required unless `usePkce`. Never stored or shown in plain text: the output holds its SHA-256 fingerprint."),
    usePkce: z.boolean().default(false).describe("Whether sign-in uses PKCE instead of a client secret (TF#253; not in the published spec)."),
    wellknownUrl: urlField("wellknownUrl").optional().describe("The provider's OpenID discovery document URL; or give `oauth2Config`."),
    oauth2Config: oauth2ConfigField,
  })
  .superRefine((i, ctx) => {
    if (i.secret === undefined && i.usePkce !== true) ctx.addIssue({ code: "custom", path: ["secret"], message: "secret is required unless usePkce is true" });
    if (i.wellknownUrl === undefined && i.oauth2Config === undefined) {
      ctx.addIssue({ code: "custom", path: ["wellknownUrl"], message: "give wellknownUrl (the discovery document) or oauth2Config (the endpoints)" });
    }
  });
/** Inputs of a {@link FederationUserSource}. */
export type FederationUserSourceInputs = z.input<typeof federationInputs>;
/** Every property of a {@link FederationUserSource} as stored in state (credentials as fingerprints). */
export type FederationUserSourceState = z.output<typeof federationInputs> & z.output<typeof userSourceOutputs>;

export const federationUserSource = defineUserSource({
  kind: "FederationUserSource",
  noun: "federation user source",
  type: "federation",
  description:
    "A user source that federates sign-in to an OpenID Connect or OAuth2 identity provider: by its discovery document " +
    "(`wellknownUrl`) or its endpoints (`oauth2Config`). Found in Frontegg by its name. Deleting the resource deletes the " +
    "source. `secret` is stored encrypted and only as a fingerprint.",
  inputs: federationInputs,
  example: `config partnerIdpSecret "string" {
  secret = true
}

resource partnerIdp "frontegg-native:index:FederationUserSource" {
  __logicalName = "partner-idp"
  name = "Partner IdP"
  index = 5
  wellknownUrl = "https://idp.partner.example/.well-known/openid-configuration"
  clientId = "frontegg"
  secret = partnerIdpSecret
  tenantConfig = {
    tenantResolverType = "static"
    tenantId = "partner"
  }
}`,
  secrets: ["secret"],
  secretConfig: { secret: fromConfig("federation", "secret", "OAuth2 client secret", false) },
  configurationOf: (i) =>
    Object.fromEntries(
      Object.entries({ clientId: i.clientId, secret: i.secret, usePkce: i.usePkce, wellknownUrl: i.wellknownUrl, oauth2Config: i.oauth2Config }).filter(([, v]) => v !== undefined),
    ),
  fieldsOf: (c): State => ({
    clientId: text(c.clientId),
    secret: credential(c.secret),
    usePkce: c.usePkce === true,
    wellknownUrl: text(c.wellknownUrl),
    oauth2Config: c.oauth2Config ?? undefined,
  }),
  compare: { oauth2Config: (current, desired) => sameValue(canonicalOauth2(current), canonicalOauth2(desired)) },
});
