/** The command line itself, run as the installed command: help, version, and usage errors (exit 2, no stack trace). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runBuiltCli, STACK_TRACE } from "../support/cli";

const VERSION = (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;

it("prints the version from package.json", async () => {
  expect(await runBuiltCli(["--version"])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: "" });
  expect((await runBuiltCli(["-V"])).stdout).toBe(`${VERSION}\n`);
});

it("prints the commands with --help, and usage with exit 2 when no command is given", async () => {
  const help = await runBuiltCli(["--help"]);
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/^Usage: pulumi-frontegg \[options\] \[command\]/);
  for (const command of ["export", "diff-env", "recover", "help"]) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
  const none = await runBuiltCli([]);
  expect(none.status).toBe(2);
  expect(none.stderr).toContain("Usage: pulumi-frontegg");
});

it.each(["export", "diff-env", "recover"])("prints only %s's help, with --help, -h and `help <command>`", async (command) => {
  const help = await runBuiltCli([command, "--help"]);
  expect(help).toMatchObject({ status: 0, stderr: "" });
  expect(help.stdout).toMatch(new RegExp(`^Usage: pulumi-frontegg ${command} \\[options\\]`));
  for (const other of ["export", "diff-env", "recover"].filter((c) => c !== command)) expect(help.stdout).not.toContain(`pulumi-frontegg ${other}`);
  expect(await runBuiltCli([command, "-h"])).toEqual(help);
  expect(await runBuiltCli(["help", command])).toEqual(help);
});

it.each([
  [["export", "foo"], /too many arguments for 'export'/],
  [["export", "--out"], /option '-o, --out <dir>' argument missing/],
  [["export"], /required option '-o, --out <dir>' not specified/],
  [["export", "--out", "x", "--stack", "a", "--env", "B"], /give at most one of --stack and --env/],
  [["export", "--outt", "x"], /unknown option '--outt'\n\(Did you mean --out\?\)/],
  [["diff-env", "--fron", "DEV", "--to", "PROD"], /unknown option '--fron'\n\(Did you mean --from\?\)/],
  [["diff-env", "--from", "DEV", "--to", "PROD", "--jsn"], /unknown option '--jsn'\n\(Did you mean --json\?\)/],
  [["diff-env", "--from", "DEV"], /give exactly one of --to and --to-stack/],
  [["diff-env", "--from", "DEV", "--from-stack", "dev", "--to", "PROD"], /give exactly one of --from and --from-stack/],
  [["recover", "--yse"], /unknown option '--yse'\n\(Did you mean --yes\?\)/],
  [["recover", "dev"], /too many arguments for 'recover'/],
  [["expor", "--out", "x"], /unknown command 'expor'\n\(Did you mean export\?\)/],
  [["--verison"], /unknown option '--verison'\n\(Did you mean --version\?\)/],
])("refuses %j with exit 2, a one-line reason and a pointer to the help, no stack trace", async (args, reason) => {
  const result = await runBuiltCli(args);
  expect(result).toMatchObject({ status: 2, stdout: "" });
  expect(result.stderr).toMatch(new RegExp(`^pulumi-frontegg: ${reason.source}`));
  expect(result.stderr).toMatch(/\(pulumi-frontegg (\S+ )?--help shows the (usage|commands)\)\n$/);
  expect(result.stderr).not.toMatch(STACK_TRACE);
});

it.each(["export", "diff-env"])("offers %s a flag for every opt-in kind (environment.optIn), off unless given", async (command) => {
  const { optInFlags } = await import("../../provider/environment/snapshot");
  expect(optInFlags()).toEqual(["tenants"]);
  const help = (await runBuiltCli([command, "--help"])).stdout;
  for (const flag of optInFlags()) expect(help).toMatch(new RegExp(`^  --${flag} +also the ${flag} themselves`, "m"));
});
