/**
 * The resource kinds' usage examples in every language. Each kind's definition holds one example in PCL; `npm run
 * schema` converts it with Pulumi's own program generators (scripts/convert-examples.js) and puts the result into
 * the kind's description in schema.json in the chunk format Pulumi's Registry and SDK generators read
 * (`{{% examples %}}{{% example %}}` around one fenced block per language), from where the docs, the SDKs' doc
 * comments and the tests take it.
 */
import { definitionOf, RESOURCE_KINDS } from "../resources";

/** The languages of an example, in the order the docs show them. */
export const EXAMPLE_LANGUAGES = [
  { id: "typescript", title: "TypeScript" },
  { id: "python", title: "Python" },
  { id: "go", title: "Go" },
  { id: "yaml", title: "YAML" },
] as const;

/** A language of the examples, named as its code fence is. */
export type ExampleLanguage = (typeof EXAMPLE_LANGUAGES)[number]["id"];

/** One example, as a program in each language. */
export type LanguageExamples = Readonly<Record<ExampleLanguage, string>>;

const OPEN = "{{% examples %}}\n## Example Usage\n{{% example %}}\n";
const CLOSE = "{{% /example %}}\n{{% /examples %}}";

/** Each kind's PCL example, by kind: what scripts/convert-examples.js converts. */
export function exampleSources(): Record<string, string> {
  return Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, definitionOf(kind)!.example]));
}

/** The example as the chunk of a schema description. */
export function examplesChunk(example: LanguageExamples): string {
  const fences = EXAMPLE_LANGUAGES.map(({ id }) => `\`\`\`${id}\n${example[id].trimEnd()}\n\`\`\`\n`).join("");
  return `${OPEN}\n${fences}${CLOSE}`;
}

/** A description split around its examples chunk; `example` is undefined when it has none. */
export interface SplitDescription {
  readonly before: string;
  readonly example: LanguageExamples | undefined;
  readonly after: string;
}

/** The parts of a description {@link examplesChunk} wrote into. */
export function splitExamples(description: string): SplitDescription {
  const from = description.indexOf(OPEN);
  const to = description.indexOf(CLOSE);
  if (from < 0 || to < from) return { before: description, example: undefined, after: "" };
  const chunk = description.slice(from + OPEN.length, to);
  const code: Partial<Record<ExampleLanguage, string>> = {};
  for (const match of chunk.matchAll(/```(\w+)\n([\s\S]*?)\n```\n/g)) code[match[1] as ExampleLanguage] = `${match[2]!}\n`;
  const missing = EXAMPLE_LANGUAGES.filter(({ id }) => code[id] === undefined).map(({ title }) => title);
  if (missing.length > 0) throw new Error(`an examples chunk lacks ${missing.join(", ")}: run \`npm run schema\``);
  return { before: description.slice(0, from), example: code as LanguageExamples, after: description.slice(to + CLOSE.length) };
}

/**
 * The TypeScript example on the dynamic classes of the package root: the program generator writes it on the
 * native provider's classes (`<npm package>/native`), which take the same arguments.
 */
export function onDynamicClasses(typescript: string, npmPackage: string): string {
  const native = `from "${npmPackage}/native";`;
  if (!typescript.includes(native)) throw new Error(`a TypeScript example does not import ${npmPackage}/native`);
  return typescript.replace(native, `from "${npmPackage}";`);
}
