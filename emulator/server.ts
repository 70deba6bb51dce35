import Fastify, { type FastifyInstance } from "fastify";
import type { EmulatorContext } from "./context";
import { fail, toApiError } from "./errors";
import { dropAfterHandling, installHooks, pathOf } from "./hooks";
import { registerApplicationRoutes } from "./routes/applications";
import { registerAuthRoutes } from "./routes/auth";
import { registerCategoryRoutes } from "./routes/categories";
import { registerCustomCodeRoutes } from "./routes/custom-code";
import { registerControlRoutes } from "./routes/control";
import { registerEmailProviderRoutes } from "./routes/email-provider";
import { registerEmailTemplateRoutes } from "./routes/email-templates";
import { registerEntitlementRoutes } from "./routes/entitlements";
import { registerIntegrationRoutes } from "./routes/integrations";
import { registerHostedLoginRoutes } from "./routes/hosted-login";
import { registerJwtTemplateRoutes } from "./routes/jwt-templates";
import { registerMetadataRoutes } from "./routes/metadata";
import { registerMfaStrategyRoutes } from "./routes/mfa-strategies";
import { registerPermissionRoutes } from "./routes/permissions";
import { registerPolicyRoutes } from "./routes/policies";
import { registerRestrictionRoutes } from "./routes/restrictions";
import { registerRoleRoutes } from "./routes/roles";
import { registerSsoRoutes } from "./routes/sso";
import { registerSsoSettingRoutes } from "./routes/sso-settings";
import { registerTenantRoutes } from "./routes/tenants";
import { registerVendorRoutes } from "./routes/vendors";
import { registerVendorSsoRoutes } from "./routes/vendor-sso";
import { registerUserSourceRoutes } from "./routes/user-sources";

/**
 * Request bodies up to 1.5 MiB: an email template's htmlTemplate may be 1,000,000 characters (spec), plus
 * JSON escaping and the other fields. Anything larger gets 413.
 */
export const BODY_LIMIT = 1.5 * 1024 * 1024;

/** Keys that could reach an object's prototype if a handler ever merged a body with Object.assign. */
const dropPrototypeKeys = (key: string, value: unknown): unknown =>
  key === "__proto__" || key === "constructor" ? undefined : value;

/** Builds the fastify app for one emulated environment (not listening yet). */
export function buildServer(ctx: EmulatorContext, options: { readonly logger?: boolean } = {}): FastifyInstance {
  const app = Fastify({
    // Logs go to stderr so stdout stays machine-readable (the CLI prints its URL line there).
    logger: options.logger ? { level: "info", stream: process.stderr } : false,
    bodyLimit: BODY_LIMIT,
    routerOptions: { ignoreTrailingSlash: true },
    // stop() must not wait for idle keep-alive connections.
    forceCloseConnections: true,
  });

  // An empty JSON body is "no body" (as Express/NestJS treat it), not an error; unparsable JSON is a 400.
  app.removeContentTypeParser(["application/json"]);
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, text, done) => {
    const source = String(text);
    if (source.trim() === "") return done(null, undefined);
    try {
      done(null, JSON.parse(source, dropPrototypeKeys));
    } catch {
      done(fail("MALFORMED_JSON"), undefined);
    }
  });

  installHooks(app, ctx);

  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiError(error);
    if (apiError.kind === "INTERNAL") request.log.error({ err: error }, "emulator handler failed");
    if (dropAfterHandling(ctx, request, reply, apiError.status)) return reply;
    return reply.code(apiError.status).headers(apiError.headers).send(apiError.toBody());
  });

  app.setNotFoundHandler((request) => {
    throw fail("ROUTE_NOT_FOUND", `Cannot ${request.method} ${pathOf(request)}`);
  });

  registerAuthRoutes(app, ctx);
  registerRoleRoutes(app, ctx);
  registerPermissionRoutes(app, ctx);
  registerCategoryRoutes(app, ctx);
  registerPolicyRoutes(app, ctx);
  registerMfaStrategyRoutes(app, ctx);
  registerEmailTemplateRoutes(app, ctx);
  registerSsoRoutes(app, ctx);
  registerTenantRoutes(app, ctx);
  registerRestrictionRoutes(app, ctx);
  registerEntitlementRoutes(app, ctx);
  registerIntegrationRoutes(app, ctx);
  registerApplicationRoutes(app, ctx);
  registerHostedLoginRoutes(app, ctx);
  registerJwtTemplateRoutes(app, ctx);
  registerEmailProviderRoutes(app, ctx);
  registerSsoSettingRoutes(app, ctx);
  registerVendorRoutes(app, ctx);
  registerVendorSsoRoutes(app, ctx);
  registerMetadataRoutes(app, ctx);
  registerCustomCodeRoutes(app, ctx);
  registerUserSourceRoutes(app, ctx);
  registerControlRoutes(app, ctx);
  return app;
}
