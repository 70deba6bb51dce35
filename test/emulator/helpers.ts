import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../emulator";

/** Credentials every test emulator accepts. */
export const CLIENT_ID = "test-client-id";
export const SECRET = "test-secret-key";

/** A parsed HTTP answer. */
export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  /** Raw body text ("" for an empty body). */
  text: string;
  /** Parsed JSON body; undefined when the body is empty. */
  body: T;
}

/** Options for one call. */
export interface CallOptions {
  /** JSON-encoded unless a string (sent as is, with a JSON content type). */
  body?: unknown;
  tenantId?: string;
  headers?: Record<string, string>;
  /** Send no token. */
  anonymous?: boolean;
}

/** An emulator started for one test file, with an authenticated caller. */
export interface TestEmulator {
  readonly emulator: RunningEmulator;
  readonly url: string;
  /** The current token (refreshed by {@link TestEmulator.authenticate}). */
  token: string;
  /** Fetches a new token. */
  authenticate(): Promise<string>;
  /** Calls a Frontegg route with the token. */
  call<T = unknown>(method: string, path: string, options?: CallOptions): Promise<Answer<T>>;
  /** Calls a `/_emulator/` control route. */
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<Answer<T>>;
  stop(): Promise<void>;
}

/** Reads a fetch response into an Answer. */
export async function answer<T>(response: Response): Promise<Answer<T>> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: (text === "" ? undefined : JSON.parse(text)) as T };
}

/** Starts an emulator on a random port with the test credentials, and authenticates. */
export async function startTestEmulator(options: Partial<EmulatorOptions> = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, port: 0, ...options });
  const request = async <T>(method: string, path: string, token: string | undefined, o: CallOptions): Promise<Answer<T>> => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.body !== undefined) headers["content-type"] = "application/json";
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    if (o.tenantId !== undefined) headers["frontegg-tenant-id"] = o.tenantId;
    const body = o.body === undefined ? undefined : typeof o.body === "string" ? o.body : JSON.stringify(o.body);
    return answer<T>(await fetch(`${emulator.url}${path}`, { method, headers, body }));
  };
  const test: TestEmulator = {
    emulator,
    url: emulator.url,
    token: "",
    async authenticate() {
      const result = await request<{ token: string }>("POST", "/auth/vendor", undefined, {
        body: { clientId: CLIENT_ID, secret: SECRET },
      });
      if (result.status !== 200) throw new Error(`authentication failed: ${result.status} ${result.text}`);
      test.token = result.body.token;
      return test.token;
    },
    call: (method, path, o = {}) => request(method, path, o.anonymous ? undefined : test.token, o),
    control: (method, path, body) => request(method, `/_emulator${path}`, undefined, { body }),
    stop: () => emulator.stop(),
  };
  await test.authenticate();
  return test;
}

/**
 * Starts one emulator for the enclosing describe block (beforeAll/afterAll) and returns a handle to it;
 * with `resetBeforeEach`, every test starts from a new environment.
 */
export function useEmulator(options: Partial<EmulatorOptions> = {}, { resetBeforeEach = false } = {}): TestEmulator {
  let current: TestEmulator | undefined;
  const get = (): TestEmulator => {
    if (!current) throw new Error("the emulator is not started yet (use the handle inside tests or hooks)");
    return current;
  };
  beforeAll(async () => {
    current = await startTestEmulator(options);
  });
  afterAll(async () => {
    await current?.stop();
  });
  if (resetBeforeEach) {
    beforeEach(async () => {
      await get().control("POST", "/reset");
    });
  }
  return {
    get emulator() {
      return get().emulator;
    },
    get url() {
      return get().url;
    },
    get token() {
      return get().token;
    },
    set token(value: string) {
      get().token = value;
    },
    authenticate: () => get().authenticate(),
    call: (method, path, callOptions) => get().call(method, path, callOptions),
    control: (method, path, body) => get().control(method, path, body),
    stop: () => get().stop(),
  };
}

/** Role paths. */
export const ROLES = "/identity/resources/roles/v1";
/** Permission paths. */
export const PERMISSIONS = "/identity/resources/permissions/v1";
/** Category paths. */
export const CATEGORIES = "/identity/resources/permissions/v1/categories";
/** Policy paths. */
export const CONFIGURATIONS = "/identity/resources/configurations";
/** Email template paths. */
export const MAIL = "/identity/resources/mail/v1/configs";
/** SSO paths. */
export const SSO = "/team/resources/sso/v1/configurations";
/** Tenant paths. */
export const TENANTS = "/tenants/resources/tenants";

/** A minimal role, as Frontegg returns it. */
export interface RoleView {
  id: string;
  tenantId: string | null;
  key: string;
  name: string;
  description: string;
  level: number;
  permissions: string[];
  [key: string]: unknown;
}

/** A minimal permission, as Frontegg returns it. */
export interface PermissionView {
  id: string;
  key: string;
  name: string;
  categoryId: string | null;
  roleIds: string[];
  fePermission: boolean;
  [key: string]: unknown;
}

/** A permission category, as Frontegg returns it. */
export interface CategoryView {
  id: string;
  name: string;
  description: string | null;
  feCategory: boolean;
  createdAt: string;
}

/** An error body. */
export interface ErrorView {
  errors: string[];
  errorCode: string;
  message?: string;
}
