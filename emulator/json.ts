/** Small helpers for plain JSON data. */

/** A plain object (not an array, not null). */
export const isPlainObject = (value: unknown): value is { [key: string]: unknown } =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Deep merge: objects merge key by key (undefined values skipped); arrays and scalars replace. Inputs are not changed. */
export function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return structuredClone(patch);
  const merged: { [key: string]: unknown } = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) merged[key] = deepMerge(base[key], value);
  }
  return merged;
}
