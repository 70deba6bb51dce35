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
}

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
];

/** Every sealed property, as `Kind.property`, from the definitions. */
export function sealedProperties(): string[] {
  return Object.entries(RESOURCE_DEFINITIONS).flatMap(([kind, definition]) => definition.secrets.map((property) => `${kind}.${property}`));
}

/** The rows, after checking that they cover exactly the sealed properties the definitions declare. */
export function sealedRows(): readonly SealedRow[] {
  const covered = ROWS.map((row) => `${row.kind}.${row.property}`).sort();
  const declared = sealedProperties().sort();
  if (JSON.stringify(covered) !== JSON.stringify(declared)) {
    throw new Error(`test/support/sealed-properties.ts covers ${covered.join(", ")}, but the definitions seal ${declared.join(", ")}: add a row`);
  }
  return ROWS;
}

/** The value a row's sealed property gets in the portal. */
export function portalValue(row: SealedRow): string {
  return `${String(row.inputs[row.property])}-changed-in-portal`;
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
