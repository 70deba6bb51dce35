import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { startEmulator } from "../../emulator";
import { CONFIGURATIONS, ROLES, startTestEmulator, CLIENT_ID, SECRET, type RoleView } from "./helpers";

describe("state persistence", () => {
  let directory: string;
  let statePath: string;
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), "frontegg-emulator-"));
    statePath = path.join(directory, "state.json");
  });
  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  const otherFiles = () => fs.readdirSync(directory).filter((name) => name !== "state.json");

  it("restores roles, policies and built-ins across a restart", async () => {
    const first = await startTestEmulator({ statePath });
    await first.call("POST", ROLES, { body: [{ key: "kept", name: "Kept", level: 4 }] });
    await first.call("POST", `${CONFIGURATIONS}/v1/lockout-policy`, { body: { enabled: true, maxAttempts: 4 }, tenantId: "t" });
    const before = (await first.control("GET", "/state")).body;
    await first.stop();

    const second = await startTestEmulator({ statePath });
    try {
      expect((await second.control("GET", "/state")).body).toEqual(before);
      expect((await second.call<RoleView[]>("GET", ROLES)).body.map((r) => r.key)).toContain("kept");
      expect((await second.call("GET", `${CONFIGURATIONS}/v1/lockout-policy`, { tenantId: "t" })).status).toBe(200);
    } finally {
      await second.stop();
    }
  });

  it("writes after every mutating request, leaving a parseable file and no temporary files", async () => {
    const emu = await startTestEmulator({ statePath });
    try {
      for (let i = 0; i < 20; i++) {
        await emu.call("POST", ROLES, { body: [{ key: `r${i}`, name: `R${i}`, level: 1 }] });
        const saved = JSON.parse(fs.readFileSync(statePath, "utf8"));
        expect(saved.roles).toHaveLength(3 + i);
        expect(otherFiles()).toEqual([]);
      }
    } finally {
      await emu.stop();
    }
  });

  it("keeps the file parseable while many writes race", async () => {
    const emu = await startTestEmulator({ statePath });
    let reads = 0;
    let stop = false;
    const reader = (async () => {
      while (!stop) {
        if (fs.existsSync(statePath)) {
          JSON.parse(fs.readFileSync(statePath, "utf8"));
          reads++;
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    try {
      await Promise.all(Array.from({ length: 40 }, (_, i) => emu.call("POST", ROLES, { body: [{ key: `c${i}`, name: "C", level: 1 }] })));
    } finally {
      stop = true;
      await reader;
      await emu.stop();
    }
    expect(reads).toBeGreaterThan(0);
    expect(JSON.parse(fs.readFileSync(statePath, "utf8")).roles).toHaveLength(42);
    expect(otherFiles()).toEqual([]);
  });

  it("persists a reset", async () => {
    const emu = await startTestEmulator({ statePath });
    await emu.call("POST", ROLES, { body: [{ key: "temp", name: "T", level: 1 }] });
    await emu.control("POST", "/reset");
    await emu.stop();
    expect(JSON.parse(fs.readFileSync(statePath, "utf8")).roles.map((r: RoleView) => r.key)).toEqual(["Admin", "ReadOnly"]);
  });

  it("does not write on reads", async () => {
    const emu = await startTestEmulator({ statePath });
    try {
      await emu.call("GET", ROLES);
      expect(fs.existsSync(statePath)).toBe(false);
    } finally {
      await emu.stop();
    }
  });

  it("loads a file written before the restriction lists existed, as having none", async () => {
    const first = await startTestEmulator({ statePath });
    await first.call("POST", ROLES, { body: [{ key: "kept", name: "Kept", level: 4 }] });
    await first.stop();
    const { ipRestrictions: _ip, emailDomainRestrictions: _domains, ...older } = JSON.parse(fs.readFileSync(statePath, "utf8"));
    fs.writeFileSync(statePath, JSON.stringify(older));
    const second = await startTestEmulator({ statePath });
    try {
      expect((await second.call<{ items: unknown[] }>("GET", `${CONFIGURATIONS}/v1/restrictions/ip`)).body.items).toEqual([]);
    } finally {
      await second.stop();
    }
  });

  it("refuses to start on a corrupt file and leaves it untouched", async () => {
    fs.writeFileSync(statePath, '{"version": 1, "roles": [');
    await expect(startEmulator({ clientId: CLIENT_ID, secret: SECRET, statePath })).rejects.toThrow(/not usable/);
    expect(fs.readFileSync(statePath, "utf8")).toBe('{"version": 1, "roles": [');
    fs.writeFileSync(statePath, '{"something": "else"}');
    await expect(startEmulator({ clientId: CLIENT_ID, secret: SECRET, statePath })).rejects.toThrow(/not an emulator state file/);
  });
});
