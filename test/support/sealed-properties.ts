/**
 * Every sealed property of every kind, with inputs that declare it, and a way to change it "in the portal": the
 * table the drift tests of sealed properties run over. The list of sealed properties is derived from the
 * definitions' `secrets`, and `sealedRows` fails on one that no row declares, so a new kind with a secret cannot
 * go untested.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FronteggClient } from "../../provider/client";
import { findByKey } from "../../provider/lifecycle/lookup";
import { Session } from "../../provider/lifecycle/session";
import { definitionOf, RESOURCE_DEFINITIONS } from "../../provider/resources";
import { serviceAccountJson } from "./service-account";

type Props = Record<string, unknown>;

/** The tenant the SSO rows belong to: create it in the emulator first. */
export const SEALED_TENANT = "acme";

const CERT_PEM = readFileSync(join(__dirname, "..", "fixtures", "idp-cert.pem"), "utf8");

/** One resource declaring one sealed property. */
export interface SealedRow {
  /** Resource name in programs. */
  readonly name: string;
  readonly kind: string;
  readonly property: string;
  /** The declared inputs, the sealed property's value included. */
  readonly inputs: Props;
  /** The values the portal sets (by variant), where appending to the declared one would not be valid (a JSON key file). */
  readonly portalValue?: (variant: number) => string;
}

const COGNITO = { index: 2, region: "eu-west-1", userPoolId: "eu-west-1_AbCdEf123", clientId: "cognito-client", accessKeyId: "AKIAIOSFODNN7EXAMPLE", tenantConfig: { tenantResolverType: "new" } };
const FIREBASE = { index: 3, apiKey: "firebase-api-key-0014", serviceAccount: serviceAccountJson("firebase-private-key-0015"), tenantConfig: { tenantResolverType: "new" } };

const ROWS: readonly SealedRow[] = [
  { name: "captcha", kind: "CaptchaPolicy", property: "secretKey", inputs: { siteKey: "site-key", secretKey: "captcha-secret-never-shown-0001", minScore: 0.5 } },
  {
    name: "hook",
    kind: "Webhook",
    property: "secret",
    inputs: { displayName: "Sealed hook", url: "https://hooks.example.com/sealed", eventKeys: ["frontegg.user.signedUp"], secret: "webhook-secret-never-shown-0002" },
  },
  {
    name: "github",
    kind: "SocialLogin",
    property: "secret",
    inputs: { type: "github", clientId: "Iv1.sealed", secret: "social-secret-never-shown-0003", redirectUrl: "https://app.example.com/cb" },
  },
  {
    name: "oidc",
    kind: "SsoConfiguration",
    property: "oidcSecret",
    inputs: { tenantId: SEALED_TENANT, type: "oidc", ssoEndpoint: "https://login.acme.example", oidcClientId: "acme-app", oidcSecret: "oidc-secret-never-shown-0004" },
  },
  {
    name: "saml",
    kind: "SsoConfiguration",
    property: "idpClientSecret",
    inputs: {
      tenantId: SEALED_TENANT,
      type: "saml",
      ssoEndpoint: "https://idp.acme.example/sso",
      publicCertificate: CERT_PEM,
      idpClientId: "graph-app",
      idpClientSecret: "graph-secret-never-shown-0005",
    },
  },
  { name: "email", kind: "EmailProvider", property: "secret", inputs: { provider: "sendgrid", secret: "email-provider-secret-never-shown-0006" } },
  {
    name: "prehook",
    kind: "Prehook",
    property: "secret",
    inputs: { displayName: "Sealed prehook", eventKeys: ["SIGN_UP"], failMethod: "OPEN", url: "https://hooks.example.com/prehook", secret: "prehook-secret-never-shown-0006" },
  },
  {
    name: "auth0",
    kind: "Auth0UserSource",
    property: "secret",
    inputs: { name: "Sealed Auth0", index: 1, domain: "acme.us.auth0.com", clientId: "auth0-client", secret: "auth0-secret-never-shown-0007", tenantConfig: { tenantResolverType: "new" } },
  },
  {
    name: "cognito-key",
    kind: "CognitoUserSource",
    property: "secretAccessKey",
    inputs: { ...COGNITO, name: "Sealed Cognito key", secretAccessKey: "cognito-key-never-shown-0008" },
  },
  {
    name: "cognito-client",
    kind: "CognitoUserSource",
    property: "clientSecret",
    inputs: { ...COGNITO, name: "Sealed Cognito client", secretAccessKey: "cognito-key-never-shown-0009", clientSecret: "cognito-client-secret-never-shown-0010" },
  },
  {
    name: "firebase-key",
    kind: "FirebaseUserSource",
    property: "apiKey",
    inputs: { ...FIREBASE, name: "Sealed Firebase key", apiKey: "firebase-api-key-never-shown-0011" },
  },
  {
    name: "firebase-account",
    kind: "FirebaseUserSource",
    property: "serviceAccount",
    inputs: { ...FIREBASE, name: "Sealed Firebase account", serviceAccount: serviceAccountJson("firebase-private-key-never-shown-0012") },
    portalValue: (variant) => serviceAccountJson(`firebase-private-key-changed-in-portal-${variant}`),
  },
  {
    name: "federation",
    kind: "FederationUserSource",
    property: "secret",
    inputs: { name: "Sealed federation", index: 6, clientId: "frontegg", wellknownUrl: "https://idp.example/.well-known/openid-configuration", secret: "federation-secret-never-shown-0013", tenantConfig: { tenantResolverType: "new" } },
  },
];

/**
 * Sealed properties Frontegg never returns by any route (the definitions' `neverReturned`): no refresh can see
 * them changed in the portal, so the drift suites cannot cover them. State keeps the fingerprint of the value last
 * written, which test/provider/custom-code.test.ts checks.
 */
function neverReturned(): string[] {
  return Object.entries(RESOURCE_DEFINITIONS).flatMap(([kind, definition]) => (definition.neverReturned ?? []).map((property) => `${kind}.${property}`));
}

/** Every sealed property, as `Kind.property`, from the definitions. */
export function sealedProperties(): string[] {
  return Object.entries(RESOURCE_DEFINITIONS).flatMap(([kind, definition]) => definition.secrets.map((property) => `${kind}.${property}`));
}

/** The rows, after checking that they cover exactly the sealed properties the definitions declare. */
export function sealedRows(): readonly SealedRow[] {
  const covered = [...ROWS.map((row) => `${row.kind}.${row.property}`), ...neverReturned()].sort();
  const declared = sealedProperties().sort();
  if (JSON.stringify(covered) !== JSON.stringify(declared)) {
    throw new Error(`test/support/sealed-properties.ts covers ${covered.join(", ")}, but the definitions seal ${declared.join(", ")}: add a row`);
  }
  return ROWS;
}

/** The value a row's sealed property gets in the portal; another `variant`, another value. */
export function portalValue(row: SealedRow, variant = 0): string {
  if (row.portalValue) return row.portalValue(variant);
  return `${String(row.inputs[row.property])}-changed-in-portal${variant === 0 ? "" : `-${variant}`}`;
}

/** Sets the row's sealed property in Frontegg to `value`, behind Pulumi's back, as a change in the portal does. */
export async function changeInPortal(client: FronteggClient, row: SealedRow, value: string = portalValue(row)): Promise<void> {
  const definition = definitionOf(row.kind)!;
  // The inputs as the lifecycle hands them over: parsed, defaults filled in.
  const inputs = definition.inputs.parse({ ...row.inputs, [row.property]: value });
  const current = await findByKey(new Session(client), definition, inputs);
  if (!current) throw new Error(`${row.kind} "${row.name}" is not in Frontegg`);
  await definition.update(client, definition.idOf(current, inputs), inputs, current, [row.property]);
}

/** The row's sealed property as Frontegg holds it now. */
export async function portalSecret(client: FronteggClient, row: SealedRow): Promise<unknown> {
  const current = await findByKey(new Session(client), definitionOf(row.kind)!, row.inputs);
  return current?.[row.property];
}
