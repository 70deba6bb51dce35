/**
 * HostedLogin: whether Frontegg's hosted login (the OAuth configuration) is on, the switch beside the redirect URIs
 * and allowed origins it uses (RedirectUri, AllowedOrigin). No spec: `GET /oauth/resources/configurations/v1`
 * → `{isActive}`, `POST …/activate` / `…/deactivate` (notes-more §7, notes-3 §6d).
 */
import { z } from "zod";
import { HostedLoginSwitch } from "../client";
import { adoptExistingField } from "./fields";
import { ENVIRONMENT_ITSELF } from "./environment-settings";
import { singletonPolicy } from "./singleton-policy";

const inputs = z.strictObject({
  // Required, no default: switching the hosted login decides whether anyone can sign in through it, so the
  // program says which way.
  isActive: z
    .boolean({ error: "isActive is required: true switches the hosted login on, false off" })
    .describe("Whether the hosted login is on: users sign in on Frontegg's login page and come back to a RedirectUri. Required."),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link HostedLogin}. */
export type HostedLoginInputs = z.input<typeof inputs>;
/** Every property of a {@link HostedLogin} as stored in state. */
export type HostedLoginState = Inputs;

/** The HostedLogin resource kind. */
export const hostedLogin = singletonPolicy<Inputs, HostedLoginSwitch, HostedLoginSwitch>({
  kind: "HostedLogin",
  noun: "hosted login switch",
  description:
    "Whether the environment's hosted login (Frontegg's OAuth login page) is on. Declare it beside the RedirectUri " +
    "and AllowedOrigin resources the hosted login uses. There is one per environment: creating the resource " +
    "switches the hosted login as declared, whatever it was. Deleting the resource leaves the hosted login as it " +
    "is (on stays on): switching it off would stop every sign-in through it, which removing a resource from a " +
    "program should not do; declare `isActive: false` to switch it off. Unlike Frontegg's Terraform " +
    "`frontegg_workspace`, no other resource ever switches it.",
  example: `resource hostedLogin "frontegg-native:index:HostedLogin" {
  __logicalName = "hosted-login"
  isActive = true
}`,
  inputs,
  outputs: z.object({}),
  api: (client) => client.hostedLogin.activation,
  toRequest: (i) => ({ isActive: i.isActive }),
  toState: (s) => ({ isActive: s.isActive }),
  // No `defaults`: a delete leaves the switch as it is (see the description). Frontegg's Terraform provider
  // deactivates when its `hosted_login` block is absent (notes-3 §6d), which is what this kind avoids.
  environment: { section: ENVIRONMENT_ITSELF, namePrefix: "hosted-login" },
});
