/**
 * A key Frontegg rejects while reading or deleting (what refresh and destroy run, with the configuration recorded
 * in state) names the likely cause, a rotated key, and the command to run; other steps keep the plain message.
 */
import { FronteggAuthError, FronteggApiError } from "../../provider/client";
import { shim } from "../../provider";
import { ResourceError } from "../../provider/lifecycle/errors";
import { ROTATED_KEY_HINT, withRotatedKeyHint } from "../../provider/lifecycle/rotated-key";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await useEmulator();
});
afterAll(() => emulator.stop());

const configure = (secret: string) =>
  shim("Permission").configure!({
    config: { get: (key: string) => ({ "frontegg-native:clientId": CLIENT_ID, "frontegg-native:secretKey": secret, "frontegg-native:apiBaseUrl": emulator.url })[key] },
  } as never);

it("says a rejected key during read and delete may be a rotated one, and what to run", async () => {
  await configure(SECRET);
  const [created] = await emulator.client().permissions.create([{ key: "rotation.read", name: "Read" }]);
  await configure("an-old-key-0000");
  const props = { key: "rotation.read", name: "Read", description: "", permissionId: created!.id };
  for (const run of [() => shim("Permission").read!(created!.id, props), () => shim("Permission").delete!(created!.id, props)]) {
    const error = await run().then(() => undefined, (e: unknown) => e as Error);
    expect(error).toBeInstanceOf(ResourceError);
    expect(error!.message).toMatch(/^(reading|deleting) permission "rotation.read": Frontegg rejected the environment credentials/);
    expect(error!.message).toContain("if you rotated the API key, run `pulumi refresh --run-program` (or `pulumi up`) first");
    expect(error!.message).not.toContain("an-old-key-0000");
  }
});

it("leaves create's rejection and every other error as they are", async () => {
  await configure("an-old-key-0000");
  const error = await shim("Permission").create!({ key: "rotation.new", name: "New", description: "" }).then(() => undefined, (e: unknown) => e as Error);
  expect(error!.message).toMatch(/Frontegg rejected the environment credentials/);
  expect(error!.message).not.toContain(ROTATED_KEY_HINT);
  const other = new FronteggApiError({ method: "GET", path: "/x", status: 500, errors: [] });
  expect(withRotatedKeyHint(other)).toBe(other);
  expect((withRotatedKeyHint(new FronteggAuthError(401, undefined)) as Error).message).toContain(ROTATED_KEY_HINT);
});
