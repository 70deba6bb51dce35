/** Applications by name. Credentials are never read (see the README: Applications' credentials are never stored). */
import { z } from "zod";
import type { Application } from "../client/api/applications";
import { definedOnly } from "../lifecycle/definition";
import { defineFunction } from "./definition";
import { pickUnique } from "./find";

/** An application as the function returns it: what Frontegg lists, never a credential. */
export const ApplicationResult = z.object({
  id: z.string().describe("The application's id (its client id), e.g. for a RedirectUri or AllowedOrigin."),
  name: z.string().describe("The application's name."),
  appUrl: z.string().optional().describe("The application's URL."),
  loginUrl: z.string().optional().describe("The application's login URL."),
  type: z.string().optional().describe("The application's type, e.g. `web`."),
  isDefault: z.boolean().optional().describe("Whether it is the environment's default application."),
  isActive: z.boolean().optional().describe("Whether the application is active."),
});

function applicationResult(application: Application): z.output<typeof ApplicationResult> {
  const { id, name, type, isDefault, isActive } = application;
  return definedOnly({ id, name, appUrl: application.appURL, loginUrl: application.loginURL, type, isDefault, isActive });
}

/** `getApplication`: one application by name. */
export const getApplication = defineFunction({
  name: "getApplication",
  description:
    "One application by name, without its credentials (Frontegg serves them from a route this package never calls). Fails when no " +
    "application has the name, or when several do.",
  inputs: z.object({ name: z.string().min(1).describe("The application's name.") }),
  outputs: ApplicationResult,
  async run(client, { name }, caller) {
    const applications = await client.applications.list();
    const lookup = { caller, noun: "application", keyName: "name", where: "the Frontegg environment", advice: "check the name" };
    return applicationResult(pickUnique(lookup, name, applications, (a) => a.name, (a) => a.id));
  },
});
