import * as path from "node:path";
import * as fs from "node:fs";
import { MAIL, useEmulator, type ErrorView } from "./helpers";

interface TemplateView {
  id?: string;
  type: string;
  senderEmail: string;
  fromName: string;
  subject: string;
  htmlTemplate: string;
  redirectURL: string;
  successRedirectUrl: string;
  redirectURLPattern: string;
  successRedirectUrlPattern: string;
  active: boolean;
}

const bundle = JSON.parse(fs.readFileSync(path.join(__dirname, "../../emulator/spec/frontegg-openapi.json"), "utf8"));
const TYPES: string[] = bundle.services.identity.components.schemas.CreateTemplateDto.properties.type.enum;
const APP_ID = "app-1234";
const APP_URL = "https://auth.example.test";

describe("email templates", () => {
  const emu = useEmulator({ appId: APP_ID, appUrl: APP_URL }, { resetBeforeEach: true });

  const upsert = (body: Record<string, unknown>) => emu.call("POST", `${MAIL}/templates`, { body });
  const list = async (type?: string) =>
    (await emu.call<TemplateView[]>("GET", `${MAIL}/templates${type ? `?type=${type}` : ""}`)).body;

  it("knows the spec's 29 template types", () => {
    expect(TYPES).toHaveLength(29);
  });

  it("lists nothing in a new environment", async () => {
    expect(await list()).toEqual([]);
  });

  it("adds a template with POST 201 and an empty body; GET answers it with an id", async () => {
    const result = await upsert({ type: "ActivateUser", senderEmail: "hi@example.test", subject: "Welcome" });
    expect(result.status).toBe(201);
    expect(result.text).toBe("");
    const [template] = await list();
    expect(template).toMatchObject({ type: "ActivateUser", senderEmail: "hi@example.test", subject: "Welcome", active: true });
    expect(typeof template.id).toBe("string");
    expect(template.htmlTemplate.length).toBeGreaterThan(0);
  });

  it("updates in place when the same type is posted again (keyed by type)", async () => {
    await upsert({ type: "MagicLink", subject: "One" });
    const [first] = await list();
    await upsert({ type: "MagicLink", subject: "Two", active: false });
    const all = await list();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: first.id, subject: "Two", active: false });
  });

  it("substitutes {{APP_ID}} and {{APP_URL}} in redirect URLs and returns the raw values as patterns", async () => {
    await upsert({
      type: "ResetPassword",
      redirectURL: "{{APP_URL}}/reset?app={{APP_ID}}",
      successRedirectUrl: "https://x.test/{{APP_ID}}/done",
    });
    const [template] = await list("ResetPassword");
    expect(template.redirectURL).toBe(`${APP_URL}/reset?app=${APP_ID}`);
    expect(template.redirectURLPattern).toBe("{{APP_URL}}/reset?app={{APP_ID}}");
    expect(template.successRedirectUrl).toBe(`https://x.test/${APP_ID}/done`);
    expect(template.successRedirectUrlPattern).toBe("https://x.test/{{APP_ID}}/done");
  });

  it("filters by ?type", async () => {
    await upsert({ type: "OTC" });
    await upsert({ type: "MFAOTC" });
    expect((await list("OTC")).map((t) => t.type)).toEqual(["OTC"]);
  });

  it("answers 400 for an unknown type on write and on read", async () => {
    const write = await emu.call<ErrorView>("POST", `${MAIL}/templates`, { body: { type: "Nope" } });
    expect(write.status).toBe(400);
    expect(write.body.errors[0]).toMatch(/^type must be one of the following values: ResetPassword, /);
    expect((await emu.call("GET", `${MAIL}/templates?type=Nope`)).status).toBe(400);
    expect((await emu.call("GET", `${MAIL}/Nope/default`)).status).toBe(400);
  });

  it("answers a default template for each of the 29 types", async () => {
    for (const type of TYPES) {
      const result = await emu.call<TemplateView>("GET", `${MAIL}/${type}/default`);
      expect(result.status).toBe(200);
      expect(result.body.type).toBe(type);
      expect(result.body.subject.length).toBeGreaterThan(0);
      expect(result.body.redirectURL).not.toContain("{{APP_URL}}");
    }
  });

  it("accepts every type on write", async () => {
    for (const type of TYPES) expect((await upsert({ type })).status).toBe(201);
    expect(await list()).toHaveLength(29);
  });

  it("deletes by id with 200, then answers 404", async () => {
    await upsert({ type: "ActivateUser" });
    const [template] = await list();
    const deleted = await emu.call("DELETE", `${MAIL}/templates/${template.id}`);
    expect(deleted.status).toBe(200);
    expect(await list()).toEqual([]);
    expect((await emu.call("DELETE", `${MAIL}/templates/${template.id}`)).status).toBe(404);
  });

  it("accepts an htmlTemplate of 1,000,000 characters and rejects one longer", async () => {
    const max = "x".repeat(1_000_000);
    expect((await upsert({ type: "ActivateUser", htmlTemplate: max })).status).toBe(201);
    const tooLong = await emu.call<ErrorView>("POST", `${MAIL}/templates`, { body: { type: "ActivateUser", htmlTemplate: `${max}x` } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual(["htmlTemplate must be shorter than or equal to 1000000 characters"]);
  });

  it("enforces the 512-character limit the spec states for the subject", async () => {
    expect((await upsert({ type: "ActivateUser", subject: "s".repeat(513) })).status).toBe(400);
  });
});
