/** Pieces of TypeScript source that an exported program is written with: literals, raw code, unique names. */

/** A code fragment to emit as is. */
export class Raw {
  constructor(readonly code: string) {}
}
export const raw = (code: string): Raw => new Raw(code);

/** An array of code fragments: on one line up to three, else one per line. */
export function rawList(items: readonly string[]): Raw {
  return raw(items.length > 3 ? `[\n            ${items.join(",\n            ")},\n        ]` : `[${items.join(", ")}]`);
}

/** An object literal over several lines, with `adoptExisting: true`, leaving out undefined properties. */
export function obj(properties: Record<string, unknown>): string {
  const entries: Array<[string, unknown]> = Object.entries({ ...properties, adoptExisting: true }).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `        ${/^[A-Za-z_]\w*$/.test(k) ? k : str(k)}: ${literal(v)},`).join("\n")}\n    }`;
}

export function literal(value: unknown): string {
  if (value instanceof Raw) return value.code;
  // Nested settings (a session policy's) read as code, not as JSON.
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    return `{ ${Object.entries(value).map(([k, v]) => `${/^[A-Za-z_]\w*$/.test(k) ? k : str(k)}: ${literal(v)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

/** A URL without its scheme, for resource names: `https://app.example.com/cb` → `app.example.com/cb`. */
export function withoutScheme(url: string): string {
  return url.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, "");
}

export function str(value: string): string {
  return JSON.stringify(value);
}

export function kebab(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
}

/** Hands out unique TypeScript identifiers and Pulumi resource names derived from keys. */
export class Names {
  private readonly variables = new Set<string>(["config", "pulumi", "frontegg"]);
  private readonly resources = new Set<string>();

  variable(text: string): string {
    const words = kebab(text).split("-").filter(Boolean);
    let base = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("") || "resource";
    if (/^\d/.test(base)) base = `_${base}`;
    return unique(base, this.variables);
  }

  resource(text: string): string {
    return unique(kebab(text) || "resource", this.resources);
  }
}

function unique(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}${/\d$/.test(base) ? "-" : ""}${i}`;
  taken.add(name);
  return name;
}
