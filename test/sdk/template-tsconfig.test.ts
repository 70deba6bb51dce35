/**
 * A program compiled as Pulumi's TypeScript template compiles it (`pulumi new typescript`: commonjs, `node`
 * module resolution, strict, no `esModuleInterop`, no `skipLibCheck`) type-checks against the BUILT package
 * (run `npm run build` first, as `npm test` does), and the root declarations reach none of zod's, whose
 * declarations need `esModuleInterop`.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { RESOURCE_DEFINITIONS } from "../../provider/resources";
import { typeCheckAsTemplate } from "../support/ts-template";

const repo = join(__dirname, "..", "..");

/** Every kind's class used once, with each lookup and the exported enumerations and config keys. */
const PROGRAM = `import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg";

const kinds: Array<new (name: string, args: never, opts?: pulumi.CustomResourceOptions) => frontegg.FronteggResource> = [
${Object.keys(RESOURCE_DEFINITIONS).map((kind) => `    frontegg.${kind},`).join("\n")}
];
const role = new frontegg.Role("admin", { key: "admin", name: "Admin", level: 1 });
const ids: pulumi.Output<Record<string, string>>[] = [
    frontegg.lookupPermissionIds(["fe.secure.read.users"]),
    frontegg.lookupRoleIds(["Admin"], { tenantId: "acme" }),
    frontegg.lookupFeatureIds(["sso"]),
];
const type: frontegg.EmailTemplateType = frontegg.EMAIL_TEMPLATE_TYPES[0];
const social: frontegg.SocialLoginType = frontegg.SOCIAL_LOGIN_TYPES[0];
const mfa: frontegg.MfaEnforcementType = "Force";
export const out = { kinds: kinds.length, id: role.id, ids, type, social, mfa, key: frontegg.CONFIG_KEYS.secretKey };
`;

let scratch: string;
beforeAll(() => {
  if (!existsSync(join(repo, "dist", "sdk", "index.d.ts"))) throw new Error("dist/ is missing: run `npm run build` first");
  scratch = mkdtempSync(join(repo, ".test-template-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it("type-checks a program under the template's tsconfig, without reaching zod's declarations", () => {
  const file = join(scratch, "index.ts");
  writeFileSync(file, PROGRAM);
  const { problems, program } = typeCheckAsTemplate([file]);
  expect(problems).toEqual([]);
  const files = program.getSourceFiles().map((f) => f.fileName);
  expect(files.some((name) => name.endsWith(join("dist", "sdk", "index.d.ts")))).toBe(true);
  expect(files.filter((name) => name.includes(`${sep}zod${sep}`) || name.includes("/zod/"))).toEqual([]);
});
