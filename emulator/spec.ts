import * as fs from "node:fs";
import * as path from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { ApiError } from "./errors";
import { deepMerge } from "./json";
import { applyLengthLimits } from "./length-limits";
import { propertyDefaults, toJsonSchema, type SchemaNode } from "./openapi-schema";
import { LENGTH_LIMITS, SPEC_OVERRIDES, type SpecOverride } from "./spec-overrides";
import type { JsonObject } from "./state";
import { UNPUBLISHED_SERVICES } from "./unpublished-spec";
import { formatErrors, type ValueLocation } from "./validation-messages";

/**
 * Frontegg's published contract as the emulator enforces it: the committed bundle
 * (emulator/spec/frontegg-openapi.json), corrected and length-bounded by spec-overrides.ts, compiled into ajv validators once
 * at start-up so a broken schema fails the start, not the first request.
 */

const BUNDLE_FILE = "frontegg-openapi.json";
const REF_BASE = "https://frontegg-emulator.invalid/";
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

interface BundledParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: unknown;
}

interface BundledOperation {
  parameters?: BundledParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

interface BundledService {
  prefix: string;
  paths: Record<string, Partial<Record<(typeof METHODS)[number], BundledOperation>>>;
  components: { schemas: Record<string, unknown> };
}

interface Bundle {
  services: Record<string, BundledService>;
}

/** The parts of a request that the spec constrains. */
export interface RequestParts {
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}

/** Path and query values after validation, coerced to the spec's types (`_limit` becomes a number). */
export interface ValidatedParts {
  readonly params: Record<string, string>;
  readonly query: Record<string, unknown>;
}

/** One operation of the bundle with its compiled validators. */
export interface OperationContract {
  /** `METHOD /prefix/path`, e.g. `PATCH /identity/resources/roles/v1/{roleId}`; also the request-log route. */
  readonly key: string;
  readonly method: string;
  /** Full path pattern with `{param}` placeholders. */
  readonly path: string;
  /** Throws a VALIDATION ApiError listing every problem. */
  validateRequest(parts: RequestParts): ValidatedParts;
  /** Whether the spec gives a JSON schema for this status. */
  hasResponseSchema(status: number): boolean;
  /** Problems of a response body against the spec's schema; empty when it conforms or there is no schema. */
  responseErrors(status: number, body: unknown): string[];
}

/** Finds the bundle whether running from source (emulator/) or compiled (dist/emulator/). */
function locateBundle(): string {
  const candidates = [
    path.join(__dirname, "spec", BUNDLE_FILE),
    path.resolve(__dirname, "..", "..", "emulator", "spec", BUNDLE_FILE),
  ];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`Frontegg OpenAPI bundle not found (looked in ${candidates.join(", ")})`);
  return found;
}

function applyOverride(bundle: Bundle, override: SpecOverride): void {
  const target = override.target;
  const service = bundle.services[target.service];
  if (!service) throw new Error(`spec override for unknown service ${target.service}`);
  if ("schema" in target) {
    if (!service.components.schemas[target.schema]) throw new Error(`spec override: no schema ${target.schema}`);
    service.components.schemas[target.schema] = deepMerge(service.components.schemas[target.schema], override.merge);
    return;
  }
  const [method, specPath] = target.operation.split(" ");
  const operation = service.paths[specPath]?.[method.toLowerCase() as (typeof METHODS)[number]];
  const index = operation?.parameters?.findIndex((p) => p.name === target.parameter) ?? -1;
  if (!operation?.parameters || index < 0) throw new Error(`spec override: no ${target.parameter} on ${target.operation}`);
  operation.parameters[index] = deepMerge(operation.parameters[index], override.merge) as BundledParameter;
}

/** Full path for a service path: `/auth/vendor` + `/` is `/auth/vendor`, not `/auth/vendor/`. */
function joinPath(prefix: string, specPath: string): string {
  return specPath === "/" ? prefix : `${prefix}${specPath}`;
}

/** The loaded, corrected and compiled contract. */
export class Spec {
  private static cached: Spec | undefined;
  private readonly bodyAjv: Ajv;
  private readonly paramAjv: Ajv;
  private readonly contracts = new Map<string, OperationContract>();

  private constructor(private readonly bundle: Bundle) {
    this.bodyAjv = new Ajv({ allErrors: true, strict: false });
    // Path, query and header values arrive as strings: coerce them to the spec's types while validating.
    this.paramAjv = new Ajv({ allErrors: true, strict: false, coerceTypes: "array" });
    for (const ajv of [this.bodyAjv, this.paramAjv]) {
      addFormats(ajv);
      for (const [name, service] of Object.entries(bundle.services)) {
        ajv.addSchema({ $id: `${REF_BASE}${name}`, components: toJsonSchema(service.components, `${REF_BASE}${name}`) });
      }
    }
    for (const [name, service] of Object.entries(bundle.services)) {
      for (const [specPath, operations] of Object.entries(service.paths)) {
        for (const method of METHODS) {
          const operation = operations[method];
          if (operation) this.compile(name, joinPath(service.prefix, specPath), method.toUpperCase(), operation);
        }
      }
    }
  }

  /** The bundle with overrides applied, compiled once per process (every emulator instance shares it). */
  static shared(): Spec {
    Spec.cached ??= Spec.fromBundle(JSON.parse(fs.readFileSync(locateBundle(), "utf8")) as Bundle);
    return Spec.cached;
  }

  /** Applies the overrides and length limits to a bundle (which it copies) and compiles it. */
  static fromBundle(bundle: Bundle): Spec {
    const corrected = structuredClone(bundle);
    // Routes Frontegg publishes no spec for, described by hand from the notes (unpublished-spec.ts).
    for (const [name, service] of Object.entries(UNPUBLISHED_SERVICES)) {
      if (corrected.services[name]) throw new Error(`unpublished service ${name} clashes with the bundle`);
      corrected.services[name] = structuredClone(service) as unknown as BundledService;
    }
    for (const override of SPEC_OVERRIDES) applyOverride(corrected, override);
    for (const service of Object.values(corrected.services)) applyLengthLimits(service, LENGTH_LIMITS);
    return new Spec(corrected);
  }

  /** The operation with this key; throws when the bundle lacks it (a route without a contract is a bug). */
  operation(key: string): OperationContract {
    const contract = this.contracts.get(key);
    if (!contract) throw new Error(`the OpenAPI bundle has no operation ${key}; run npm run spec:bundle`);
    return contract;
  }

  /** Every operation in the bundle. */
  operations(): OperationContract[] {
    return [...this.contracts.values()];
  }

  /** The enum of a component schema's property (e.g. the 29 email template types). */
  enumValues(service: string, schema: string, property: string): string[] {
    const node = this.componentSchema(service, schema);
    const values = ((node.properties as SchemaNode | undefined)?.[property] as SchemaNode | undefined)?.enum;
    if (!Array.isArray(values)) throw new Error(`${service}: ${schema}.${property} has no enum`);
    return values.map(String);
  }

  /** The `default`s a component schema declares for its properties. */
  defaults(service: string, schema: string): JsonObject {
    return propertyDefaults(this.componentSchema(service, schema)) as JsonObject;
  }

  /** The property names a component schema declares. */
  propertyNames(service: string, schema: string): string[] {
    const properties = this.componentSchema(service, schema).properties;
    return properties && typeof properties === "object" ? Object.keys(properties) : [];
  }

  /** Compiles a schema that is not part of Frontegg's API (the control endpoints) with the same messages. */
  compileBodyValidator(schema: object): (body: unknown) => void {
    const validate = this.bodyAjv.compile(schema);
    return (body) => check(validate, body, "body");
  }

  private componentSchema(service: string, schema: string): SchemaNode {
    const node = this.bundle.services[service]?.components.schemas[schema];
    if (!node || typeof node !== "object") throw new Error(`${service}: no schema ${schema}`);
    return node as SchemaNode;
  }

  private compile(service: string, fullPath: string, method: string, operation: BundledOperation): void {
    const key = `${method} ${fullPath}`;
    const refBase = `${REF_BASE}${service}`;
    const parameterValidator = (location: "path" | "query" | "header"): ValidateFunction => {
      const parameters = (operation.parameters ?? []).filter((p) => p.in === location);
      const name = (p: BundledParameter): string => (location === "header" ? p.name.toLowerCase() : p.name);
      return this.paramAjv.compile({
        type: "object",
        properties: Object.fromEntries(parameters.map((p) => [name(p), toJsonSchema(p.schema ?? {}, refBase)])),
        required: parameters.filter((p) => p.required).map(name),
      });
    };
    const validators = {
      path: parameterValidator("path"),
      query: parameterValidator("query"),
      header: parameterValidator("header"),
    };
    const bodySchema = operation.requestBody?.content?.["application/json"]?.schema;
    const bodyValidator = bodySchema === undefined ? undefined : this.bodyAjv.compile(toJsonSchema(bodySchema, refBase) as object);
    const bodyRequired = operation.requestBody?.required === true;
    const responseValidators = new Map<number, ValidateFunction>();
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const schema = response.content?.["application/json"]?.schema;
      if (schema !== undefined) responseValidators.set(Number(status), this.bodyAjv.compile(toJsonSchema(schema, refBase) as object));
    }
    this.contracts.set(key, {
      key,
      method,
      path: fullPath,
      validateRequest(parts) {
        const params = { ...parts.params };
        const query = { ...parts.query };
        // An empty header is no header: `frontegg-tenant-id: ""` must not pass a "required" check.
        const headers = Object.fromEntries(Object.entries(parts.headers).filter(([, v]) => v !== "" && v !== undefined));
        check(validators.path, params, "path");
        check(validators.header, headers, "header");
        check(validators.query, query, "query");
        if (bodyValidator && (bodyRequired || parts.body !== undefined)) check(bodyValidator, parts.body, "body");
        return { params, query };
      },
      hasResponseSchema: (status) => responseValidators.has(status),
      responseErrors(status, body) {
        const validate = responseValidators.get(status);
        if (!validate || validate(body)) return [];
        return formatErrors(validate.errors, "body");
      },
    });
  }
}

function check(validate: ValidateFunction, value: unknown, location: ValueLocation): void {
  if (!validate(value)) throw new ApiError("VALIDATION", formatErrors(validate.errors, location));
}
