import { inspect } from "node:util";
import { FronteggApiError, FronteggClient, FronteggResponseValidationError } from "../../provider/client";
import { SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { answerVendorAuth, startRawServer } from "../support/raw-server";

describe("errors", () => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await useEmulator();
  });
  afterAll(() => emulator.stop());

  it("carry method, path, status, Frontegg's messages, error code and trace id, and no secret or token", async () => {
    const client = emulator.client();
    await client.roles.create([{ key: "dup", name: "Dup", level: 3 }]);
    const error = (await client.roles.create([{ key: "dup", name: "Dup", level: 3 }]).catch((e: unknown) => e)) as FronteggApiError;
    expect(error).toBeInstanceOf(FronteggApiError);
    expect(error.method).toBe("POST");
    expect(error.path).toBe("/identity/resources/roles/v1");
    expect(error.status).toBeGreaterThanOrEqual(400);
    expect(error.errors.length).toBeGreaterThan(0);
    expect(error.errorCode).toMatch(/^ER-/);
    expect(error.traceId).toMatch(/\w+/);
    expect(error.message).toContain(error.errors[0]!);
    expect(error.message).toContain(error.traceId!);
    for (const text of [error.message, JSON.stringify(error), inspect(error, { depth: 10 }), String(error.stack)]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toMatch(/Bearer|authorization/i);
    }
  });

  it("turn a 404 into an error callers can test for", async () => {
    const error = (await emulator.client().roles.update("no-such-role", { name: "x" }).catch((e: unknown) => e)) as FronteggApiError;
    expect(error).toBeInstanceOf(FronteggApiError);
    expect(error.isNotFound).toBe(true);
  });

  it("name the endpoint and the field when a response does not have the documented shape", async () => {
    // A stand-in for an API that changed: a raw server, since the emulator only answers correctly.
    const server = await startRawServer((request, response) => {
      if (answerVendorAuth(request, response)) return;
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify([{ id: "r1", key: "k", name: "n", level: "high", createdAt: "x", updatedAt: "x" }]));
    });
    try {
      const client = new FronteggClient({ clientId: "c", secretKey: "s", apiBaseUrl: server.url }, {});
      const error = await client.roles.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FronteggResponseValidationError);
      expect((error as Error).message).toMatch(/GET \/identity\/resources\/roles\/v1 .*\[0\]\.level: /);
    } finally {
      await server.close();
    }
  });

  it("never show the secret when the client itself is logged", () => {
    const client = emulator.client();
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain(SECRET);
    expect(JSON.stringify(client)).not.toContain(SECRET);
  });
});
