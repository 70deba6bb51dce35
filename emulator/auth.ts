import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { ApiError } from "./errors";

/** An issued environment token, as `POST /auth/vendor` answers it. */
export interface IssuedToken {
  readonly token: string;
  /** Lifetime in seconds. */
  readonly expiresIn: number;
}

/**
 * Environment (vendor) tokens, shaped like Frontegg's vendor JWTs: a header, a payload carrying
 * `{type:"vendor", vendorId}` (TF-PR#263 `provider/vendor_token.go`; clients read the vendor id from it for the
 * routes that want it as `frontegg-tenant-id`, notes-more "Vendor id"), and a random part in place of a
 * signature, which is what makes each token unique. The emulator checks tokens by lookup, never by signature. Kept apart from the store on purpose:
 * resetting the environment does not log clients out unless asked, and tokens are never persisted.
 */
export class TokenStore {
  private readonly expiries = new Map<string, number>();
  /** The API key `POST /auth/vendor` accepts now; {@link rotateSecret} replaces it. */
  private secret: string;

  constructor(
    private readonly clientId: string,
    private readonly initialSecret: string,
    /** Token lifetime in seconds. */
    private readonly expiresIn: number,
    private readonly now: () => number = Date.now,
  ) {
    this.secret = initialSecret;
  }

  /** A new token for the environment `vendorId` when the credentials match; INVALID_CREDENTIALS otherwise. */
  issue(clientId: string, secret: string, vendorId: string): IssuedToken {
    if (!sameText(clientId, this.clientId) || !sameText(secret, this.secret)) throw new ApiError("INVALID_CREDENTIALS");
    const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString("base64url");
    const token = `${part({ alg: "none", typ: "JWT" })}.${part({ type: "vendor", vendorId })}.${randomBytes(32).toString("base64url")}`;
    this.expiries.set(token, this.now() + this.expiresIn * 1000);
    return { token, expiresIn: this.expiresIn };
  }

  /** Throws UNAUTHORIZED unless the request carries a live token (`Authorization: Bearer` or `x-access-token`). */
  authenticate(headers: IncomingHttpHeaders): void {
    const token = tokenFrom(headers);
    if (!token) throw new ApiError("UNAUTHORIZED", ["Missing access token"]);
    const expiry = this.expiries.get(token);
    if (expiry === undefined) throw new ApiError("UNAUTHORIZED", ["Invalid access token"]);
    if (expiry <= this.now()) {
      this.expiries.delete(token);
      throw new ApiError("UNAUTHORIZED", ["Access token expired"]);
    }
  }

  /** Every token issued and still live, so tests can prove no token leaked into what they inspect. */
  issued(): string[] {
    return [...this.expiries.keys()];
  }

  /** Invalidates every token issued so far: clients must authenticate again. */
  expireAll(): void {
    this.expiries.clear();
  }

  /**
   * Replaces the environment's API key, as regenerating it in the portal does: the old key is refused from now
   * on, and tokens issued under it stop working, so every client must authenticate with the new one.
   */
  rotateSecret(secret: string): void {
    this.secret = secret;
    this.expireAll();
  }

  /** Back to the API key the emulator started with (tokens are left alone). */
  restoreSecret(): void {
    this.secret = this.initialSecret;
  }
}

function tokenFrom(headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization;
  const bearer = typeof authorization === "string" ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
  const accessToken = headers["x-access-token"];
  return bearer ?? (typeof accessToken === "string" && accessToken !== "" ? accessToken.trim() : undefined);
}

/** Constant-time comparison, so the emulator does not teach timing attacks by example. */
function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
