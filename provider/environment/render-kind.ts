/**
 * Renders a kind's snapshot entries as `new frontegg.<Kind>(name, args)` from the kind's declared inputs alone:
 * resource and variable names from natural keys, a reference as the referenced resource's output (so the engine
 * creates that first) or, for an object the program does not declare, its kind's lookup function, and inputs
 * equal to their schema default left out.
 */
import { sameValue } from "../lifecycle/compare";
import { ReferenceKind, ResourceDefinition } from "../lifecycle/definition";
import { nounOf, pluralOf, titleOf } from "../lifecycle/noun";
import { definitionOf, RESOURCE_KINDS, ResourceKind } from "../resources";
import { Names, obj, raw, Raw, rawList, str, withoutScheme } from "./code";
import { writableFields } from "../resources/declared";
import { z } from "zod";
import { declaredShape, Entry, naturalKey, SECRET_HELD } from "./entries";

/** The definition of a registered kind, as its shape (each is checked against its own inputs where written). */
export function definitionFor(kind: string): ResourceDefinition {
  return definitionOf(kind)!;
}

/** Kinds some definition refers to, by id or by natural key: their resources get a variable to refer to. */
const REFERENCED = new Set<string>(
  RESOURCE_KINDS.flatMap((kind) => {
    const definition = definitionFor(kind);
    return [...Object.values(definition.references ?? {}), ...Object.values(definition.environment?.keyReferences ?? {})];
  }),
);

/** Writes kinds' entries into a program body, remembering the variables later kinds refer to. */
export class KindRenderer {
  /** Variable of each declared object a reference may point at, by kind and natural key. */
  readonly #variables = new Map<string, Map<string, string>>();
  /** The stack config keys of the secrets the program reads, with what each is. */
  /** The stack config keys the program reads, each with what it is and whether it is a secret. */
  readonly configKeys: Array<{ key: string; description: string; secret: boolean }> = [];

  constructor(
    private readonly names: Names,
    private readonly line: (text?: string) => void,
  ) {}

  /** The variable of the declared object `key` of `kind`, if the program declares it. */
  variableOf(kind: ReferenceKind, key: string): string | undefined {
    return this.#variables.get(kind)?.get(key);
  }

  /**
   * The kind's heading and one declaration per entry; built-ins it refers to are looked up just before. Kinds
   * written under a heading of their group (the security policies) leave their own out (`heading: false`).
   */
  render(kind: ResourceKind, entries: Readonly<Record<string, Entry>>, { heading = true }: { heading?: boolean } = {}): void {
    const definition = definitionFor(kind);
    const lookups = new Map<ReferenceKind, Set<string>>();
    const declarations = Object.values(entries).map((entry) => this.declaration(definition, entry, lookups));
    for (const [target, keys] of lookups) {
      const plural = pluralOf(nounOf(definitionFor(target)));
      const variable = this.names.variable(`built in ${plural}`);
      this.line(), this.line(`// Frontegg's built-in ${plural} are not managed here, only referenced: their ids differ per environment.`);
      this.line(`const ${variable} = frontegg.${definitionFor(target).environment!.lookup!}(${JSON.stringify([...keys].sort())});`);
      for (const [index, code] of declarations.entries()) declarations[index] = code.replaceAll(lookupMark(target), variable);
    }
    if (declarations.length === 0) return;
    if (heading) this.line(), this.line(`// ${titleOf(definition)}.`);
    for (const code of declarations) this.line(code);
  }

  private declaration(definition: ResourceDefinition, entry: Entry, lookups: Map<ReferenceKind, Set<string>>): string {
    const key = naturalKey(definition, entry);
    // The last word of the kind's noun prefixes the names: `category billing`, `flag audit-logs`, `role acme/ops`.
    const prefix = definition.environment?.namePrefix ?? nounOf(definition).split(" ").at(-1)!;
    // A URL key names its resource by host and path: `redirect app.example.com/cb`.
    const named = definition.environment?.nameOf?.(entry) ?? `${prefix} ${withoutScheme(key)}`;
    const resourceName = this.names.resource(named);
    const args: Record<string, unknown> = {};
    const notes: string[] = [];
    const unwritable: string[] = [];
    for (const [property, field] of Object.entries(declaredShape(definition))) {
      if (definition.secrets.includes(property)) {
        const secret = this.secretOf(definition, property, entry);
        if (secret !== undefined) args[property] = secret;
        continue;
      }
      let value = entry[property];
      const fromConfig = this.configInputOf(definition, property, entry);
      if (fromConfig !== undefined) {
        args[property] = fromConfig;
        continue;
      }
      if (value === undefined) continue;
      const fallback = field.safeParse(undefined);
      const kept = definition.environment?.alwaysDeclared?.includes(property) === true;
      if (!kept && fallback.success && (definition.compare?.[property] ?? sameValue)(value, fallback.data)) continue;
      const byId = definition.references?.[property];
      const byKey = definition.environment?.keyReferences?.[property];
      if (byId === undefined && byKey === undefined) {
        // A value Frontegg reports but refuses on write (a sign-in method that can only be read) is left out, and
        // named; inside an object only the refused keys are.
        value = writableFields(z.object({ [property]: field }), { [property]: value })[property];
        if (value === undefined) {
          unwritable.push(property);
          continue;
        }
      }
      if (byKey !== undefined) {
        args[property] = Array.isArray(value) ? rawList(value.map((k) => this.keyOf(byKey, String(k)))) : raw(this.keyOf(byKey, String(value)));
        continue;
      }
      if (byId === undefined) {
        args[property] = value;
        continue;
      }
      const keys = (Array.isArray(value) ? value : [value]).map(String);
      const code = keys.map((k) => this.idOf(byId, k, lookups));
      const missing = keys.filter((_, index) => code[index] === undefined);
      // An object neither exported nor to be looked up cannot be referred to: the reference is left out, and said so.
      if (missing.length > 0) notes.push(`// Left out of ${prefix} ${str(key)}: ${property} refers to ${nounOf(definitionFor(byId))} ${missing.map(str).join(", ")}, which is not exported.`);
      const found = code.filter((c): c is string => c !== undefined);
      if (Array.isArray(value)) args[property] = rawList(found);
      else if (found[0] !== undefined) args[property] = raw(found[0]);
    }
    if (unwritable.length > 0) {
      notes.push(`// Left out of ${resourceName}: ${unwritable.join(", ")}. Frontegg reports a value there that its API does not accept on write.`);
    }
    const declared = `new frontegg.${definition.kind}(${str(resourceName)}, ${obj(args)});`;
    if (!REFERENCED.has(definition.kind)) return [...notes, declared].join("\n    ");
    const variable = this.names.variable(named);
    this.#variables.set(definition.kind, (this.#variables.get(definition.kind) ?? new Map<string, string>()).set(key, variable));
    return [...notes, `const ${variable} = ${declared}`].join("\n    ");
  }

  /**
   * A secret input as the program declares it: read from stack config under a key of its own, which export lists
   * with what it is. Undefined where the kind does not declare it (by default: where Frontegg holds none).
   */
  private secretOf(definition: ResourceDefinition, property: string, entry: Entry): Raw | undefined {
    const config = definition.environment?.secretConfig?.[property];
    if (config === undefined) {
      throw new Error(`${definition.kind}.${property} is secret but its definition gives no secretConfig: add environment.secretConfig.${property}`);
    }
    const held = entry[property] === SECRET_HELD;
    if (!(config.when?.(entry) ?? held)) return undefined;
    const key = this.names.variable(config.words(entry));
    this.configKeys.push({ key, description: config.description(entry, held), secret: true });
    return raw(`config.requireSecret(${str(key)})`);
  }

  /** A plain input Frontegg never returns, read from stack config (`environment.configInputs`); else undefined. */
  private configInputOf(definition: ResourceDefinition, property: string, entry: Entry): Raw | undefined {
    const config = definition.environment?.configInputs?.[property];
    if (config === undefined || !(config.when?.(entry) ?? entry[property] === undefined)) return undefined;
    const key = this.names.variable(config.words(entry));
    this.configKeys.push({ key, description: config.description(entry, false), secret: false });
    return raw(`config.require(${str(key)})`);
  }

  /** Code for the id of object `key` of `target`: its resource's id, its kind's lookup for one not declared, else none. */
  private idOf(target: ReferenceKind, key: string, lookups: Map<ReferenceKind, Set<string>>): string | undefined {
    const variable = this.variableOf(target, key);
    if (variable !== undefined) return `${variable}.id`;
    if (definitionFor(target).environment?.lookup === undefined) return undefined;
    lookups.set(target, (lookups.get(target) ?? new Set<string>()).add(key));
    return `${lookupMark(target)}.apply((ids) => ids[${str(key)}]!)`;
  }

  /** Code for the natural key `key` of `target`: the declared resource's key output, else the key itself. */
  private keyOf(target: ReferenceKind, key: string): string {
    const variable = this.variableOf(target, key);
    return variable === undefined ? str(key) : `${variable}.${definitionFor(target).claimedBy[0]!}`;
  }
}

/** Where a lookup's variable goes before its name is known (it is declared once the kind's objects are rendered). */
function lookupMark(target: ReferenceKind): string {
  return `\u0000lookup:${target}\u0000`;
}

